// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlApplicationEngine;

namespace harbor::ui {
class Preferences;
}

namespace harbor::app {

// Loads the whole UI and walks it: both layouts, every destination, the call
// sheet, light and dark, English and Spanish. Returns the process exit code:
// 0 when no QML warning or error appeared and the emergency bar was always
// there, 1 otherwise (each problem is printed).
[[nodiscard]] int runSelfTest(QQmlApplicationEngine &engine, ui::Preferences &preferences);

} // namespace harbor::app
