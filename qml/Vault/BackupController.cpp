// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupController.h"

#include "LanguageWatcher.h"
#include "report/Backup.h"
#include "report/BackupSettingsFormat.h"
#include "shell/AppSettings.h"
#include "vault/KeyVault.h"
#include "vault/PassphrasePolicy.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QLocale>
#include <QPointer>
#include <QSaveFile>

namespace harbor::vaultui {

using report::BackupError;
using vault::PassphrasePolicy;

// What one backup, restore or inspection produced, read back on the UI thread.
struct BackupController::Outcome
{
    BackupError error;
    QJsonObject settings;
    QString recoveryKey;
    journal::ChainHead chain;
    report::BackupSummary summary;
};

namespace {

BackupError passphraseRefused(vault::KeyVault::Error error)
{
    switch (error) {
    case vault::KeyVault::Error::TryLater:
        return BackupError { BackupError::Code::TryLater, {} };
    case vault::KeyVault::Error::WrongPassphrase:
        return BackupError { BackupError::Code::WrongVaultPassphrase, {} };
    default:
        return BackupError { BackupError::Code::IoError, vault::KeyVault::errorMessage(error) };
    }
}

std::shared_ptr<vault::SecureBuffer> secret(QString &text)
{
    auto buffer = std::make_shared<vault::SecureBuffer>(vault::SecureBuffer::fromUtf8(text));
    vault::wipe(text);
    return buffer;
}

// The backup's progress, as BackgroundJob reports it.
report::BackupProgress progressOf(shell::BackgroundJob::Progress &progress)
{
    report::BackupProgress backup;
    backup.report = [&progress](double fraction) { progress.report(fraction); };
    backup.isCancelled = [&progress] { return progress.cancelled(); };
    return backup;
}

QString fieldOf(PassphrasePolicy::Verdict::Field field, const QString &passphrase, const QString &again)
{
    return field == PassphrasePolicy::Verdict::Field::Confirmation ? again : passphrase;
}

} // namespace

BackupController::BackupController(
    vault::Vault &vault, shell::AppSettings &settings, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(&m_job, &shell::BackgroundJob::progressed, this, [this](double fraction, const QString &) {
        if (m_status.busy) {
            ui::Status working = m_status;
            working.progress = fraction;
            setStatus(working);
        }
    });
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, &BackupController::languageChanged);
}

// m_job's destructor cancels and joins the worker.
BackupController::~BackupController() = default;

QString BackupController::confirmWord() const
{
    return tr("REPLACE");
}

QString BackupController::dataDir() const
{
    return QFileInfo(m_vault.keys().databasePath()).absolutePath();
}

QString BackupController::chainText(const journal::ChainHead &head)
{
    if (head.isEmpty()) {
        return tr("Journal chain: empty, no entries yet.");
    }
    const QLocale locale;
    //: The journal chain's head, to compare later: %1 a SHA-256 in hex, %2 links, %3 entries,
    //: %4 a UTC time such as 2024-03-04T21:15:07Z.
    return tr("Journal chain head (SHA-256): %1\nLinks: %2 · Entries: %3 · Newest link (UTC): %4")
        .arg(head.hashHex(), locale.toString(head.links), locale.toString(head.entries), head.atUtc());
}

void BackupController::waitForIdle()
{
    m_vault.waitForIdle();
    m_job.wait();
}

void BackupController::setStatus(const ui::Status &status)
{
    if (status != m_status) {
        m_status = status;
        Q_EMIT statusChanged();
    }
}

void BackupController::fail(const QString &message, const QString &field)
{
    setStatus(ui::Status::failure(message, field));
}

void BackupController::start(const QString &notice, Work work, Finish finish)
{
    auto outcome = std::make_shared<Outcome>();
    setStatus(ui::Status::working(notice, 0));
    // One job at a time (busy() guards every entry point), so the finished
    // handler set here is the only one.
    disconnect(m_finished);
    m_finished = connect(&m_job, &shell::BackgroundJob::finished, this, [this, outcome, finish = std::move(finish)] {
        disconnect(m_finished);
        setStatus(ui::Status::idle());
        finish(*outcome);
    });
    m_job.start(
        [outcome, work = std::move(work)](shell::BackgroundJob::Progress &progress) { work(progress, *outcome); });
}

