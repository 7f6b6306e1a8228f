// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: one test class for the journal's three list models, which
// share the fixture, fill() and rowsOf(); split, each part would copy them.
// The journal's list models under QAbstractItemModelTester, over a real
// journal: lazy paging, filters, children, the weekly timeline, and what
// happens to them when the journal closes; one saved, deleted or added
// entry changes one row (never a reset, the loaded pages stay); and the
// rows of a fixed journal match a committed snapshot
// (tests/data/golden/journal-model.json; HARBOR_UPDATE_GOLDEN=1 rewrites it).
#include "ChildListModel.h"
#include "EntryListModel.h"
#include "TestMain.h"
#include "TimelineModel.h"
#include "journal/JournalFixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
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

    // Every row, every role by name, as JSON: dates in ISO form (TZ and
    // locale are pinned by the test main).
    static QJsonArray rowsOf(const QAbstractItemModel &model)
    {
        const QHash<int, QByteArray> roles = model.roleNames();
        QList<int> ordered = roles.keys();
        std::sort(ordered.begin(), ordered.end());
        QJsonArray rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            QJsonObject object;
            for (int role : ordered) {
                const QVariant value = model.data(model.index(row, 0), role);
                QJsonValue json;
                switch (value.typeId()) {
                case QMetaType::QDateTime:
                    json = value.toDateTime().toString(Qt::ISODate);
                    break;
                case QMetaType::QDate:
                    json = value.toDate().toString(Qt::ISODate);
                    break;
                case QMetaType::Bool:
                    json = value.toBool();
                    break;
                case QMetaType::Int:
                case QMetaType::LongLong:
                    json = value.toLongLong();
                    break;
                default:
                    json = value.toString();
                }
                object.insert(QString::fromLatin1(roles.value(role)), json);
            }
            rows.append(object);
        }
        return rows;
    }

    static constexpr qint64 kDayMs = qint64 { 24 } * 3600 * 1000;

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

    // Every signal a view reacts to, counted.
    struct Changes
    {
        explicit Changes(QAbstractItemModel *model)
            : reset(model, &QAbstractItemModel::modelReset)
            , data(model, &QAbstractItemModel::dataChanged)
            , inserted(model, &QAbstractItemModel::rowsInserted)
            , removed(model, &QAbstractItemModel::rowsRemoved)
        {
        }
        QSignalSpy reset;
        QSignalSpy data;
        QSignalSpy inserted;
        QSignalSpy removed;
    };

    // Two pages in: 100 of 120 rows. Without a QAbstractItemModelTester:
    // it asks for more after every change, which would load every page.
    static void loadTwoPages(EntryListModel &model)
    {
        QCOMPARE(model.rowCount(), EntryListModel::kPageSize);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * EntryListModel::kPageSize);
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.canFetchMore({}));
    }

    // Every page in, as the tester leaves it.
    static void loadAll(EntryListModel &model)
    {
        QTRY_VERIFY(!model.canFetchMore({}));
        QTRY_VERIFY(!model.isLoading());
    }

    static qint64 idAt(const EntryListModel &model, int row)
    {
        return model.data(model.index(row), EntryListModel::EntryIdRole).toLongLong();
    }

