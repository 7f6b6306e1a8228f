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
#include <QLocale>
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
    journal::ChainHead chain;
    report::BackupSummary summary;
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
    };
    // Whether Harbor may go online, only once the user chose.
    switch (m_settings.updatesConsent()) {
    case shell::AppSettings::UpdatesConsent::Daily:
        settings.insert(QStringLiteral("updates_consent"), QStringLiteral("daily"));
        break;
    case shell::AppSettings::UpdatesConsent::Off:
        settings.insert(QStringLiteral("updates_consent"), QStringLiteral("off"));
        break;
    case shell::AppSettings::UpdatesConsent::NotChosen:
        break;
    }
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
    // A choice the user made; never the "on" that backups made before the
    // question existed ("updates_enabled"), which nobody had chosen.
    const QString consent = settings.value(QLatin1String("updates_consent")).toString();
    if (consent == QLatin1String("daily")) {
        m_settings.setUpdatesConsent(shell::AppSettings::UpdatesConsent::Daily);
    } else if (consent == QLatin1String("off")) {
        m_settings.setUpdatesConsent(shell::AppSettings::UpdatesConsent::Off);
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
        j.error = report::Backup::write(
            *unlocked.database, *backupSecret, kdf, settings, out, progressOnWorker(), &j.chain);
        if (j.error.ok() && !out.commit()) {
            j.error = BackupError { BackupError::Code::DiskFull, out.errorString() };
        }
    };
    job->finish = [this, path](Job &j) {
        if (j.error.ok()) {
            setMessage(tr("The backup was saved as %1. Keep it, and its passphrase, somewhere other than this device.")
                           .arg(QFileInfo(path).fileName())
                    + QLatin1Char('\n') + chainText(j.chain),
                false);
        } else {
            setMessage(j.error.message(), true);
        }
    };
    m_inspectedFile.clear();
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
        j.chain = restored.chain;
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
                      "below: the old one no longer works.")
                + QLatin1Char('\n') + chainText(j.chain),
            false);
        Q_EMIT restored();
    };
    m_inspectedFile.clear();
    setMessage(tr("Restoring…"), false);
    start(job);
}

void BackupController::inspect(const QUrl &file, QString backupPassphrase)
{
    if (busy() || m_vault.isBusy()) {
        return;
    }
    if (!file.isLocalFile() || !QFileInfo::exists(file.toLocalFile())) {
        setMessage(tr("Choose a backup file on this device."), true);
        return;
    }
    const auto backupSecret = secret(backupPassphrase);
    const QString path = file.toLocalFile();
    auto job = std::make_shared<Job>();
    job->work = [backupSecret, path](Job &j) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            j.error = BackupError { BackupError::Code::IoError, in.errorString() };
            return;
        }
        j.summary = report::Backup::inspect(in, *backupSecret);
        j.error = j.summary.error;
    };
    job->finish = [this, file](Job &j) {
        if (!j.error.ok()) {
            setMessage(j.error.message(), true);
            return;
        }
        const QString made = j.summary.created.isValid()
            ? QLocale().toString(j.summary.created.toLocalTime(), QLocale::LongFormat)
            : tr("an unknown date");
        QString text = tr("This backup was made on %1.").arg(made) + QLatin1Char('\n');
        text += j.summary.chain ? chainText(*j.summary.chain) + QLatin1Char('\n')
                + tr("Restoring checks that the restored journal ends with this same chain head.")
                                : tr("This backup was made before Harbor recorded the journal's chain head in "
                                     "backups: it still restores, but there is no head to compare.");
        m_inspectedFile = file;
        setMessage(text, false);
    };
    m_inspectedFile.clear();
    setMessage(tr("Reading the backup…"), false);
    start(job);
}

void BackupController::forgetRecoveryKey()
{
    vault::wipe(m_recoveryKey);
    m_recoveryKey.clear();
    Q_EMIT recoveryKeyChanged();
}

} // namespace harbor::vaultui
