// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockProbe.h"

#include "ForgetAfterLock.h"
#include "JournalController.h"
#include "MemoryScan.h"
#include "ProcessHardening.h"
#include "WindowProbe.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace harbor::app {

namespace {

enum Needle {
    Kept,
    Erased,
    Child,
    Count,
};

bool waitUntilIdle(vault::Vault &vault)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&vault, &vault::Vault::busyChanged, &loop, [&loop, &vault] {
        if (!vault.isBusy()) {
            loop.quit();
        }
    });
    timeout.start(120000);
    if (vault.isBusy()) {
        loop.exec();
    }
    return !vault.isBusy();
}

// A few frames, so the views have laid out and drawn the text.
void render(QQuickWindow &window)
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
        (void)window.grabWindow();
    }
}

void printHits(const char *label, const process::MemoryScan::Hits &hits)
{
    std::printf(R"("%s":{"kept":%d,"erased":%d,"child":%d,"utf16":%d,"regions":%d,"bytes":%lld})", label,
        hits.total(Kept), hits.total(Erased), hits.total(Child),
        hits.utf16[Kept] + hits.utf16[Erased] + hits.utf16[Child], hits.regions,
        static_cast<long long>(hits.bytesRead));
}

int fail(const char *why)
{
    std::fprintf(stderr, "lock-probe: %s\n", why);
    return 2;
}

} // namespace

int runLockProbe(QQmlApplicationEngine &engine, vault::Vault &vault, journalui::JournalController &journal)
{
    process::MemoryScan scan;
    const char *kept = scan.makeNeedle(Kept, "KEPTMARK", 24);
    const char *erased = scan.makeNeedle(Erased, "ERASEDMARK", 24);
    const char *child = scan.makeNeedle(Child, "CHILDMARK", 16);
    if (!scan.isValid() || !kept || !erased || !child) {
        return fail("no memory for the scan");
    }
    if (vault.state() != vault::Vault::State::Absent) {
        return fail("the data folder already holds a journal; give an empty --data-dir");
    }
    vault.create(QStringLiteral("probe passphrase of several plain words"));
    if (!waitUntilIdle(vault) || vault.state() != vault::Vault::State::Unlocked) {
        return fail("the journal could not be created");
    }

    engine.load(QUrl(QStringLiteral("qrc:/Harbor/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window || !waitForFrame(*window)) {
        return fail("the window did not load");
    }
    window->setProperty("currentPage", 1); // the journal
    const qint64 childId = journal.saveChild({ { QStringLiteral("nickname"), QString::fromLatin1(child) } });
    const qint64 keptId = journal.saveEntry({ { QStringLiteral("kind"), 0 }, { QStringLiteral("childId"), childId },
        { QStringLiteral("text"), QStringLiteral("Seen in a chat: %1").arg(QString::fromLatin1(kept)) },
        { QStringLiteral("category"), QStringLiteral("other") } });
    const qint64 erasedId = journal.saveEntry({ { QStringLiteral("kind"), 0 }, { QStringLiteral("childId"), childId },
        { QStringLiteral("text"), QStringLiteral("To be erased: %1").arg(QString::fromLatin1(erased)) },
        { QStringLiteral("category"), QStringLiteral("other") } });
    if (childId <= 0 || keptId <= 0 || erasedId <= 0) {
        return fail("the entries could not be saved");
    }
    render(*window);
    // Read both entries as the detail view does, then erase one.
    (void)journal.entry(keptId);
    (void)journal.entry(erasedId);
    if (!journal.eraseEntry(erasedId)) {
        return fail("the entry could not be erased");
    }
    render(*window);
    const process::MemoryScan::Hits before = scan.scan();

    vault.lock();
    render(*window);
    forgetAfterLock(engine);
    render(*window);
    const process::MemoryScan::Hits after = scan.scan();

    const process::State state = process::currentState();
    std::printf("{");
    printHits("unlocked", before);
    std::printf(",");
    printHits("locked", after);
    std::printf(",\"dumpable\":%s,\"core_limit\":%lld,\"umask\":%u,\"wipes_freed_memory\":%s}\n",
        state.dumpable ? "true" : "false", static_cast<long long>(state.coreLimit), state.umask,
        state.wipesFreedMemory ? "true" : "false");
    std::fflush(stdout);
    const bool scanWorks = before.total(Kept) > 0 && before.total(Child) > 0;
    const bool clean = after.total(Kept) == 0 && after.total(Erased) == 0 && after.total(Child) == 0;
    return scanWorks && clean ? 0 : 1;
}

} // namespace harbor::app
