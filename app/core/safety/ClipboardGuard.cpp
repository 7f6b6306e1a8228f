// SPDX-License-Identifier: GPL-3.0-or-later
#include "safety/ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>

namespace harbor::safety {

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, int clearAfterMs, OwnershipCheck owns, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
    , m_owns(owns ? std::move(owns) : OwnershipCheck([clipboard] { return clipboard && clipboard->ownsClipboard(); }))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfterMs);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfStillOurs);
    if (m_clipboard) {
        connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::clipboardChanged);
    }
}

QByteArray ClipboardGuard::fingerprint() const
{
    // A hash, so the guard itself never keeps a copy of journal text.
    const QMimeData *data = m_clipboard ? m_clipboard->mimeData() : nullptr;
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

void ClipboardGuard::clipboardChanged()
{
    if (!m_active) {
        return;
    }
    m_copied = m_owns() ? fingerprint() : QByteArray();
    if (m_copied.isEmpty()) {
        // Someone else's text, or nothing: none of ours is left to clear.
        m_timer.stop();
        return;
    }
    m_timer.start();
}

void ClipboardGuard::clearIfStillOurs()
{
    if (m_clipboard && !m_copied.isEmpty() && m_owns() && fingerprint() == m_copied) {
        m_clipboard->clear();
    }
    m_copied.clear();
}

} // namespace harbor::safety
