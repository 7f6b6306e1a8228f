// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultController.h"

#include "LanguageWatcher.h"
#include "shell/AppSettings.h"
#include "vault/PassphrasePolicy.h"
#include "vault/PassphraseStrength.h"
#include "vault/RecoveryKey.h"
#include "vault/SecureBuffer.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QRandomGenerator>

namespace harbor::vaultui {

using vault::PassphrasePolicy;
using vault::PassphraseStrength;

namespace {
constexpr int kMsPerSecond = 1000;

QString fieldName(PassphrasePolicy::Verdict::Field field)
{
    switch (field) {
    case PassphrasePolicy::Verdict::Field::Passphrase:
        return QStringLiteral("passphrase");
    case PassphrasePolicy::Verdict::Field::Confirmation:
        return QStringLiteral("confirmation");
    case PassphrasePolicy::Verdict::Field::None:
        break;
    }
    return {};
}
} // namespace

VaultController::VaultController(
    vault::Vault &vault, shell::AppSettings &settings, const safety::Clock &clock, bool isPhone, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_settings(settings)
    , m_policy(clock)
    , m_isPhone(isPhone)
{
    m_policy.setIdleTimeoutMs(m_settings.idleMinutes() * safety::AutoLockPolicy::kMinute);
    m_policy.setBackgroundGraceMs(static_cast<qint64>(backgroundGraceSeconds()) * kMsPerSecond);

    connect(&m_vault, &vault::Vault::stateChanged, this, [this] {
        if (m_vault.state() == vault::Vault::State::Unlocked) {
            m_policy.restart();
            clearError();
        }
        scheduleAutoLock();
        updateBackoff();
        Q_EMIT stateChanged();
    });
    connect(&m_vault, &vault::Vault::busyChanged, this, &VaultController::statusChanged);
    connect(&m_vault, &vault::Vault::failed, this, [this](const QString &message) {
        setError(message);
        updateBackoff();
    });
    connect(&m_vault, &vault::Vault::recoveryKeyIssued, this, [this](const QString &key) {
        m_recoveryKey = key;
        // Two different groups, chosen at random, to type back.
        const int first = static_cast<int>(QRandomGenerator::system()->bounded(vault::RecoveryKey::kGroups));
        int second = static_cast<int>(QRandomGenerator::system()->bounded(vault::RecoveryKey::kGroups - 1));
        second += second >= first ? 1 : 0;
        m_groupsToConfirm = { std::min(first, second), std::max(first, second) };
        Q_EMIT recoveryKeyChanged();
    });
    connect(&m_vault, &vault::Vault::passphraseChanged, this, [this] {
        setNotice(tr("Your passphrase was changed."));
        Q_EMIT passphraseChanged();
    });
    connect(&m_vault, &vault::Vault::wiped, this, [this] {
        setNotice(tr("Everything Harbor kept on this device was erased."));
        Q_EMIT wiped();
    });
    connect(&ui::LanguageWatcher::shared(), &ui::LanguageWatcher::changed, this, &VaultController::languageChanged);

    m_autoLockTimer.setSingleShot(true);
    connect(&m_autoLockTimer, &QTimer::timeout, this, &VaultController::checkAutoLock);
    m_backoffTimer.setInterval(kMsPerSecond);
    connect(&m_backoffTimer, &QTimer::timeout, this, &VaultController::updateBackoff);

    if (auto *app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState appState) {
            m_policy.noteApplicationActive(appState == Qt::ApplicationActive);
            checkAutoLock();
        });
    }
    updateBackoff();
}

int VaultController::state() const
{
    return static_cast<int>(m_vault.state());
}

ui::Status VaultController::status() const
{
    ui::Status status;
    status.busy = m_vault.isBusy();
    status.error = m_error;
    status.errorField = m_errorField;
    status.notice = m_notice;
    return status;
}

QString VaultController::problem() const
{
    return m_vault.problem();
}

int VaultController::backoffSeconds() const
{
    return static_cast<int>((m_vault.backoffRemainingMs() + kMsPerSecond - 1) / kMsPerSecond);
}

int VaultController::idleMinutes() const
{
    return m_settings.idleMinutes();
}

void VaultController::setIdleMinutes(int minutes)
{
    m_settings.setIdleMinutes(minutes);
    m_policy.setIdleTimeoutMs(m_settings.idleMinutes() * safety::AutoLockPolicy::kMinute);
    scheduleAutoLock();
    Q_EMIT autoLockChanged();
}

int VaultController::backgroundGraceSeconds() const
{
    const int stored = m_settings.backgroundGraceSeconds();
    if (stored >= 0) {
        return stored;
    }
    // Phones lock as soon as the app leaves the screen; desktops after a minute.
    return m_isPhone ? 0 : static_cast<int>(safety::AutoLockPolicy::kDefaultDesktopGraceMs / kMsPerSecond);
}

void VaultController::setBackgroundGraceSeconds(int seconds)
{
    m_settings.setBackgroundGraceSeconds(seconds);
    m_policy.setBackgroundGraceMs(static_cast<qint64>(backgroundGraceSeconds()) * kMsPerSecond);
    Q_EMIT autoLockChanged();
}

QString VaultController::wipeWord() const
{
    return tr("ERASE");
}

PassphraseCheck VaultController::evaluatePassphrase(const QString &passphrase) const
{
    return PassphraseCheck::of(PassphraseStrength::evaluate(passphrase));
}

bool VaultController::acceptsNewPassphrase(const QString &passphrase, const QString &confirmation) const
{
    return PassphrasePolicy::checkNew(passphrase, confirmation).ok();
}

