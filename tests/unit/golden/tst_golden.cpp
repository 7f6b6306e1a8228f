// SPDX-License-Identifier: GPL-3.0-or-later
// The golden files (tests/data/golden): a v1 vault, a v1 backup and a v1
// content pack made once by an earlier Harbor. Each must still open, read
// back exactly what was written and verify; and one changed byte in each
// must be a clear error, never a silently different journal or pack.
#include "GoldenFiles.h"
#include "GoldenJournal.h"
#include "TestMain.h"
#include "content/PackLoader.h"
#include "report/Backup.h"
#include "safety/Clock.h"
#include "updates/ManifestSignature.h"
#include "updates/PackPublisher.h"
#include "updates/PackStore.h"
#include "updates/PublisherKeys.h"
#include "vault/KeyVault.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace harbor;
using namespace harbor::test::golden;

class TestGolden : public QObject
{
    Q_OBJECT

private:
    // A copy of vault-v1 in a fresh folder.
    static bool copyVault(const QTemporaryDir &to)
    {
        return to.isValid() && copyTree(dir(QStringLiteral("vault-v1")), to.path());
    }

    static QList<QByteArray> packKeys()
    {
        QString error;
        return updates::PublisherKeys::parse(
            QString::fromLatin1(readAll(dir(QStringLiteral("pack-v1/publisher-key.txt")))), &error);
    }

    static QFile backupFile() { return QFile(dir(QStringLiteral("backup-v1/golden.harborbackup"))); }

private Q_SLOTS:
    void vaultOpensWithPassphrase()
    {
        QTemporaryDir data;
        QVERIFY(copyVault(data));
        safety::ManualClock clock;
        vault::KeyVault keys(data.path(), clock);
        QCOMPARE(keys.presence(), vault::KeyVault::Presence::Complete);
        vault::KeyVault::Unlocked unlocked;
        QCOMPARE(keys.unlock(vault::SecureBuffer::fromUtf8(kVaultPassphrase), &unlocked), vault::KeyVault::Error::None);
        QVERIFY(unlocked.database);
        checkJournal(*unlocked.database);
    }

    void vaultOpensWithRecoveryKey()
    {
        QTemporaryDir data;
        QVERIFY(copyVault(data));
        const auto recovery = vault::RecoveryKey::parse(kRecoveryKey);
        QVERIFY(recovery.has_value());
        safety::ManualClock clock;
        vault::KeyVault keys(data.path(), clock);
        vault::KeyVault::Unlocked unlocked;
        QCOMPARE(keys.unlockWithRecoveryKey(*recovery, &unlocked), vault::KeyVault::Error::None);
        QVERIFY(unlocked.database);
        checkJournal(*unlocked.database);
    }

    void vaultWrongSecretsAreRefused()
    {
        QTemporaryDir data;
        QVERIFY(copyVault(data));
        safety::ManualClock clock;
        vault::KeyVault keys(data.path(), clock);
        vault::KeyVault::Unlocked unlocked;
        QCOMPARE(keys.unlock(vault::SecureBuffer::fromUtf8(kVaultPassphrase + QLatin1Char('!')), &unlocked),
            vault::KeyVault::Error::WrongPassphrase);
        QVERIFY(!unlocked.database);
        QCOMPARE(readAll(keys.databasePath()), readAll(dir(QStringLiteral("vault-v1/journal.db"))));
        QCOMPARE(readAll(keys.headerPath()), readAll(dir(QStringLiteral("vault-v1/journal.key"))));
    }

