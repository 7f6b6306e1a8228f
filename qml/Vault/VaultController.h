// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PassphraseCheck.h"
#include "Singletons.h"
#include "Status.h"
#include "safety/AutoLockPolicy.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace harbor::shell {
class AppSettings;
}
namespace harbor::vault {
class Vault;
}

namespace harbor::vaultui {

// The vault for QML: its state, the lock screen's back-off countdown,
// passphrase strength and rules (vault::PassphrasePolicy), the recovery key
// shown once, and auto-lock (idle time from user input, and time spent in
// the background). Errors, notices and busy are in `status`.
class VaultController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int state READ state NOTIFY stateChanged)
    Q_PROPERTY(harbor::ui::Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    Q_PROPERTY(int backoffSeconds READ backoffSeconds NOTIFY backoffChanged)
    Q_PROPERTY(QString recoveryKey READ recoveryKey NOTIFY recoveryKeyChanged)
    Q_PROPERTY(QList<int> groupsToConfirm READ groupsToConfirm NOTIFY recoveryKeyChanged)
    Q_PROPERTY(int idleMinutes READ idleMinutes WRITE setIdleMinutes NOTIFY autoLockChanged)
    Q_PROPERTY(
        int backgroundGraceSeconds READ backgroundGraceSeconds WRITE setBackgroundGraceSeconds NOTIFY autoLockChanged)
    Q_PROPERTY(QString wipeWord READ wipeWord NOTIFY languageChanged)

public:
    // Mirrors vault::Vault::State for QML.
    enum State {
        Absent,
        Locked,
        Unlocked,
        Broken,
    };
    Q_ENUM(State)

    VaultController(vault::Vault &vault, shell::AppSettings &settings, const safety::Clock &clock, bool isPhone,
        QObject *parent = nullptr);

    HARBOR_PROVIDED_SINGLETON(VaultController)

    [[nodiscard]] int state() const;
    [[nodiscard]] ui::Status status() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] int backoffSeconds() const;
    [[nodiscard]] QString recoveryKey() const { return m_recoveryKey; }
    [[nodiscard]] QList<int> groupsToConfirm() const { return m_groupsToConfirm; }
    [[nodiscard]] int idleMinutes() const;
    void setIdleMinutes(int minutes);
    [[nodiscard]] int backgroundGraceSeconds() const;
    void setBackgroundGraceSeconds(int seconds);
    [[nodiscard]] QString wipeWord() const;

    Q_INVOKABLE harbor::vaultui::PassphraseCheck evaluatePassphrase(const QString &passphrase) const;
    // PassphrasePolicy: would create/change/recover accept this pair?
    Q_INVOKABLE bool acceptsNewPassphrase(const QString &passphrase, const QString &confirmation) const;
    // Shown under the second field while it differs from the first (empty otherwise).
    Q_INVOKABLE QString confirmationHint(const QString &passphrase, const QString &confirmation) const;
    Q_INVOKABLE void create(const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void recover(const QString &recoveryKey, const QString &passphrase, const QString &confirmation);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void changePassphrase(const QString &current, const QString &next, const QString &confirmation);
    Q_INVOKABLE void regenerateRecoveryKey(const QString &passphrase);
    Q_INVOKABLE void wipe(const QString &passphrase, const QString &typedWord);
    // The user typed back two groups of the recovery key; true when both match.
    Q_INVOKABLE bool confirmRecoveryKey(const QString &first, const QString &second);
    // Forget the recovery key shown on screen.
    Q_INVOKABLE void dismissRecoveryKey();
    // Clears the error and the notice (a form left or reopened).
    Q_INVOKABLE void clearError();
    // Runs the auto-lock check now (the timer calls it; tests too).
    Q_INVOKABLE void checkAutoLock();

Q_SIGNALS:
    void stateChanged();
    void statusChanged();
    void backoffChanged();
    void recoveryKeyChanged();
    void autoLockChanged();
    void languageChanged();
    void passphraseChanged();
    void wiped();

protected:
    // User input, for the idle timer.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setError(const QString &message, const QString &field = {});
    void setNotice(const QString &notice);
    bool refuseWeakOrMismatched(const QString &passphrase, const QString &confirmation);
    void scheduleAutoLock();
    void updateBackoff();

    vault::Vault &m_vault;
    shell::AppSettings &m_settings;
    safety::AutoLockPolicy m_policy;
    bool m_isPhone;
    QString m_error;
    QString m_errorField;
    QString m_notice;
    // The key on screen came from "Make a new recovery key" (not set-up).
    bool m_regeneratedKey = false;
    QString m_recoveryKey;
    QList<int> m_groupsToConfirm;
    QTimer m_autoLockTimer;
    QTimer m_backoffTimer;
};

} // namespace harbor::vaultui