private Q_SLOTS:
    void savingOneEntryChangesItsRowOnly()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 120);
        EntryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.query.get(), nullptr);
        loadAll(model);
        const int rows = model.rowCount();
        const int row = 70; // on the second page
        const qint64 id = idAt(model, row);
        Changes changes(&model);

        auto entry = f.store->entry(id);
        QVERIFY(entry);
        entry->text = QStringLiteral("rewritten after a second look");
        entry->severity = Severity::Urgent;
        QVERIFY(f.store->save(*entry).ok());
        model.refreshEntry(id);

        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(changes.inserted.size(), 0);
        QCOMPARE(changes.removed.size(), 0);
        QCOMPARE(changes.data.size(), 1);
        QCOMPARE(changes.data.at(0).at(0).toModelIndex().row(), row);
        QCOMPARE(changes.data.at(0).at(1).toModelIndex().row(), row);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.data(model.index(row), EntryListModel::ExcerptRole).toString(),
            QStringLiteral("rewritten after a second look"));
        QCOMPARE(model.data(model.index(row), EntryListModel::SeverityRole).toInt(), 2);
        // Saved unchanged: nothing to tell.
        model.refreshEntry(id);
        QCOMPARE(changes.data.size(), 1);
    }

    void addedAndMovedEntriesKeepTheLoadedPages()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 120);
        EntryListModel model; // no tester: see loadTwoPages()
        model.setSource(f.query.get(), nullptr);
        loadTwoPages(model);
        const qint64 formerFirst = idAt(model, 0);
        Changes changes(&model);

        // The newest entry goes on top.
        Entry newest = f.observation(QStringLiteral("just now"), 0);
        newest.occurredAtMs = f.clock.nowMs() + 1000;
        const qint64 newestId = f.add(newest);
        QVERIFY(newestId > 0);
        model.refreshEntry(newestId);
        QCOMPARE(changes.inserted.size(), 1);
        QCOMPARE(changes.inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(idAt(model, 0), newestId);
        QCOMPARE(idAt(model, 1), formerFirst);
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(model.totalCount(), 121);

        // Back-dated past every loaded row: it waits for its page, once.
        Entry oldest = f.observation(QStringLiteral("long ago"), qint64 { 24 } * 365);
        const qint64 oldestId = f.add(oldest);
        model.refreshEntry(oldestId);
        QCOMPARE(model.rowCount(), 101);
        QCOMPARE(model.rowOf(oldestId), -1);
        QCOMPARE(model.totalCount(), 122);

        // Re-dated: the row moves to its place, the others stay.
        auto moved = f.store->entry(newestId);
        moved->occurredAtMs = f.clock.nowMs() - 2 * kDayMs - 1;
        QVERIFY(f.store->save(*moved).ok());
        model.refreshEntry(newestId);
        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(idAt(model, 0), formerFirst);
        QVERIFY(model.rowOf(newestId) > 0);
        QCOMPARE(model.rowCount(), 101);

        model.fetchMore({});
        QTRY_VERIFY(!model.canFetchMore({}));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 122);
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            ids.insert(idAt(model, row));
        }
        QCOMPARE(ids.size(), 122);
        QCOMPARE(changes.reset.size(), 0);
    }

    void deletedEntryIsRemovedByRow()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 120);
        EntryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.query.get(), nullptr);
        loadAll(model);
        const qint64 id = idAt(model, 60);
        const qint64 next = idAt(model, 61);
        Changes changes(&model);

        QVERIFY(f.store->remove(id).ok());
        model.refreshEntry(id);
        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(changes.removed.size(), 1);
        QCOMPARE(changes.removed.at(0).at(1).toInt(), 60);
        QCOMPARE(idAt(model, 60), next);
        QCOMPARE(model.rowCount(), 119);
        QCOMPARE(model.totalCount(), 119);

        // Brought back: in its old place again.
        QVERIFY(f.store->restore(id).ok());
        model.refreshEntry(id);
        QCOMPARE(idAt(model, 60), id);
        QCOMPARE(model.rowCount(), 120);

        // An entry the filter does not show stays out.
        model.setPlatform(QStringLiteral("Discord"));
        Changes filtered(&model);
        Entry other = f.observation(QStringLiteral("on another platform"), 0);
        other.platform = QStringLiteral("Roblox");
        model.refreshEntry(f.add(other));
        QCOMPARE(filtered.inserted.size(), 0);
        QCOMPARE(filtered.reset.size(), 0);
    }

    // The deleted view ("Show deleted entries"): hidden by default, listed
    // with the filter, and a deletion or a restore moves one row in or out
    // of it (never a reset, the loaded pages stay).
    void deletedViewFollowsDeletionsByRow()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 120);
        EntryListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(f.query.get(), nullptr);
        loadAll(model);
        const qint64 older = idAt(model, 90);
        const qint64 newer = idAt(model, 10);
        QVERIFY(f.store->remove(older).ok());
        QVERIFY(f.store->remove(newer).ok());
        model.refreshEntry(older);
        model.refreshEntry(newer);
        // Hidden by default.
        QCOMPARE(model.rowOf(older), -1);
        QCOMPARE(model.rowOf(newer), -1);
        QCOMPARE(model.totalCount(), 118);
        QVERIFY(!model.showDeleted());
        QVERIFY(!model.isFiltered());

        // Listed with the filter, newest first, marked deleted; a search
        // would find none of them, so turning it on clears the text.
        model.setSearchText(QStringLiteral("number"));
        QSignalSpy filterChanged(&model, &EntryListModel::filterChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setShowDeleted(true);
        QCOMPARE(filterChanged.size(), 1);
        QCOMPARE(reset.size(), 1); // a filter change reloads, as every filter does
        QVERIFY(model.showDeleted());
        QVERIFY(model.isFiltered());
        QCOMPARE(model.searchText(), QString());
        loadAll(model);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(idAt(model, 0), newer);
        QCOMPARE(idAt(model, 1), older);
        QCOMPARE(model.data(model.index(0), EntryListModel::DeletedRole).toBool(), true);
        QCOMPARE(model.roleNames().value(EntryListModel::DeletedRole), QByteArrayLiteral("deleted"));

        // Brought back: its row leaves the deleted view, one row.
        Changes changes(&model);
        QVERIFY(f.store->restore(newer).ok());
        model.refreshEntry(newer);
        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(changes.removed.size(), 1);
        QCOMPARE(changes.removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(idAt(model, 0), older);

        // Deleted while the deleted view shows: its row comes in, in order.
        const qint64 third = f.query->page({}, nullptr, 1).at(0).id;
        QVERIFY(f.store->remove(third).ok());
        model.refreshEntry(third);
        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(changes.inserted.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.rowOf(third), 0);

        // Erased: gone from the deleted view too.
        QVERIFY(f.store->erase(older).ok());
        model.refreshEntry(older);
        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(changes.removed.size(), 2);
        QCOMPARE(model.rowOf(older), -1);
        QCOMPARE(model.totalCount(), 1);

        // Back to the current entries: Clear filters turns it off as well.
        model.clearFilters();
        QVERIFY(!model.showDeleted());
        loadAll(model);
        QCOMPARE(model.totalCount(), 118);
        QCOMPARE(model.rowOf(third), -1);
        QVERIFY(model.rowOf(newer) >= 0);
        QCOMPARE(model.data(model.index(model.rowOf(newer)), EntryListModel::DeletedRole).toBool(), false);
    }

    void timelineUpdatesWeeksInPlace()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        fill(f, 30);
        TimelineModel timeline;
        QAbstractItemModelTester tester(&timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        timeline.setSource(f.query.get());
        const int weeks = timeline.rowCount();
        QVERIFY(weeks > 1);
        Changes changes(&timeline);

        QVERIFY(f.add(f.observation(QStringLiteral("this week"), 1)) > 0);
        timeline.refresh();
        QCOMPARE(changes.reset.size(), 0);
        QCOMPARE(changes.data.size(), 1);
        QCOMPARE(changes.data.at(0).at(0).toModelIndex().row(), weeks - 1);
        QCOMPARE(timeline.total(), 31);

        // A week before the first: rows are inserted in front, no reset.
        Entry early = f.observation(QStringLiteral("weeks before"), qint64 { 24 } * 7 * 12);
        QVERIFY(f.add(early) > 0);
        timeline.refresh();
        QCOMPARE(changes.reset.size(), 0);
        QVERIFY(changes.inserted.size() >= 1);
        QCOMPARE(changes.inserted.at(0).at(1).toInt(), 0);
        QVERIFY(timeline.rowCount() > weeks);
        QCOMPARE(timeline.total(), 32);
    }

    // The rows a fixed journal gives, every role, against a committed file.
    void goldenSnapshot()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Child ana { 0, QStringLiteral("Ana"), 2013, { { QStringLiteral("Roblox"), QStringLiteral("ana_b") } } };
        QVERIFY(f.children->save(ana).ok());
        for (int i = 0; i < 6; ++i) {
            Entry entry = f.observation(QStringLiteral("Golden entry %1: a stranger asked for photos").arg(i), 0);
            entry.occurredAtMs = f.clock.nowMs() - qint64 { i } * 2 * kDayMs - qint64 { i } * 60000;
            entry.kind = static_cast<harbor::journal::EntryKind>(i % 3);
            entry.childWords = QStringLiteral("They said %1").arg(i);
            entry.said = QStringLiteral("Hotline note %1").arg(i);
            entry.childId = i % 2 ? ana.id : 0;
            entry.severity = static_cast<Severity>(i % 3);
            entry.platform = i % 2 ? QStringLiteral("Discord") : QStringLiteral("Roblox");
            entry.category = i % 2 ? QStringLiteral("grooming") : QStringLiteral("sextortion");
            entry.draft = i == 4;
            const qint64 id = f.add(entry);
            QVERIFY(id > 0);
            if (i == 2) {
                QVERIFY(f.store->addAttachment(id, QStringLiteral("chat.png"), JournalFixture::png()).ok());
            }
        }
        EntryListModel entries;
        harbor::journal::CategoryCatalog categories = harbor::journal::CategoryCatalog::builtIn();
        entries.setSource(f.query.get(), &categories);
        TimelineModel timeline;
        timeline.setSource(f.query.get());
        const QJsonObject snapshot { { QStringLiteral("entries"), rowsOf(entries) },
            { QStringLiteral("timeline"), rowsOf(timeline) } };
        const QByteArray actual = QJsonDocument(snapshot).toJson(QJsonDocument::Indented);

        const QString path = QFileInfo(QString::fromLocal8Bit(__FILE__))
                                 .dir()
                                 .filePath(QStringLiteral("../data/golden/journal-model.json"));
        if (qEnvironmentVariableIsSet("HARBOR_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            QSKIP("Golden file rewritten; review the diff and commit it.");
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray expected = golden.readAll();
        if (expected != actual) {
            qWarning().noquote() << "Model output differs from" << path << "- actual:\n" << actual;
        }
        QCOMPARE(actual, expected);
    }

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
