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
}

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
    const qint64 now = m_clock.nowMs();
    // A clock set back before the last failure restarts the wait, not skips it.
    const qint64 elapsed = std::max<qint64>(0, now - m_lastFailureMs);
    return std::max<qint64>(0, delayAfter(m_failures) - elapsed);
}

void UnlockBackoff::recordFailure()
{
    m_failures = std::min(m_failures + 1, kMaxCountedFailures);
    m_lastFailureMs = m_clock.nowMs();
    save();
}

void UnlockBackoff::reset()
{
    if (m_failures == 0 && !QFile::exists(m_path)) {
        return;
    }
    m_failures = 0;
    m_lastFailureMs = 0;
    QFile::remove(m_path);
}

void UnlockBackoff::load()
{
    QByteArray bytes;
    if (!AtomicFile::read(m_path, 4096, &bytes)) {
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const QJsonObject object = document.object();
    const int failures = object.value(QStringLiteral("failures")).toInt(-1);
    const qint64 last = static_cast<qint64>(object.value(QStringLiteral("last_failure_ms")).toDouble(-1));
    if (!document.isObject() || failures < 0 || last < 0) {
        // A damaged record is treated as the longest wait, not as none.
        m_failures = kMaxCountedFailures;
        m_lastFailureMs = m_clock.nowMs();
        return;
    }
    m_failures = std::min(failures, kMaxCountedFailures);
    m_lastFailureMs = last;
}

void UnlockBackoff::save() const
{
    const QJsonObject object { { QStringLiteral("failures"), m_failures },
        { QStringLiteral("last_failure_ms"), static_cast<double>(m_lastFailureMs) } };
    // Best effort: a full disk must not stop an unlock attempt from failing cleanly.
    (void)AtomicFile::write(m_path, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace harbor::vault
