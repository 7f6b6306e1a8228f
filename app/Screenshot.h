// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQuickWindow;

namespace harbor::app {

// Renders the window once it has shown a frame and writes it as PNG.
// Returns the process exit code (0 on success, 1 with a message on failure).
[[nodiscard]] int saveScreenshot(QQuickWindow &window, const QString &path);

} // namespace harbor::app
