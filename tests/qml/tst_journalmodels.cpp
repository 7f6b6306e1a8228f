// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's list models under QAbstractItemModelTester, over a real
// journal: lazy paging, filters, children, the weekly timeline, and what
// happens to them when the journal closes.
#include "ChildListModel.h"
#include "EntryListModel.h"
#include "TestMain.h"
#include "TimelineModel.h"
#include "journal/JournalFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using harbor::journal::Child;
using harbor::journal::Entry;
using harbor::journal::Severity;
using harbor::journalui::ChildListModel;
using harbor::journalui::EntryListModel;
using harbor::journalui::TimelineModel;
using harbor::test::JournalFixture;

class TestJournalModels : public QObject
{
    Q_OBJECT

    static constexpr qint64 kDayMs = 24 * 3600 * 1000;

    static void fill(JournalFixture &f, int count, qint64 childId = 0)
    {
        for (int i = 0; i < count; ++i) {
            Entry entry = f.observation(QStringLiteral("entry number %1").arg(i), 0);
            entry.occurredAtMs = f.clock.nowMs() - (i % 40) * kDayMs - i;
            entry.childId = childId;
            entry.severity = static_cast<Severity>(i % 3);
            entry.platform = i % 2 ? QStringLiteral("Discord") : QStringLiteral("Roblox");
            QVERIFY(f.add(entry) > 0);
        }
    }

private Q_SLOTS:
    void entriesLoadAPageAtATime()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 120);
        EntryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        harbor::journal::CategoryCatalog categories = harbor::journal::CategoryCatalog::builtIn();
        model.setSource(f.query.get(), &categories);
        QCOMPARE(model.totalCount(), 120);
        // The first page comes with the reset; the rest a page per fetch,
        // each from the event loop (the tester asks for more as well).
        QCOMPARE(model.rowCount(), EntryListModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QVERIFY(model.isLoading());
        QTRY_COMPARE(model.rowCount(), 120);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isLoading());
        // Newest first, no entry twice.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(model.data(model.index(row), EntryListModel::EntryIdRole).toLongLong());
            if (row > 0) {
                QVERIFY(model.data(model.index(row - 1), EntryListModel::OccurredAtRole).toDateTime()
                    >= model.data(model.index(row), EntryListModel::OccurredAtRole).toDateTime());
            }
        }
        QCOMPARE(ids.size(), 120);
        QCOMPARE(model.data(model.index(0), EntryListModel::DayRole).toString().isEmpty(), false);
    }

    void filtersResetAndCount()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 30);
        EntryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.query.get(), nullptr);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setPlatform(QStringLiteral("Discord"));
        QCOMPARE(model.totalCount(), 15);
        QVERIFY(model.isFiltered());
        model.setSeverity(2);
        QCOMPARE(model.totalCount(), 5);
        model.setSearchText(QStringLiteral("number"));
        QCOMPARE(model.totalCount(), 5);
        model.setSearchText(QStringLiteral("*"));
        QCOMPARE(model.totalCount(), 0);
        QCOMPARE(model.rowCount(), 0);
        model.setFromDay(QStringLiteral("not a day"));
        QCOMPARE(model.fromDay(), QString());
        model.clearFilters();
        QCOMPARE(model.totalCount(), 30);
        QVERIFY(!model.isFiltered());
        QCOMPARE(reset.size(), 5);
        // Closing the journal empties the model.
        model.setSource(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void childrenAndTimeline()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Child ana { 0, QStringLiteral("Ana"), 2013, { { QStringLiteral("Roblox"), QStringLiteral("ana_b") } } };
        QVERIFY(f.children->save(ana).ok());
        fill(f, 12, ana.id);

        ChildListModel children;
        QAbstractItemModelTester childTester(&children, QAbstractItemModelTester::FailureReportingMode::QtTest);
        children.setChildren(f.children->children());
        QCOMPARE(children.rowCount(), 1);
        QCOMPARE(children.nicknames(), QStringList { QStringLiteral("Ana") });
        QCOMPARE(children.ids(), QVariantList { ana.id });
        QCOMPARE(children.get(0).value(QStringLiteral("nickname")).toString(), QStringLiteral("Ana"));
        QCOMPARE(children.data(children.index(0), ChildListModel::PlatformsRole).toList().size(), 1);
        QCOMPARE(children.nickname(ana.id), QStringLiteral("Ana"));
        QVERIFY(children.get(5).isEmpty());

        TimelineModel timeline;
        QAbstractItemModelTester timelineTester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setSource(f.query.get());
        timeline.setChildId(static_cast<int>(ana.id));
        QCOMPARE(timeline.total(), 12);
        int sum = 0;
        for (int row = 0; row < timeline.rowCount(); ++row) {
            const QModelIndex at = timeline.index(row);
            const int total = timeline.data(at, TimelineModel::TotalRole).toInt();
            QCOMPARE(total,
                timeline.data(at, TimelineModel::NoteRole).toInt()
                    + timeline.data(at, TimelineModel::ConcernRole).toInt()
                    + timeline.data(at, TimelineModel::UrgentRole).toInt());
            QVERIFY(total <= timeline.maxTotal());
            sum += total;
        }
        QCOMPARE(sum, 12);
        QVERIFY(timeline.summary().contains(QLatin1String("12")));
        timeline.setChildId(999);
        QCOMPARE(timeline.rowCount(), 0);
        QCOMPARE(timeline.total(), 0);
    }
};

HARBOR_TEST_MAIN(TestJournalModels)
#include "tst_journalmodels.moc"