void BackupController::startAfterVerifying(
    const QString &journalPassphrase, const QString &notice, Work work, Finish finish)
{
    setStatus(ui::Status::working(notice));
    QPointer<BackupController> self(this);
    m_vault.verifyPassphrase(journalPassphrase,
        [self, notice, work = std::move(work), finish = std::move(finish)](vault::KeyVault::Error error) mutable {
            if (!self) {
                return;
            }
            if (error != vault::KeyVault::Error::None) {
                self->fail(passphraseRefused(error).message(), QStringLiteral("journalPassphrase"));
                return;
            }
            self->start(notice, std::move(work), std::move(finish));
        });
}

void BackupController::backup(
    const QUrl &file, QString backupPassphrase, QString backupPassphraseAgain, QString journalPassphrase)
{
    if (busy() || m_vault.isBusy()) {
        return;
    }
    if (!file.isLocalFile()) {
        fail(tr("Choose a file on this device."), QStringLiteral("file"));
        return;
    }
    const auto verdict
        = PassphrasePolicy::checkNew(backupPassphrase, backupPassphraseAgain, PassphrasePolicy::Purpose::Backup);
    if (!verdict.ok()) {
        fail(verdict.message,
            fieldOf(verdict.field, QStringLiteral("backupPassphrase"), QStringLiteral("backupPassphraseAgain")));
        return;
    }
    if (const auto entered = PassphrasePolicy::checkEntered(journalPassphrase); !entered.ok()) {
        fail(entered.message, QStringLiteral("journalPassphrase"));
        return;
    }
    vault::wipe(backupPassphraseAgain);
    const auto backupSecret = secret(backupPassphrase);
    // Not wiped yet: the vault copies it too (verifyPassphrase), below.
    const auto journalSecret = std::make_shared<vault::SecureBuffer>(vault::SecureBuffer::fromUtf8(journalPassphrase));
    const QString path = file.toLocalFile();
    const QString folder = dataDir();
    const vault::KdfParams kdf = m_vault.kdfPolicy()();
    const QJsonObject settings = report::BackupSettingsFormat::write(m_settings);
    const safety::Clock &clock = m_clock;
    Work work = [backupSecret, journalSecret, path, folder, kdf, settings, &clock](
                    shell::BackgroundJob::Progress &progress, Outcome &o) {
        // Its own connection: the backup reads one snapshot while the app
        // goes on using its own. The passphrase was verified just before.
        vault::KeyVault keys(folder, clock);
        vault::KeyVault::Unlocked unlocked;
        if (const auto refused = keys.unlock(*journalSecret, &unlocked); refused != vault::KeyVault::Error::None) {
            o.error = passphraseRefused(refused);
            return;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            o.error = BackupError { BackupError::Code::IoError, out.errorString() };
            return;
        }
        o.error = report::Backup::write(
            *unlocked.database, *backupSecret, kdf, settings, out, progressOf(progress), &o.chain);
        if (o.error.ok() && !out.commit()) {
            o.error = BackupError { BackupError::Code::DiskFull, out.errorString() };
        }
    };
    Finish finish = [this, path](Outcome &o) {
        if (!o.error.ok()) {
            fail(o.error.message());
            return;
        }
        setStatus(ui::Status::success(
            tr("The backup was saved as %1. Keep it, and its passphrase, somewhere other than this device.")
                .arg(QFileInfo(path).fileName())
            + QLatin1Char('\n') + chainText(o.chain)));
    };
    m_inspectedFile.clear();
    startAfterVerifying(journalPassphrase, tr("Making the backup…"), std::move(work), std::move(finish));
    vault::wipe(journalPassphrase);
}

