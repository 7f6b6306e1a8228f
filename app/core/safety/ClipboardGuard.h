// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QClipboard;

namespace harbor::safety {

// Anything copied from the journal leaves the clipboard after 30 s
// (SECURITY.md), and at once when the journal locks. Only what Harbor put
// there is cleared: text the user copied in another app is left alone, and
// so is anything copied after Harbor's text.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kClearAfterMs = 30 * 1000;
    // Whether Harbor owns the clipboard's current content; by default
    // QClipboard::ownsClipboard() (tests pass their own answer).
    using OwnershipCheck = std::function<bool()>;

    explicit ClipboardGuard(
        QClipboard *clipboard, int clearAfterMs = kClearAfterMs, OwnershipCheck owns = {}, QObject *parent = nullptr);

    // Watching while the journal is open; closing it clears what is ours.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

private:
    void clipboardChanged();
    void clearIfStillOurs();
    [[nodiscard]] QByteArray fingerprint() const;

    QClipboard *m_clipboard;
    OwnershipCheck m_owns;
    QTimer m_timer;
    QByteArray m_copied; // fingerprint of what Harbor copied
    bool m_active = false;
};

} // namespace harbor::safety
