// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestMain.h"
#include "vault/AtomicFile.h"
#include "vault/Database.h"
#include "vault/Migrations.h"

#include <QFile>
#include <QTemporaryDir>

using harbor::vault::AtomicFile;
using harbor::vault::Database;
using harbor::vault::Migrations;
using harbor::vault::SecureBuffer;

namespace {
std::unique_ptr<Database> openAt(const QString &path, const SecureBuffer &key, bool create, Database::Error *error)
{
    Database::Options options;
    options.create = create;
    return Database::open(path, key, options, error);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongKeyIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.db"));
        const SecureBuffer key = SecureBuffer::random(32);
        Database::Error error = Database::Error::IoError;
        {
            auto db = openAt(path, key, true, &error);
            QVERIFY(db);
            QCOMPARE(Migrations::apply(*db), Database::Error::None);
        }
        auto wrong = openAt(path, SecureBuffer::random(32), false, &error);
        QVERIFY(!wrong);
        QCOMPARE(error, Database::Error::WrongKey);
    }

    void missingFileIsNotCreatedUnlessAsked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.db"));
        Database::Error error = Database::Error::None;
        QVERIFY(!openAt(path, SecureBuffer::random(32), false, &error));
        QCOMPARE(error, Database::Error::Missing);
        QVERIFY(!QFile::exists(path));
    }

    void keyMustBe32Bytes()
    {
        QTemporaryDir dir;
        Database::Error error = Database::Error::None;
        QVERIFY(!openAt(dir.filePath(QStringLiteral("k.db")), SecureBuffer::random(16), true, &error));
        QCOMPARE(error, Database::Error::WrongKey);
    }

    void plainSqliteFileIsRefused()
    {
        // An unencrypted SQLite file (as QtSql or libsqlite3 would write) is not ours.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray page(4096, '\0');
        page.replace(0, 16, QByteArray("SQLite format 3\0", 16));
        file.write(page);
        file.close();
        Database::Error error = Database::Error::None;
        QVERIFY(!openAt(path, SecureBuffer::random(32), false, &error));
        QCOMPARE(error, Database::Error::WrongKey);
    }

    void settingsAreVerified()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.db"));
        QVERIFY(AtomicFile::createPrivate(path));
        Database::Error error = Database::Error::IoError;
        auto db = openAt(path, SecureBuffer::random(32), true, &error);
        QVERIFY(db);
        QCOMPARE(error, Database::Error::None);
        QVERIFY(!db->pragma("cipher_version").value_or(QString()).isEmpty());
        QCOMPARE(db->pragma("journal_mode"), QStringLiteral("wal"));
        QCOMPARE(db->pragma("synchronous"), QStringLiteral("2"));
        QCOMPARE(db->pragma("secure_delete"), QStringLiteral("1"));
        QCOMPARE(db->pragma("temp_store"), QStringLiteral("2"));
        QCOMPARE(db->pragma("foreign_keys"), QStringLiteral("1"));
        QCOMPARE(db->pragma("mmap_size"), QStringLiteral("0"));
        QCOMPARE(db->pragma("cache_size"), QStringLiteral("-8192"));
        QCOMPARE(db->pragma("cipher_page_size"), QStringLiteral("4096"));
        // ATTACH is refused by the authorizer.
        QVERIFY(db->exec("ATTACH DATABASE ':memory:' AS other") != Database::Error::None);
    }

    void migrationsAreRecordedAndIdempotent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        Database::Error error = Database::Error::None;
        auto db = openAt(path, SecureBuffer::random(32), true, &error);
        QVERIFY(db);
        QCOMPARE(Migrations::currentVersion(*db), 0);
        QCOMPARE(Migrations::apply(*db), Database::Error::None);
        QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
        QCOMPARE(Migrations::apply(*db), Database::Error::None);
        QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
    }

    void ftsShadowTablesAreOutOfReach_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("read segments") << QByteArray("SELECT * FROM entries_fts_segments");
        QTest::newRow("read content") << QByteArray("SELECT c0body FROM entries_fts_content");
        QTest::newRow("write segdir") << QByteArray("DELETE FROM entries_fts_segdir");
        QTest::newRow("write docsize") << QByteArray("UPDATE entries_fts_docsize SET size = x'00'");
        QTest::newRow("drop stat") << QByteArray("DROP TABLE entries_fts_stat");
    }
    void ftsShadowTablesAreOutOfReach()
    {
        QFETCH(QByteArray, sql);
        QTemporaryDir dir;
        Database::Error error = Database::Error::None;
        auto db = openAt(dir.filePath(QStringLiteral("s.db")), SecureBuffer::random(32), true, &error);
        QVERIFY(db);
        QCOMPARE(Migrations::apply(*db), Database::Error::None);
        // The FTS table itself works: SQLite's own FTS code still reaches its tables.
        Database::Statement insert = db->prepare("INSERT INTO entries_fts (docid, body) VALUES (1, 'hello there')");
        QVERIFY(insert.isValid());
        (void)insert.step();
        QCOMPARE(insert.error(), Database::Error::None);
        Database::Statement match = db->prepare("SELECT docid FROM entries_fts WHERE entries_fts MATCH '\"hello\"'");
        QVERIFY(match.step());
        QCOMPARE(match.columnInt(0), qint64(1));
        // Harbor's own statements cannot name them.
        Database::Statement shadow = db->prepare(sql.constData());
        QVERIFY(!shadow.isValid());
        const QString why = db->lastError();
        QVERIFY2(why.contains(QLatin1String("not authorized")) || why.contains(QLatin1String("prohibited")),
            qPrintable(why));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.db"));
        Database::Error error = Database::Error::None;
        auto db = openAt(path, SecureBuffer::random(32), true, &error);
        QVERIFY(db);
        QCOMPARE(Migrations::apply(*db), Database::Error::None);
        QCOMPARE(db->exec("INSERT INTO schema_version (version) VALUES (999)"), Database::Error::None);
        QString detail;
        QCOMPARE(Migrations::apply(*db, &detail), Database::Error::Damaged);
        QVERIFY(detail.contains(QStringLiteral("newer")));
    }
};

HARBOR_TEST_MAIN(TestDatabase)
#include "tst_database.moc"