void BackupController::restore(const QUrl &file, QString backupPassphrase, QString journalPassphrase,
    QString journalPassphraseAgain, const QString &confirmation)
{
    if (busy() || m_vault.isBusy()) {
        return;
    }
    if (!file.isLocalFile() || !QFileInfo::exists(file.toLocalFile())) {
        fail(tr("Choose a backup file on this device."), QStringLiteral("file"));
        return;
    }
    const bool replacing = m_vault.state() != vault::Vault::State::Absent;
    if (replacing && confirmation.trimmed() != confirmWord()) {
        fail(tr("Type %1 to confirm that the journal on this device will be replaced.").arg(confirmWord()),
            QStringLiteral("confirmation"));
        return;
    }
    if (!replacing) {
        const auto verdict = PassphrasePolicy::checkNew(journalPassphrase, journalPassphraseAgain);
        if (!verdict.ok()) {
            fail(verdict.message,
                fieldOf(verdict.field, QStringLiteral("journalPassphrase"), QStringLiteral("journalPassphraseAgain")));
            return;
        }
    } else if (const auto entered = PassphrasePolicy::checkEntered(journalPassphrase); !entered.ok()) {
        fail(entered.message, QStringLiteral("journalPassphrase"));
        return;
    }
    vault::wipe(journalPassphraseAgain);
    // What is open is saved and closed first; nothing changes until the
    // restored journal is complete and checked.
    m_vault.lock();
    const auto backupSecret = secret(backupPassphrase);
    const auto journalSecret = std::make_shared<vault::SecureBuffer>(vault::SecureBuffer::fromUtf8(journalPassphrase));
    const QString path = file.toLocalFile();
    const QString folder = dataDir();
    const vault::KdfParams kdf = m_vault.kdfPolicy()();
    const safety::Clock &clock = m_clock;
    Work work = [backupSecret, journalSecret, path, folder, kdf, &clock](
                    shell::BackgroundJob::Progress &progress, Outcome &o) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            o.error = BackupError { BackupError::Code::IoError, in.errorString() };
            return;
        }
        report::Backup::RestoreOptions options;
        options.vaultKdf = kdf;
        options.progress = progressOf(progress);
        report::Backup::Restored restored
            = report::Backup::restore(in, *backupSecret, folder, *journalSecret, clock, options);
        o.error = restored.error;
        o.settings = restored.settings;
        o.recoveryKey = restored.recoveryKey;
        o.chain = restored.chain;
    };
    Finish finish = [this](Outcome &o) {
        m_vault.rescan();
        if (!o.error.ok()) {
            fail(o.error.message());
            return;
        }
        report::BackupSettingsFormat::apply(o.settings, m_settings);
        m_recoveryKey = o.recoveryKey;
        Q_EMIT recoveryKeyChanged();
        setStatus(ui::Status::success(
            tr("The journal was restored. Unlock it with your passphrase. Write down the new recovery key "
               "below: the old one no longer works.")
            + QLatin1Char('\n') + chainText(o.chain)));
        Q_EMIT restored();
    };
    m_inspectedFile.clear();
    const QString notice = tr("Restoring…");
    if (replacing) {
        // The journal's own passphrase, checked on the vault's queue first.
        startAfterVerifying(journalPassphrase, notice, std::move(work), std::move(finish));
    } else {
        start(notice, std::move(work), std::move(finish));
    }
    vault::wipe(journalPassphrase);
}

void BackupController::inspect(const QUrl &file, QString backupPassphrase)
{
    if (busy() || m_vault.isBusy()) {
        return;
    }
    if (!file.isLocalFile() || !QFileInfo::exists(file.toLocalFile())) {
        fail(tr("Choose a backup file on this device."), QStringLiteral("file"));
        return;
    }
    const auto backupSecret = secret(backupPassphrase);
    const QString path = file.toLocalFile();
    Work work = [backupSecret, path](shell::BackgroundJob::Progress &, Outcome &o) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            o.error = BackupError { BackupError::Code::IoError, in.errorString() };
            return;
        }
        o.summary = report::Backup::inspect(in, *backupSecret);
        o.error = o.summary.error;
    };
    Finish finish = [this, file](Outcome &o) {
        if (!o.error.ok()) {
            fail(o.error.message());
            return;
        }
        const QString made = o.summary.created.isValid()
            ? QLocale().toString(o.summary.created.toLocalTime(), QLocale::LongFormat)
            : tr("an unknown date");
        QString text = tr("This backup was made on %1.").arg(made) + QLatin1Char('\n');
        text += o.summary.chain ? chainText(*o.summary.chain) + QLatin1Char('\n')
                + tr("Restoring checks that the restored journal ends with this same chain head.")
                                : tr("This backup was made before Harbor recorded the journal's chain head in "
                                     "backups: it still restores, but there is no head to compare.");
        m_inspectedFile = file;
        setStatus(ui::Status::success(text));
    };
    m_inspectedFile.clear();
    start(tr("Reading the backup…"), std::move(work), std::move(finish));
}

void BackupController::forgetRecoveryKey()
{
    vault::wipe(m_recoveryKey);
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
}

} // namespace harbor::vaultui
