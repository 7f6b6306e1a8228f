// SPDX-License-Identifier: GPL-3.0-or-later
#include "linux/SessionLockWatcher.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

#include <unistd.h>

#include <utility>

namespace harbor {

namespace {

const QString kLogindService = QStringLiteral("org.freedesktop.login1");
const QString kLogindPath = QStringLiteral("/org/freedesktop/login1");
const QString kLogindManager = QStringLiteral("org.freedesktop.login1.Manager");
const QString kLogindSession = QStringLiteral("org.freedesktop.login1.Session");
const QString kProperties = QStringLiteral("org.freedesktop.DBus.Properties");

struct ScreenSaver
{
    const char *path;
    const char *interfaceName;
};

// KDE exports the freedesktop interface on both paths; GNOME has its own.
constexpr ScreenSaver kScreenSavers[] = {
    { "/ScreenSaver", "org.freedesktop.ScreenSaver" },
    { "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver" },
    { "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver" },
};

} // namespace

SessionLockWatcher::SessionLockWatcher(QDBusConnection systemBus, QDBusConnection sessionBus, QObject *parent)
    : QObject(parent)
    , m_systemBus(std::move(systemBus))
    , m_sessionBus(std::move(sessionBus))
{
    watchScreenSavers();
    watchLogind();
}

void SessionLockWatcher::watchScreenSavers()
{
    if (!m_sessionBus.isConnected()) {
        return;
    }
    // Empty service: a match rule on interface, member and path only, so the
    // screensaver need not exist yet and may be restarted.
    for (const auto &screenSaver : kScreenSavers) {
        m_sessionBus.connect(QString(), QString::fromLatin1(screenSaver.path),
            QString::fromLatin1(screenSaver.interfaceName), QStringLiteral("ActiveChanged"), this,
            SLOT(onScreenSaverActiveChanged(bool)));
    }
}

void SessionLockWatcher::watchLogind()
{
    if (!m_systemBus.isConnected()) {
        return;
    }
    // Only logind itself may tell us to lock (the bus knows who owns the name).
    m_systemBus.connect(kLogindService, kLogindPath, kLogindManager, QStringLiteral("PrepareForSleep"), this,
        SLOT(onPrepareForSleep(bool)));

    auto byPid = QDBusMessage::createMethodCall(
        kLogindService, kLogindPath, kLogindManager, QStringLiteral("GetSessionByPID"));
    byPid << static_cast<quint32>(::getpid());
    askForSession(byPid, false);
}

void SessionLockWatcher::askForSession(const QDBusMessage &call, bool isLastTry)
{
    auto *pending = new QDBusPendingCallWatcher(m_systemBus.asyncCall(call), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, isLastTry](QDBusPendingCallWatcher *done) {
        done->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *done;
        if (!reply.isError() && !reply.value().path().isEmpty()) {
            watchSession(reply.value().path());
            return;
        }
        // Not in a logind session (or no logind): try the session id the
        // login manager gave us, then give up quietly.
        const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
        if (isLastTry || sessionId.isEmpty()) {
            return;
        }
        auto byId
            = QDBusMessage::createMethodCall(kLogindService, kLogindPath, kLogindManager, QStringLiteral("GetSession"));
        byId << sessionId;
        askForSession(byId, true);
    });
}

void SessionLockWatcher::watchSession(const QString &path)
{
    m_sessionPath = path;
    m_systemBus.connect(kLogindService, path, kLogindSession, QStringLiteral("Lock"), this, SLOT(onSessionLock()));
    m_systemBus.connect(kLogindService, path, kProperties, QStringLiteral("PropertiesChanged"), this,
        SLOT(onSessionPropertiesChanged(QString, QVariantMap, QStringList)));
    Q_EMIT sessionFound(path);
}

void SessionLockWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active) {
        Q_EMIT lockRequested();
    }
}

void SessionLockWatcher::onPrepareForSleep(bool start)
{
    if (start) {
        Q_EMIT lockRequested();
    }
}

void SessionLockWatcher::onSessionLock()
{
    Q_EMIT lockRequested();
}

void SessionLockWatcher::onSessionPropertiesChanged(
    const QString &interfaceName, const QVariantMap &changed, const QStringList &invalidated)
{
    Q_UNUSED(invalidated); // logind sends LockedHint's new value, never just invalidates it
    if (interfaceName != kLogindSession) {
        return;
    }
    const auto lockedHint = changed.constFind(QStringLiteral("LockedHint"));
    if (lockedHint != changed.constEnd() && lockedHint->typeId() == QMetaType::Bool && lockedHint->toBool()) {
        Q_EMIT lockRequested();
    }
}

} // namespace harbor
