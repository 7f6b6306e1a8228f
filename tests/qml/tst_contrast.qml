// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Settings
import Harbor.Ui

// Theme's colours against WCAG 2.1 AA in both themes: every pair the views
// use (Theme.contrastPairs) reaches its ratio, and no colour of the Theme is
// left out of that list. Then: the text size chosen on the Settings page
// scales the Theme's font sizes.
Item {
    id: root
    width: 480
    height: 1600

    Component {
        id: settingsComponent
        SettingsPage { anchors.fill: parent }
    }

    TestCase {
        id: contrast
        name: "Contrast"

        property string savedTheme
        // The singleton as an object: only then does for-in list its
        // properties (Qt 6.4 gives none through the type's name).
        property QtObject themeObject: Theme

        function initTestCase() {
            contrast.savedTheme = Preferences.theme
        }
        function cleanupTestCase() {
            Preferences.theme = contrast.savedTheme
        }
        function init() {
            failOnWarning(/.*/)
        }

        // WCAG 2.1 relative luminance: sRGB channels (0–1) made linear.
        function linear(channel) {
            return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4)
        }
        function luminance(color) {
            return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)
        }
        function ratio(a, b) {
            const la = luminance(a)
            const lb = luminance(b)
            return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
        }
        function isColor(value) {
            return value !== null && value !== undefined && typeof value === "object"
                && typeof value.r === "number" && typeof value.hslLightness === "number"
        }
        // A colour of the Theme by name: "outline", or "severityColors.1".
        function themeColor(name) {
            let value = Theme
            for (const part of name.split("."))
                value = value === undefined ? undefined : value[part]
            if (typeof value === "string")
                value = Qt.color(value) // a colour given as "#rrggbb"
            return isColor(value) ? value : undefined
        }
        // The names of every colour the Theme has, list entries included.
        function colorNames() {
            const names = []
            for (const key in contrast.themeObject) {
                const value = contrast.themeObject[key]
                if (isColor(value)) {
                    names.push(key)
                } else if (Array.isArray(value) && value.length > 0
                           && value.every(entry => typeof entry === "string" && entry.startsWith("#"))) {
                    for (let i = 0; i < value.length; ++i)
                        names.push(key + "." + i)
                }
            }
            return names
        }

        function test_ratioFollowsWcag() {
            compare(ratio(Qt.rgba(0, 0, 0, 1), Qt.rgba(1, 1, 1, 1)), 21)
            compare(ratio(Qt.rgba(1, 1, 1, 1), Qt.rgba(0, 0, 0, 1)), 21)
            compare(ratio(themeColor("surface"), themeColor("surface")), 1)
            // Reference values from the WCAG examples.
            fuzzyCompare(ratio(Qt.color("#767676"), Qt.color("#ffffff")), 4.54, 0.005)
            fuzzyCompare(ratio(Qt.color("#949494"), Qt.color("#ffffff")), 3.03, 0.005)
        }

        function test_everyColourIsPaired() {
            const pairs = Theme.contrastPairs
            verify(pairs.length > 0, "Theme.contrastPairs is empty")
            const names = colorNames()
            // The enumeration itself works: it finds colours we know of.
            for (const known of ["background", "text", "outline", "focusRing", "textOnSeverity", "severityColors.2"])
                verify(names.indexOf(known) >= 0, known + " not found among " + names.join(", "))
            const used = new Set()
            for (const pair of pairs) {
                const tag = pair.fg + " on " + pair.bg
                verify(themeColor(pair.fg) !== undefined, tag + ": no colour called " + pair.fg)
                verify(themeColor(pair.bg) !== undefined, tag + ": no colour called " + pair.bg)
                verify(pair.min === 4.5 || pair.min === 3, tag + ": minimum " + pair.min + " is not AA's 4.5 or 3")
                used.add(pair.fg)
                used.add(pair.bg)
            }
            const unpaired = names.filter(name => !used.has(name))
            verify(unpaired.length === 0, "colours with no contrast pair: " + unpaired.join(", "))
        }

        function test_pairsMeetAA_data() {
            return [{ tag: "light" }, { tag: "dark" }]
        }
        function test_pairsMeetAA(data) {
            Preferences.theme = data.tag
            compare(Theme.dark, data.tag === "dark")
            const failures = []
            for (const pair of Theme.contrastPairs) {
                const value = ratio(themeColor(pair.fg), themeColor(pair.bg))
                // WCAG compares the unrounded ratio.
                if (value < pair.min)
                    failures.push(pair.fg + " on " + pair.bg + ": " + value.toFixed(2) + ":1, needs " + pair.min + ":1")
            }
            verify(failures.length === 0, data.tag + " theme: " + failures.join("; "))
        }
    }

    TestCase {
        id: textSize
        name: "TextSize"
        when: windowShown

        property real savedScale: 1

        function initTestCase() {
            textSize.savedScale = Preferences.textScale
        }
        function init() {
            failOnWarning(/.*/)
        }
        function cleanupTestCase() {
            Preferences.textScale = textSize.savedScale
        }

        function test_sizesFollowTheChosenTextSize_data() {
            return Array.from(Preferences.textScales).map(scale => ({ tag: Math.round(scale * 100) + " %", scale: scale }))
        }
        function test_sizesFollowTheChosenTextSize(data) {
            verify(Theme.systemFontSize > 0)
            Preferences.textScale = data.scale
            compare(Preferences.textScale, data.scale)
            compare(Theme.baseFontSize, Math.round(Theme.systemFontSize * data.scale))
            compare(Theme.smallFontSize, Math.round(Theme.baseFontSize * 0.9))
            compare(Theme.titleFontSize, Math.round(Theme.baseFontSize * 1.6))
        }

        function test_settingsOffersEveryTextSize() {
            Preferences.textScale = 1
            const page = createTemporaryObject(settingsComponent, root)
            verify(page)
            const box = findChild(page, "textSizeChoiceBox")
            verify(box, "textSizeChoiceBox")
            compare(box.count, Preferences.textScales.length)
            compare(box.currentText, "100%")
            // Down and Up choose as a user would with the keyboard.
            box.forceActiveFocus()
            for (let i = 1; i < box.count; ++i)
                keyClick(Qt.Key_Down)
            compare(Preferences.textScale, 2)
            compare(box.currentText, "200%")
            compare(Theme.baseFontSize, Math.round(Theme.systemFontSize * 2))
            keyClick(Qt.Key_Up)
            compare(Preferences.textScale, 1.75)
            compare(box.currentText, "175%")
        }

        function test_anUnofferedSizeChangesNothing() {
            Preferences.textScale = 1.5
            const size = Theme.baseFontSize
            Preferences.textScale = 3
            compare(Preferences.textScale, 1.5)
            compare(Preferences.status.errorField, "textScale")
            compare(Theme.baseFontSize, size)
            Preferences.textScale = 1
            verify(!Preferences.status.failed)
        }
    }
}
