// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/AutoLockPolicy.h"

#include "safety/Clock.h"

#include <algorithm>

namespace harbor::safety {

AutoLockPolicy::AutoLockPolicy(const Clock &clock)
    : m_clock(clock)
    , m_lastActivityMs(clock.sinceBootMs())
{
}

void AutoLockPolicy::setIdleTimeoutMs(qint64 ms)
{
    m_idleMs = std::clamp(ms, kMinIdleMs, kMaxIdleMs);
}

void AutoLockPolicy::setBackgroundGraceMs(qint64 ms)
{
    m_graceMs = std::clamp<qint64>(ms, 0, kMaxGraceMs);
}

void AutoLockPolicy::noteActivity()
{
    if (msUntilLock() == 0) {
        m_lockDue = true; // input after the deadline does not cancel the lock
    }
    m_lastActivityMs = m_clock.sinceBootMs();
}

void AutoLockPolicy::noteApplicationActive(bool active)
{
    if (active == m_active) {
        return;
    }
    if (active) {
        // Back within the grace period: that counts as activity. Back after
        // it: the lock is due even if no timer fired while away (suspended).
        m_lockDue = m_lockDue || msUntilLock() == 0;
        m_active = true;
        m_lastActivityMs = m_clock.sinceBootMs();
    } else {
        m_active = false;
        m_inactiveSinceMs = m_clock.sinceBootMs();
    }
}

void AutoLockPolicy::restart()
{
    m_lockDue = false;
    m_lastActivityMs = m_clock.sinceBootMs();
    m_inactiveSinceMs = m_lastActivityMs;
}

qint64 AutoLockPolicy::msUntilLock() const
{
    if (m_lockDue) {
        return 0;
    }
    const qint64 now = m_clock.sinceBootMs();
    qint64 remaining = std::max<qint64>(0, m_lastActivityMs + m_idleMs - now);
    if (!m_active) {
        remaining = std::min(remaining, std::max<qint64>(0, m_inactiveSinceMs + m_graceMs - now));
    }
    return remaining;
}

} // namespace harbor::safety
