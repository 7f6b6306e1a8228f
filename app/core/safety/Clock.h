// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <algorithm>

namespace harbor::safety {

// Time, behind an interface so tests can move it. Two clocks:
// - the wall clock dates what the user writes (entries, updates);
// - the boot clock times waits (auto-lock, unlock back-off). It counts from
//   boot, keeps counting through suspend (Linux CLOCK_BOOTTIME) and cannot be
//   moved by setting the date, so a wall clock moved forward or back neither
//   skips a wait nor stretches one. It only means something together with
//   the boot it was read in (bootId()).
class Clock
{
public:
    Clock() = default;
    virtual ~Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    // Milliseconds since the epoch, UTC.
    [[nodiscard]] virtual qint64 nowMs() const = 0;
    // Milliseconds since boot, suspend included; never goes back within a boot.
    [[nodiscard]] virtual qint64 sinceBootMs() const = 0;
    // Names the current boot (Linux: /proc/sys/kernel/random/boot_id). Empty
    // where the system does not say: then every start counts as a new boot.
    [[nodiscard]] virtual QByteArray bootId() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
    [[nodiscard]] qint64 sinceBootMs() const override;
    [[nodiscard]] QByteArray bootId() const override;
};

// For tests: time moves only when told. advance() moves both clocks, as time
// passing does; setWall() moves only the wall clock, as a user changing the
// date does; reboot() starts a new boot.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 1'800'000'000'000)
        : m_now(startMs)
    {
    }
    [[nodiscard]] qint64 nowMs() const override { return m_now; }
    [[nodiscard]] qint64 sinceBootMs() const override { return m_sinceBoot; }
    [[nodiscard]] QByteArray bootId() const override { return QByteArray::number(m_boot); }
    void advance(qint64 ms)
    {
        m_now += ms;
        m_sinceBoot += std::max<qint64>(ms, 0);
    }
    void setWall(qint64 ms) { m_now = ms; }
    void reboot(qint64 sinceBootMs = 20'000)
    {
        ++m_boot;
        m_sinceBoot = sinceBootMs;
    }

private:
    qint64 m_now;
    qint64 m_sinceBoot = 3'600'000;
    int m_boot = 1;
};

} // namespace harbor::safety
