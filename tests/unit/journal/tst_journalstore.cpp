// SPDX-License-Identifier: GPL-3.0-or-later
// Over 400 lines: one Qt Test per class (DESIGN.md); JournalStore's failure
// paths and happy paths share one fixture on a real SQLCipher file.
// The journal's writes: failures first (nothing saved half-way, earlier data
// intact), then revisions, tombstones, erasure and attachments on a real
// SQLCipher file.
#include "../vault/VaultTestUtil.h"
#include "JournalFixture.h"
#include "TestMain.h"
#include "journal/Attachment.h"
#include "journal/JournalVerifier.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using harbor::journal::Attachment;
using harbor::journal::ChainLink;
using harbor::journal::Entry;
using harbor::journal::EntryKind;
using harbor::journal::EntryState;
using harbor::journal::JournalError;
using harbor::journal::JournalFilter;
using harbor::journal::JournalVerifier;
using harbor::journal::Severity;
using harbor::test::JournalFixture;
using Code = harbor::journal::JournalError::Code;

namespace {

// What an erasure leaves of an entry, column by column, and the words of
// the erase confirmation (qml/Journal/EraseConfirmation.qml) that say it.
// Every column of these tables must be listed: a new one fails the test
// until someone decides whether erasing keeps it and says so.
enum class After {
    Kept, // unchanged
    Null,
    Empty, // ''
    Zero,
    CreatedAt, // replaced by the time the entry was first written
    ErasedAt, // the time of the erasure
    RowGone, // the whole row is deleted
};

struct ErasedColumn
{
    const char *table;
    const char *column;
    After after;
    const char *words; // in the confirmation: what it keeps ("eraseKeeps") or removes ("eraseRemoves")
};

constexpr ErasedColumn kErasure[] = {
    { "entries", "id", After::Kept, "that an entry existed" },
    { "entries", "state", After::Kept, "that an entry existed" }, // checked as Erased below
    { "entries", "child_id", After::Kept, "which child it was about" },
    { "entries", "created_at", After::Kept, "when it was written" },
    { "entries", "updated_at", After::ErasedAt, "when it was erased" },
    { "entries", "kind", After::Zero, "the kind of entry" },
    { "entries", "occurred_at", After::CreatedAt, "when it happened" },
    { "entries", "platform", After::Empty, "the platform" },
    { "entries", "category", After::Empty, "category" },
    { "entries", "severity", After::Zero, "severity" },
    { "entries", "draft", After::Zero, "whether it was a draft" },
    { "entries", "excerpt", After::Empty, "Its text" },
    { "entries", "attachment_count", After::Zero, "its files" },
    { "entries", "content", After::Null, "Its text" },
    { "revisions", "sequence", After::Kept, "each time it was changed, deleted or restored" },
    { "revisions", "entry_id", After::Kept, "each time it was changed, deleted or restored" },
    { "revisions", "kind", After::Kept, "each time it was changed, deleted or restored" },
    { "revisions", "created_at", After::Kept, "when it was written, each time it was changed" },
    { "revisions", "content", After::Null, "every earlier version of it" },
    { "revisions", "content_hash", After::Kept, "the hash of every version" },
    { "revisions", "previous_hash", After::Kept, "the hash of every version" },
    { "revisions", "hash", After::Kept, "the hash of every version" },
    { "attachments", "id", After::RowGone, "its files" },
    { "attachments", "entry_id", After::RowGone, "its files" },
    { "attachments", "file_name", After::RowGone, "its files" },
    { "attachments", "mime", After::RowGone, "its files" },
    { "attachments", "size", After::RowGone, "its files" },
    { "attachments", "sha256", After::RowGone, "its files" },
    { "attachments", "added_at", After::RowGone, "its files" },
    { "attachments", "data", After::RowGone, "its files" },
};

// The English text of one label of the erase confirmation, from its source.
QString confirmationLabel(const char *objectName)
{
    QFile qml(QFINDTESTDATA("../../../qml/Journal/EraseConfirmation.qml"));
    if (!qml.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QRegularExpression label(
        QStringLiteral("objectName: \"%1\"\\s+text: qsTr\\(\"([^\"]+)\"\\)").arg(QLatin1String(objectName)));
    return label.match(QString::fromUtf8(qml.readAll())).captured(1);
}

// Every stored value of the rows that concern one entry, as text.
QStringList rowsOf(harbor::vault::Database &db, const char *table, const char *column, qint64 entryId)
{
    const QByteArray key = qstrcmp(table, "entries") == 0 ? "id" : "entry_id";
    const QByteArray sql
        = "SELECT quote(" + QByteArray(column) + ") FROM " + table + " WHERE " + key + " = ?1 ORDER BY rowid";
    harbor::vault::Database::Statement select = db.prepare(sql.constData());
    select.bind(1, entryId);
    QStringList values;
    while (select.step()) {
        values << select.columnText(0);
    }
    return values;
}

} // namespace

class TestJournalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invalidEntriesAreRefusedAndNothingIsSaved_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty observation") << 0 << QString() << qint64(-1000) << int(Code::Required) << "text";
        QTest::newRow("blank observation")
            << 0 << QStringLiteral(" \n\t") << qint64(-1000) << int(Code::Required) << "text";
        QTest::newRow("disclosure without words")
            << 1 << QStringLiteral("words belong elsewhere") << qint64(-1000) << int(Code::Required) << "childWords";
        QTest::newRow("empty hotline call") << 2 << QString() << qint64(-1000) << int(Code::Required) << "said";
        QTest::newRow("tomorrow") << 0 << QStringLiteral("later") << qint64(24 * 3600 * 1000) << int(Code::FutureDate)
                                  << "occurredAt";
        QTest::newRow("two minutes ahead")
            << 0 << QStringLiteral("later") << qint64(2 * 60 * 1000) << int(Code::FutureDate) << "occurredAt";
        QTest::newRow("no date") << 0 << QStringLiteral("when?") << qint64(0) << int(Code::Required) << "occurredAt";
    }
    void invalidEntriesAreRefusedAndNothingIsSaved()
    {
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(qint64, offsetMs);
        QFETCH(int, expected);
        QFETCH(QString, field);
        JournalFixture f;
        QVERIFY(f.ready());
        Entry entry;
        entry.kind = static_cast<EntryKind>(kind);
        entry.text = text;
        entry.occurredAtMs = offsetMs == 0 ? 0 : f.clock.nowMs() + offsetMs;
        const JournalError error = f.store->save(entry);
        QCOMPARE(int(error.code), expected);
        QCOMPARE(error.field, field);
        QVERIFY(!error.message().isEmpty());
        QCOMPARE(entry.id, qint64(0));
        QCOMPARE(f.scalar("SELECT count(*) FROM entries"), qint64(0));
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions"), qint64(0));
    }

    void draftsNeedOnlySomethingWritten()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        // What was typed before the journal locked: no "what happened" yet.
        Entry partial = f.observation(QString());
        partial.actions = QStringLiteral("took a screenshot of the username");
        partial.draft = true;
        QVERIFY(f.store->save(partial).ok());
        Entry disclosure = f.observation(QString());
        disclosure.kind = EntryKind::Disclosure;
        disclosure.present = QStringLiteral("her aunt");
        disclosure.draft = true;
        QVERIFY(f.store->save(disclosure).ok());
        // Nothing at all is still nothing.
        Entry empty = f.observation(QStringLiteral("   "));
        empty.draft = true;
        QCOMPARE(f.store->save(empty).code, Code::Required);
        // Completing a draft needs the kind's required field again.
        partial.draft = false;
        const JournalError error = f.store->save(partial);
        QCOMPARE(error.code, Code::Required);
        QCOMPARE(error.field, QStringLiteral("text"));
    }

    void aChildThatIsGoneIsNamedNotAnIoError()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Entry entry = f.observation(QStringLiteral("about a removed child"));
        entry.childId = 77;
        const JournalError error = f.store->save(entry);
        QCOMPARE(error.code, Code::InvalidValue);
        QCOMPARE(error.field, QStringLiteral("childId"));
        QCOMPARE(f.scalar("SELECT count(*) FROM entries"), qint64(0));
    }

    void editingAMissingEntryIsNotFound()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Entry entry = f.observation(QStringLiteral("ghost"));
        entry.id = 42;
        QCOMPARE(f.store->save(entry).code, Code::NotFound);
        QCOMPARE(f.store->addAttachment(42, QStringLiteral("a.png"), JournalFixture::png()).code, Code::NotFound);
        QCOMPARE(f.store->remove(42).code, Code::NotFound);
        QCOMPARE(f.store->erase(42).code, Code::NotFound);
    }

    void diskFullKeepsEarlierDataAndTheEditorsEntry()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        const qint64 first = f.add(f.observation(QStringLiteral("first entry")));
        QVERIFY(first > 0);
        // The database may not grow by a single page: SQLite reports SQLITE_FULL
        // exactly as for a full disk.
        const qint64 pages = f.scalar("PRAGMA page_count");
        QCOMPARE(f.scalar(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData()), pages);
        Entry big = f.observation(QString(90000, QLatin1Char('y')));
        const JournalError error = f.store->save(big);
        QCOMPARE(error.code, Code::DiskFull);
        QVERIFY(error.message().contains(QLatin1String("nothing was saved")));
        QCOMPARE(big.id, qint64(0));
        QVERIFY(big.text.size() == 90000);
        QCOMPARE(f.scalar("SELECT count(*) FROM entries"), qint64(1));
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions"), qint64(1));
        QVERIFY(JournalVerifier::verify(*f.db).intact());
        QCOMPARE(f.store->entry(first)->text, QStringLiteral("first entry"));
        // An attachment hits the same wall, and so does an edit.
        QCOMPARE(
            f.store->addAttachment(first, QStringLiteral("big.png"), JournalFixture::png(1500, 1500, Qt::red)).code,
            Code::DiskFull);
        QCOMPARE(f.scalar("SELECT count(*) FROM attachments"), qint64(0));
        // Space again: the same entry, still in hand, saves.
        QCOMPARE(f.scalar("PRAGMA max_page_count = 1000000"), qint64(1000000));
        QVERIFY(f.store->save(big).ok());
        QVERIFY(big.id > first);
        QVERIFY(JournalVerifier::verify(*f.db).intact());
    }

    void attachmentsAreCheckedBeforeAnythingIsStored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << int(Code::UnsupportedAttachment);
        QTest::newRow("text named png") << QByteArray("just some words") << int(Code::UnsupportedAttachment);
        QTest::newRow("empty") << QByteArray() << int(Code::UnsupportedAttachment);
        QByteArray oversized("%PDF-1.4\n");
        oversized.resize(Attachment::kMaxBytes + 1, ' ');
        QTest::newRow("20 MiB + 1") << oversized << int(Code::AttachmentTooLarge);
    }
    void attachmentsAreCheckedBeforeAnythingIsStored()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        JournalFixture f;
        QVERIFY(f.ready());
        const qint64 id = f.add(f.observation(QStringLiteral("with a file")));
        QCOMPARE(int(f.store->addAttachment(id, QStringLiteral("file.png"), bytes).code), expected);
        QCOMPARE(f.scalar("SELECT count(*) FROM attachments"), qint64(0));
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions"), qint64(1));
        QVERIFY(f.store->entry(id)->attachments.isEmpty());
    }

    void savingAddsRevisionsAndNeverOverwrites()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Entry entry = f.observation(QStringLiteral("asked for a photo"), 30);
        entry.platform = QStringLiteral("Snapchat");
        entry.account = QStringLiteral("cool_coach_22");
        entry.category = QStringLiteral("grooming");
        entry.severity = Severity::Concern;
        entry.tags = QStringList { QStringLiteral("night"), QStringLiteral("gifts") };
        QVERIFY(f.store->save(entry).ok());
        QVERIFY(entry.id > 0);
        QCOMPARE(entry.createdAtMs, f.clock.nowMs());
        const qint64 created = entry.createdAtMs;

        f.clock.advance(60000);
        entry.text = QStringLiteral("asked for a photo and offered a gift card");
        QVERIFY(f.store->save(entry).ok());
        QCOMPARE(entry.createdAtMs, created);
        QCOMPARE(entry.updatedAtMs, f.clock.nowMs());

        // Saving what is already there adds nothing.
        f.clock.advance(60000);
        QVERIFY(f.store->save(entry).ok());

        const auto revisions = f.store->revisions(entry.id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).content->text, QStringLiteral("asked for a photo"));
        QCOMPARE(revisions.at(1).content->text, QStringLiteral("asked for a photo and offered a gift card"));
        QCOMPARE(revisions.at(1).createdAtMs, created + 60000);
        QCOMPARE(f.store->headHash(), revisions.at(1).hash);

        const Entry stored = *f.store->entry(entry.id);
        QCOMPARE(stored.account, QStringLiteral("cool_coach_22"));
        QCOMPARE(stored.severity, Severity::Concern);
        QCOMPARE(stored.tags, entry.tags);
        QCOMPARE(stored.occurredAtMs, entry.occurredAtMs);
        QVERIFY(JournalVerifier::verify(*f.db).intact());
    }

    void specialKindsKeepTheirFields()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Entry disclosure = f.observation(QString());
        disclosure.kind = EntryKind::Disclosure;
        disclosure.childWords = QStringLiteral("he said not to tell you");
        disclosure.present = QStringLiteral("me and her aunt");
        QVERIFY(f.store->save(disclosure).ok());
        Entry call = f.observation(QString());
        call.kind = EntryKind::HotlineCall;
        call.answeredBy = QStringLiteral("intake worker");
        call.reference = QStringLiteral("REF-1234");
        call.nextSteps = QStringLiteral("caseworker calls back");
        QVERIFY(f.store->save(call).ok());
        QCOMPARE(f.store->entry(disclosure.id)->childWords, disclosure.childWords);
        QCOMPARE(f.store->entry(disclosure.id)->present, disclosure.present);
        QCOMPARE(f.store->entry(call.id)->reference, call.reference);
        QCOMPARE(f.store->entry(call.id)->kind, EntryKind::HotlineCall);
    }

    void deletingLeavesATombstoneThatCanBeUndone()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        const qint64 id = f.add(f.observation(QStringLiteral("tombstone me")));
        QVERIFY(f.store->remove(id).ok());
        QCOMPARE(f.store->entry(id)->state, EntryState::Deleted);
        QCOMPARE(f.query->count(JournalFilter {}), qint64(0));
        QCOMPARE(f.query->count(JournalFixture::textFilter(QStringLiteral("tombstone"))), qint64(0));
        QCOMPARE(f.store->remove(id).code, Code::NotFound);
        auto revisions = f.store->revisions(id);
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(1).kind, ChainLink::Kind::Tombstone);
        QVERIFY(!revisions.at(1).content);

        QVERIFY(f.store->restore(id).ok());
        QCOMPARE(f.query->count(JournalFixture::textFilter(QStringLiteral("tombstone"))), qint64(1));
        QCOMPARE(f.store->revisions(id).size(), 3);
        QVERIFY(JournalVerifier::verify(*f.db).intact());
    }

    void erasingRemovesContentButKeepsTheChain()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        Entry entry = f.observation(QStringLiteral("zebracorn secret words"));
        QVERIFY(f.store->save(entry).ok());
        QVERIFY(f.store->addAttachment(entry.id, QStringLiteral("shot.png"), JournalFixture::png()).ok());
        entry.text = QStringLiteral("zebracorn edited");
        QVERIFY(f.store->save(entry).ok());
        const qint64 other = f.add(f.observation(QStringLiteral("stays")));

        QVERIFY(f.store->erase(entry.id).ok());
        QCOMPARE(f.store->entry(entry.id)->state, EntryState::Erased);
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions WHERE content IS NOT NULL AND entry_id != "
                          "(SELECT max(id) FROM entries)"),
            qint64(0));
        QCOMPARE(f.scalar("SELECT count(*) FROM attachments WHERE data IS NOT NULL"), qint64(0));
        QCOMPARE(f.query->count(JournalFixture::textFilter(QStringLiteral("zebracorn"))), qint64(0));
        const auto revisions = f.store->revisions(entry.id);
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(revisions.constLast().kind, ChainLink::Kind::Erasure);
        QVERIFY(JournalVerifier::verify(*f.db).intact());
        QCOMPARE(f.store->entry(other)->text, QStringLiteral("stays"));
        QCOMPARE(f.store->erase(entry.id).code, Code::NotFound);
    }

    void erasureKeepsExactlyWhatTheConfirmationSays_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("after");
        QTest::addColumn<QString>("words");
        for (const ErasedColumn &c : kErasure) {
            QTest::addRow("%s.%s", c.table, c.column) << QString::fromLatin1(c.table) << QString::fromLatin1(c.column)
                                                      << int(c.after) << QString::fromLatin1(c.words);
        }
    }

    void erasureKeepsExactlyWhatTheConfirmationSays()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(int, after);
        QFETCH(QString, words);
        JournalFixture f;
        QVERIFY(f.ready());
        harbor::journal::Child child { 0, QStringLiteral("Ana"), 2012, {} };
        QVERIFY(f.children->save(child).ok());
        // Every column with something in it: a disclosure, urgent, a draft,
        // with a file, edited, deleted and brought back.
        Entry entry = f.observation(QStringLiteral("zebracorn secret words"), 30);
        entry.kind = EntryKind::Disclosure;
        entry.childWords = QStringLiteral("what the child said");
        entry.childId = child.id;
        entry.platform = QStringLiteral("Discord");
        entry.category = QStringLiteral("grooming");
        entry.severity = Severity::Urgent;
        entry.draft = true;
        QVERIFY(f.store->save(entry).ok());
        f.clock.advance(60'000);
        QVERIFY(f.store->addAttachment(entry.id, QStringLiteral("shot.png"), JournalFixture::png()).ok());
        f.clock.advance(60'000);
        entry.text = QStringLiteral("zebracorn edited");
        QVERIFY(f.store->save(entry).ok());
        f.clock.advance(60'000);
        QVERIFY(f.store->remove(entry.id).ok());
        QVERIFY(f.store->restore(entry.id).ok());
        const qint64 other = f.add(f.observation(QStringLiteral("stays")));
        QVERIFY(other > 0);

        const QByteArray tableName = table.toLatin1();
        const QByteArray columnName = column.toLatin1();
        const QStringList before = rowsOf(*f.db, tableName, columnName, entry.id);
        const QStringList createdAt = rowsOf(*f.db, "entries", "created_at", entry.id);
        const QStringList otherBefore = rowsOf(*f.db, tableName, columnName, other);
        QVERIFY(!before.isEmpty());
        // What erasing clears held something else before, or the test proves nothing.
        const QHash<After, QString> cleared { { After::Null, QStringLiteral("NULL") },
            { After::Empty, QStringLiteral("''") }, { After::Zero, QStringLiteral("0") } };
        if (cleared.contains(static_cast<After>(after))) {
            QVERIFY(before != QStringList(before.size(), cleared.value(static_cast<After>(after))));
        } else if (static_cast<After>(after) == After::CreatedAt) {
            QVERIFY(before != createdAt);
        }
        f.clock.advance(60'000);
        const qint64 erasedAt = f.clock.nowMs();
        QVERIFY(f.store->erase(entry.id).ok());
        QVERIFY(JournalVerifier::verify(*f.db).intact());
        QCOMPARE(rowsOf(*f.db, tableName, columnName, other), otherBefore); // nothing else changes

        QStringList now = rowsOf(*f.db, tableName, columnName, entry.id);
        if (table == QLatin1String("revisions")) {
            // The erasure adds its own link; the earlier ones are what stays.
            QCOMPARE(now.size(), before.size() + 1);
            const QString link = now.takeLast();
            if (column == QLatin1String("kind")) {
                QCOMPARE(link, QString::number(int(ChainLink::Kind::Erasure)));
            } else if (column == QLatin1String("created_at")) {
                QCOMPARE(link, QString::number(erasedAt));
            } else if (column == QLatin1String("content")) {
                QCOMPARE(link, QStringLiteral("NULL"));
            }
        }
        if (table == QLatin1String("entries") && column == QLatin1String("state")) {
            QCOMPARE(now, QStringList { QString::number(int(EntryState::Erased)) });
        } else {
            switch (static_cast<After>(after)) {
            case After::Kept:
                QCOMPARE(now, before);
                break;
            case After::Null:
                QCOMPARE(now, QStringList(before.size(), QStringLiteral("NULL")));
                break;
            case After::Empty:
                QCOMPARE(now, QStringList(before.size(), QStringLiteral("''")));
                break;
            case After::Zero:
                QCOMPARE(now, QStringList(before.size(), QStringLiteral("0")));
                break;
            case After::CreatedAt:
                QCOMPARE(now, createdAt);
                break;
            case After::ErasedAt:
                QCOMPARE(now, QStringList { QString::number(erasedAt) });
                break;
            case After::RowGone:
                QCOMPARE(now, QStringList());
                break;
            }
        }

        // The confirmation names it on the right side: kept or removed.
        const bool kept = static_cast<After>(after) == After::Kept || static_cast<After>(after) == After::ErasedAt;
        const QString keeps = confirmationLabel("eraseKeeps");
        const QString removes = confirmationLabel("eraseRemoves");
        QVERIFY2(!keeps.isEmpty() && !removes.isEmpty(), "the confirmation's labels");
        QVERIFY2((kept ? keeps : removes).contains(words), qPrintable(words));
        QVERIFY2(!(kept ? removes : keeps).contains(words), qPrintable(words));
    }

    // Every column of the tables an entry lives in is decided on above.
    void everyColumnIsListedForErasure()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        QSet<QString> listed;
        for (const ErasedColumn &c : kErasure) {
            listed.insert(QString::fromLatin1(c.table) + QLatin1Char('.') + QString::fromLatin1(c.column));
        }
        QSet<QString> schema;
        for (const char *table : { "entries", "revisions", "attachments" }) {
            harbor::vault::Database::Statement columns
                = f.db->prepare((QByteArray("PRAGMA table_info(") + table + ')').constData());
            while (columns.step()) {
                schema.insert(QString::fromLatin1(table) + QLatin1Char('.') + columns.columnText(1));
            }
        }
        QCOMPARE(schema, listed);
    }

    void attachmentsAreStoredInsideWithTheirHash()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        const qint64 id = f.add(f.observation(QStringLiteral("screenshot of the chat")));
        const QByteArray png = JournalFixture::png();
        harbor::journal::AttachmentRef ref;
        QVERIFY(f.store->addAttachment(id, QStringLiteral("/home/someone/Pictures/chat.png"), png, &ref).ok());
        QCOMPARE(ref.fileName, QStringLiteral("chat.png"));
        QCOMPARE(ref.mime, QStringLiteral("image/png"));
        QCOMPARE(ref.sha256, QCryptographicHash::hash(png, QCryptographicHash::Sha256));
        QCOMPARE(f.store->attachmentData(id, ref.sha256), png);
        // The same file again is stored once, and adds no revision.
        QVERIFY(f.store->addAttachment(id, QStringLiteral("copy.png"), png).ok());
        QCOMPARE(f.scalar("SELECT count(*) FROM attachments"), qint64(1));
        QCOMPARE(f.store->revisions(id).size(), 2);
        QVERIFY(f.store->addAttachment(id, QStringLiteral("report.pdf"), QByteArray("%PDF-1.4\n%%EOF\n")).ok());
        const Entry entry = *f.store->entry(id);
        QCOMPARE(entry.attachments.size(), 2);
        QCOMPARE(entry.attachments.at(1).mime, QStringLiteral("application/pdf"));
        // An edit keeps the attachments even when the editor's copy lacks them.
        Entry edited = entry;
        edited.attachments.clear();
        edited.text = QStringLiteral("screenshot of the chat, two files");
        QVERIFY(f.store->save(edited).ok());
        QCOMPARE(f.store->entry(id)->attachments.size(), 2);
        QVERIFY(JournalVerifier::verify(*f.db).intact());
    }

    void nothingIsWrittenInPlaintext()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        // Made at run time, so no source or build file contains it.
        const QString marker = QStringLiteral("mk") + QString::number(QRandomGenerator::global()->generate64(), 36);
        harbor::journal::Child child { 0, marker + QStringLiteral("-child"), 2012, { { marker, marker } } };
        QVERIFY(f.children->save(child).ok());
        Entry entry = f.observation(marker + QStringLiteral(" asked for photos"));
        entry.account = marker;
        entry.childId = child.id;
        entry.tags = { marker };
        QVERIFY(f.store->save(entry).ok());
        QVERIFY(f.store
                    ->addAttachment(entry.id, marker + QStringLiteral(".pdf"),
                        QByteArray("%PDF-1.4\n") + marker.toUtf8() + QByteArray("\n%%EOF\n"))
                    .ok());
        entry.text = marker + QStringLiteral(" edited");
        QVERIFY(f.store->save(entry).ok());
        QVERIFY(f.query->count(JournalFixture::textFilter(marker)) == 1);
        // The database, its WAL and shared-memory files, and any temp file.
        QCOMPARE(harbor::test::filesContaining(f.dir.path(), marker), QStringList());
        QCOMPARE(harbor::test::filesContaining(QDir::tempPath(), marker), QStringList());
        QVERIFY(QFile::exists(f.dir.filePath(QStringLiteral("journal.db-wal"))));
    }

    void contentRoundTripsEveryField()
    {
        Entry entry;
        entry.kind = EntryKind::HotlineCall;
        entry.childId = 7;
        entry.occurredAtMs = 1234567;
        entry.platform = QStringLiteral("Discord");
        entry.account = QStringLiteral("acct");
        entry.text = QStringLiteral("text");
        entry.category = QStringLiteral("sextortion");
        entry.severity = Severity::Urgent;
        entry.actions = QStringLiteral("blocked");
        entry.witnesses = QStringLiteral("none");
        entry.place = QStringLiteral("home");
        entry.tags = { QStringLiteral("a"), QStringLiteral("b") };
        entry.childWords = QStringLiteral("words");
        entry.present = QStringLiteral("me");
        entry.answeredBy = QStringLiteral("Sam");
        entry.reference = QStringLiteral("R1");
        entry.said = QStringLiteral("said");
        entry.nextSteps = QStringLiteral("next");
        entry.attachments = { { QByteArray(32, 'a'), QStringLiteral("f.png"), QStringLiteral("image/png"), 10 } };
        entry.draft = true;
        const Entry back = Entry::fromContent(entry.toContent());
        QCOMPARE(back.toContent(), entry.toContent());
        QCOMPARE(back.attachments, entry.attachments);
        QCOMPARE(back.severity, Severity::Urgent);
        QVERIFY(back.draft);
    }

    void saveAllAddsEveryEntryOrNone()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        const qint64 before = f.add(f.observation(QStringLiteral("already here")));
        QVERIFY(before > 0);
        // One invalid entry in the batch: nothing of it is saved.
        QList<Entry> batch { f.observation(QStringLiteral("first of many")), f.observation(QString()),
            f.observation(QStringLiteral("third")) };
        QCOMPARE(f.store->saveAll(batch).code, Code::Required);
        QCOMPARE(batch.at(0).id, qint64(0));
        // An entry that already has an id is not new.
        QList<Entry> withId { f.observation(QStringLiteral("new")), *f.store->entry(before) };
        QCOMPARE(f.store->saveAll(withId).code, Code::InvalidValue);
        QCOMPARE(f.scalar("SELECT count(*) FROM entries"), qint64(1));
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions"), qint64(1));

        // A failure half-way (the disk fills) rolls back the whole batch.
        const qint64 pages = f.scalar("PRAGMA page_count");
        QCOMPARE(
            f.scalar(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages + 2)).constData()), pages + 2);
        QList<Entry> big;
        for (int i = 0; i < 20; ++i) {
            big.append(f.observation(QString(4000, QLatin1Char(static_cast<char>('a' + i)))));
        }
        QCOMPARE(f.store->saveAll(big).code, Code::DiskFull);
        QCOMPARE(big.at(0).id, qint64(0));
        QCOMPARE(f.scalar("SELECT count(*) FROM entries"), qint64(1));
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions"), qint64(1));
        QCOMPARE(f.scalar("PRAGMA max_page_count = 1000000"), qint64(1000000));

        batch[1].text = QStringLiteral("second, now written down");
        batch[1].platform = QStringLiteral("Roblox");
        QVERIFY(f.store->saveAll(batch).ok());
        QCOMPARE(batch.size(), 3);
        for (const Entry &saved : std::as_const(batch)) {
            QVERIFY(saved.id > before);
            QCOMPARE(saved.createdAtMs, f.clock.nowMs());
            QCOMPARE(f.store->entry(saved.id)->text, saved.text);
            QCOMPARE(f.store->revisions(saved.id).size(), 1);
        }
        QCOMPARE(f.query->count(JournalFixture::textFilter(QStringLiteral("roblox"))), qint64(1));
        QCOMPARE(f.scalar("SELECT count(*) FROM revisions"), qint64(4));
        QVERIFY(JournalVerifier::verify(*f.db).intact());
        QList<Entry> none;
        QVERIFY(f.store->saveAll(none).ok());
    }
};

HARBOR_TEST_MAIN(TestJournalStore)
#include "tst_journalstore.moc"
