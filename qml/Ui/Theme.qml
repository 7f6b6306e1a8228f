// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import Harbor.Ui

// Colours, sizes and spacing for every screen. Follows the system's light or
// dark palette unless the user chose one in Settings. Every pair of colours
// the views put together is listed in contrastPairs, and tst_contrast.qml
// checks each against WCAG 2.1 AA in both themes.
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
    // Control boundaries (fields, buttons, pickers): 3:1 on every surface a
    // control sits on (WCAG 1.4.11).
    readonly property color outline: dark ? "#8a9197" : "#767d81"
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

    // Every foreground/background pair the views use, by property name
    // ("severityColors.1": an entry of that list). min is the WCAG 2.1 AA
    // ratio: 4.5 for text, 3 for control boundaries, focus rings and
    // graphics. Every colour above must appear here (tst_contrast.qml).
    readonly property var contrastPairs: [
        // Text and its placeholders, links and icons on each surface.
        { fg: "text", bg: "background", min: 4.5 },
        { fg: "text", bg: "surface", min: 4.5 },
        { fg: "text", bg: "surfaceVariant", min: 4.5 },
        { fg: "text", bg: "selection", min: 4.5 },
        { fg: "mutedText", bg: "background", min: 4.5 },
        { fg: "mutedText", bg: "surface", min: 4.5 },
        { fg: "mutedText", bg: "surfaceVariant", min: 4.5 },
        { fg: "mutedText", bg: "selection", min: 4.5 },
        { fg: "accent", bg: "background", min: 4.5 },
        { fg: "accent", bg: "surface", min: 4.5 },
        { fg: "accent", bg: "surfaceVariant", min: 4.5 },
        { fg: "accent", bg: "selection", min: 4.5 },
        { fg: "textOnAccent", bg: "accent", min: 4.5 },
        { fg: "errorText", bg: "background", min: 4.5 },
        { fg: "errorText", bg: "surface", min: 4.5 },
        { fg: "errorText", bg: "surfaceVariant", min: 4.5 },
        { fg: "textOnEmergency", bg: "emergency", min: 4.5 },
        { fg: "textOnEmergency", bg: "emergencyPressed", min: 4.5 },
        { fg: "textOnSeverity", bg: "severityColors.0", min: 4.5 },
        { fg: "textOnSeverity", bg: "severityColors.1", min: 4.5 },
        { fg: "textOnSeverity", bg: "severityColors.2", min: 4.5 },
        // Control boundaries: fields on the page, on cards and on panels;
        // buttons and pickers when pressed or checked.
        { fg: "outline", bg: "background", min: 3 },
        { fg: "outline", bg: "surface", min: 3 },
        { fg: "outline", bg: "surfaceVariant", min: 3 },
        { fg: "outline", bg: "selection", min: 3 },
        // The focus ring around a control, on whatever it sits on.
        { fg: "focusRing", bg: "background", min: 3 },
        { fg: "focusRing", bg: "surface", min: 3 },
        { fg: "focusRing", bg: "surfaceVariant", min: 3 },
        { fg: "focusRing", bg: "selection", min: 3 },
        // Timeline bars and severity badges on the page and on cards.
        { fg: "severityColors.0", bg: "background", min: 3 },
        { fg: "severityColors.1", bg: "background", min: 3 },
        { fg: "severityColors.2", bg: "background", min: 3 },
        { fg: "severityColors.0", bg: "surface", min: 3 },
        { fg: "severityColors.1", bg: "surface", min: 3 },
        { fg: "severityColors.2", bg: "surface", min: 3 }
    ]

    // Never smaller than a finger: WCAG 2.5.5 / platform guidelines.
    readonly property int touchTarget: 48
    readonly property int spacing: 8
    readonly property int margin: 16
    readonly property int radius: 8
    // The window width under which the phone layout is used.
    readonly property int compactWidth: 600

    // Sizes follow the system font, times the text size chosen in Settings
    // (Preferences.textScale, up to 200 %). The window's font uses
    // baseFontSize, so every control and label scales with it.
    readonly property FontMetrics systemFont: FontMetrics {}
    readonly property real systemFontSize: systemFont.font.pixelSize > 0
        ? systemFont.font.pixelSize : Math.round(systemFont.font.pointSize * 4 / 3)
    readonly property real baseFontSize: Math.round(systemFontSize * Preferences.textScale)
    readonly property real smallFontSize: Math.round(baseFontSize * 0.9)
    readonly property real titleFontSize: Math.round(baseFontSize * 1.6)
    readonly property real headlineFontSize: Math.round(baseFontSize * 2.6)
}