QString VaultController::confirmationHint(const QString &passphrase, const QString &confirmation) const
{
    return !confirmation.isEmpty() && confirmation != passphrase ? PassphrasePolicy::notTheSameYet() : QString();
}

void VaultController::setError(const QString &message, const QString &field)
{
    // A new error replaces the last notice: only one outcome shows at a time.
    if (message != m_error || field != m_errorField || (!message.isEmpty() && !m_notice.isEmpty())) {
        m_error = message;
        m_errorField = message.isEmpty() ? QString() : field;
        if (!message.isEmpty()) {
            m_notice.clear();
        }
        Q_EMIT statusChanged();
    }
}

void VaultController::setNotice(const QString &notice)
{
    m_notice = notice;
    m_error.clear();
    m_errorField.clear();
    Q_EMIT statusChanged();
}

void VaultController::clearError()
{
    if (!m_error.isEmpty() || !m_notice.isEmpty()) {
        m_error.clear();
        m_errorField.clear();
        m_notice.clear();
        Q_EMIT statusChanged();
    }
}

bool VaultController::refuseWeakOrMismatched(const QString &passphrase, const QString &confirmation)
{
    const PassphrasePolicy::Verdict verdict = PassphrasePolicy::checkNew(passphrase, confirmation);
    if (!verdict.ok()) {
        setError(verdict.message, fieldName(verdict.field));
        return true;
    }
    clearError();
    return false;
}

void VaultController::create(const QString &passphrase, const QString &confirmation)
{
    if (!refuseWeakOrMismatched(passphrase, confirmation)) {
        m_regeneratedKey = false;
        m_vault.create(passphrase);
    }
}

void VaultController::unlock(const QString &passphrase)
{
    if (const auto verdict = PassphrasePolicy::checkEntered(passphrase); !verdict.ok()) {
        setError(verdict.message, fieldName(verdict.field));
        return;
    }
    clearError();
    m_vault.unlock(passphrase);
}

void VaultController::recover(const QString &recoveryKey, const QString &passphrase, const QString &confirmation)
{
    if (!vault::RecoveryKey::parse(recoveryKey)) {
        setError(tr("That is not a complete recovery key. It has seven groups of four characters."),
            QStringLiteral("recoveryKey"));
        return;
    }
    if (!refuseWeakOrMismatched(passphrase, confirmation)) {
        m_vault.resetPassphraseAndUnlock(recoveryKey, passphrase);
    }
}

void VaultController::lock()
{
    m_vault.lock();
}

void VaultController::changePassphrase(const QString &current, const QString &next, const QString &confirmation)
{
    if (!refuseWeakOrMismatched(next, confirmation)) {
        m_vault.changePassphrase(current, next);
    }
}

void VaultController::regenerateRecoveryKey(const QString &passphrase)
{
    clearError();
    m_regeneratedKey = true;
    m_vault.regenerateRecoveryKey(passphrase);
}

void VaultController::wipe(const QString &passphrase, const QString &typedWord)
{
    if (typedWord.trimmed().compare(wipeWord(), Qt::CaseInsensitive) != 0) {
        setError(
            tr("Type %1 to confirm that everything should be erased.").arg(wipeWord()), QStringLiteral("wipeWord"));
        return;
    }
    clearError();
    m_vault.wipe(passphrase);
}

bool VaultController::confirmRecoveryKey(const QString &first, const QString &second)
{
    QStringList groups = m_recoveryKey.split(u'-');
    auto matches = [&groups](int index, const QString &typed) {
        return typed.trimmed().compare(groups.at(index), Qt::CaseInsensitive) == 0;
    };
    const bool ok = m_groupsToConfirm.size() == 2 && groups.size() == vault::RecoveryKey::kGroups
        && matches(m_groupsToConfirm.at(0), first) && matches(m_groupsToConfirm.at(1), second);
    for (QString &group : groups) {
        vault::wipe(group);
    }
    if (m_groupsToConfirm.size() != 2) {
        return false;
    }
    if (!ok) {
        setError(tr("Those groups do not match the recovery key. Look at it again."), QStringLiteral("recoveryKey"));
    } else if (m_regeneratedKey) {
        setNotice(tr("Your new recovery key is active."));
    } else {
        clearError();
    }
    return ok;
}

void VaultController::dismissRecoveryKey()
{
    vault::wipe(m_recoveryKey);
    m_groupsToConfirm.clear();
    Q_EMIT recoveryKeyChanged();
}

void VaultController::checkAutoLock()
{
    if (m_vault.state() != vault::Vault::State::Unlocked) {
        return;
    }
    if (m_policy.shouldLock()) {
        m_vault.lock();
    } else {
        scheduleAutoLock();
    }
}

void VaultController::scheduleAutoLock()
{
    // One single-shot timer at the next deadline: nothing runs while idle.
    if (m_vault.state() == vault::Vault::State::Unlocked) {
        m_autoLockTimer.start(static_cast<int>(std::max<qint64>(m_policy.msUntilLock(), 1)));
    } else {
        m_autoLockTimer.stop();
    }
}

void VaultController::updateBackoff()
{
    if (backoffSeconds() > 0) {
        if (!m_backoffTimer.isActive()) {
            m_backoffTimer.start();
        }
    } else {
        m_backoffTimer.stop();
    }
    Q_EMIT backoffChanged();
}

bool VaultController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_vault.state() == vault::Vault::State::Unlocked) {
            // An input after the deadline does not save the session.
            if (m_policy.shouldLock()) {
                m_vault.lock();
            } else {
                m_policy.noteActivity();
            }
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace harbor::vaultui
