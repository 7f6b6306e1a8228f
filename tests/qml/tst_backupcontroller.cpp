// SPDX-License-Identifier: GPL-3.0-or-later
// BackupController without QML: refusals first (nothing written, nothing
// replaced), the journal's passphrase checked by the vault (its back-off
// applies), then a backup, its inspection and a restore with the settings
// it carried.
#include "BackupController.h"
#include "TestMain.h"
#include "VaultFixture.h"
#include "shell/Translations.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

using harbor::test::VaultFixture;
using harbor::vault::Vault;
using harbor::vaultui::BackupController;

namespace {

const QString kBackupPassphrase = QStringLiteral("copper meadow quiet harbor lamp");

bool settled(BackupController &controller)
{
    return QTest::qWaitFor([&controller] { return !controller.status().busy; }, 60000);
}

} // namespace

class TestBackupController : public QObject
{
    Q_OBJECT

    harbor::shell::Translations m_translations;
    QTemporaryDir m_out;

    [[nodiscard]] QUrl target(const QString &name) const { return QUrl::fromLocalFile(m_out.filePath(name)); }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en")); }

    void aBackupIsRefusedBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QUrl>("file");
        QTest::addColumn<QString>("backup");
        QTest::addColumn<QString>("again");
        QTest::addColumn<QString>("journal");
        QTest::addColumn<QString>("field");
        const QUrl file = QUrl::fromLocalFile(QStringLiteral("/tmp/never-written.harborbackup"));
        QTest::newRow("not a local file") << QUrl(QStringLiteral("https://example.org/b")) << kBackupPassphrase
                                          << kBackupPassphrase << VaultFixture::kPassphrase << QStringLiteral("file");
        QTest::newRow("backup passphrases differ")
            << file << kBackupPassphrase << kBackupPassphrase + u'x' << VaultFixture::kPassphrase
            << QStringLiteral("backupPassphraseAgain");
        QTest::newRow("weak backup passphrase") << file << QStringLiteral("password1") << QStringLiteral("password1")
                                                << VaultFixture::kPassphrase << QStringLiteral("backupPassphrase");
        QTest::newRow("no journal passphrase")
            << file << kBackupPassphrase << kBackupPassphrase << QString() << QStringLiteral("journalPassphrase");
    }
    void aBackupIsRefusedBeforeAnythingIsWritten()
    {
        QFETCH(QUrl, file);
        QFETCH(QString, backup);
        QFETCH(QString, again);
        QFETCH(QString, journal);
        QFETCH(QString, field);
        VaultFixture f;
        QVERIFY(f.create());
        BackupController controller(f.vault, f.settings, f.clock);
        controller.backup(file, backup, again, journal);
        QVERIFY(controller.status().failed());
        QCOMPARE(controller.status().errorField, field);
        QVERIFY(!controller.status().busy);
        QVERIFY(!QFileInfo::exists(file.toLocalFile()));
    }

    void aWrongJournalPassphraseWritesNothingAndBacksOff()
    {
        VaultFixture f;
        QVERIFY(f.create());
        BackupController controller(f.vault, f.settings, f.clock);
        const QUrl file = target(QStringLiteral("wrong.harborbackup"));
        controller.backup(file, kBackupPassphrase, kBackupPassphrase, QStringLiteral("not the passphrase"));
        QVERIFY(controller.status().busy);
        QVERIFY(settled(controller));
        QVERIFY2(controller.status().error.contains(QStringLiteral("not the journal's passphrase")),
            qPrintable(controller.status().error));
        QCOMPARE(controller.status().errorField, QStringLiteral("journalPassphrase"));
        QVERIFY(!QFileInfo::exists(file.toLocalFile()));
        // The vault's own back-off: a second try at once waits, even with the right one.
        QCOMPARE(f.vault.backoffRemainingMs(), qint64(1000));
        controller.backup(file, kBackupPassphrase, kBackupPassphrase, VaultFixture::kPassphrase);
        QVERIFY(settled(controller));
        QVERIFY(controller.status().failed());
        QVERIFY(!QFileInfo::exists(file.toLocalFile()));
        QCOMPARE(f.vault.state(), Vault::State::Unlocked); // the open journal is not disturbed
    }

    void aRestoreIsRefusedWithoutTheConfirmationWord()
    {
        VaultFixture f;
        QVERIFY(f.create());
        BackupController controller(f.vault, f.settings, f.clock);
        QCOMPARE(controller.confirmWord(), QStringLiteral("REPLACE"));
        const QUrl missing = target(QStringLiteral("missing.harborbackup"));
        controller.restore(missing, kBackupPassphrase, VaultFixture::kPassphrase, {}, controller.confirmWord());
        QCOMPARE(controller.status().errorField, QStringLiteral("file"));
        QFile some(m_out.filePath(QStringLiteral("some.harborbackup")));
        QVERIFY(some.open(QIODevice::WriteOnly));
        some.close();
        controller.restore(QUrl::fromLocalFile(some.fileName()), kBackupPassphrase, VaultFixture::kPassphrase, {},
            QStringLiteral("replace it"));
        QCOMPARE(controller.status().errorField, QStringLiteral("confirmation"));
        QCOMPARE(f.vault.state(), Vault::State::Unlocked); // not even locked
    }

    void aRestoreWithoutAJournalChecksTheNewPassphrase()
    {
        VaultFixture f;
        BackupController controller(f.vault, f.settings, f.clock);
        QFile some(m_out.filePath(QStringLiteral("any.harborbackup")));
        QVERIFY(some.open(QIODevice::WriteOnly));
        some.close();
        const QUrl file = QUrl::fromLocalFile(some.fileName());
        controller.restore(file, kBackupPassphrase, VaultFixture::kPassphrase, QStringLiteral("other"), {});
        QCOMPARE(controller.status().errorField, QStringLiteral("journalPassphraseAgain"));
        controller.restore(file, kBackupPassphrase, QStringLiteral("password1"), QStringLiteral("password1"), {});
        QCOMPARE(controller.status().errorField, QStringLiteral("journalPassphrase"));
        QCOMPARE(f.vault.state(), Vault::State::Absent);
    }

    void backupInspectAndRestoreCarryTheJournalAndItsSettings()
    {
        VaultFixture f;
        QVERIFY(f.create());
        QVERIFY(f.addEntry(QStringLiteral("Ana"), QStringLiteral("KEPT-ENTRY")) > 0);
        f.settings.setIdleMinutes(12);
        f.settings.setTheme(QStringLiteral("dark"));
        BackupController controller(f.vault, f.settings, f.clock);
        const QUrl file = target(QStringLiteral("journal.harborbackup"));

        QList<double> progress;
        connect(&controller, &BackupController::statusChanged, this, [&] {
            if (controller.status().busy && controller.status().progress >= 0) {
                progress << controller.status().progress;
            }
        });
        controller.backup(file, kBackupPassphrase, kBackupPassphrase, VaultFixture::kPassphrase);
        QVERIFY(settled(controller));
        QVERIFY2(!controller.status().failed(), qPrintable(controller.status().error));
        QVERIFY(controller.status().notice.contains(QStringLiteral("Journal chain head (SHA-256): ")));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(QFileInfo(file.toLocalFile()).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        const QString head = controller.status().notice.section(u'\n', 1);

        controller.inspect(file, QStringLiteral("wrong backup passphrase"));
        QVERIFY(settled(controller));
        QVERIFY(controller.status().failed());
        QVERIFY(!controller.inspected());
        controller.inspect(file, kBackupPassphrase);
        QVERIFY(settled(controller));
        QVERIFY(controller.inspected());
        QCOMPARE(controller.inspectedFile(), file);
        QVERIFY(controller.status().notice.contains(head));

        // After the backup: an entry and settings that the restore takes back.
        QVERIFY(f.addEntry(QStringLiteral("Ana"), QStringLiteral("AFTER-BACKUP")) > 0);
        f.settings.setIdleMinutes(30);
        f.settings.setTheme(QStringLiteral("light"));
        QSignalSpy restored(&controller, &BackupController::restored);
        controller.restore(
            file, QStringLiteral("wrong backup passphrase"), VaultFixture::kPassphrase, {}, controller.confirmWord());
        QVERIFY(settled(controller));
        QVERIFY(controller.status().failed());
        QCOMPARE(restored.count(), 0);
        QCOMPARE(f.settings.idleMinutes(), 30);

        controller.restore(file, kBackupPassphrase, VaultFixture::kPassphrase, {}, controller.confirmWord());
        QVERIFY(settled(controller));
        QVERIFY2(!controller.status().failed(), qPrintable(controller.status().error));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(controller.recoveryKey().size(), 34);
        QVERIFY(controller.status().notice.contains(head)); // the restored journal ends where the backup did
        QCOMPARE(f.settings.idleMinutes(), 12);
        QCOMPARE(f.settings.theme(), QStringLiteral("dark"));
        QCOMPARE(f.vault.state(), Vault::State::Locked);
        QVERIFY(f.unlock());
        controller.forgetRecoveryKey();
        QVERIFY(controller.recoveryKey().isEmpty());
    }

    void aRestoreWithAWrongJournalPassphraseKeepsTheJournal()
    {
        VaultFixture f;
        QVERIFY(f.create());
        BackupController controller(f.vault, f.settings, f.clock);
        const QUrl file = target(QStringLiteral("keep.harborbackup"));
        controller.backup(file, kBackupPassphrase, kBackupPassphrase, VaultFixture::kPassphrase);
        QVERIFY(settled(controller));
        QVERIFY(!controller.status().failed());
        controller.restore(file, kBackupPassphrase, QStringLiteral("not it"), {}, controller.confirmWord());
        QVERIFY(settled(controller));
        QCOMPARE(controller.status().errorField, QStringLiteral("journalPassphrase"));
        f.clock.advance(1000); // past the back-off the wrong one started
        QVERIFY(f.unlock()); // the same journal, same passphrase
    }
};

HARBOR_TEST_MAIN(TestBackupController)
#include "tst_backupcontroller.moc"
