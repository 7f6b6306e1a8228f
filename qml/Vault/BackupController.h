// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Singletons.h"
#include "Status.h"
#include "shell/BackgroundJob.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace harbor::safety {
class Clock;
}
namespace harbor::shell {
class AppSettings;
}
namespace harbor::vault {
class Vault;
}
namespace harbor::journal {
struct ChainHead;
}

namespace harbor::vaultui {

// Backup and restore for QML. A backup is one encrypted file under its own
// passphrase, written after the journal's passphrase is entered again
// (checked by Vault::verifyPassphrase); a restore builds a new vault from it
// and replaces the current one only when complete (after a typed
// confirmation), or creates the vault when there is none. Both run off the
// UI thread (shell::BackgroundJob) with progress in `status`.
class BackupController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // busy and progress while working; error or notice (the result, with the
    // chain head) after.
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)
    // The restored vault's new recovery key, shown once.
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY recoveryKeyChanged)
    // The word to type before a restore replaces the journal.
    Q_PROPERTY(QString confirmWord READ confirmWord NOTIFY languageChanged)
    // The backup inspect() read, to restore once the user has seen what it
    // holds (its chain head); empty when none.
    Q_PROPERTY(QUrl inspectedFile READ inspectedFile NOTIFY statusChanged)
    Q_PROPERTY(bool inspected READ inspected NOTIFY statusChanged)

public:
    BackupController(
        vault::Vault &vault, shell::AppSettings &settings, const safety::Clock &clock, QObject *parent = nullptr);
    ~BackupController() override;

    HARBOR_PROVIDED_SINGLETON(BackupController)

    [[nodiscard]] ui::Status status() const { return m_status; }
    [[nodiscard]] bool busy() const { return m_status.busy; }
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    [[nodiscard]] QString confirmWord() const;
    [[nodiscard]] QUrl inspectedFile() const { return m_inspectedFile; }
    [[nodiscard]] bool inspected() const { return !m_inspectedFile.isEmpty(); }

    // The chain head as the results show it: hash, links, entries, time.
    [[nodiscard]] static QString chainText(const journal::ChainHead &head);

    Q_INVOKABLE void backup(
        const QUrl &file, QString backupPassphrase, QString backupPassphraseAgain, QString journalPassphrase);
    // Reads what a backup holds (when it was made, its chain head) and says
    // it in the status notice, before a restore is confirmed; nothing changes.
    Q_INVOKABLE void inspect(const QUrl &file, QString backupPassphrase);
    // With a journal: `journalPassphrase` is its passphrase (kept for the
    // restored one) and `confirmation` must be confirmWord. Without one:
    // `journalPassphrase` and `journalPassphraseAgain` set the new one.
    Q_INVOKABLE void restore(const QUrl &file, QString backupPassphrase, QString journalPassphrase,
        QString journalPassphraseAgain, const QString &confirmation);
    Q_INVOKABLE void forgetRecoveryKey();
    // Blocks until running work is done (tests, shutdown); its result still
    // arrives from the event loop.
    void waitForIdle();

Q_SIGNALS:
    void statusChanged();
    void recoveryKeyChanged();
    void restored();
    void languageChanged();

private:
    struct Outcome;
    using Work = std::function<void(shell::BackgroundJob::Progress &, Outcome &)>;
    using Finish = std::function<void(Outcome &)>;
    void setStatus(const ui::Status &status);
    void fail(const QString &message, const QString &field = {});
    // Runs `work` on the background job, then `finish` here.
    void start(const QString &notice, Work work, Finish finish);
    // Checks the journal's passphrase on the vault's queue, then starts.
    void startAfterVerifying(const QString &journalPassphrase, const QString &notice, Work work, Finish finish);
    [[nodiscard]] QString dataDir() const;

    vault::Vault &m_vault;
    shell::AppSettings &m_settings;
    const safety::Clock &m_clock;
    shell::BackgroundJob m_job;
    QMetaObject::Connection m_finished;
    ui::Status m_status;
    QString m_recoveryKey;
    QUrl m_inspectedFile;
};

} // namespace harbor::vaultui
