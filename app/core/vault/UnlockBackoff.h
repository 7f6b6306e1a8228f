// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace harbor::safety {
class Clock;
}

namespace harbor::vault {

// Failed unlock attempts make the next one wait: 1 s, 2 s, 4 s … up to
// 5 min. Kept in a small file beside the vault so a restart does not reset
// it. (An attacker with the files can skip it; it stops guessing in the app.)
//
// Waits run on the boot clock (Clock::sinceBootMs), never the wall clock:
// setting the date forward does not skip a wait and setting it back does not
// stretch one. The record names the boot it was written in; after a reboot
// the boot clock starts again, so the current wait starts again from the
// first start after the reboot (at most kMaxDelayMs, never longer).
class UnlockBackoff
{
public:
    static constexpr qint64 kMaxDelayMs = qint64 { 5 } * 60 * 1000;

    UnlockBackoff(QString path, const safety::Clock &clock);

    [[nodiscard]] static qint64 delayAfter(int failures);
    // Milliseconds until the next attempt is allowed (0: now).
    [[nodiscard]] qint64 remainingMs() const;
    [[nodiscard]] int failures() const { return m_failures; }

    void recordFailure();
    void reset();

private:
    void load();
    void save() const;
    // The wait counts from now, in this boot (a reboot, a damaged record).
    void restartWaitNow();

    QString m_path;
    const safety::Clock &m_clock;
    int m_failures = 0;
    qint64 m_lastFailureSinceBootMs = 0;
    QByteArray m_bootId;
};

} // namespace harbor::vault
