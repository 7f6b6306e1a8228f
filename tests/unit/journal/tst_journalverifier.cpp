// SPDX-License-Identifier: GPL-3.0-or-later
// "Verify journal" finds what was changed behind the app's back with raw
// SQL, and names the first entry that breaks.
#include "JournalFixture.h"
#include "TestMain.h"
#include "journal/JournalVerifier.h"

using harbor::journal::JournalVerifier;
using harbor::journal::VerifyResult;
using harbor::test::JournalFixture;
using Problem = harbor::journal::VerifyResult::Problem;

class TestJournalVerifier : public QObject
{
    Q_OBJECT

    // Three entries, the second edited and with an attachment, the third
    // deleted: six links. Returns the ids.
    static QList<qint64> populate(JournalFixture &f)
    {
        QList<qint64> ids;
        for (const char *text : { "first", "second", "third" }) {
            ids.append(f.add(f.observation(QString::fromLatin1(text))));
            f.clock.advance(1000);
        }
        auto second = *f.store->entry(ids.at(1));
        second.text = QStringLiteral("second, edited");
        (void)f.store->save(second);
        (void)f.store->addAttachment(ids.at(1), QStringLiteral("p.png"), JournalFixture::png());
        (void)f.store->remove(ids.at(2));
        return ids;
    }

private Q_SLOTS:
    void emptyAndIntactJournalsVerify()
    {
        JournalFixture f;
        QVERIFY(f.ready());
        QVERIFY(JournalVerifier::verify(*f.db).intact());
        populate(f);
        const VerifyResult result = JournalVerifier::verify(*f.db);
        QVERIFY(result.intact());
        QCOMPARE(result.linksChecked, qint64(6));
    }

    void rawSqlChangesAreDetected_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("entryIndex"); // which of the three entries breaks; -1: any
        // An old revision's text changed (the entry's current text untouched).
        QTest::newRow("revision content") << QByteArray("UPDATE revisions SET content = replace(content, 'second', "
                                                        "'SECOND') WHERE sequence = 2")
                                          << int(Problem::RevisionAltered) << 1;
        QTest::newRow("current content") << QByteArray("UPDATE entries SET content = replace(content, 'first', "
                                                       "'FIRST') WHERE id = 1")
                                         << int(Problem::EntryAltered) << 0;
        QTest::newRow("revision removed")
            << QByteArray("DELETE FROM revisions WHERE sequence = 4") << int(Problem::ChainBroken) << 1;
        QTest::newRow("revision time moved")
            << QByteArray("UPDATE revisions SET created_at = created_at - 86400000 WHERE sequence = 1")
            << int(Problem::ChainBroken) << 0;
        QTest::newRow("content and its hash replaced")
            << QByteArray("UPDATE revisions SET content = '{}', content_hash = "
                          "X'44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a' WHERE sequence = 1")
            << int(Problem::ChainBroken) << 0;
        QTest::newRow("tombstone undone")
            << QByteArray("UPDATE entries SET state = 0 WHERE id = 3") << int(Problem::EntryAltered) << 2;
        QTest::newRow("attachment bytes") << QByteArray("UPDATE attachments SET data = X'89504E470D0A1A0A00'")
                                          << int(Problem::AttachmentAltered) << 1;
        QTest::newRow("attachment and its hash")
            << QByteArray("UPDATE attachments SET data = X'00', sha256 = "
                          "X'6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'")
            << int(Problem::AttachmentAltered) << 1;
        QTest::newRow("attachment row removed")
            << QByteArray("DELETE FROM attachments") << int(Problem::AttachmentAltered) << 1;
        QTest::newRow("attachment bytes dropped")
            << QByteArray("UPDATE attachments SET data = NULL") << int(Problem::AttachmentAltered) << 1;
        QTest::newRow("attachment moved to another entry")
            << QByteArray("UPDATE attachments SET entry_id = 1") << int(Problem::AttachmentAltered) << 1;
        QTest::newRow("entry added without a link") << QByteArray(
            "INSERT INTO entries (kind, occurred_at, created_at, updated_at, content) VALUES (0, 1, 1, 1, "
            "'{}')") << int(Problem::EntryAltered) << -1;
        QTest::newRow("entry removed") << QByteArray("DELETE FROM entries WHERE id = 1") << int(Problem::EntryAltered)
                                       << 0;
    }
    void rawSqlChangesAreDetected()
    {
        QFETCH(QByteArray, sql);
        QFETCH(int, problem);
        QFETCH(int, entryIndex);
        JournalFixture f;
        QVERIFY(f.ready());
        const QList<qint64> ids = populate(f);
        QCOMPARE(ids, (QList<qint64> { 1, 2, 3 }));
        QVERIFY(JournalVerifier::verify(*f.db).intact());
        QCOMPARE(f.db->exec("PRAGMA foreign_keys = OFF"), harbor::vault::Database::Error::None);
        QString detail;
        QCOMPARE(f.db->exec(sql.constData(), &detail), harbor::vault::Database::Error::None);
        QCOMPARE(f.db->changes(), 1);
        const VerifyResult result = JournalVerifier::verify(*f.db);
        QVERIFY(!result.intact());
        QCOMPARE(int(result.problem), problem);
        if (entryIndex >= 0) {
            QCOMPARE(result.brokenEntryId, ids.at(entryIndex));
        }
    }
};

HARBOR_TEST_MAIN(TestJournalVerifier)
#include "tst_journalverifier.moc"
