// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQuickWindow;

namespace harbor::app {

// Waits (running the event loop) until the window has shown a frame.
// Returns false if none came within `timeoutMs`.
[[nodiscard]] bool waitForFrame(QQuickWindow &window, int timeoutMs = 10000);

// Checks that both emergency buttons are visible inside the window, at least
// a touch target high, with an accessible name. Empty on success, else why not.
[[nodiscard]] QString checkEmergencyBar(QQuickWindow &window);

} // namespace harbor::app
