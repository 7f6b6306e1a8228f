// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>

namespace harbor::safety {

// Anything copied from the journal leaves the clipboard after 30 s
// (SECURITY.md), at once when the journal locks, and when Harbor quits.
// Both the clipboard and, on X11/Wayland, the primary selection (text
// selected with the mouse) are watched. Only what Harbor put there is
// cleared: text copied in another app, or copied after Harbor's, is left.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kClearAfterMs = 30 * 1000;
    // Whether Harbor owns the content of that clipboard mode; by default
    // QClipboard::ownsClipboard()/ownsSelection() (tests pass their own).
    using OwnershipCheck = std::function<bool(QClipboard::Mode)>;

    explicit ClipboardGuard(
        QClipboard *clipboard, int clearAfterMs = kClearAfterMs, OwnershipCheck owns = {}, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Watching while the journal is open; closing it clears what is ours.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }

private:
    static constexpr std::array<QClipboard::Mode, 2> kModes = { QClipboard::Clipboard, QClipboard::Selection };
    void clipboardChanged(QClipboard::Mode mode);
    void clearIfStillOurs();
    [[nodiscard]] QByteArray fingerprint(QClipboard::Mode mode) const;
    [[nodiscard]] static size_t slot(QClipboard::Mode mode) { return mode == QClipboard::Selection ? 1 : 0; }

    QClipboard *m_clipboard;
    OwnershipCheck m_owns;
    QTimer m_timer;
    std::array<QByteArray, 2> m_copied; // fingerprints of what Harbor copied, per mode
    bool m_active = false;
};

} // namespace harbor::safety
