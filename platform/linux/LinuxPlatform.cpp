// SPDX-License-Identifier: GPL-3.0-or-later
#include "linux/LinuxPlatform.h"

#include "linux/SessionLockWatcher.h"
#include "safety/PhoneNumber.h"

#include <QDBusConnection>
#include <QDesktopServices>
#include <QProcess>

#include <utility>

namespace harbor {

LinuxPlatform::LinuxPlatform() = default;
LinuxPlatform::~LinuxPlatform() = default;

Platform::FormFactor LinuxPlatform::formFactor() const
{
    return FormFactor::Desktop;
}

void LinuxPlatform::dial(const safety::PhoneNumber &number, DialCallback done)
{
    // Ask asynchronously whether anything handles tel: so the UI never waits.
    auto *query = new QProcess();
    QObject::connect(query, &QProcess::finished, query,
        [query, url = number.telUrl(), done](int exitCode, QProcess::ExitStatus status) {
            const bool hasHandler = status == QProcess::NormalExit && exitCode == 0
                && !query->readAllStandardOutput().trimmed().isEmpty();
            query->deleteLater();
            if (hasHandler && QDesktopServices::openUrl(url)) {
                done(DialOutcome::HandedToDialer);
            } else {
                done(DialOutcome::NoDialer);
            }
        });
    QObject::connect(query, &QProcess::errorOccurred, query, [query, done](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            query->deleteLater();
            done(DialOutcome::NoDialer);
        }
    });
    query->start(QStringLiteral("xdg-mime"),
        { QStringLiteral("query"), QStringLiteral("default"), QStringLiteral("x-scheme-handler/tel") });
}

void LinuxPlatform::watchSessionLock(SessionLockCallback onLock)
{
    if (!m_sessionLockWatcher) {
        m_sessionLockWatcher
            = std::make_unique<SessionLockWatcher>(QDBusConnection::systemBus(), QDBusConnection::sessionBus());
    }
    QObject::connect(m_sessionLockWatcher.get(), &SessionLockWatcher::lockRequested, m_sessionLockWatcher.get(),
        [onLock = std::move(onLock)] { onLock(); });
}

} // namespace harbor
