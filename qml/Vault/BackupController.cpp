// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupController.h"

#include "report/Backup.h"
#include "shell/AppSettings.h"
#include "vault/KeyVault.h"
#include "vault/PassphraseStrength.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QSaveFile>
#include <QThread>

#include <functional>

namespace harbor::vaultui {

using report::BackupError;

// One backup or restore, run on the worker; `finish` runs back on the UI thread.
struct BackupController::Job
{
    std::function<void(Job &)> work;
    std::function<void(Job &)> finish;
    BackupError error;
    QJsonObject settings;
    QString recoveryKey;
};

namespace {

BackupError passphraseRefused(vault::KeyVault::Error error)
{
    return BackupError { error == vault::KeyVault::Error::TryLater ? BackupError::Code::TryLater
                                                                   : BackupError::Code::WrongVaultPassphrase,
        {} };
}

std::shared_ptr<vault::SecureBuffer> secret(QString &text)
{
    auto buffer = std::make_shared<vault::SecureBuffer>(vault::SecureBuffer::fromUtf8(text));
    vault::wipe(text);
    return buffer;
}

} // namespace

BackupController::BackupController(
    vault::Vault &vault, shell::AppSettings &settings, const safety::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_clock(clock)
{
}

BackupController::~BackupController()
{
    if (m_worker) {
        m_cancel = true;
        m_worker->wait();
        delete m_worker;
    }
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

void BackupController::provide(BackupController *instance)
{
    s_instance = instance;
}

BackupController *BackupController::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance) {
        qFatal("BackupController::provide() was not called before the QML engine asked for it");
    }
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QString BackupController::confirmWord() const
{
    return tr("REPLACE");
}

QString BackupController::dataDir() const
{
    return QFileInfo(m_vault.keys().databasePath()).absolutePath();
}

void BackupController::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    Q_EMIT messageChanged();
}

QJsonObject BackupController::settingsToKeep() const
{
    QJsonObject settings {
        { QStringLiteral("region"), m_settings.region() },
        { QStringLiteral("language"), m_settings.language() },
        { QStringLiteral("theme"), m_settings.theme() },
        { QStringLiteral("idle_minutes"), m_settings.idleMinutes() },
        { QStringLiteral("background_grace_seconds"), m_settings.backgroundGraceSeconds() },
        { QStringLiteral("updates_enabled"), m_settings.updatesEnabled() },
    };
    if (m_settings.updateUrl() != shell::AppSettings::defaultUpdateUrl()) {
        settings.insert(QStringLiteral("update_url"), m_settings.updateUrl());
    }
    return settings;
}

void BackupController::applySettings(const QJsonObject &settings)
{
    // Each setter checks its value: a backup cannot set anything out of range.
    if (settings.contains(QLatin1String("region"))) {
        m_settings.setRegion(settings.value(QLatin1String("region")).toString());
    }
    m_settings.setLanguage(settings.value(QLatin1String("language")).toString());
    m_settings.setTheme(settings.value(QLatin1String("theme")).toString());
    if (settings.contains(QLatin1String("idle_minutes"))) {
        m_settings.setIdleMinutes(settings.value(QLatin1String("idle_minutes")).toInt());
    }
    if (settings.contains(QLatin1String("background_grace_seconds"))) {
        m_settings.setBackgroundGraceSeconds(settings.value(QLatin1String("background_grace_seconds")).toInt());
    }
    if (settings.contains(QLatin1String("updates_enabled"))) {
        m_settings.setUpdatesEnabled(settings.value(QLatin1String("updates_enabled")).toBool());
    }
}

report::BackupProgress BackupController::progressOnWorker()
{
    report::BackupProgress progress;
    progress.cancel = &m_cancel;
    // Called on the worker; the property changes on the UI thread.
    progress.report = [this](double fraction) {
        QMetaObject::invokeMethod(
            this,
            [this, fraction] {
                m_progress = fraction;
                Q_EMIT progressChanged();
            },
            Qt::QueuedConnection);
    };
    return progress;
}

void BackupController::start(const std::shared_ptr<Job> &job)
{
    m_cancel = false;
    m_progress = 0;
    m_worker = QThread::create([job] { job->work(*job); });
    connect(m_worker, &QThread::finished, this, [this, job] {
        m_worker->deleteLater();
        m_worker = nullptr;
        job->finish(*job);
        Q_EMIT busyChanged();
    });
    m_worker->start();
    Q_EMIT busyChanged();
    Q_EMIT progressChanged();
}

void BackupController::backup(
    const QUrl &file, QString backupPassphrase, QString backupPassphraseAgain, QString journalPassphrase)
{
    if (busy() || m_vault.isBusy()) {
        return;
    }
    if (!file.isLocalFile()) {
        setMessage(tr("Choose a file on this device."), true);
        return;
    }
    if (backupPassphrase != backupPassphraseAgain) {
        setMessage(tr("The two backup passphrases are not the same."), true);
        return;
    }
    if (!vault::PassphraseStrength::evaluate(backupPassphrase).acceptable) {
        setMessage(tr("Choose a stronger backup passphrase: a few unrelated words work well."), true);
        return;
    }
    vault::wipe(backupPassphraseAgain);
    const auto backupSecret = secret(backupPassphrase);
    const auto journalSecret = secret(journalPassphrase);
    const QString path = file.toLocalFile();
    const QString folder = dataDir();
    const vault::KdfParams kdf = m_vault.kdfPolicy()();
    const QJsonObject settings = settingsToKeep();
    auto job = std::make_shared<Job>();
    job->work = [this, backupSecret, journalSecret, path, folder, kdf, settings](Job &j) {
        // Its own connection, opened with the passphrase just entered: the
        // backup reads one snapshot while the app goes on using its own.
        vault::KeyVault keys(folder, m_clock);
        vault::KeyVault::Unlocked unlocked;
        if (const auto refused = keys.unlock(*journalSecret, &unlocked); refused != vault::KeyVault::Error::None) {
            j.error = passphraseRefused(refused);
            return;
        }
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            j.error = BackupError { BackupError::Code::IoError, out.errorString() };
            return;
        }
        j.error = report::Backup::write(*unlocked.database, *backupSecret, kdf, settings, out, progressOnWorker());
        if (j.error.ok() && !out.commit()) {
            j.error = BackupError { BackupError::Code::DiskFull, out.errorString() };
        }
    };
    job->finish = [this, path](Job &j) {
        if (j.error.ok()) {
            setMessage(tr("The backup was saved as %1. Keep it, and its passphrase, somewhere other than this device.")
                           .arg(QFileInfo(path).fileName()),
                false);
        } else {
            setMessage(j.error.message(), true);
        }
    };
    setMessage(tr("Making the backup…"), false);
    start(job);
}

