// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Platform.h"

#include <memory>

namespace harbor {

class SessionLockWatcher;

// Desktop Linux: a tel: URL goes to the desktop's handler when one is
// registered (xdg-mime); otherwise the caller shows the number to dial by hand.
// Session lock and sleep come from logind and the screensavers over D-Bus
// (SessionLockWatcher).
class LinuxPlatform final : public Platform
{
public:
    LinuxPlatform();
    ~LinuxPlatform() override;

    [[nodiscard]] FormFactor formFactor() const override;
    void dial(const safety::PhoneNumber &number, DialCallback done) override;
    void watchSessionLock(SessionLockCallback onLock) override;

private:
    // Created at the first watchSessionLock(), on the real system and session buses.
    std::unique_ptr<SessionLockWatcher> m_sessionLockWatcher;
};

} // namespace harbor
