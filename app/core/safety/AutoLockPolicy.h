// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace harbor::safety {

class Clock;

// When the journal locks itself: after an idle time (default 5 min, 1–60
// min), and when the app has not been active for longer than a grace period
// (phones: at once; desktop: default 1 min). Deadlines run on the boot clock
// (Clock::sinceBootMs): changing the date neither locks early nor keeps an
// idle journal open, and time spent suspended counts as idle time.
class AutoLockPolicy
{
public:
    static constexpr qint64 kMinute = 60'000;
    static constexpr qint64 kDefaultIdleMs = 5 * kMinute;
    static constexpr qint64 kMinIdleMs = 1 * kMinute;
    static constexpr qint64 kMaxIdleMs = 60 * kMinute;
    static constexpr qint64 kDefaultDesktopGraceMs = 1 * kMinute;
    static constexpr qint64 kMaxGraceMs = 60 * kMinute;

    explicit AutoLockPolicy(const Clock &clock);

    void setIdleTimeoutMs(qint64 ms);
    [[nodiscard]] qint64 idleTimeoutMs() const { return m_idleMs; }
    void setBackgroundGraceMs(qint64 ms);
    [[nodiscard]] qint64 backgroundGraceMs() const { return m_graceMs; }

    // Call on user input, and when the app becomes active or inactive.
    void noteActivity();
    void noteApplicationActive(bool active);
    // Restart both clocks (after unlocking).
    void restart();

    // 0 when it is time to lock; otherwise how long until it is.
    [[nodiscard]] qint64 msUntilLock() const;
    [[nodiscard]] bool shouldLock() const { return msUntilLock() == 0; }

private:
    const Clock &m_clock;
    qint64 m_idleMs = kDefaultIdleMs;
    qint64 m_graceMs = kDefaultDesktopGraceMs;
    qint64 m_lastActivityMs = 0;
    bool m_active = true;
    qint64 m_inactiveSinceMs = 0;
    bool m_lockDue = false;
};

} // namespace harbor::safety
