// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QTimer>

#include <array>
#include <functional>

namespace harbor::safety {

class Clock;

// Anything Harbor copies (journal text, a phone number, a link) leaves the
// clipboard after 30 s (SECURITY.md), at once when the journal locks or on
// quick exit, and when Harbor quits. Both the clipboard and, on X11/Wayland,
// the primary selection (text selected with the mouse) are watched. Only
// what Harbor put there is cleared: text copied in another app, or copied
// after Harbor's, is left.
//
// The delay runs on the boot clock (Clock::sinceBootMs): time spent
// suspended counts, and tests move a ManualClock instead of sleeping. The
// timer only wakes the guard up to look at the clock (checkDeadline()).
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int kClearAfterMs = 30 * 1000;
    // Whether Harbor owns the content of that clipboard mode; by default
    // QClipboard::ownsClipboard()/ownsSelection() (tests pass their own).
    using OwnershipCheck = std::function<bool(QClipboard::Mode)>;

    // On the system's boot clock.
    explicit ClipboardGuard(
        QClipboard *clipboard, int clearAfterMs = kClearAfterMs, OwnershipCheck owns = {}, QObject *parent = nullptr);
    // On `clock`, which must outlive the guard.
    ClipboardGuard(QClipboard *clipboard, const Clock &clock, int clearAfterMs = kClearAfterMs,
        OwnershipCheck owns = {}, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    // Watching while active; becoming inactive clears what is ours.
    void setActive(bool active);
    [[nodiscard]] bool isActive() const { return m_active; }
    // Something Harbor copied is waiting to be cleared.
    [[nodiscard]] bool isPending() const { return m_deadlineMs >= 0; }
    // Milliseconds left before it is cleared (0 when due, -1 when nothing waits).
    [[nodiscard]] qint64 remainingMs() const;

    // Puts `text` on the clipboard as Harbor's, cleared like anything else
    // Harbor copies (also while the guard is inactive).
    void copy(const QString &text);
    // Clears what Harbor put there, now (quick exit, lock).
    void clearNow();
    // Clears what is due by the clock; the timer calls it, so may a test.
    void checkDeadline();

private:
    static constexpr std::array<QClipboard::Mode, 2> kModes = { QClipboard::Clipboard, QClipboard::Selection };
    void clipboardChanged(QClipboard::Mode mode);
    void remember(QClipboard::Mode mode);
    void arm();
    void clearIfStillOurs();
    [[nodiscard]] QByteArray fingerprint(QClipboard::Mode mode) const;
    [[nodiscard]] static size_t slot(QClipboard::Mode mode) { return mode == QClipboard::Selection ? 1 : 0; }

    QClipboard *m_clipboard;
    const Clock &m_clock;
    int m_clearAfterMs;
    OwnershipCheck m_owns;
    QTimer m_timer;
    qint64 m_deadlineMs = -1; // on m_clock.sinceBootMs(); -1: nothing waits
    std::array<QByteArray, 2> m_copied; // fingerprints of what Harbor copied, per mode
    std::array<bool, 2> m_putByCopy { false, false }; // put there by copy(), per mode
    bool m_active = false;
    bool m_copying = false;
};

} // namespace harbor::safety
