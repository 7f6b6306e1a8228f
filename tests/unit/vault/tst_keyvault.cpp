// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's promises from SECURITY.md, against real SQLCipher files on disk.
// Failure paths first, then the happy paths.
#include "TestMain.h"
#include "VaultTestUtil.h"
#include "safety/Clock.h"
#include "vault/KeyVault.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

using harbor::safety::ManualClock;
using harbor::test::fileHash;
using harbor::test::filesContaining;
using harbor::vault::Database;
using harbor::vault::KdfParams;
using harbor::vault::KeyVault;
using harbor::vault::RecoveryKey;
using harbor::vault::SecureBuffer;
using Error = KeyVault::Error;

namespace {

SecureBuffer secret(const char *text)
{
    return SecureBuffer::copyOf(QByteArray(text));
}

const char *const kPassphrase = "calm harbor under a quiet moon 42";
const char *const kOther = "another entirely different passphrase 7";

struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock;
    KeyVault vault { dir.path(), clock };
    std::optional<RecoveryKey> recovery;

    Error create()
    {
        KeyVault::Unlocked unlocked;
        return vault.create(secret(kPassphrase), KdfParams::floor(), &recovery, &unlocked);
    }
    QByteArray hashes() const { return fileHash(vault.databasePath()) + fileHash(vault.headerPath()); }
};

bool writeMarker(Database &db, const QString &marker)
{
    Database::Statement insert = db.prepare("INSERT INTO private_settings (key, value) VALUES ('marker', ?1)");
    insert.bind(1, marker);
    (void)insert.step();
    return insert.error() == Database::Error::None;
}

} // namespace

class TestKeyVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongPassphraseChangesNothing()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        const QByteArray before = f.hashes();
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlock(secret(kOther), &unlocked), Error::WrongPassphrase);
        QVERIFY(!unlocked.database);
        QVERIFY(!KeyVault::errorMessage(Error::WrongPassphrase).isEmpty());
        QCOMPARE(f.hashes(), before);
        // Only the back-off record changed.
        QVERIFY(QFileInfo::exists(f.vault.backoffPath()));
        QCOMPARE(f.vault.failedAttempts(), 1);
    }

    void wrongRecoveryKeyChangesNothing()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        const QByteArray before = f.hashes();
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlockWithRecoveryKey(RecoveryKey::generate(), &unlocked), Error::WrongRecoveryKey);
        QCOMPARE(f.vault.resetPassphrase(RecoveryKey::generate(), secret(kOther), KdfParams::floor()), Error::TryLater);
        QCOMPARE(f.hashes(), before);
    }

    void failedAttemptsBackOffAcrossRestarts()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlock(secret(kOther), &unlocked), Error::WrongPassphrase);
        QCOMPARE(f.vault.backoffRemainingMs(), 1000);
        // Even the right passphrase waits.
        QCOMPARE(f.vault.unlock(secret(kPassphrase), &unlocked), Error::TryLater);
        f.clock.advance(1000);
        QCOMPARE(f.vault.unlock(secret(kOther), &unlocked), Error::WrongPassphrase);
        QCOMPARE(f.vault.backoffRemainingMs(), 2000);

        // A restart (a new KeyVault on the same files) keeps the wait.
        KeyVault restarted(f.dir.path(), f.clock);
        QCOMPARE(restarted.failedAttempts(), 2);
        QCOMPARE(restarted.backoffRemainingMs(), 2000);
        QCOMPARE(restarted.unlock(secret(kPassphrase), &unlocked), Error::TryLater);
        f.clock.advance(2000);
        QCOMPARE(restarted.unlock(secret(kPassphrase), &unlocked), Error::None);
        QVERIFY(unlocked.database);
        QCOMPARE(restarted.failedAttempts(), 0);
        QVERIFY(!QFileInfo::exists(restarted.backoffPath()));
    }

    void damagedOrIncompleteVaultsAreClearErrors_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<Error>("expected");
        QTest::newRow("header garbage") << "header-garbage" << Error::HeaderDamaged;
        QTest::newRow("header flipped byte") << "header-flip" << Error::HeaderDamaged;
        QTest::newRow("header truncated") << "header-truncate" << Error::HeaderDamaged;
        QTest::newRow("header empty") << "header-empty" << Error::HeaderDamaged;
        QTest::newRow("database truncated") << "db-truncate" << Error::DatabaseDamaged;
        QTest::newRow("database zeroed page") << "db-zero-page" << Error::DatabaseDamaged;
        QTest::newRow("database without header") << "no-header" << Error::HeaderMissing;
        QTest::newRow("header without database") << "no-db" << Error::DatabaseMissing;
    }
    void damagedOrIncompleteVaultsAreClearErrors()
    {
        QFETCH(QString, damage);
        QFETCH(Error, expected);
        Fixture f;
        {
            KeyVault::Unlocked unlocked;
            QCOMPARE(f.vault.create(secret(kPassphrase), KdfParams::floor(), &f.recovery, &unlocked), Error::None);
            QVERIFY(writeMarker(*unlocked.database, QStringLiteral("some entry")));
            QCOMPARE(unlocked.database->exec("PRAGMA wal_checkpoint(TRUNCATE)"), Database::Error::None);
        }
        const QString db = f.vault.databasePath();
        const QString header = f.vault.headerPath();
        auto rewrite = [](const QString &path, const std::function<void(QByteArray &)> &edit) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QByteArray bytes = file.readAll();
            file.close();
            edit(bytes);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        };
        if (damage == QLatin1String("header-garbage")) {
            rewrite(header, [](QByteArray &b) { b = QByteArrayLiteral("{\"format\": 12"); });
        } else if (damage == QLatin1String("header-flip")) {
            // Inside the passphrase wrap's sealed key: parses, but cannot be opened.
            rewrite(header, [](QByteArray &b) {
                const qsizetype at = b.indexOf("\"sealed\"") + 12;
                b[at] = b[at] == 'A' ? 'B' : 'A';
            });
        } else if (damage == QLatin1String("header-truncate")) {
            rewrite(header, [](QByteArray &b) { b.truncate(b.size() / 2); });
        } else if (damage == QLatin1String("header-empty")) {
            rewrite(header, [](QByteArray &b) { b.clear(); });
        } else if (damage == QLatin1String("db-truncate")) {
            rewrite(db, [](QByteArray &b) { b.truncate(1000); });
        } else if (damage == QLatin1String("db-zero-page")) {
            rewrite(db, [](QByteArray &b) { std::fill(b.begin(), b.begin() + 4096, '\0'); });
        } else if (damage == QLatin1String("no-header")) {
            QVERIFY(QFile::remove(header));
        } else if (damage == QLatin1String("no-db")) {
            QVERIFY(QFile::remove(db));
        }
        const QStringList filesBefore = QDir(f.dir.path()).entryList(QDir::Files);
        const QByteArray before = f.hashes();

        KeyVault::Unlocked unlocked;
        const Error error = f.vault.unlock(secret(kPassphrase), &unlocked);
        if (damage == QLatin1String("header-flip")) {
            // A flipped wrap is indistinguishable from a wrong passphrase.
            QCOMPARE(error, Error::WrongPassphrase);
        } else {
            QCOMPARE(error, expected);
        }
        QVERIFY(!unlocked.database);
        QVERIFY(!KeyVault::errorMessage(error).isEmpty());
        // Never a silent new, empty vault: nothing created, nothing changed.
        QCOMPARE(f.vault.create(secret(kPassphrase), KdfParams::floor(), &f.recovery, &unlocked), Error::AlreadyExists);
        QCOMPARE(f.hashes(), before);
        QStringList filesAfter = QDir(f.dir.path()).entryList(QDir::Files);
        filesAfter.removeAll(QStringLiteral("unlock-attempts.json"));
        QCOMPARE(filesAfter, filesBefore);
    }

    void createNeverOverwrites()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        const QByteArray before = f.hashes();
        QCOMPARE(f.create(), Error::AlreadyExists);
        QCOMPARE(f.hashes(), before);
    }

    void createRefusesParametersBelowTheFloor()
    {
        Fixture f;
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.create(secret(kPassphrase), { 2, KdfParams::kMinMemBytes }, &f.recovery, &unlocked),
            Error::IoError);
        QCOMPARE(f.vault.presence(), KeyVault::Presence::None);
    }

    // The scan below must be able to fail: it finds a marker in any encoding.
    void markerScanFindsPlaintext()
    {
        QTemporaryDir dir;
        const QString marker = QStringLiteral("HARBOR-CONTROL-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QFile utf16(dir.filePath(QStringLiteral("sub/a.bin")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("sub"))));
        QVERIFY(utf16.open(QIODevice::WriteOnly));
        utf16.write(QByteArray("xx") + QByteArray(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2));
        utf16.close();
        QCOMPARE(filesContaining(dir.path(), marker), QStringList { utf16.fileName() });
    }

    void noPlaintextOnDisk()
    {
        Fixture f;
        QTemporaryDir temp;
        const QString marker = QStringLiteral("HARBOR-MARKER-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            KeyVault::Unlocked unlocked;
            QCOMPARE(f.vault.create(secret(kPassphrase), KdfParams::floor(), &f.recovery, &unlocked), Error::None);
            QVERIFY(writeMarker(*unlocked.database, marker));
            // The marker is really in there, and readable while unlocked.
            Database::Statement read = unlocked.database->prepare("SELECT value FROM private_settings");
            QVERIFY(read.step());
            QCOMPARE(read.columnText(0), marker);
            // Before locking, the WAL holds the change: check it too.
            QVERIFY(QFileInfo::exists(f.vault.databasePath() + QStringLiteral("-wal")));
            QCOMPARE(filesContaining(f.dir.path(), marker), QStringList());
        } // lock: the database closes
        QCOMPARE(filesContaining(f.dir.path(), marker), QStringList());
        QCOMPARE(filesContaining(QDir::tempPath(), marker), QStringList());
        // And the database is not a plain SQLite file.
        QFile db(f.vault.databasePath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
    }

    void filesArePrivate()
    {
        Fixture f;
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.create(secret(kPassphrase), KdfParams::floor(), &f.recovery, &unlocked), Error::None);
        QVERIFY(writeMarker(*unlocked.database, QStringLiteral("x")));
        QCOMPARE(f.vault.unlock(secret(kOther), nullptr), Error::WrongPassphrase);
        const QStringList files = { f.vault.databasePath(), f.vault.databasePath() + QStringLiteral("-wal"),
            f.vault.databasePath() + QStringLiteral("-shm"), f.vault.headerPath(), f.vault.backoffPath() };
        for (const QString &path : files) {
            const QFileInfo info(path);
            QVERIFY2(info.exists(), qPrintable(path));
            QCOMPARE(info.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                QFile::Permissions(QFile::ReadOwner | QFile::WriteOwner));
        }
    }

    void changePassphraseRewrapsWithoutTouchingTheDatabase()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        const QByteArray database = fileHash(f.vault.databasePath());
        const QByteArray header = fileHash(f.vault.headerPath());
        QCOMPARE(f.vault.changePassphrase(secret(kOther), secret(kOther), KdfParams::floor()), Error::WrongPassphrase);
        QCOMPARE(fileHash(f.vault.headerPath()), header);
        f.clock.advance(UnlockBackoffWait);
        QCOMPARE(f.vault.changePassphrase(secret(kPassphrase), secret(kOther), KdfParams::floor()), Error::None);
        QCOMPARE(fileHash(f.vault.databasePath()), database);
        QVERIFY(fileHash(f.vault.headerPath()) != header);
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlock(secret(kPassphrase), &unlocked), Error::WrongPassphrase);
        f.clock.advance(UnlockBackoffWait);
        QCOMPARE(f.vault.unlock(secret(kOther), &unlocked), Error::None);
        QVERIFY(unlocked.database);
    }

    void recoveryKeyUnlocksAndResets()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        QVERIFY(f.recovery.has_value());
        const auto typed = RecoveryKey::parse(f.recovery->toString().toLower());
        QVERIFY(typed.has_value());
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlockWithRecoveryKey(*typed, &unlocked), Error::None);
        QVERIFY(unlocked.database);
        unlocked.database.reset();

        const QByteArray database = fileHash(f.vault.databasePath());
        QCOMPARE(f.vault.resetPassphrase(*typed, secret(kOther), KdfParams::floor()), Error::None);
        QCOMPARE(fileHash(f.vault.databasePath()), database);
        QCOMPARE(f.vault.unlock(secret(kOther), &unlocked), Error::None);
        unlocked.database.reset();
        // The recovery key still works after a reset.
        QCOMPARE(f.vault.unlockWithRecoveryKey(*typed, &unlocked), Error::None);
    }

    void regeneratedRecoveryKeyReplacesTheOldOne()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        const RecoveryKey old = std::move(*f.recovery);
        std::optional<RecoveryKey> fresh;
        QCOMPARE(f.vault.regenerateRecoveryKey(secret(kOther), &fresh), Error::WrongPassphrase);
        QVERIFY(!fresh);
        f.clock.advance(UnlockBackoffWait);
        QCOMPARE(f.vault.regenerateRecoveryKey(secret(kPassphrase), &fresh), Error::None);
        QVERIFY(fresh.has_value());
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlockWithRecoveryKey(old, &unlocked), Error::WrongRecoveryKey);
        f.clock.advance(UnlockBackoffWait);
        QCOMPARE(f.vault.unlockWithRecoveryKey(*fresh, &unlocked), Error::None);
    }

    void upgradeKdfKeepsThePassphrase()
    {
        Fixture f;
        QCOMPARE(f.create(), Error::None);
        const QByteArray database = fileHash(f.vault.databasePath());
        const KdfParams stronger { 4, KdfParams::kMinMemBytes };
        QCOMPARE(f.vault.upgradeKdf(secret(kPassphrase), stronger), Error::None);
        QFile header(f.vault.headerPath());
        QVERIFY(header.open(QIODevice::ReadOnly));
        QVERIFY(header.readAll().contains("\"ops_limit\": 4"));
        QCOMPARE(fileHash(f.vault.databasePath()), database);
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlock(secret(kPassphrase), &unlocked), Error::None);
    }

    void wipeNeedsThePassphraseAndRemovesEverything()
    {
        Fixture f;
        {
            KeyVault::Unlocked unlocked;
            QCOMPARE(f.vault.create(secret(kPassphrase), KdfParams::floor(), &f.recovery, &unlocked), Error::None);
            QVERIFY(writeMarker(*unlocked.database, QStringLiteral("x")));
        }
        QCOMPARE(f.vault.wipe(secret(kOther)), Error::WrongPassphrase);
        QCOMPARE(f.vault.presence(), KeyVault::Presence::Complete);
        f.clock.advance(UnlockBackoffWait);
        QCOMPARE(f.vault.wipe(secret(kPassphrase)), Error::None);
        QCOMPARE(f.vault.presence(), KeyVault::Presence::None);
        QCOMPARE(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
        // A new vault can be made afterwards.
        QCOMPARE(f.create(), Error::None);
    }

    void dataSurvivesLockAndUnlock()
    {
        Fixture f;
        {
            KeyVault::Unlocked unlocked;
            QCOMPARE(f.vault.create(secret(kPassphrase), KdfParams::floor(), &f.recovery, &unlocked), Error::None);
            QVERIFY(writeMarker(*unlocked.database, QStringLiteral("kept")));
        }
        KeyVault::Unlocked unlocked;
        QCOMPARE(f.vault.unlock(secret(kPassphrase), &unlocked), Error::None);
        Database::Statement read
            = unlocked.database->prepare("SELECT value FROM private_settings WHERE key = 'marker'");
        QVERIFY(read.step());
        QCOMPARE(read.columnText(0), QStringLiteral("kept"));
        QCOMPARE(unlocked.database->pragma("cipher_page_size"), QStringLiteral("4096"));
    }

private:
    static constexpr qint64 UnlockBackoffWait = qint64 { 5 } * 60 * 1000;
};

HARBOR_TEST_MAIN(TestKeyVault)
#include "tst_keyvault.moc"
