// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/ClipboardGuard.h"

#include "safety/Clock.h"

#include <QCryptographicHash>
#include <QMimeData>

#include <utility>

namespace harbor::safety {

namespace {
const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, int clearAfterMs, OwnershipCheck owns, QObject *parent)
    : ClipboardGuard(clipboard, systemClock(), clearAfterMs, std::move(owns), parent)
{
}

ClipboardGuard::ClipboardGuard(
    QClipboard *clipboard, const Clock &clock, int clearAfterMs, OwnershipCheck owns, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_clock(clock)
    , m_clearAfterMs(clearAfterMs)
    , m_owns(owns ? std::move(owns) : OwnershipCheck([clipboard](QClipboard::Mode mode) {
        return clipboard && (mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard());
    }))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::checkDeadline);
    if (m_clipboard) {
        connect(m_clipboard, &QClipboard::changed, this, &ClipboardGuard::clipboardChanged);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // Quitting within the delay: the platform would hand our text to a
    // clipboard manager that outlives the app.
    if (isPending()) {
        clearNow();
    }
}

QByteArray ClipboardGuard::fingerprint(QClipboard::Mode mode) const
{
    // A hash, so the guard itself never keeps a copy of what was copied.
    const QMimeData *data = m_clipboard ? m_clipboard->mimeData(mode) : nullptr;
    if (!data || data->formats().isEmpty()) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &format : data->formats()) {
        hash.addData(format.toUtf8());
        hash.addData(data->data(format));
    }
    return hash.result();
}

qint64 ClipboardGuard::remainingMs() const
{
    return isPending() ? std::max<qint64>(0, m_deadlineMs - m_clock.sinceBootMs()) : -1;
}

void ClipboardGuard::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (!active && isPending()) {
        clearNow();
    }
}

void ClipboardGuard::copy(const QString &text)
{
    if (!m_clipboard) {
        return;
    }
    m_copying = true;
    m_clipboard->setText(text, QClipboard::Clipboard);
    m_copying = false;
    // Harbor put it there itself: tracked even where the platform cannot
    // say who owns the clipboard (then it is cleared if it is unchanged).
    const size_t index = slot(QClipboard::Clipboard);
    m_copied[index] = fingerprint(QClipboard::Clipboard);
    m_putByCopy[index] = !m_copied[index].isEmpty();
    if (m_putByCopy[index]) {
        arm();
    }
}

void ClipboardGuard::clipboardChanged(QClipboard::Mode mode)
{
    if (m_copying || (mode != QClipboard::Clipboard && mode != QClipboard::Selection)) {
        return;
    }
    const size_t index = slot(mode);
    if (m_putByCopy[index] && fingerprint(mode) == m_copied[index]) {
        return; // copy()'s own change, announced late
    }
    m_putByCopy[index] = false;
    if (!m_active) {
        // Not watching: only forget a copy() that was replaced.
        m_copied[index].clear();
        if (m_copied[0].isEmpty() && m_copied[1].isEmpty()) {
            m_timer.stop();
            m_deadlineMs = -1;
        }
        return;
    }
    remember(mode);
}

void ClipboardGuard::remember(QClipboard::Mode mode)
{
    m_copied[slot(mode)] = m_owns(mode) ? fingerprint(mode) : QByteArray();
    if (m_copied[0].isEmpty() && m_copied[1].isEmpty()) {
        // Someone else's text, or nothing: none of ours is left to clear.
        m_timer.stop();
        m_deadlineMs = -1;
        return;
    }
    if (!m_copied[slot(mode)].isEmpty()) {
        arm();
    }
}

void ClipboardGuard::arm()
{
    // Only the newest copy's delay counts.
    m_deadlineMs = m_clock.sinceBootMs() + m_clearAfterMs;
    m_timer.start(m_clearAfterMs);
}

void ClipboardGuard::checkDeadline()
{
    if (!isPending()) {
        return;
    }
    const qint64 left = m_deadlineMs - m_clock.sinceBootMs();
    if (left <= 0) {
        clearNow();
    } else {
        // Woken early (a coarse timer): wait for the rest.
        m_timer.start(static_cast<int>(std::min<qint64>(left, m_clearAfterMs)));
    }
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    m_deadlineMs = -1;
    clearIfStillOurs();
}

void ClipboardGuard::clearIfStillOurs()
{
    for (const QClipboard::Mode mode : kModes) {
        const size_t index = slot(mode);
        const QByteArray copied = std::exchange(m_copied[index], QByteArray());
        const bool ours = std::exchange(m_putByCopy[index], false) || m_owns(mode);
        if (m_clipboard && !copied.isEmpty() && ours && fingerprint(mode) == copied) {
            m_clipboard->clear(mode);
        }
    }
}

} // namespace harbor::safety
