// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <atomic>

class QQmlEngine;
class QJSEngine;
class QThread;

namespace harbor::safety {
class Clock;
}
namespace harbor::shell {
class AppSettings;
}
namespace harbor::vault {
class Vault;
}

namespace harbor::report {
struct BackupProgress;
}
namespace harbor::journal {
struct ChainHead;
}

namespace harbor::vaultui {

// Backup and restore for QML. A backup is one encrypted file under its own
// passphrase, written after the journal's passphrase is entered again; a
// restore builds a new vault from it and replaces the current one only
// when complete (after a typed confirmation), or creates the vault when
// there is none. Both run off the UI thread with progress.
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool failed READ failed NOTIFY messageChanged)
    // The restored vault's new recovery key, shown once.
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY recoveryKeyChanged)
    // The word to type before a restore replaces the journal.
    Q_PROPERTY(QString confirmWord READ confirmWord CONSTANT)
    // The backup inspect() read, to restore once the user has seen what it
    // holds (its chain head); empty when none.
    Q_PROPERTY(QUrl inspectedFile READ inspectedFile NOTIFY messageChanged)
    Q_PROPERTY(bool inspected READ inspected NOTIFY messageChanged)

public:
    BackupController(
        vault::Vault &vault, shell::AppSettings &settings, const safety::Clock &clock, QObject *parent = nullptr);
    ~BackupController() override;

    static void provide(BackupController *instance);
    static BackupController *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    [[nodiscard]] bool busy() const { return m_worker != nullptr; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool failed() const { return m_failed; }
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    [[nodiscard]] QString confirmWord() const;
    [[nodiscard]] QUrl inspectedFile() const { return m_inspectedFile; }
    [[nodiscard]] bool inspected() const { return !m_inspectedFile.isEmpty(); }

    // The chain head as the results show it: hash, links, entries, time.
    [[nodiscard]] static QString chainText(const journal::ChainHead &head);

    Q_INVOKABLE void backup(
        const QUrl &file, QString backupPassphrase, QString backupPassphraseAgain, QString journalPassphrase);
    // Reads what a backup holds (when it was made, its chain head) and says
    // it in `message`, before a restore is confirmed; nothing changes.
    Q_INVOKABLE void inspect(const QUrl &file, QString backupPassphrase);
    // With a journal: `journalPassphrase` is its passphrase (kept for the
    // restored one) and `confirmation` must be confirmWord. Without one:
    // `journalPassphrase` and `journalPassphraseAgain` set the new one.
    Q_INVOKABLE void restore(const QUrl &file, QString backupPassphrase, QString journalPassphrase,
        QString journalPassphraseAgain, const QString &confirmation);
    Q_INVOKABLE void forgetRecoveryKey();

Q_SIGNALS:
    void busyChanged();
    void progressChanged();
    void messageChanged();
    void recoveryKeyChanged();
    void restored();

private:
    struct Job;
    void start(const std::shared_ptr<Job> &job);
    [[nodiscard]] report::BackupProgress progressOnWorker();
    void setMessage(const QString &message, bool failed);
    [[nodiscard]] QJsonObject settingsToKeep() const;
    void applySettings(const QJsonObject &settings);
    [[nodiscard]] QString dataDir() const;

    vault::Vault &m_vault;
    shell::AppSettings &m_settings;
    const safety::Clock &m_clock;
    QThread *m_worker = nullptr;
    std::atomic_bool m_cancel = false;
    double m_progress = 0;
    QString m_message;
    bool m_failed = false;
    QString m_recoveryKey;
    QUrl m_inspectedFile;
    static inline BackupController *s_instance = nullptr;
};

} // namespace harbor::vaultui