    // One changed byte of either file: a clear error, the journal unread.
    void vaultChangedByteIsAClearError_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<vault::KeyVault::Error>("expected");
        QTest::newRow("header version 2") << QStringLiteral("journal.key") << QByteArray("\"version\": 1")
                                          << QByteArray("\"version\": 2") << vault::KeyVault::Error::HeaderTooNew;
        QTest::newRow("header format") << QStringLiteral("journal.key") << QByteArray("harbor-vault-header")
                                       << QByteArray("harbor-vault-headex") << vault::KeyVault::Error::HeaderDamaged;
        // The wrap is bound to its KDF parameters: weakening them breaks it.
        QTest::newRow("header kdf") << QStringLiteral("journal.key") << QByteArray("\"ops_limit\": 3")
                                    << QByteArray("\"ops_limit\": 4") << vault::KeyVault::Error::WrongPassphrase;
        // SQLCipher authenticates every page: the first one is read on open.
        QTest::newRow("database page 1") << QStringLiteral("journal.db") << QByteArray() << QByteArray()
                                         << vault::KeyVault::Error::DatabaseDamaged;
    }

    void vaultChangedByteIsAClearError()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(vault::KeyVault::Error, expected);
        QTemporaryDir data;
        QVERIFY(copyVault(data));
        const QString path = QDir(data.path()).filePath(file);
        if (from.isEmpty()) {
            QVERIFY(flipByte(path, 1000));
        } else {
            QByteArray bytes = readAll(path);
            QVERIFY(bytes.contains(from));
            QVERIFY(writeAll(path, bytes.replace(from, to)));
        }
        safety::ManualClock clock;
        vault::KeyVault keys(data.path(), clock);
        vault::KeyVault::Unlocked unlocked;
        const vault::KeyVault::Error error = keys.unlock(vault::SecureBuffer::fromUtf8(kVaultPassphrase), &unlocked);
        QCOMPARE(error, expected);
        QVERIFY(!unlocked.database);
        QVERIFY(!vault::KeyVault::errorMessage(error).isEmpty());
    }

    void backupInspectsAndChecks()
    {
        QFile file = backupFile();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const report::BackupSummary summary
            = report::Backup::inspect(file, vault::SecureBuffer::fromUtf8(kBackupPassphrase));
        QVERIFY2(summary.error.ok(), qPrintable(summary.error.detail));
        QCOMPARE(summary.appVersion, QStringLiteral("0.1.0"));
        QVERIFY(summary.chain.has_value());
        QCOMPARE(summary.chain->hashHex(), kChainHead);
        QCOMPARE(summary.chain->links, kChainLinks);
        QVERIFY(file.seek(0));
        const report::BackupError checked
            = report::Backup::check(file, vault::SecureBuffer::fromUtf8(kBackupPassphrase));
        QVERIFY2(checked.ok(), qPrintable(checked.detail));
    }

    void backupRestores()
    {
        QFile file = backupFile();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTemporaryDir data;
        safety::ManualClock clock;
        report::Backup::RestoreOptions options;
        options.vaultKdf = vault::KdfParams::floor();
        const QString newPassphrase = QStringLiteral("a new passphrase for the restored vault");
        const report::Backup::Restored restored
            = report::Backup::restore(file, vault::SecureBuffer::fromUtf8(kBackupPassphrase), data.path(),
                vault::SecureBuffer::fromUtf8(newPassphrase), clock, options);
        QVERIFY2(restored.error.ok(), qPrintable(restored.error.detail));
        QCOMPARE(restored.chain.hashHex(), kChainHead);
        const QJsonObject settings { { QStringLiteral("region"), QStringLiteral("colorado") },
            { QStringLiteral("language"), QStringLiteral("es") }, { QStringLiteral("theme"), QStringLiteral("dark") },
            { QStringLiteral("idle_minutes"), 7 }, { QStringLiteral("background_grace_seconds"), 30 },
            { QStringLiteral("updates_consent"), QStringLiteral("off") } };
        QCOMPARE(restored.settings, settings);
        QVERIFY(vault::RecoveryKey::parse(restored.recoveryKey).has_value());

        vault::KeyVault keys(data.path(), clock);
        vault::KeyVault::Unlocked unlocked;
        QCOMPARE(keys.unlock(vault::SecureBuffer::fromUtf8(newPassphrase), &unlocked), vault::KeyVault::Error::None);
        checkJournal(*unlocked.database);
    }

    void backupChangedByteIsAClearError_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<report::BackupError::Code>("expected");
        QTest::newRow("magic") << qint64(0) << report::BackupError::Code::NotABackup;
        QTest::newRow("format 2") << qint64(9) << report::BackupError::Code::TooNew;
        QTest::newRow("salt") << qint64(30) << report::BackupError::Code::WrongPassphrase;
        QTest::newRow("first chunk") << qint64(200) << report::BackupError::Code::Damaged;
        QTest::newRow("last byte") << qint64(-1) << report::BackupError::Code::Damaged;
    }

    void backupChangedByteIsAClearError()
    {
        QFETCH(qint64, offset);
        QFETCH(report::BackupError::Code, expected);
        QByteArray bytes = readAll(dir(QStringLiteral("backup-v1/golden.harborbackup")));
        QVERIFY(bytes.size() > 200);
        const qsizetype at = offset < 0 ? bytes.size() + offset : offset;
        bytes[at] = static_cast<char>(offset == 9 ? 2 : bytes.at(at) ^ 0x20);
        QBuffer in(&bytes);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QTemporaryDir data;
        safety::ManualClock clock;
        report::Backup::RestoreOptions options;
        options.vaultKdf = vault::KdfParams::floor();
        const report::Backup::Restored restored
            = report::Backup::restore(in, vault::SecureBuffer::fromUtf8(kBackupPassphrase), data.path(),
                vault::SecureBuffer::fromUtf8(kVaultPassphrase), clock, options);
        QCOMPARE(restored.error.code, expected);
        QVERIFY(!restored.error.message().isEmpty());
        // Nothing was put in place: no vault appeared in the folder.
        vault::KeyVault keys(data.path(), clock);
        QCOMPARE(keys.presence(), vault::KeyVault::Presence::None);
    }

    void packVerifiesAsPublished()
    {
        const QList<QByteArray> keys = packKeys();
        QCOMPARE(keys.size(), 1);
        QString error;
        const auto manifest = updates::PackPublisher::verify(
            dir(QStringLiteral("pack-v1")), keys, kPackCheckedAt.toMSecsSinceEpoch(), &error);
        QVERIFY2(manifest.has_value(), qPrintable(error));
        QCOMPARE(manifest->pack, QStringLiteral("harbor-golden"));
        QCOMPARE(manifest->version, kPackVersion);
        QCOMPARE(manifest->minAppVersion, QStringLiteral("0.1.0"));
        QCOMPARE(manifest->files.size(), 5);
        // Signed by the golden key only: the pinned publisher keys refuse it.
        QVERIFY(!updates::PackPublisher::verify(dir(QStringLiteral("pack-v1")), updates::PublisherKeys::pinned(),
            kPackCheckedAt.toMSecsSinceEpoch(), &error));
    }

    // Installed as the updater installs it, then loaded as the app loads it.
    void packInstallsAndLoads()
    {
        const QList<QByteArray> keys = packKeys();
        const QByteArray signedManifest = readAll(dir(QStringLiteral("pack-v1/manifest.signed")));
        const auto json = updates::ManifestSignature::open(signedManifest, keys);
        QVERIFY(json.has_value());
        QString error;
        const auto manifest = updates::ManifestParser::parse(*json, &error);
        QVERIFY2(manifest.has_value(), qPrintable(error));
        QMap<QString, QByteArray> files;
        for (const updates::ManifestFile &file : manifest->files) {
            files.insert(file.path, readAll(dir(QStringLiteral("pack-v1/7/") + file.path)));
        }
        QTemporaryDir data;
        const updates::PackStore store(QDir(data.path()).filePath(QStringLiteral("content")), keys);
        const updates::UpdateError installed = store.install(signedManifest, *manifest, files);
        QVERIFY2(installed.ok(), qPrintable(installed.detail));

        const updates::PackStore::Installed loaded = store.load();
        QVERIFY2(loaded.pack.has_value(), qPrintable(loaded.problem));
        QCOMPARE(loaded.recordVersion, kPackVersion);
        const content::Pack &pack = *loaded.pack;
        QVERIFY2(pack.problems.isEmpty(), qPrintable(pack.problems.join(QLatin1Char('\n'))));
        QCOMPARE(pack.id, QStringLiteral("harbor-golden"));
        QCOMPARE(pack.published, QDate(2026, 12, 1));
        const content::PlatformGuide *guide = pack.guide(QStringLiteral("chat"));
        QVERIFY(guide);
        QCOMPARE(guide->steps.size(), 2);
        QCOMPARE(guide->steps.at(0).title.in(QStringLiteral("en")), QStringLiteral("Make the account private"));
        QCOMPARE(guide->steps.at(1).choose.in(QStringLiteral("es")), QStringLiteral("Solo amigos"));
        QCOMPARE(pack.signs.size(), 1);
        QCOMPARE(pack.signs.at(0).category, QStringLiteral("grooming"));
        QCOMPARE(pack.signs.at(0).signs.size(), 2);
        const content::Resource *line = pack.resource(QStringLiteral("line"));
        QVERIFY(line);
        QCOMPARE(line->phone.number, QStringLiteral("8442645437"));
        QCOMPARE(pack.region(QStringLiteral("somewhere"))->hotline, QStringLiteral("line"));

        // The vault's checklist was ticked against this guide: the revision
        // is computed as it was then, so nothing asks for a re-check.
        QTemporaryDir vaultData;
        QVERIFY(copyVault(vaultData));
        safety::ManualClock clock;
        vault::KeyVault vaultKeys(vaultData.path(), clock);
        vault::KeyVault::Unlocked unlocked;
        QCOMPARE(
            vaultKeys.unlock(vault::SecureBuffer::fromUtf8(kVaultPassphrase), &unlocked), vault::KeyVault::Error::None);
        QVERIFY(!content::ChecklistStore(*unlocked.database).needsRecheck(1, *guide));
    }

    void packChangedByteIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("named");
        QTest::newRow("signature") << QStringLiteral("manifest.signed") << qint64(20) << QStringLiteral("not signed");
        QTest::newRow("manifest") << QStringLiteral("manifest.signed") << qint64(120) << QStringLiteral("not signed");
        QTest::newRow("guide") << QStringLiteral("7/guides/chat.json") << qint64(100) << QStringLiteral("chat.json");
    }

    void packChangedByteIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(qint64, offset);
        QFETCH(QString, named);
        QTemporaryDir copy;
        QVERIFY(copyTree(dir(QStringLiteral("pack-v1")), copy.path()));
        QVERIFY(flipByte(QDir(copy.path()).filePath(file), offset));
        QString error;
        QVERIFY(!updates::PackPublisher::verify(copy.path(), packKeys(), kPackCheckedAt.toMSecsSinceEpoch(), &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

HARBOR_TEST_MAIN(TestGolden)
#include "tst_golden.moc"
