// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GoldenFiles.h"
#include "content/ChecklistStore.h"
#include "journal/ChildStore.h"
#include "journal/JournalQuery.h"
#include "journal/JournalStore.h"
#include "journal/JournalVerifier.h"
#include "safety/Clock.h"
#include "vault/Migrations.h"
#include "vault/PrivateSettings.h"

#include <QCryptographicHash>
#include <QImage>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace harbor::test::golden {

// Checks, with QTest macros (the caller tests QTest::currentTestFailed()),
// that `db` holds exactly the golden journal of tests/data/golden/README.md,
// read through the stores the app uses, and that Verify finds it intact.
inline void checkJournal(vault::Database &db)
{
    QCOMPARE(vault::Migrations::currentVersion(db), vault::Migrations::latestVersion());
    safety::ManualClock clock(kStart.addDays(30).toMSecsSinceEpoch());

    // Verify first: everything below is read from an untampered chain.
    const journal::VerifyResult verified = journal::JournalVerifier::verify(db);
    QVERIFY2(verified.intact(), qPrintable(verified.error.message()));
    QCOMPARE(verified.linksChecked, kChainLinks);
    QCOMPARE(verified.head.hashHex(), kChainHead);
    QCOMPARE(verified.head.entries, kChainEntries);

    journal::ChildStore childStore(db, clock);
    const QList<journal::Child> children = childStore.children();
    QCOMPARE(children.size(), 2);
    const auto ana = std::find_if(
        children.cbegin(), children.cend(), [](const journal::Child &c) { return c.nickname == QLatin1String("Ana"); });
    const auto leo = std::find_if(children.cbegin(), children.cend(),
        [](const journal::Child &c) { return c.nickname == QStringLiteral("Léo"); });
    QVERIFY(ana != children.cend() && leo != children.cend());
    QCOMPARE(ana->birthYear, 2014);
    QCOMPARE(leo->birthYear, 2017);
    const QList<journal::ChildPlatform> platforms { { QStringLiteral("discord"), QStringLiteral("ana_draws") },
        { QStringLiteral("roblox"), QString() } };
    QCOMPARE(ana->platforms, platforms);

    journal::JournalStore store(db, clock);
    const auto observation = store.entry(1);
    QVERIFY(observation.has_value());
    QCOMPARE(observation->kind, journal::EntryKind::Observation);
    QCOMPARE(observation->childId, ana->id);
    QCOMPARE(observation->occurredAtMs, kStart.addSecs(-3600).toMSecsSinceEpoch());
    QCOMPARE(observation->createdAtMs, kStart.toMSecsSinceEpoch());
    QCOMPARE(observation->platform, QStringLiteral("Discord"));
    QCOMPARE(observation->account, QStringLiteral("xX_helper_Xx"));
    QVERIFY(observation->text.startsWith(QStringLiteral("GOLDEN-ONE An adult asked Ana")));
    QCOMPARE(observation->category, QStringLiteral("grooming"));
    QCOMPARE(observation->severity, journal::Severity::Concern);
    QCOMPARE(observation->actions, QStringLiteral("Took screenshots, blocked the account."));
    QCOMPARE(observation->witnesses, QStringLiteral("Her brother"));
    QCOMPARE(observation->place, QStringLiteral("Living room"));
    QCOMPARE(observation->tags, (QStringList { QStringLiteral("private-chat"), QStringLiteral("secret") }));
    QCOMPARE(observation->state, journal::EntryState::Active);
    QCOMPARE(observation->attachments.size(), 1);
    const journal::AttachmentRef picture = observation->attachments.constFirst();
    QCOMPARE(picture.fileName, QStringLiteral("screenshot.png"));
    QCOMPARE(picture.mime, QStringLiteral("image/png"));
    const QByteArray pictureBytes = store.attachmentData(1, picture.sha256);
    QCOMPARE(pictureBytes.size(), picture.size);
    QCOMPARE(QCryptographicHash::hash(pictureBytes, QCryptographicHash::Sha256), picture.sha256);
    const QImage image = QImage::fromData(pictureBytes, "PNG");
    QCOMPARE(image.size(), QSize(8, 6));
    QCOMPARE(image.pixel(3, 3), qRgb(0x12, 0x34, 0x56));
    // Two saves and the attachment: the first revision has no actions yet.
    const QList<journal::Revision> history = store.revisions(1);
    QCOMPARE(history.size(), 3);
    QVERIFY(history.constFirst().content.has_value());
    QVERIFY(history.constFirst().content->actions.isEmpty());

    const auto disclosure = store.entry(2);
    QVERIFY(disclosure.has_value());
    QCOMPARE(disclosure->kind, journal::EntryKind::Disclosure);
    QCOMPARE(disclosure->childId, leo->id);
    QCOMPARE(disclosure->childWords, QStringLiteral("GOLDEN-TWO He said I must not tell you about the game."));
    QCOMPARE(disclosure->present, QStringLiteral("Me, in the car"));
    QCOMPARE(disclosure->severity, journal::Severity::Urgent);

    const auto call = store.entry(3);
    QVERIFY(call.has_value());
    QCOMPARE(call->kind, journal::EntryKind::HotlineCall);
    QCOMPARE(call->answeredBy, QStringLiteral("Intake worker"));
    QCOMPARE(call->reference, QStringLiteral("REF-2026-0042"));
    QCOMPARE(call->said, QStringLiteral("They will pass it to the county."));
    QCOMPARE(call->nextSteps, QStringLiteral("Wait for a call back within 48 hours."));

    const auto removed = store.entry(4);
    QVERIFY(removed.has_value());
    QCOMPARE(removed->state, journal::EntryState::Deleted);
    QCOMPARE(removed->text, QStringLiteral("GOLDEN-FOUR Written by mistake."));
    const QList<journal::Revision> erased = store.revisions(5);
    QVERIFY(!erased.isEmpty());
    QCOMPARE(erased.constLast().kind, journal::ChainLink::Kind::Erasure);
    for (const journal::Revision &revision : erased) {
        QVERIFY(!revision.content.has_value() || revision.content->text.isEmpty());
    }

    // The search index: deleted and erased entries are not listed.
    journal::JournalQuery query(db);
    journal::JournalFilter golden;
    golden.text = QStringLiteral("GOLDEN");
    QCOMPARE(query.count(golden), 3);
    journal::JournalFilter leoOnly;
    leoOnly.childId = leo->id;
    QCOMPARE(query.count(leoOnly), 2);

    QCOMPARE(content::ChecklistStore(db).doneSteps(ana->id, QStringLiteral("chat")),
        QSet<QString> { QStringLiteral("private") });
    QCOMPARE(vault::PrivateSettings(db).value(QStringLiteral("report/prepared_by")), QByteArrayLiteral("A. Guardian"));
}

} // namespace harbor::test::golden
