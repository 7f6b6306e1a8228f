// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/Clock.h"

#include <QDateTime>
#include <QFile>

#include <ctime>

namespace harbor::safety {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::sinceBootMs() const
{
    timespec now {};
#ifdef CLOCK_BOOTTIME
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
#endif
    {
        clock_gettime(CLOCK_MONOTONIC, &now);
    }
    return static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
}

QByteArray SystemClock::bootId() const
{
    static const QByteArray id = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? file.read(64).trimmed() : QByteArray();
    }();
    return id;
}

} // namespace harbor::safety
