// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import Harbor.Ui

// Colours, sizes and spacing for every screen. Follows the system's light or
// dark palette unless the user chose one in Settings. Colour pairs meet
// WCAG AA contrast (4.5:1 for text) in both themes.
QtObject {
    id: theme

    readonly property SystemPalette systemPalette: SystemPalette {
        colorGroup: SystemPalette.Active
    }

    readonly property bool dark: Preferences.theme === "dark"
        || (Preferences.theme === "system" && systemPalette.window.hslLightness < 0.5)

    readonly property color background: dark ? "#121416" : "#f7f7f4"
    readonly property color surface: dark ? "#1e2226" : "#ffffff"
    readonly property color surfaceVariant: dark ? "#2a3036" : "#e8eeed"
    readonly property color text: dark ? "#e6e2e6" : "#1b1c1f"
    readonly property color mutedText: dark ? "#c4c7c9" : "#44484c"
    readonly property color accent: dark ? "#7fd6d3" : "#00656a"
    readonly property color textOnAccent: dark ? "#00312f" : "#ffffff"
    readonly property color selection: dark ? "#21474a" : "#cde8e6"
    readonly property color outline: dark ? "#5b6268" : "#9aa2a6"
    // The emergency colour keeps white text at 6.6:1 in both themes.
    readonly property color emergency: "#b3261e"
    readonly property color emergencyPressed: "#8c1d18"
    readonly property color textOnEmergency: "#ffffff"
    // Error text: AA contrast on the background in both themes.
    readonly property color errorText: dark ? "#ffb4ab" : "#b3261e"
    readonly property color focusRing: dark ? "#ffd166" : "#1a4fd6"

    // Journal severities (note, concern, urgent), AA with textOnSeverity;
    // always shown with their name too, never by colour alone.
    readonly property var severityColors: dark ? ["#9ccfd8", "#ffd166", "#ffb4ab"] : ["#3d5a80", "#8a5a00", "#b3261e"]
    readonly property color textOnSeverity: dark ? "#1b1c1f" : "#ffffff"

    // Never smaller than a finger: WCAG 2.5.5 / platform guidelines.
    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    // The window width under which the phone layout is used.
    readonly property int compactWidth: 600

    // Sizes follow the system font so text scales with the user's setting.
    readonly property FontMetrics systemFont: FontMetrics {}
    readonly property real baseFontSize: systemFont.font.pixelSize > 0
        ? systemFont.font.pixelSize : Math.round(systemFont.font.pointSize * 4 / 3)
    readonly property real smallFontSize: Math.round(baseFontSize * 0.9)
    readonly property real titleFontSize: Math.round(baseFontSize * 1.6)
    readonly property real headlineFontSize: Math.round(baseFontSize * 2.6)
}
