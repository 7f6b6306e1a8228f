// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's controllers driven without QML, over a real vault:
// JournalController announces each change by entry id and its models change
// rows rather than reset; EntryEditorController keeps what was typed until
// a save is committed, names the refused field, and saves a draft when the
// journal locks; EntryDetailController shows one entry and reads it again
// only when that entry changes.
#include "EntryDetailController.h"
#include "EntryEditorController.h"
#include "JournalController.h"
#include "TestMain.h"
#include "journal/EntryText.h"
#include "safety/Clock.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using harbor::journal::Entry;
using harbor::journal::EntryKind;
using harbor::journal::EntryState;
using harbor::journal::Severity;
using harbor::journalui::EntryDetailController;
using harbor::journalui::EntryEditorController;
using harbor::journalui::JournalController;

namespace {

const QString kPassphrase = QStringLiteral("lantern orbit velvet cactus thunder");

// A vault on a fixed clock, unlocked, with the journal controller over it.
struct Journal
{
    QTemporaryDir dir;
    harbor::safety::ManualClock clock { QDateTime(QDate(2026, 11, 20), QTime(18, 0)).toMSecsSinceEpoch() };
    harbor::vault::Vault vault { dir.path(), clock, [] { return harbor::vault::KdfParams::floor(); } };
    JournalController journal { vault, clock };

    bool open()
    {
        if (vault.state() == harbor::vault::Vault::State::Absent) {
            vault.create(kPassphrase);
        } else {
            vault.unlock(kPassphrase);
        }
        return QTest::qWaitFor([this] { return journal.isReady(); }, 30000);
    }
    bool lock()
    {
        vault.lock();
        return QTest::qWaitFor([this] { return !journal.isReady(); }, 30000);
    }
    qint64 add(const QString &text, Severity severity = Severity::Concern)
    {
        Entry entry = journal.newEntry();
        entry.text = text;
        entry.severity = severity;
        entry.occurredAtMs -= qint64 { 3600 } * 1000;
        return journal.save(entry);
    }
};

} // namespace

