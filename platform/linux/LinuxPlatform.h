// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"

#include <QProcessEnvironment>

#include <memory>

namespace harbor {

class OpenUriPortal;
class SessionLockWatcher;

// Desktop Linux: a tel: URL goes to the desktop's handler when one is
// registered (xdg-mime); otherwise the caller shows the number to dial by hand.
// In a Flatpak sandbox xdg-mime sees only the sandbox, so tel: goes through
// the OpenURI portal instead, and its answer decides (OpenUriPortal).
// Websites, sms: and files go to xdg-open. Both run with the environment the
// user started Harbor with, not the one --data-dir confines Harbor to, so
// they find the user's own handlers. Session lock and sleep come from logind
// and the screensavers over D-Bus (SessionLockWatcher).
class LinuxPlatform final : public Platform
{
public:
    // `childEnvironment`: what xdg-mime and xdg-open are started with.
    explicit LinuxPlatform(const QProcessEnvironment &childEnvironment);
    LinuxPlatform();
    ~LinuxPlatform() override;

    [[nodiscard]] FormFactor formFactor() const override;
    void dial(const safety::PhoneNumber &number, DialCallback done) override;
    bool openUrl(const QUrl &url) override;
    void watchSessionLock(SessionLockCallback onLock) override;

private:
    QProcessEnvironment m_childEnvironment;
    // Created at the first watchSessionLock(), on the real system and session buses.
    std::unique_ptr<SessionLockWatcher> m_sessionLockWatcher;
    // Created at the first dial() in a sandbox, on the session bus.
    std::unique_ptr<OpenUriPortal> m_portal;
};

} // namespace harbor