void BackupController::restore(const QUrl &file, QString backupPassphrase, QString journalPassphrase,
    QString journalPassphraseAgain, const QString &confirmation)
{
    if (busy() || m_vault.isBusy()) {
        return;
    }
    if (!file.isLocalFile() || !QFileInfo::exists(file.toLocalFile())) {
        setMessage(tr("Choose a backup file on this device."), true);
        return;
    }
    const bool replacing = m_vault.state() != vault::Vault::State::Absent;
    if (replacing && confirmation.trimmed() != confirmWord()) {
        setMessage(tr("Type %1 to confirm that the journal on this device will be replaced.").arg(confirmWord()), true);
        return;
    }
    if (!replacing && journalPassphrase != journalPassphraseAgain) {
        setMessage(tr("The two passphrases are not the same."), true);
        return;
    }
    if (!replacing && !vault::PassphraseStrength::evaluate(journalPassphrase).acceptable) {
        setMessage(tr("Choose a stronger passphrase: a few unrelated words work well."), true);
        return;
    }
    vault::wipe(journalPassphraseAgain);
    // What is open is saved and closed first; nothing changes until the
    // restored journal is complete and checked.
    m_vault.lock();
    const auto backupSecret = secret(backupPassphrase);
    const auto journalSecret = secret(journalPassphrase);
    const QString path = file.toLocalFile();
    const QString folder = dataDir();
    const vault::KdfParams kdf = m_vault.kdfPolicy()();
    auto job = std::make_shared<Job>();
    job->work = [this, backupSecret, journalSecret, path, folder, kdf, replacing](Job &j) {
        if (replacing) {
            vault::KeyVault keys(folder, m_clock);
            vault::KeyVault::Unlocked unlocked;
            if (const auto refused = keys.unlock(*journalSecret, &unlocked); refused != vault::KeyVault::Error::None) {
                j.error = passphraseRefused(refused);
                return;
            }
        }
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            j.error = BackupError { BackupError::Code::IoError, in.errorString() };
            return;
        }
        report::Backup::RestoreOptions options;
        options.vaultKdf = kdf;
        options.progress = progressOnWorker();
        const report::Backup::Restored restored
            = report::Backup::restore(in, *backupSecret, folder, *journalSecret, m_clock, options);
        j.error = restored.error;
        j.settings = restored.settings;
        j.recoveryKey = restored.recoveryKey;
    };
    job->finish = [this](Job &j) {
        m_vault.rescan();
        if (!j.error.ok()) {
            setMessage(j.error.message(), true);
            return;
        }
        applySettings(j.settings);
        m_recoveryKey = j.recoveryKey;
        Q_EMIT recoveryKeyChanged();
        setMessage(tr("The journal was restored. Unlock it with your passphrase. Write down the new recovery key "
                      "below: the old one no longer works."),
            false);
        Q_EMIT restored();
    };
    setMessage(tr("Restoring…"), false);
    start(job);
}

void BackupController::forgetRecoveryKey()
{
    vault::wipe(m_recoveryKey);
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
}

} // namespace harbor::vaultui
