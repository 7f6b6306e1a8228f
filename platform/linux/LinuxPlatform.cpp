// SPDX-License-Identifier: GPL-3.0-or-later
#include "linux/LinuxPlatform.h"

#include "linux/OpenUriPortal.h"
#include "linux/SessionLockWatcher.h"
#include "safety/PhoneNumber.h"
#include "shell/DataDirectory.h"

#include <QDBusConnection>
#include <QProcess>
#include <QUrl>

#include <utility>

namespace harbor {

namespace {
// Not QDesktopServices: it would start xdg-open with Harbor's own, confined
// environment.
bool startOpener(const QUrl &url, const QProcessEnvironment &environment)
{
    if (!url.isValid() || url.scheme().isEmpty()) {
        return false;
    }
    QProcess opener;
    opener.setProgram(QStringLiteral("xdg-open"));
    opener.setArguments({ url.toString(QUrl::FullyEncoded) });
    opener.setProcessEnvironment(environment);
    opener.setStandardInputFile(QProcess::nullDevice());
    opener.setStandardOutputFile(QProcess::nullDevice());
    opener.setStandardErrorFile(QProcess::nullDevice());
    return opener.startDetached();
}
} // namespace

// QProcessEnvironment has no move constructor: a copy either way.
LinuxPlatform::LinuxPlatform(const QProcessEnvironment &childEnvironment)
    : m_childEnvironment(childEnvironment)
{
}

LinuxPlatform::LinuxPlatform()
    : LinuxPlatform(shell::DataDirectory::userEnvironment())
{
}

LinuxPlatform::~LinuxPlatform() = default;

Platform::FormFactor LinuxPlatform::formFactor() const
{
    return FormFactor::Desktop;
}

void LinuxPlatform::dial(const safety::PhoneNumber &number, DialCallback done)
{
    if (OpenUriPortal::isSandboxed()) {
        if (!m_portal) {
            m_portal = std::make_unique<OpenUriPortal>(QDBusConnection::sessionBus());
        }
        // No handler and "cancelled" come back as answers: the call sheet shows.
        m_portal->open(number.telUrl(), [done = std::move(done)](OpenUriPortal::Result result) {
            done(result == OpenUriPortal::Result::Opened ? DialOutcome::HandedToDialer : DialOutcome::NoDialer);
        });
        return;
    }
    // Ask asynchronously whether anything handles tel: so the UI never waits.
    auto *query = new QProcess();
    query->setProcessEnvironment(m_childEnvironment);
    QObject::connect(query, &QProcess::finished, query,
        [query, url = number.telUrl(), environment = m_childEnvironment, done](
            int exitCode, QProcess::ExitStatus status) {
            const bool hasHandler = status == QProcess::NormalExit && exitCode == 0
                && !query->readAllStandardOutput().trimmed().isEmpty();
            query->deleteLater();
            if (hasHandler && startOpener(url, environment)) {
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

bool LinuxPlatform::openUrl(const QUrl &url)
{
    return startOpener(url, m_childEnvironment);
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
