// SPDX-License-Identifier: GPL-3.0-or-later
// FTS MATCH text is rebuilt from quoted tokens: hostile input is never an
// error and never "match everything", checked against a real FTS4 table in
// a real SQLCipher file.
#include "TestMain.h"
#include "journal/FtsQuery.h"
#include "vault/Database.h"

#include <QTemporaryDir>

using harbor::journal::FtsQuery;
using harbor::vault::Database;
using harbor::vault::SecureBuffer;

class TestFtsQuery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_rows = 0;

    // Ids of the rows matching `input`, or -1 on an SQL error.
    QList<qint64> search(const QString &input)
    {
        const QString expression = FtsQuery::build(input);
        if (expression.isEmpty()) {
            return {};
        }
        Database::Statement query = m_db->prepare("SELECT docid FROM notes WHERE notes MATCH ?1 ORDER BY docid");
        query.bind(1, expression);
        QList<qint64> ids;
        while (query.step()) {
            ids.append(query.columnInt(0));
        }
        if (query.error() != Database::Error::None) {
            return { -1 };
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Database::Options options;
        options.create = true;
        Database::Error error = Database::Error::IoError;
        m_db = Database::open(m_dir.filePath(QStringLiteral("fts.db")), SecureBuffer::random(32), options, &error);
        QVERIFY(m_db);
        QCOMPARE(m_db->exec("CREATE VIRTUAL TABLE notes USING fts4(body)"), Database::Error::None);
        const QStringList rows = {
            QStringLiteral("asked for a photo on Snapchat"),
            QStringLiteral("new account messaged at night"),
            QStringLiteral("niño dijo que un señor le escribió"),
            QStringLiteral("gift card sent by or near the school"),
            QStringLiteral("x marks the report"),
        };
        for (const QString &row : rows) {
            Database::Statement insert = m_db->prepare("INSERT INTO notes (body) VALUES (?1)");
            insert.bind(1, row);
            (void)insert.step();
            QCOMPARE(insert.error(), Database::Error::None);
        }
        m_rows = static_cast<int>(rows.size());
    }
    void cleanupTestCase() { m_db.reset(); }

    void hostileInputIsNeverAnErrorNorEverything_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("lone quote") << QStringLiteral("\"");
        QTest::newRow("unbalanced quotes") << QStringLiteral("\"photo");
        QTest::newRow("minus") << QStringLiteral("-x");
        QTest::newRow("trailing OR") << QStringLiteral("x OR");
        QTest::newRow("OR between") << QStringLiteral("photo OR account");
        QTest::newRow("NEAR huge") << QStringLiteral("photo NEAR/999999999 school");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("prefix star") << QStringLiteral("a*");
        QTest::newRow("column filter") << QStringLiteral("body:photo");
        QTest::newRow("parentheses") << QStringLiteral("(photo OR (account");
        QTest::newRow("AND NOT") << QStringLiteral("photo NOT snapchat");
        QTest::newRow("caret") << QStringLiteral("^photo");
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE notes; --");
        QTest::newRow("long") << QString(100000, u'a');
        QTest::newRow("many words") << QStringLiteral("a ").repeated(500);
        QTest::newRow("emoji") << QStringLiteral("😀🔥 photo 👀");
        QTest::newRow("only emoji") << QStringLiteral("😀😀");
        QTest::newRow("nul") << QStringLiteral("photo") + QChar(0) + QStringLiteral("x");
        // Passed through raw, this would match every row.
        QTest::newRow("OR chain") << QStringLiteral("photo OR account OR niño OR gift OR marks");
        QTest::newRow("empty") << QString();
    }
    void hostileInputIsNeverAnErrorNorEverything()
    {
        QFETCH(QString, input);
        const QString expression = FtsQuery::build(input);
        QVERIFY(expression.size() <= FtsQuery::kMaxChars + 2 * FtsQuery::kMaxTokens + FtsQuery::kMaxTokens);
        QVERIFY(FtsQuery::tokens(input).size() <= FtsQuery::kMaxTokens);
        const QList<qint64> ids = search(input);
        QVERIFY2(!ids.contains(-1), qPrintable(expression));
        QVERIFY2(ids.size() < m_rows, qPrintable(expression));
    }

    void operatorsAreWords()
    {
        // "x OR" is the word x and the word "or", not an OR operator.
        QCOMPARE(FtsQuery::build(QStringLiteral("x OR")), QStringLiteral("\"x\" \"OR\""));
        QCOMPARE(search(QStringLiteral("x OR")), QList<qint64>());
        // Row 4 really holds "or" and "near": as words they find it.
        QCOMPARE(search(QStringLiteral("gift OR")), QList<qint64> { 4 });
        QCOMPARE(search(QStringLiteral("NEAR/3 school")), QList<qint64>());
        QCOMPARE(FtsQuery::tokens(QStringLiteral("NEAR/999999999")),
            (QStringList { QStringLiteral("NEAR"), QStringLiteral("999999999") }));
    }

    void findsWhatWasWritten_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("one word") << QStringLiteral("photo") << QList<qint64> { 1 };
        QTest::newRow("case folded") << QStringLiteral("SNAPCHAT") << QList<qint64> { 1 };
        QTest::newRow("words are ANDed") << QStringLiteral("account night") << QList<qint64> { 2 };
        QTest::newRow("and not ORed") << QStringLiteral("photo night") << QList<qint64>();
        QTest::newRow("spanish accents") << QStringLiteral("niño señor") << QList<qint64> { 3 };
        QTest::newRow("decomposed accent") << QStringLiteral("nin\u0303o") << QList<qint64> { 3 };
        QTest::newRow("punctuation around") << QStringLiteral("«photo»!") << QList<qint64> { 1 };
    }
    void findsWhatWasWritten()
    {
        QFETCH(QString, input);
        QFETCH(QList<qint64>, ids);
        QCOMPARE(search(input), ids);
    }

    void limits()
    {
        QCOMPARE(FtsQuery::tokens(QStringLiteral("w ").repeated(40)).size(), FtsQuery::kMaxTokens);
        // Only the first 256 characters count.
        const QString longInput = QString(300, u'a') + QStringLiteral(" photo");
        QCOMPARE(FtsQuery::tokens(longInput), QStringList { QString(FtsQuery::kMaxChars, u'a') });
    }
};

HARBOR_TEST_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
