// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GuidesController.h"

#include "content/ContentLibrary.h"
#include "content/PackLoader.h"
#include "journal/ChildStore.h"
#include "safety/Clock.h"
#include "shell/AppSettings.h"
#include "shell/Translations.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace harbor::test {

// What GuidesController needs, built without the app's wiring: the
// built-in pack in a library whose language the test sets, a real vault
// (SQLCipher file, floor KDF cost) in a temporary directory, and a clock.
struct GuidesFixture
{
    QTemporaryDir dir;
    shell::AppSettings settings { dir.path() };
    shell::Translations translations;
    QString language = QStringLiteral("en");
    content::ContentLibrary library { content::PackLoader::embedded(), settings, [this] { return language; } };
    safety::ManualClock clock { QDateTime(QDate(2026, 11, 2), QTime(9, 0)).toMSecsSinceEpoch() };
    vault::Vault vault { dir.path(), clock, [] { return vault::KdfParams::floor(); } };
    guidesui::GuidesController guides { library, vault, clock };

    static inline const QString kPassphrase = QStringLiteral("lantern orbit velvet cactus thunder");

    // The language in effect, as Preferences switches it: the translator
    // (LanguageWatcher hears it) and the pack's texts.
    void setLanguage(const QString &code)
    {
        language = code;
        translations.apply(code);
    }

    // Creates the vault (it opens unlocked) and adds a child; its id.
    [[nodiscard]] bool unlock()
    {
        if (vault.state() == vault::Vault::State::Absent) {
            vault.create(kPassphrase);
        } else {
            vault.unlock(kPassphrase);
        }
        return QTest::qWaitFor([this] { return vault.state() == vault::Vault::State::Unlocked; }, 30000);
    }

    [[nodiscard]] qint64 addChild(const QString &nickname)
    {
        journal::Child child { 0, nickname, 2012, {} };
        journal::ChildStore store(*vault.database(), clock);
        return store.save(child).ok() ? child.id : 0;
    }

    // A content update: the same pack with one guide's steps republished.
    void republish(const QString &guideId)
    {
        content::Pack pack = library.pack();
        for (content::PlatformGuide &guide : pack.guides) {
            if (guide.id == guideId) {
                guide.revision = QStringLiteral("republished");
            }
        }
        ++pack.version;
        library.setPack(pack);
    }
};

} // namespace harbor::test
