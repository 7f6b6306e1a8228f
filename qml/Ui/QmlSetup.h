// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace harbor::ui {

// The Quick Controls style every Harbor window uses. Call before any engine.
void setUpStyle();

// Harbor's static QML modules live in resources under ":/<URI path>"; Qt 6.4
// only finds their qmldir files (and so their QML types) with ":/" on the
// import path. The app and every QML test call this on their engine.
void setUpEngine(QQmlEngine &engine);

} // namespace harbor::ui
