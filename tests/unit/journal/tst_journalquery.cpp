// SPDX-License-Identifier: GPL-3.0-or-later
// The list's reads: every filter alone and combined, pages that cover the
// journal exactly once, hostile search text, and weekly counts.
#include "JournalFixture.h"
#include "TestMain.h"

#include <QSet>

#include <limits>

using harbor::journal::Child;
using harbor::journal::Entry;
using harbor::journal::JournalError;
using harbor::journal::JournalFilter;
using harbor::journal::PageCursor;
using harbor::journal::Severity;
using harbor::test::JournalFixture;

class TestJournalQuery : public QObject
{
    Q_OBJECT

    JournalFixture m_f;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_dayMs = qint64 { 24 } * 3600 * 1000;

    QList<qint64> ids(const JournalFilter &filter)
    {
        QList<qint64> result;
        JournalError error;
        const auto page = m_f.query->page(filter, nullptr, 1000, &error);
        if (!error.ok()) {
            return { -1 };
        }
        for (const auto &summary : page) {
            result.append(summary.id);
        }
        return result;
    }

    qint64 add(
        qint64 child, const char *platform, const char *category, Severity severity, int daysAgo, const QString &text)
    {
        Entry entry;
        entry.childId = child;
        entry.platform = QString::fromLatin1(platform);
        entry.category = QString::fromLatin1(category);
        entry.severity = severity;
        entry.occurredAtMs = m_f.clock.nowMs() - daysAgo * m_dayMs;
        entry.text = text;
        return m_f.add(entry);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.ready());
        Child ana { 0, QStringLiteral("Ana"), 2012, {} };
        Child ben { 0, QStringLiteral("Ben"), 2014, {} };
        QVERIFY(m_f.children->save(ana).ok());
        QVERIFY(m_f.children->save(ben).ok());
        m_ana = ana.id;
        m_ben = ben.id;
        // ids 1..6
        QVERIFY(add(m_ana, "Snapchat", "grooming", Severity::Concern, 1, QStringLiteral("asked for a photo")) == 1);
        QVERIFY(add(m_ana, "Discord", "sextortion", Severity::Urgent, 3, QStringLiteral("threatened to share")) == 2);
        QVERIFY(add(m_ben, "Roblox", "grooming", Severity::Note, 10, QStringLiteral("offered free Robux")) == 3);
        QVERIFY(add(m_ben, "Snapchat", "other", Severity::Concern, 20, QStringLiteral("niño dijo que un señor")) == 4);
        QVERIFY(
            add(m_ana, "Snapchat", "grooming", Severity::Urgent, 40, QStringLiteral("gift card or NEAR school")) == 5);
        QVERIFY(add(0, "", "", Severity::Note, 0, QStringLiteral("quick note, no child yet")) == 6);
    }
    void cleanupTestCase() { m_f.db.reset(); }

    void filtersAloneAndCombined_data()
    {
        QTest::addColumn<qint64>("child"); // 1 Ana, 2 Ben
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("fromDaysAgo"); // 0: none
        QTest::addColumn<int>("toDaysAgo"); // 0: none
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected"); // newest first
        QTest::newRow("nothing") << qint64(0) << QString() << QString() << -1 << 0 << 0 << QString()
                                 << QList<qint64> { 6, 1, 2, 3, 4, 5 };
        QTest::newRow("child") << qint64(1) << QString() << QString() << -1 << 0 << 0 << QString()
                               << QList<qint64> { 1, 2, 5 };
        QTest::newRow("platform") << qint64(0) << QStringLiteral("Snapchat") << QString() << -1 << 0 << 0 << QString()
                                  << QList<qint64> { 1, 4, 5 };
        QTest::newRow("category") << qint64(0) << QString() << QStringLiteral("grooming") << -1 << 0 << 0 << QString()
                                  << QList<qint64> { 1, 3, 5 };
        QTest::newRow("severity") << qint64(0) << QString() << QString() << 2 << 0 << 0 << QString()
                                  << QList<qint64> { 2, 5 };
        QTest::newRow("date range") << qint64(0) << QString() << QString() << -1 << 25 << 2 << QString()
                                    << QList<qint64> { 2, 3, 4 };
        QTest::newRow("text") << qint64(0) << QString() << QString() << -1 << 0 << 0 << QStringLiteral("photo")
                              << QList<qint64> { 1 };
        QTest::newRow("accents folded") << qint64(0) << QString() << QString() << -1 << 0 << 0
                                        << QStringLiteral("NINO senor") << QList<qint64> { 4 };
        QTest::newRow("child+platform+category")
            << qint64(1) << QStringLiteral("Snapchat") << QStringLiteral("grooming") << -1 << 0 << 0 << QString()
            << QList<qint64> { 1, 5 };
        QTest::newRow("all of them") << qint64(1) << QStringLiteral("Snapchat") << QStringLiteral("grooming") << 2 << 50
                                     << 30 << QStringLiteral("gift") << QList<qint64> { 5 };
        QTest::newRow("no match") << qint64(2) << QString() << QString() << 2 << 0 << 0 << QString()
                                  << QList<qint64> {};
    }
    void filtersAloneAndCombined()
    {
        QFETCH(qint64, child);
        QFETCH(QString, platform);
        QFETCH(QString, category);
        QFETCH(int, severity);
        QFETCH(int, fromDaysAgo);
        QFETCH(int, toDaysAgo);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        JournalFilter filter;
        filter.childId = child == 1 ? m_ana : (child == 2 ? m_ben : 0);
        filter.platform = platform;
        filter.category = category;
        filter.severity = severity;
        filter.fromMs = fromDaysAgo ? m_f.clock.nowMs() - fromDaysAgo * m_dayMs : 0;
        filter.toMs = toDaysAgo ? m_f.clock.nowMs() - toDaysAgo * m_dayMs : 0;
        filter.text = text;
        QCOMPARE(ids(filter), expected);
        QCOMPARE(m_f.query->count(filter), qint64(expected.size()));
    }

    void hostileSearchIsNeverAnErrorNorEverything_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("expected");
        QTest::newRow("quote") << QStringLiteral("\"") << QList<qint64> {};
        QTest::newRow("minus") << QStringLiteral("-x") << QList<qint64> {};
        QTest::newRow("dangling OR") << QStringLiteral("photo OR") << QList<qint64> {};
        QTest::newRow("OR as a word") << QStringLiteral("gift OR") << QList<qint64> { 5 };
        QTest::newRow("NEAR") << QStringLiteral("NEAR/999999999") << QList<qint64> {};
        QTest::newRow("NEAR as a word") << QStringLiteral("near") << QList<qint64> { 5 };
        QTest::newRow("star") << QStringLiteral("*") << QList<qint64> {};
        QTest::newRow("prefix star") << QStringLiteral("pho*") << QList<qint64> {};
        QTest::newRow("column") << QStringLiteral("body:photo") << QList<qint64> {};
        QTest::newRow("long") << QString(5000, QLatin1Char('a')) << QList<qint64> {};
        QTest::newRow("emoji") << QStringLiteral("😀 photo 🙂") << QList<qint64> { 1 };
        QTest::newRow("spanish") << QStringLiteral("señor") << QList<qint64> { 4 };
    }
    void hostileSearchIsNeverAnErrorNorEverything()
    {
        QFETCH(QString, text);
        QFETCH(QList<qint64>, expected);
        JournalFilter filter;
        filter.text = text;
        const QList<qint64> found = ids(filter);
        QVERIFY2(!found.contains(-1), "SQL error");
        QCOMPARE(found, expected);
    }

    void pagesCoverEverythingOnce_data()
    {
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("text");
        QTest::newRow("walking by time") << QStringLiteral("YouTube") << QString();
        QTest::newRow("sorting search hits") << QString() << QStringLiteral("same time");
        QTest::newRow("both") << QStringLiteral("YouTube") << QStringLiteral("time");
    }
    void pagesCoverEverythingOnce()
    {
        QFETCH(QString, platform);
        QFETCH(QString, text);
        if (m_f.query->count(JournalFixture::textFilter(QStringLiteral("same"))) == 0) {
            // Same time for several entries: the id breaks the tie.
            for (int i = 0; i < 23; ++i) {
                QVERIFY(add(m_ben, "YouTube", "other", Severity::Note, 100, QStringLiteral("same time %1").arg(i)) > 0);
            }
        }
        JournalFilter filter;
        filter.platform = platform;
        filter.text = text;
        QSet<qint64> seen;
        PageCursor cursor;
        const PageCursor *after = nullptr;
        int pages = 0;
        qint64 previousTime = std::numeric_limits<qint64>::max();
        for (;;) {
            const auto page = m_f.query->page(filter, after, 5);
            if (page.isEmpty()) {
                break;
            }
            ++pages;
            for (const auto &summary : page) {
                QVERIFY2(!seen.contains(summary.id), "an entry on two pages");
                QVERIFY2(summary.occurredAtMs <= previousTime, "not newest first");
                previousTime = summary.occurredAtMs;
                seen.insert(summary.id);
            }
            cursor = PageCursor { page.constLast().occurredAtMs, page.constLast().id };
            after = &cursor;
        }
        QCOMPARE(seen.size(), 23);
        QCOMPARE(pages, 5);
        QCOMPARE(m_f.query->count(filter), qint64(23));
        QCOMPARE(m_f.query->platforms(),
            (QStringList { QStringLiteral("Discord"), QStringLiteral("Roblox"), QStringLiteral("Snapchat"),
                QStringLiteral("YouTube") }));
    }

    void summariesCarryTheChildName()
    {
        JournalFilter filter;
        filter.childId = m_ana;
        const auto page = m_f.query->page(filter, nullptr, 1);
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.at(0).childName, QStringLiteral("Ana"));
        QCOMPARE(page.at(0).excerpt, QStringLiteral("asked for a photo"));
        QCOMPARE(page.at(0).severity, Severity::Concern);
    }

    // One entry's row, only when the filter shows it: how the list places
    // a saved entry without reading a page.
    void oneSummaryPassesTheFilterOrNot()
    {
        JournalFilter all;
        const auto first = m_f.query->summary(1, all);
        QVERIFY(first);
        QCOMPARE(first->childName, QStringLiteral("Ana"));
        QCOMPARE(first->excerpt, QStringLiteral("asked for a photo"));
        for (const auto &row : m_f.query->page(all, nullptr, 1000)) {
            if (row.id == 1) {
                QCOMPARE(*first, row); // the same row a page has
            }
        }

        JournalFilter ben;
        ben.childId = m_ben;
        QVERIFY(!m_f.query->summary(1, ben));
        QVERIFY(m_f.query->summary(3, ben));
        JournalFilter search = JournalFixture::textFilter(QStringLiteral("robux"));
        QVERIFY(m_f.query->summary(3, search));
        QVERIFY(!m_f.query->summary(1, search));
        // Text that searches for nothing finds nothing, this entry included.
        QVERIFY(!m_f.query->summary(3, JournalFixture::textFilter(QStringLiteral("*"))));
        QVERIFY(!m_f.query->summary(999, all));
    }

    void weeksCountBySeverity()
    {
        const auto weeks = m_f.query->weeks(m_ana);
        // Ana: 40, 3 and 1 days before Monday 2 Nov 2026 09:00 (all local).
        QCOMPARE(weeks.constFirst().weekStart, QDate(2026, 9, 21));
        QCOMPARE(weeks.constLast().weekStart, QDate(2026, 10, 26));
        QCOMPARE(weeks.size(), 6);
        QCOMPARE(weeks.constFirst().bySeverity, (std::array<int, 3> { 0, 0, 1 }));
        QCOMPARE(weeks.constLast().bySeverity, (std::array<int, 3> { 0, 1, 1 }));
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(weeks.at(i).bySeverity, (std::array<int, 3> { 0, 0, 0 }));
        }
    }

    void childrenAreValidatedAndKeptWhileTheyHaveEntries()
    {
        Child nameless { 0, QStringLiteral("  "), 0, {} };
        QCOMPARE(m_f.children->save(nameless).code, JournalError::Code::Required);
        Child future { 0, QStringLiteral("Cy"), 2031, {} };
        QCOMPARE(m_f.children->save(future).code, JournalError::Code::InvalidValue);
        QCOMPARE(m_f.children->remove(m_ana).code, JournalError::Code::ChildHasEntries);
        Child cy { 0, QStringLiteral("Cy"), 0, { { QStringLiteral("Roblox"), QStringLiteral("cy_builds") } } };
        QVERIFY(m_f.children->save(cy).ok());
        cy.platforms.append({ QStringLiteral("Minecraft"), QString() });
        QVERIFY(m_f.children->save(cy).ok());
        const auto all = m_f.children->children();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(2).nickname, QStringLiteral("Cy"));
        QCOMPARE(all.at(2).platforms.size(), 2);
        QCOMPARE(all.at(2).platforms.at(0).handle, QStringLiteral("cy_builds"));
        QVERIFY(m_f.children->remove(cy.id).ok());
        QCOMPARE(m_f.children->children().size(), 2);
        QCOMPARE(m_f.scalar("SELECT count(*) FROM child_platforms"), qint64(0));
    }

    // The deleted view: only tombstones, never a current or an erased entry,
    // and with its own count; the other filters still combine with it.
    void deletedFilterListsOnlyDeletedEntries()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        QList<qint64> made;
        for (int i = 0; i < 5; ++i) {
            Entry entry = f.observation(QStringLiteral("kept word%1").arg(i), i + 1);
            entry.platform = i % 2 ? QStringLiteral("Discord") : QStringLiteral("Roblox");
            made.append(f.add(entry));
            QVERIFY(made.constLast() > 0);
        }
        QVERIFY(f.store->remove(made.at(1)).ok());
        QVERIFY(f.store->remove(made.at(2)).ok());
        QVERIFY(f.store->remove(made.at(4)).ok());
        QVERIFY(f.store->erase(made.at(4)).ok()); // deleted, then erased for good
        QVERIFY(f.store->erase(made.at(3)).ok());

        JournalFilter current;
        JournalFilter deleted;
        deleted.deleted = true;
        QVERIFY(current.isEmpty());
        QVERIFY(!deleted.isEmpty());
        JournalError error;
        const auto page = f.query->page(deleted, nullptr, 100, &error);
        QVERIFY(error.ok());
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).id, made.at(1)); // newest first
        QCOMPARE(page.at(1).id, made.at(2));
        QVERIFY(page.at(0).deleted);
        QCOMPARE(page.at(0).excerpt, QStringLiteral("kept word1"));
        QCOMPARE(f.query->count(deleted, &error), qint64(2));
        QVERIFY(error.ok());
        const auto currentPage = f.query->page(current, nullptr, 100);
        QCOMPARE(currentPage.size(), 1);
        QCOMPARE(currentPage.at(0).id, made.at(0));
        QVERIFY(!currentPage.at(0).deleted);
        QCOMPARE(f.query->count(current), qint64(1));

        // Pages continue from the cursor within the deleted entries.
        const PageCursor cursor { page.at(0).occurredAtMs, page.at(0).id };
        const auto second = f.query->page(deleted, &cursor, 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.at(0).id, made.at(2));

        // One entry's row: only in the view its state belongs to.
        QVERIFY(f.query->summary(made.at(1), deleted));
        QVERIFY(f.query->summary(made.at(1), deleted)->deleted);
        QVERIFY(!f.query->summary(made.at(1), current));
        QVERIFY(!f.query->summary(made.at(0), deleted));
        QVERIFY(!f.query->summary(made.at(3), deleted)); // erased
        QVERIFY(!f.query->summary(made.at(4), deleted)); // deleted, then erased
        QVERIFY(!f.query->summary(made.at(3), current));

        // The other filters combine with it.
        JournalFilter deletedOnDiscord = deleted;
        deletedOnDiscord.platform = QStringLiteral("Discord");
        QCOMPARE(f.query->count(deletedOnDiscord), qint64(1));
        QCOMPARE(f.query->page(deletedOnDiscord, nullptr, 100).at(0).id, made.at(1));

        // Brought back: out of the deleted view, into the current one.
        QVERIFY(f.store->restore(made.at(1)).ok());
        QVERIFY(!f.query->summary(made.at(1), deleted));
        QVERIFY(f.query->summary(made.at(1), current));
        QCOMPARE(f.query->count(deleted), qint64(1));
        QCOMPARE(f.query->count(current), qint64(2));
    }

    // Deleted entries are not in the search index: text in the deleted view
    // finds nothing, hostile text included, and is never an error nor a
    // fallback to every deleted entry.
    void searchInTheDeletedViewFindsNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("a word they hold") << QStringLiteral("gone");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("dangling OR") << QStringLiteral("gone OR");
        QTest::newRow("NEAR") << QStringLiteral("NEAR/999999999");
        QTest::newRow("column") << QStringLiteral("body:gone");
        QTest::newRow("sql") << QStringLiteral("') OR 1=1 --");
    }
    void searchInTheDeletedViewFindsNothing()
    {
        QFETCH(QString, text);
        JournalFixture f;
        QVERIFY(f.ready());
        const qint64 id = f.add(f.observation(QStringLiteral("gone for now")));
        QVERIFY(id > 0);
        QVERIFY(f.add(f.observation(QStringLiteral("gone but current"))) > 0);
        QVERIFY(f.store->remove(id).ok());
        JournalFilter filter = JournalFixture::textFilter(text);
        filter.deleted = true;
        JournalError error;
        QVERIFY(f.query->page(filter, nullptr, 100, &error).isEmpty());
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QCOMPARE(f.query->count(filter, &error), qint64(0));
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QVERIFY(!f.query->summary(id, filter));
    }
};

HARBOR_TEST_MAIN(TestJournalQuery)
#include "tst_journalquery.moc"