class TestJournalControllers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Failure paths first: a locked journal refuses every write, clearly.
    void lockedJournalRefusesWrites()
    {
        Journal j;
        QVERIFY(!j.journal.isReady());
        QCOMPARE(j.journal.save(j.journal.newEntry()), 0);
        QVERIFY(j.journal.status().failed());
        QVERIFY(!j.journal.status().error.isEmpty());
        QVERIFY(!j.journal.entry(1));
        QVERIFY(!j.journal.verify().checked);
        QVERIFY(!j.journal.deleteEntry(1));

        EntryEditorController editor;
        editor.setJournal(&j.journal);
        editor.startNew(0);
        Entry e = editor.entry();
        e.text = QStringLiteral("typed while locked");
        editor.setEntry(e);
        QCOMPARE(editor.save(), 0);
        QVERIFY(editor.isDirty());
        QCOMPARE(editor.entry().text, QStringLiteral("typed while locked"));
    }

    // The search words are the journal's: a lock forgets them, and the
    // list after the next unlock shows every entry again.
    void lockForgetsTheSearchAndFilters()
    {
        Journal j;
        QVERIFY(j.open());
        QVERIFY(j.add(QStringLiteral("asked for a photo")) > 0);
        QVERIFY(j.add(QStringLiteral("sent a gift card")) > 0);
        auto *entries = j.journal.entries();
        entries->setSearchText(QStringLiteral("photo"));
        entries->setSeverity(static_cast<int>(Severity::Concern));
        QTRY_COMPARE(entries->rowCount(), 1);
        QVERIFY(entries->isFiltered());

        QVERIFY(j.lock());
        QCOMPARE(entries->searchText(), QString());
        QVERIFY(!entries->isFiltered());
        QCOMPARE(entries->rowCount(), 0);

        QVERIFY(j.open());
        QTRY_COMPARE(entries->rowCount(), 2);
    }

    void valuesFromScriptAreCheckedByName()
    {
        Journal j;
        QVERIFY(j.open());
        // The keys are the entry's property names; none is hand-mapped.
        const qint64 id = j.journal.saveEntry({ { QStringLiteral("kind"), 2 },
            { QStringLiteral("said"), QStringLiteral("They will call back") }, { QStringLiteral("draft"), true } });
        QVERIFY(id > 0);
        const auto saved = j.journal.entry(id);
        QVERIFY(saved);
        QCOMPARE(saved->kind, EntryKind::HotlineCall);
        QCOMPARE(saved->said, QStringLiteral("They will call back"));
        QVERIFY(saved->draft);
        QCOMPARE(saved->occurredAtMs, j.clock.nowMs());

        QCOMPARE(j.journal.saveEntry({ { QStringLiteral("colour"), QStringLiteral("red") } }), 0);
        QCOMPARE(j.journal.lastErrorField(), QStringLiteral("colour"));
        QCOMPARE(
            j.journal.saveEntry({ { QStringLiteral("kind"), 7 }, { QStringLiteral("text"), QStringLiteral("x") } }), 0);
        QCOMPARE(j.journal.status().errorField, QStringLiteral("kind"));
        QCOMPARE(j.journal.saveEntry(
                     { { QStringLiteral("severity"), -1 }, { QStringLiteral("text"), QStringLiteral("x") } }),
            0);
        QCOMPARE(j.journal.status().errorField, QStringLiteral("severity"));
    }

    void everyChangeIsAnnouncedByIdAndModelsKeepTheirRows()
    {
        Journal j;
        QVERIFY(j.open());
        const qint64 first = j.add(QStringLiteral("first"));
        QVERIFY(first > 0);
        QSignalSpy added(&j.journal, &JournalController::entryAdded);
        QSignalSpy changed(&j.journal, &JournalController::entryChanged);
        QSignalSpy removed(&j.journal, &JournalController::entryRemoved);
        QSignalSpy reset(j.journal.entries(), &QAbstractItemModel::modelReset);
        QSignalSpy timelineReset(j.journal.timeline(), &QAbstractItemModel::modelReset);
        QSignalSpy rowChanged(j.journal.entries(), &QAbstractItemModel::dataChanged);

        const qint64 second = j.add(QStringLiteral("second"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), second);
        QCOMPARE(j.journal.entries()->rowCount(), 2);

        auto entry = j.journal.entry(first);
        entry->text = QStringLiteral("first, completed");
        QCOMPARE(j.journal.save(*entry), first);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), first);
        QCOMPARE(rowChanged.size(), 1);

        QVERIFY(j.journal.deleteEntry(second));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(j.journal.entries()->rowCount(), 1);
        QVERIFY(j.journal.restoreEntry(second));
        QCOMPARE(added.size(), 2);
        QVERIFY(j.journal.eraseEntry(second));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(j.journal.entries()->rowCount(), 1);

        QCOMPARE(reset.size(), 0);
        QCOMPARE(timelineReset.size(), 0);
        const auto outcome = j.journal.verify();
        QVERIFY(outcome.checked);
        QVERIFY(outcome.intact);
        QVERIFY(outcome.message.contains(QLatin1String("intact")));
    }

    void renamingAChildChangesItsRowsOnly()
    {
        Journal j;
        QVERIFY(j.open());
        const qint64 child = j.journal.saveChild({ { QStringLiteral("nickname"), QStringLiteral("Ana") } });
        QVERIFY(child > 0);
        Entry entry = j.journal.newEntry();
        entry.text = QStringLiteral("about Ana");
        entry.childId = child;
        QVERIFY(j.journal.save(entry) > 0);
        QVERIFY(j.add(QStringLiteral("about nobody")) > 0);
        QSignalSpy reset(j.journal.entries(), &QAbstractItemModel::modelReset);
        QSignalSpy rowChanged(j.journal.entries(), &QAbstractItemModel::dataChanged);
        QSignalSpy childrenChanged(&j.journal, &JournalController::childrenChanged);
        QVERIFY(j.journal.saveChild(
                    { { QStringLiteral("childId"), child }, { QStringLiteral("nickname"), QStringLiteral("Ana B.") } })
            > 0);
        QCOMPARE(childrenChanged.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(rowChanged.size(), 1);
        bool renamed = false;
        for (int r = 0; r < j.journal.entries()->rowCount(); ++r) {
            const QModelIndex at = j.journal.entries()->index(r);
            renamed = renamed
                || j.journal.entries()->data(at, harbor::journalui::EntryListModel::ChildNameRole).toString()
                    == QStringLiteral("Ana B.");
        }
        QVERIFY(renamed);
    }

    void categoriesAreReadAgainOnRequest()
    {
        Journal j;
        QList<harbor::journal::Category> list { { QStringLiteral("grooming"), QStringLiteral("Grooming") } };
        j.journal.setCategorySource([&list] { return harbor::journal::CategoryCatalog(list); });
        QCOMPARE(j.journal.categoryIds(), QStringList { QStringLiteral("grooming") });
        QSignalSpy categoriesChanged(&j.journal, &JournalController::categoriesChanged);
        list.append({ QStringLiteral("bullying"), QStringLiteral("Online bullying") });
        QCOMPARE(j.journal.categoryIds().size(), 1); // read once, not on every call
        j.journal.reloadCategories();
        QCOMPARE(categoriesChanged.size(), 1);
        QCOMPARE(j.journal.categoryIds(), (QStringList { QStringLiteral("grooming"), QStringLiteral("bullying") }));
        QCOMPARE(j.journal.categoryTitles().last(), QStringLiteral("Online bullying"));
    }

    void editorStartsWithTheKindsDefaults()
    {
        Journal j;
        QVERIFY(j.open());
        EntryEditorController editor;
        editor.setJournal(&j.journal);
        editor.startNew(static_cast<int>(EntryKind::HotlineCall));
        QCOMPARE(editor.kind(), EntryKind::HotlineCall);
        QCOMPARE(editor.severity(), Severity::Note);
        QCOMPARE(editor.when(), QStringLiteral("2026-11-20 18:00"));
        QVERIFY(!editor.isDirty());
        QCOMPARE(editor.entryId(), 0);
        editor.startNew(static_cast<int>(EntryKind::Observation));
        QCOMPARE(editor.severity(), Severity::Concern);
    }

    void editorRefusesBadInputAndKeepsIt()
    {
        Journal j;
        QVERIFY(j.open());
        EntryEditorController editor;
        editor.setJournal(&j.journal);
        editor.startNew(0);
        QSignalSpy saved(&editor, &EntryEditorController::saved);

        QCOMPARE(editor.save(), 0);
        QCOMPARE(editor.errorField(), QStringLiteral("text"));

        Entry e = editor.entry();
        e.text = QStringLiteral("This has not happened yet");
        editor.setEntry(e);
        QVERIFY(editor.isDirty());
        editor.setWhen(QStringLiteral("2099-01-01 10:00"));
        QCOMPARE(editor.save(), 0);
        QCOMPARE(editor.errorField(), QStringLiteral("occurredAt"));
        editor.setWhen(QStringLiteral("yesterday"));
        QCOMPARE(editor.save(), 0);
        QCOMPARE(editor.errorField(), QStringLiteral("occurredAt"));
        QCOMPARE(editor.entry().text, QStringLiteral("This has not happened yet"));
        QCOMPARE(editor.when(), QStringLiteral("yesterday"));
        QCOMPARE(saved.size(), 0);
        QCOMPARE(j.journal.entries()->totalCount(), 0);
    }

    void editorSavesThenAddsRevisions()
    {
        Journal j;
        QVERIFY(j.open());
        EntryEditorController editor;
        editor.setJournal(&j.journal);
        editor.startNew(0);
        QSignalSpy saved(&editor, &EntryEditorController::saved);
        Entry e = editor.entry();
        e.text = QStringLiteral("Stranger asked for photos");
        e.platform = QStringLiteral("  Roblox ");
        editor.setEntry(e);
        editor.setSeverity(Severity::Urgent);
        editor.setTags(QStringLiteral("gift card, , stranger,"));
        editor.setWhen(QStringLiteral("2026-11-19 20:30"));
        const qint64 id = editor.save();
        QVERIFY(id > 0);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(editor.entryId(), id);
        QVERIFY(!editor.isDirty());
        QVERIFY(editor.errorField().isEmpty());

        const auto stored = j.journal.entry(id);
        QCOMPARE(stored->platform, QStringLiteral("Roblox"));
        QCOMPARE(stored->tags, (QStringList { QStringLiteral("gift card"), QStringLiteral("stranger") }));
        QCOMPARE(stored->severity, Severity::Urgent);
        QCOMPARE(stored->occurredAt(), QDateTime(QDate(2026, 11, 19), QTime(20, 30)));

        // Saving again is a new revision of the same entry.
        e = editor.entry();
        e.account = QStringLiteral("coach_22");
        editor.setEntry(e);
        QCOMPARE(editor.save(), id);
        QCOMPARE(j.journal.entries()->totalCount(), 1);
        QCOMPARE(j.journal.revisions(id).size(), 2);

        // Opening it again shows what was stored, typed as text.
        EntryEditorController again;
        again.setJournal(&j.journal);
        QVERIFY(again.load(id));
        QCOMPARE(again.when(), QStringLiteral("2026-11-19 20:30"));
        QCOMPARE(again.tags(), QStringLiteral("gift card, stranger"));
        QCOMPARE(again.entry().account, QStringLiteral("coach_22"));
        QVERIFY(!again.isDirty());
        QVERIFY(!again.load(id + 100));
    }

    void lockingKeepsUnsavedTextAsADraft()
    {
        Journal j;
        QVERIFY(j.open());
        EntryEditorController untouched;
        untouched.setJournal(&j.journal);
        untouched.startNew(0);
        EntryEditorController editor;
        editor.setJournal(&j.journal);
        editor.startNew(0);
        Entry e = editor.entry();
        e.text = QStringLiteral("Typed just before the lock");
        editor.setEntry(e);
        QVERIFY(j.lock());
        QVERIFY(!editor.isDirty());
        const qint64 id = editor.entryId();
        QVERIFY(id > 0);

        QVERIFY(j.open());
        QCOMPARE(j.journal.entries()->totalCount(), 1); // the untouched editor saved nothing
        const auto draft = j.journal.entry(id);
        QVERIFY(draft);
        QVERIFY(draft->draft);
        QCOMPARE(draft->text, QStringLiteral("Typed just before the lock"));
    }

    void detailShowsOneEntryAndFollowsIt()
    {
        Journal j;
        QVERIFY(j.open());
        const qint64 id = j.add(QStringLiteral("Asked to keep it secret"), Severity::Urgent);
        const qint64 other = j.add(QStringLiteral("Another thing"));
        EntryDetailController detail;
        detail.setJournal(&j.journal);
        QVERIFY(!detail.found());
        detail.setEntryId(id);
        QVERIFY(detail.found());
        QCOMPARE(detail.title(), harbor::journal::EntryText::kind(EntryKind::Observation));
        QCOMPARE(detail.title(), QStringLiteral("Observation"));
        const QStringList rows = detail.rows();
        QCOMPARE(rows.size() % 2, 0);
        QCOMPARE(rows.at(0), QStringLiteral("When"));
        const qsizetype severity = rows.indexOf(QStringLiteral("Severity"));
        QVERIFY(severity > 0);
        QCOMPARE(rows.at(severity + 1), QStringLiteral("Urgent"));
        const qsizetype text = rows.indexOf(QStringLiteral("What happened"));
        QCOMPARE(rows.at(text + 1), QStringLiteral("Asked to keep it secret"));
        QCOMPARE(detail.revisions().size(), 1);
        QCOMPARE(detail.revisions().at(0).action, QStringLiteral("Saved"));

        QSignalSpy changed(&detail, &EntryDetailController::changed);
        auto otherEntry = j.journal.entry(other);
        otherEntry->text = QStringLiteral("Another thing, edited");
        QVERIFY(j.journal.save(*otherEntry) > 0);
        QCOMPARE(changed.size(), 0); // another entry: nothing to read again

        QVERIFY(j.journal.deleteEntry(id));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(detail.entry().state, EntryState::Deleted);
        QCOMPARE(detail.revisions().size(), 2);
        QCOMPARE(detail.revisions().at(1).action, QStringLiteral("Deleted"));

        QVERIFY(j.lock());
        QVERIFY(!detail.found());
        QVERIFY(detail.rows().isEmpty());
    }

    // Delete, then bring it back: the list's deleted view and the current
    // one follow through the announcements, row by row, never a reset.
    void deletedEntriesCanBeListedAndBroughtBack()
    {
        Journal j;
        QVERIFY(j.open());
        const qint64 kept = j.add(QStringLiteral("kept"));
        const qint64 gone = j.add(QStringLiteral("deleted by mistake"));
        QVERIFY(kept > 0 && gone > 0);
        auto *entries = j.journal.entries();
        QVERIFY(j.journal.deleteEntry(gone));
        QCOMPARE(entries->rowOf(gone), -1);
        QCOMPARE(entries->totalCount(), 1);

        entries->setShowDeleted(true);
        QCOMPARE(entries->rowCount(), 1);
        QCOMPARE(entries->totalCount(), 1);
        QCOMPARE(entries->rowOf(gone), 0);
        QSignalSpy reset(entries, &QAbstractItemModel::modelReset);
        QSignalSpy removedRows(entries, &QAbstractItemModel::rowsRemoved);
        QSignalSpy insertedRows(entries, &QAbstractItemModel::rowsInserted);

        EntryDetailController detail;
        detail.setJournal(&j.journal);
        detail.setEntryId(gone);
        QCOMPARE(detail.entry().state, EntryState::Deleted);

        QVERIFY(j.journal.restoreEntry(gone));
        QCOMPARE(detail.entry().state, EntryState::Active);
        QCOMPARE(entries->rowOf(gone), -1);
        QCOMPARE(entries->rowCount(), 0);
        QCOMPARE(entries->totalCount(), 0);
        QCOMPARE(removedRows.size(), 1);

        // Deleting again while the deleted view shows: the row comes in.
        QVERIFY(j.journal.deleteEntry(kept));
        QCOMPARE(entries->rowOf(kept), 0);
        QCOMPARE(entries->totalCount(), 1);
        QCOMPARE(insertedRows.size(), 1);
        QCOMPARE(reset.size(), 0);

        // A deleted entry cannot be deleted twice nor a current one restored.
        QVERIFY(!j.journal.deleteEntry(kept));
        QVERIFY(!j.journal.restoreEntry(gone));
        QCOMPARE(reset.size(), 0);

        entries->setShowDeleted(false);
        QCOMPARE(entries->rowOf(gone), 0);
        QCOMPARE(entries->rowOf(kept), -1);
        QCOMPARE(entries->totalCount(), 1);
    }
};

HARBOR_TEST_MAIN(TestJournalControllers)
#include "tst_journalcontrollers.moc"
