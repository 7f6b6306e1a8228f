// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QUrl;

namespace harbor {

namespace safety {
class PhoneNumber;
}

// Everything Harbor asks of the operating system goes through this interface:
// one implementation per OS (chosen in platform/CMakeLists.txt and created in
// platform/createPlatform.cpp), and a fake for tests.
//
// Session lock, per OS (watchSessionLock). Where a platform has no
// equivalent, its implementation says so and does nothing; idle time and
// going to the background still lock the journal everywhere (app/core).
// - Linux (done, platform/linux/SessionLockWatcher): logind on the system bus
//   (our session's Lock signal and LockedHint, the Manager's
//   PrepareForSleep(true)) and the screensavers' ActiveChanged(true) on the
//   session bus (org.freedesktop.ScreenSaver, org.gnome.ScreenSaver).
// - Android (to do): no session-lock callback for apps; the activity's onStop
//   (screen off, keyguard, app switch) locks, and FLAG_SECURE hides the
//   journal from the app switcher and screenshots.
// - iOS (to do): UIApplicationProtectedDataWillBecomeUnavailable (device
//   locking, needs a passcode) plus the background transition.
// - Windows (to do): WTSRegisterSessionNotification, WM_WTSSESSION_CHANGE with
//   WTS_SESSION_LOCK; PBT_APMSUSPEND for sleep.
// - macOS (to do): the distributed notification com.apple.screenIsLocked, and
//   NSWorkspaceWillSleepNotification for sleep.
class Platform
{
public:
    enum class FormFactor {
        Phone,
        Desktop,
    };

    enum class DialOutcome {
        // The system dialer (tel: handler, Android ACTION_DIAL) has the number.
        HandedToDialer,
        // Nothing here can place a call: show the number, copy and QR code.
        NoDialer,
    };

    using DialCallback = std::function<void(DialOutcome)>;
    using SessionLockCallback = std::function<void()>;

    Platform() = default;
    virtual ~Platform() = default;
    Platform(const Platform &) = delete;
    Platform &operator=(const Platform &) = delete;

    [[nodiscard]] virtual FormFactor formFactor() const = 0;

    // Opens the platform's dialer with the number; never places the call
    // itself. `done` is called exactly once, possibly later.
    virtual void dial(const safety::PhoneNumber &number, DialCallback done) = 0;

    // Hands a URL (a website, sms:, a file Harbor wrote) to the program the
    // user chose for it, started with the environment the user started
    // Harbor with (shell::DataDirectory::userEnvironment()), never Harbor's
    // confined one. Returns false when nothing could be started. The caller
    // has already said what opening leaves behind (browser history).
    virtual bool openUrl(const QUrl &url) = 0;

    // Calls `onLock` on the GUI thread whenever the user's session locks or
    // the machine is about to sleep, for as long as the platform lives. One
    // lock may be reported more than once (several sources announce it), so
    // `onLock` must be idempotent. May be called again: every callback is
    // kept. Platforms that cannot tell do nothing (see the list above); so
    // does Linux without a reachable D-Bus, silently.
    virtual void watchSessionLock(SessionLockCallback onLock) = 0;
};

} // namespace harbor
