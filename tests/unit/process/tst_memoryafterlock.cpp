// SPDX-License-Identifier: GPL-3.0-or-later
// After lock, no journal text stays in the process's memory (SECURITY.md,
// "The process"): markers written through the real stores into a real vault,
// one entry kept and one erased, are searched for in /proc/self/mem. The
// test starts the way harbor does (freed memory wiped from the first line), and
// proves that its scan works by finding the markers while unlocked.
#include "MemoryScan.h"
#include "ProcessHardening.h"
#include "TestMain.h"
#include "journal/ChildStore.h"
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "safety/Clock.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

using harbor::process::MemoryScan;
using harbor::vault::Vault;

namespace {

enum Needle {
    Kept,
    Erased,
    Child,
    Attached,
};

const QString kPassphrase = QStringLiteral("a long passphrase for the memory test");

bool waitUntilIdle(Vault &vault)
{
    QSignalSpy busy(&vault, &Vault::busyChanged);
    while (vault.isBusy()) {
        if (!busy.wait(60000)) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestMemoryAfterLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What any library frees is wiped: a freed copy is found before free()
    // and not after, for small blocks, big (mmap-backed) ones and realloc.
    void freedMemoryIsWiped_data()
    {
        QTest::addColumn<std::size_t>("size");
        QTest::addColumn<bool>("grow");
        QTest::newRow("small") << std::size_t(64) << false;
        QTest::newRow("medium") << std::size_t(4096) << false;
        QTest::newRow("large") << std::size_t(1 << 20) << false;
        QTest::newRow("moved by realloc") << std::size_t(64) << true;
    }
    void freedMemoryIsWiped()
    {
        QFETCH(std::size_t, size);
        QFETCH(bool, grow);
        QVERIFY(harbor::process::allocatorWipesFreedMemory());
        MemoryScan scan;
        const char *needle = scan.makeNeedle(0, "FREEDMARK", 24);
        QVERIFY(needle);
        auto *block = static_cast<char *>(std::malloc(size));
        QVERIFY(block);
        std::memset(block, 'x', size);
        std::copy_n(needle, std::strlen(needle), block); // the marker alone, no NUL after it
        QCOMPARE(scan.scan().total(0), 1);
        if (grow) {
            // A realloc that moves the block must not leave the old copy.
            auto *moved = static_cast<char *>(std::realloc(block, 1 << 16));
            QVERIFY(moved);
            QCOMPARE(scan.scan().total(0), 1);
            block = moved;
        }
        std::free(block);
        QCOMPARE(scan.scan().total(0), 0);
    }

    void hardeningHolds()
    {
        QString error;
        QVERIFY2(harbor::process::harden(&error), qPrintable(error));
        const harbor::process::State state = harbor::process::currentState();
        QVERIFY(!state.dumpable);
        QCOMPARE(state.coreLimit, qint64(0));
        QCOMPARE(state.umask, 077u);
    }

    void noJournalTextAfterLock()
    {
        MemoryScan scan;
        QVERIFY(scan.isValid());
        const char *kept = scan.makeNeedle(Kept, "KEPTMARK", 24);
        const char *erased = scan.makeNeedle(Erased, "ERASEDMARK", 24);
        const char *child = scan.makeNeedle(Child, "CHILDMARK", 16);
        const char *attached = scan.makeNeedle(Attached, "ATTACHMARK", 24);
        QVERIFY(kept && erased && child && attached);

        QTemporaryDir dir;
        harbor::safety::ManualClock clock;
        Vault vault(dir.path(), clock, [] { return harbor::vault::KdfParams::floor(); });
        vault.create(kPassphrase);
        QVERIFY(waitUntilIdle(vault));
        QCOMPARE(vault.state(), Vault::State::Unlocked);
        {
            harbor::journal::ChildStore children(*vault.database(), clock);
            harbor::journal::JournalStore store(*vault.database(), clock);
            harbor::journal::JournalQuery query(*vault.database());
            harbor::journal::Child someone;
            someone.nickname = QString::fromLatin1(child);
            QVERIFY(children.save(someone).ok());
            harbor::journal::Entry keptEntry;
            keptEntry.childId = someone.id;
            keptEntry.occurredAtMs = clock.nowMs();
            keptEntry.text = QStringLiteral("Seen in a chat: %1").arg(QString::fromLatin1(kept));
            QVERIFY(store.save(keptEntry).ok());
            harbor::journal::Entry erasedEntry = keptEntry;
            erasedEntry.id = 0;
            erasedEntry.text = QStringLiteral("To be erased: %1").arg(QString::fromLatin1(erased));
            QVERIFY(store.save(erasedEntry).ok());
            // Read back as the views do, search for it, then erase one.
            QCOMPARE(query.page({}, nullptr, 50).size(), 2);
            harbor::journal::JournalFilter filter;
            filter.text = QString::fromLatin1(erased);
            QCOMPARE(query.page(filter, nullptr, 50).size(), 1);
            QVERIFY(store.erase(erasedEntry.id).ok());
            // Attachment bytes (a "picture" the marker is inside), read back
            // as the viewer and the report do.
            {
                QByteArray picture("\x89PNG\r\n\x1a\n", 8);
                picture += QByteArray(64, 'p') + QByteArray(attached) + QByteArray(64, 'q');
                harbor::journal::AttachmentRef ref;
                QVERIFY(store.addAttachment(keptEntry.id, QStringLiteral("evidence.png"), picture, &ref).ok());
                QVERIFY(store.attachmentData(keptEntry.id, ref.sha256).contains(attached));
            }

            const MemoryScan::Hits unlocked = scan.scan();
            QVERIFY2(unlocked.regions > 0, "the process's memory could not be read");
            // The scan works: what is open is found.
            QVERIFY(unlocked.total(Kept) > 0);
            QVERIFY(unlocked.total(Child) > 0);
            QVERIFY(unlocked.total(Attached) > 0);
        }
        vault.lock();
        QCOMPARE(vault.state(), Vault::State::Locked);
        harbor::process::releaseFreedMemory();

        const MemoryScan::Hits locked = scan.scan();
        QCOMPARE(locked.total(Kept), 0);
        QCOMPARE(locked.total(Erased), 0);
        QCOMPARE(locked.total(Child), 0);
        QCOMPARE(locked.total(Attached), 0);
    }
};

int main(int argc, char **argv)
{
    harbor::process::startWipingFreedMemory();
    harbor::test::pinEnvironment();
    QGuiApplication app(argc, argv);
    TestMemoryAfterLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_memoryafterlock.moc"
