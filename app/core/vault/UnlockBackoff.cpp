// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/UnlockBackoff.h"

#include "safety/Clock.h"
#include "vault/AtomicFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace harbor::vault {

namespace {
constexpr int kMaxCountedFailures = 64;
const QString kFailures = QStringLiteral("failures");
const QString kBoot = QStringLiteral("boot_id");
const QString kSinceBoot = QStringLiteral("last_failure_since_boot_ms");
} // namespace

UnlockBackoff::UnlockBackoff(QString path, const safety::Clock &clock)
    : m_path(std::move(path))
    , m_clock(clock)
{
    load();
}

qint64 UnlockBackoff::delayAfter(int failures)
{
    if (failures <= 0) {
        return 0;
    }
    // 2^(failures-1) seconds; past 2^9 s the cap applies anyway.
    const int exponent = std::min(failures - 1, 9);
    return std::min<qint64>((qint64 { 1 } << exponent) * 1000, kMaxDelayMs);
}

qint64 UnlockBackoff::remainingMs() const
{
    if (m_failures == 0) {
        return 0;
    }
    const qint64 delay = delayAfter(m_failures);
    if (m_bootId != m_clock.bootId()) {
        // Rebooted while this object lived (or the system names no boot):
        // the boot clock means nothing across boots, so the wait is whole.
        return delay;
    }
    const qint64 elapsed = std::max<qint64>(0, m_clock.sinceBootMs() - m_lastFailureSinceBootMs);
    return std::clamp<qint64>(delay - elapsed, 0, delay);
}

void UnlockBackoff::recordFailure()
{
    m_failures = std::min(m_failures + 1, kMaxCountedFailures);
    restartWaitNow();
    save();
}

void UnlockBackoff::reset()
{
    if (m_failures == 0 && !QFile::exists(m_path)) {
        return;
    }
    m_failures = 0;
    m_lastFailureSinceBootMs = 0;
    QFile::remove(m_path);
}

void UnlockBackoff::restartWaitNow()
{
    m_bootId = m_clock.bootId();
    m_lastFailureSinceBootMs = m_clock.sinceBootMs();
}

void UnlockBackoff::load()
{
    QByteArray bytes;
    if (!AtomicFile::read(m_path, 4096, &bytes)) {
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject object = document.object();
    const int failures = object.value(kFailures).toInt(-1);
    // A record from before the boot clock (wall-clock time only) counts as
    // written in another boot.
    const bool wallClockRecord
        = !object.contains(kSinceBoot) && object.value(QStringLiteral("last_failure_ms")).toDouble(-1) >= 0;
    const qint64 last = wallClockRecord ? 0 : static_cast<qint64>(object.value(kSinceBoot).toDouble(-1));
    const QByteArray boot = object.value(kBoot).toString().toLatin1();
    if (!document.isObject() || failures < 0 || last < 0) {
        // A damaged record is treated as the longest wait, not as none.
        m_failures = kMaxCountedFailures;
        restartWaitNow();
        return;
    }
    m_failures = std::min(failures, kMaxCountedFailures);
    if (m_failures == 0) {
        return;
    }
    if (boot.isEmpty() || boot != m_clock.bootId() || last > m_clock.sinceBootMs()) {
        // Written in another boot: the wait starts again from now, once
        // (saved, so restarting the app in this boot does not restart it again).
        restartWaitNow();
        save();
        return;
    }
    m_bootId = boot;
    m_lastFailureSinceBootMs = last;
}

void UnlockBackoff::save() const
{
    const QJsonObject object { { kFailures, m_failures }, { kBoot, QString::fromLatin1(m_bootId) },
        { kSinceBoot, static_cast<double>(m_lastFailureSinceBootMs) } };
    // Best effort: a full disk must not stop an unlock attempt from failing cleanly.
    (void)AtomicFile::write(m_path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace harbor::vault
