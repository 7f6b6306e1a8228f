// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QDBusMessage;

namespace harbor {

// Hears on D-Bus that the user's session locks or the machine is about to
// sleep, and emits lockRequested(). Event-driven only: no polling, no timer.
//
// System bus (logind, org.freedesktop.login1; only its signals count):
// - Manager.PrepareForSleep(true) on /org/freedesktop/login1;
// - our session's Session.Lock, and its LockedHint becoming true
//   (Properties.PropertiesChanged). Our session is found asynchronously with
//   Manager.GetSessionByPID(getpid()), else GetSession($XDG_SESSION_ID); if
//   both fail (no logind, not in a session) these two are not heard.
// Session bus (any sender, so a screensaver started later is heard too):
// - ActiveChanged(true) of org.freedesktop.ScreenSaver (/ScreenSaver,
//   /org/freedesktop/ScreenSaver) and org.gnome.ScreenSaver
//   (/org/gnome/ScreenSaver).
//
// A bus that is not connected is skipped without a word. One lock can be
// announced by several of these, so lockRequested() may come more than once.
class SessionLockWatcher final : public QObject
{
    Q_OBJECT

public:
    // The app passes QDBusConnection::systemBus() and sessionBus(); tests pass
    // connections to their own private buses.
    SessionLockWatcher(QDBusConnection systemBus, QDBusConnection sessionBus, QObject *parent = nullptr);

    // Our logind session's object path; empty until logind answered (or for good).
    [[nodiscard]] QString sessionPath() const { return m_sessionPath; }

Q_SIGNALS:
    void lockRequested();
    // Our logind session is known and its Lock and LockedHint are now heard.
    void sessionFound(const QString &path);

private Q_SLOTS:
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool start);
    void onSessionLock();
    void onSessionPropertiesChanged(
        const QString &interfaceName, const QVariantMap &changed, const QStringList &invalidated);

private:
    void watchScreenSavers();
    void watchLogind();
    void askForSession(const QDBusMessage &call, bool isLastTry);
    void watchSession(const QString &path);

    QDBusConnection m_systemBus;
    QDBusConnection m_sessionBus;
    QString m_sessionPath;
};

} // namespace harbor
