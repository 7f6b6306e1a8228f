// SPDX-License-Identifier: GPL-3.0-or-later
// The hotline call-prep card: empty and sparse entries first, then what
// intake asks, each said once.
#include "TestMain.h"
#include "report/CallPrep.h"

using harbor::journal::Child;
using harbor::journal::Entry;
using harbor::report::CallPrep;

namespace {

const QLocale kLocale(QLocale::English, QLocale::UnitedStates);

Entry entry(qint64 childId, const QString &text, qint64 atMs = 1'700'000'000'000)
{
    Entry e;
    e.childId = childId;
    e.text = text;
    e.occurredAtMs = atMs;
    return e;
}

QList<Child> family()
{
    return { Child { 1, QStringLiteral("Ana"), 2013, {} }, Child { 2, QStringLiteral("Ben"), 0, {} },
        Child { 3, QStringLiteral("Cleo"), 2010, {} } };
}

} // namespace

class TestCallPrep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noEntriesMakeAnEmptyCard()
    {
        const CallPrep card = CallPrep::build({}, family(), kLocale, 2026);
        QVERIFY(card.children.isEmpty());
        QVERIFY(card.places.isEmpty());
        QVERIFY(card.involved.isEmpty());
        QVERIFY(card.seen.isEmpty());
        QCOMPARE(card.childId, qint64(0));
        QVERIFY(card.seenLines().isEmpty());
    }

    void blankFieldsAddNothing()
    {
        Entry e = entry(0, QString());
        e.place = QStringLiteral("   ");
        e.account = QStringLiteral(" ");
        e.platform = QStringLiteral("Discord"); // a platform alone names nobody
        const CallPrep card = CallPrep::build({ e }, family(), kLocale, 2026);
        QVERIFY(card.children.isEmpty()); // no child chosen
        QVERIFY(card.places.isEmpty());
        QVERIFY(card.involved.isEmpty());
        QCOMPARE(card.seen.size(), 1);
        QCOMPARE(card.seen.at(0).what, QString());
    }

    void anUnknownChildIsLeftOut()
    {
        const CallPrep card = CallPrep::build({ entry(99, QStringLiteral("x")) }, family(), kLocale, 2026);
        QVERIFY(card.children.isEmpty());
        QCOMPARE(card.childId, qint64(99)); // the call entry still names the entry's child
    }

    void childrenWithTheirAgeInTheJournalsOrder()
    {
        const CallPrep card = CallPrep::build({ entry(3, QStringLiteral("a")), entry(1, QStringLiteral("b")),
                                                  entry(2, QStringLiteral("c")), entry(1, QStringLiteral("d")) },
            family(), kLocale, 2026);
        QCOMPARE(card.children,
            QStringList({ QStringLiteral("Ana, about 13 years old"), QStringLiteral("Ben"),
                QStringLiteral("Cleo, about 16 years old") }));
        QCOMPARE(card.childId, qint64(3)); // the first entry's child
    }

    void placesAndPeopleAreSaidOnce()
    {
        Entry first = entry(1, QStringLiteral("asked for pictures"));
        first.place = QStringLiteral(" Denver County ");
        first.platform = QStringLiteral("Discord");
        first.account = QStringLiteral("xx_friend");
        first.witnesses = QStringLiteral("Coach Lee");
        Entry second = first;
        second.place = QStringLiteral("Denver County");
        second.present = QStringLiteral("Coach Lee");
        Entry third = entry(1, QStringLiteral("sent a gift card"));
        third.account = QStringLiteral("xx_friend"); // no platform this time
        const CallPrep card = CallPrep::build({ first, second, third }, family(), kLocale, 2026);
        QCOMPARE(card.places, QStringList({ QStringLiteral("Denver County") }));
        QCOMPARE(card.involved,
            QStringList(
                { QStringLiteral("xx_friend on Discord"), QStringLiteral("Coach Lee"), QStringLiteral("xx_friend") }));
    }

    void whatWasSeenKeepsTheEntriesOrderAndIsShortened()
    {
        Entry words = entry(1, QString(), 1'700'000'000'000);
        words.childWords = QStringLiteral("he said not to tell");
        const Entry longOne = entry(1, QString(500, u'x'), 1'700'086'400'000);
        const CallPrep card = CallPrep::build({ words, longOne }, family(), kLocale, 2026);
        QCOMPARE(card.seen.size(), 2);
        QCOMPARE(card.seen.at(0).what, QStringLiteral("he said not to tell")); // the child's words stand in
        QCOMPARE(card.seen.at(1).what.size(), 300);
        const QString when
            = kLocale.toString(QDateTime::fromMSecsSinceEpoch(1'700'000'000'000).toLocalTime(), QLocale::ShortFormat);
        QCOMPARE(card.seen.at(0).when, when);
        QCOMPARE(card.seenLines().at(0), when + QStringLiteral(": he said not to tell"));
    }

    void theCallEntryNamesTheDatesItIsAbout()
    {
        const CallPrep card = CallPrep::build(
            { entry(1, QStringLiteral("a"), 1'700'000'000'000), entry(1, QStringLiteral("b"), 1'700'086'400'000) },
            family(), kLocale, 2026);
        const QString text = card.callEntryText(kLocale);
        QVERIFY(text.startsWith(QStringLiteral("Called the hotline about what I wrote down on ")));
        QVERIFY(text.contains(card.seen.at(0).when + QStringLiteral(" and ") + card.seen.at(1).when));
    }
};

HARBOR_TEST_MAIN(TestCallPrep)
#include "tst_callprep.moc"
