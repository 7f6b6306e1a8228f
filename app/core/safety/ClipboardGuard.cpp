// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/ClipboardGuard.h"

#include <QCryptographicHash>
#include <QMimeData>

namespace harbor::safety {

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, int clearAfterMs, OwnershipCheck owns, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_owns(owns ? std::move(owns) : OwnershipCheck([clipboard](QClipboard::Mode mode) {
        return clipboard && (mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard());
    }))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfStillOurs);
    if (m_clipboard) {
        connect(m_clipboard, &QClipboard::changed, this, &ClipboardGuard::clipboardChanged);
    }
}

ClipboardGuard::~ClipboardGuard()
{
    // Quitting within the delay: the platform would hand our text to a
    // clipboard manager that outlives the app.
    if (m_timer.isActive()) {
        clearIfStillOurs();
    }
}

QByteArray ClipboardGuard::fingerprint(QClipboard::Mode mode) const
{
    // A hash, so the guard itself never keeps a copy of journal text.
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

void ClipboardGuard::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    if (!active && m_timer.isActive()) {
        m_timer.stop();
        clearIfStillOurs();
    }
}

void ClipboardGuard::clipboardChanged(QClipboard::Mode mode)
{
    if (!m_active || (mode != QClipboard::Clipboard && mode != QClipboard::Selection)) {
        return;
    }
    m_copied[slot(mode)] = m_owns(mode) ? fingerprint(mode) : QByteArray();
    if (m_copied[0].isEmpty() && m_copied[1].isEmpty()) {
        // Someone else's text, or nothing: none of ours is left to clear.
        m_timer.stop();
        return;
    }
    if (!m_copied[slot(mode)].isEmpty()) {
        m_timer.start();
    }
}

void ClipboardGuard::clearIfStillOurs()
{
    for (const QClipboard::Mode mode : kModes) {
        QByteArray &copied = m_copied[slot(mode)];
        if (m_clipboard && !copied.isEmpty() && m_owns(mode) && fingerprint(mode) == copied) {
            m_clipboard->clear(mode);
        }
        copied.clear();
    }
}

} // namespace harbor::safety
