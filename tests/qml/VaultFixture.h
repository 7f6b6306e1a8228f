// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "journal/ChildStore.h"
#include "journal/JournalStore.h"
#include "safety/Clock.h"
#include "shell/AppSettings.h"
#include "vault/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace harbor::test {

// A real vault at SECURITY.md's floor cost in a throwaway folder, with the
// app settings beside it and a clock tests move: what the vault, backup and
// report controllers are built on.
struct VaultFixture
{
    static inline const QString kPassphrase = QStringLiteral("lantern orbit velvet cactus thunder");

    QTemporaryDir dir;
    safety::ManualClock clock;
    shell::AppSettings settings { dir.path() };
    vault::Vault vault { dir.path(), clock, [] { return vault::KdfParams::floor(); } };

    // Creates the vault (left unlocked); false if it did not come up.
    bool create()
    {
        QSignalSpy issued(&vault, &vault::Vault::recoveryKeyIssued);
        vault.create(kPassphrase);
        return (!issued.isEmpty() || issued.wait(30000)) && vault.state() == vault::Vault::State::Unlocked;
    }

    bool unlock(const QString &passphrase = kPassphrase)
    {
        vault.unlock(passphrase);
        return QTest::qWaitFor([this] { return !vault.isBusy(); }, 30000)
            && vault.state() == vault::Vault::State::Unlocked;
    }

    // A child and an entry about them; the entry's id (0 on failure).
    qint64 addEntry(const QString &nickname, const QString &text, const QString &category = QStringLiteral("other"),
        const QString &place = {})
    {
        journal::ChildStore children(*vault.database(), clock);
        qint64 childId = 0;
        for (const journal::Child &child : children.children()) {
            if (child.nickname == nickname) {
                childId = child.id;
            }
        }
        if (childId == 0) {
            journal::Child child;
            child.nickname = nickname;
            child.birthYear = 2013;
            if (!children.save(child).ok()) {
                return 0;
            }
            childId = child.id;
        }
        journal::Entry entry;
        entry.childId = childId;
        entry.text = text;
        entry.category = category;
        entry.place = place;
        clock.advance(1000); // one entry a second: the report orders them by time
        entry.occurredAtMs = clock.nowMs() - 60'000;
        return journal::JournalStore(*vault.database(), clock).save(entry).ok() ? entry.id : 0;
    }
};

} // namespace harbor::test
