// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtTest
import Harbor.Ui
import HarborTest

// The Harbor.Ui controls in a real scene: each is reached by Tab, shows a
// focus ring drawn in the theme's focus colour (light and dark), and is
// activated by Return and Enter as by a pointer.
Item {
    id: root
    width: 480
    height: 900

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    ColumnLayout {
        id: column
        x: 16
        y: 16
        width: 440
        spacing: 12

        ActionButton {
            id: button
            objectName: "button"
            text: "Save"
            property int clicks: 0
            onClicked: ++clicks
        }
        ActionButton {
            id: toggleButton
            objectName: "toggleButton"
            text: "Pin"
            checkable: true
            property int clicks: 0
            onClicked: ++clicks
        }
        ActionCheckBox {
            id: checkBox
            objectName: "checkBox"
            text: "Seen it"
            property int toggles: 0
            onToggled: ++toggles
        }
        ActionSwitch {
            id: switchControl
            objectName: "switch"
            text: "Check daily"
            property int toggles: 0
            onToggled: ++toggles
        }
        LabeledField {
            id: field
            objectName: "field"
            label: "Nickname"
            text: root.boundText
            property var edits: []
            property int accepts: 0
            onEdited: value => edits.push(value)
            onAccepted: ++accepts
        }
        LabeledPicker {
            id: picker
            objectName: "picker"
            label: "Severity"
            model: ["Note", "Concern", "Urgent"]
        }
        LabeledSpinBox {
            id: spin
            objectName: "spin"
            label: "Minutes"
            from: 1
            to: 60
            value: 5
            property var modified: []
            onValueModified: value => modified.push(value)
        }
    }

    property string boundText: "Ana"

    TestCase {
        name: "Kit"
        when: windowShown

        function init() {
            failOnWarning(/.*/)
            Preferences.theme = "light"
            button.clicks = 0
            toggleButton.clicks = 0
            toggleButton.checked = false
            checkBox.toggles = 0
            checkBox.checked = false
            switchControl.toggles = 0
            switchControl.checked = false
            picker.box.popup.close()
            root.forceActiveFocus()
        }

        // The item the keyboard reaches for each control.
        function target(name) {
            switch (name) {
            case "field": return field.input
            case "picker": return picker.box
            case "spin": return spin.spin
            default: return findChild(column, name)
            }
        }
        function tabTo(item) {
            for (let i = 0; i < 12 && !item.activeFocus; ++i)
                keyClick(Qt.Key_Tab)
            verify(item.activeFocus, item + " reached by Tab")
        }
        // Pixels of `colour` in bands along the item's four edges, where a
        // focus ring is drawn: on the edge, or (buttons) just outside it
        // with a gap (sampled: reading every pixel from QML is slow).
        function pixelsOf(item, colour) {
            const image = grabImage(root)
            const p = item.mapToItem(root, 0, 0)
            const x0 = Math.round(p.x), y0 = Math.round(p.y)
            const x1 = Math.round(p.x + item.width), y1 = Math.round(p.y + item.height)
            let count = 0
            const match = (x, y) => {
                if (x < 0 || y < 0 || x >= root.width || y >= root.height)
                    return 0
                const c = image.pixel(x, y)
                return Math.abs(c.r - colour.r) < 0.05 && Math.abs(c.g - colour.g) < 0.05
                    && Math.abs(c.b - colour.b) < 0.05 ? 1 : 0
            }
            for (let x = x0; x < x1; x += 3) {
                for (let d = -5; d < 4; ++d)
                    count += match(x, y0 + d) + match(x, y1 - 1 - d)
            }
            for (let y = y0; y < y1; y += 3) {
                for (let d = -5; d < 4; ++d)
                    count += match(x0 + d, y) + match(x1 - 1 - d, y)
            }
            return count
        }

        function test_focusRingInBothThemes_data() {
            const rows = []
            for (const theme of ["light", "dark"])
                for (const name of ["button", "toggleButton", "checkBox", "switch", "field", "picker", "spin"])
                    rows.push({ tag: theme + " " + name, theme: theme, name: name })
            return rows
        }
        function test_focusRingInBothThemes(data) {
            Preferences.theme = data.theme
            compare(Theme.dark, data.theme === "dark")
            const item = target(data.name)
            // The spin box's ring is its frame between the step buttons.
            const ring = data.name === "spin" ? spin.spin.background : item
            verify(pixelsOf(ring, Theme.focusRing) === 0, "no ring before focus")
            tabTo(item)
            const dir = TestFiles.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/kit-" + data.theme + "-" + data.name + ".png")
            tryVerify(() => pixelsOf(ring, Theme.focusRing) > ring.width / 2, 2000,
                      data.name + ": a ring in " + Theme.focusRing + " around it")
        }

        function test_touchTargets_data() {
            return ["button", "toggleButton", "checkBox", "switch", "field", "picker", "spin"].map(n => ({ tag: n, name: n }))
        }
        function test_touchTargets(data) {
            verify(target(data.name).height >= Theme.touchTarget, data.name + " " + target(data.name).height)
        }

        function test_returnAndEnterPressAButton_data() {
            return [{ tag: "Return", key: Qt.Key_Return }, { tag: "Enter", key: Qt.Key_Enter },
                    { tag: "Space", key: Qt.Key_Space }]
        }
        function test_returnAndEnterPressAButton(data) {
            tabTo(button)
            keyClick(data.key)
            compare(button.clicks, 1)
        }

        function test_aCheckableButtonTogglesOnce() {
            tabTo(toggleButton)
            keyClick(Qt.Key_Return)
            verify(toggleButton.checked)
            compare(toggleButton.clicks, 1)
            mouseClick(toggleButton)
            verify(!toggleButton.checked)
            compare(toggleButton.clicks, 2)
        }

        function test_checkBoxAndSwitchToggle_data() {
            return [{ tag: "check box Return", name: "checkBox", key: Qt.Key_Return },
                    { tag: "check box Space", name: "checkBox", key: Qt.Key_Space },
                    { tag: "switch Return", name: "switch", key: Qt.Key_Return },
                    { tag: "switch Enter", name: "switch", key: Qt.Key_Enter },
                    { tag: "switch Space", name: "switch", key: Qt.Key_Space }]
        }
        function test_checkBoxAndSwitchToggle(data) {
            const control = target(data.name)
            tabTo(control)
            keyClick(data.key)
            verify(control.checked, "on")
            compare(control.toggles, 1)
            keyClick(data.key)
            verify(!control.checked, "off again")
            compare(control.toggles, 2)
        }

        function test_returnOpensThePickerAndItStaysOpen() {
            tabTo(picker.box)
            keyClick(Qt.Key_Return)
            tryVerify(() => picker.box.popup.opened)
            wait(50) // a list that closes on the key's release would be shut by now
            verify(picker.box.popup.visible, "still open after the key was released")
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryVerify(() => !picker.box.popup.visible)
            compare(picker.currentIndex, 1)
            compare(picker.currentText, "Concern")
        }

        function test_aFieldReportsEditsAndKeepsItsBinding() {
            tabTo(field.input)
            keyClick(Qt.Key_End)
            keyClick("a")
            compare(field.currentText, "Anaa")
            compare(field.edits, ["Anaa"])
            compare(field.text, "Ana", "typing does not overwrite what the view bound")
            keyClick(Qt.Key_Return)
            compare(field.accepts, 1)
            // The model changes: the field shows it (the binding survived typing).
            root.boundText = "Bea"
            compare(field.currentText, "Bea")
            root.boundText = "Ana"
        }

        function test_aFieldIsNamedByItsLabel() {
            compare(field.input.Accessible.name, "Nickname")
            compare(picker.box.Accessible.name, "Severity")
            compare(spin.spin.Accessible.name, "Minutes")
        }

        function test_spinBoxReportsUserChanges() {
            tabTo(spin.spin)
            keyClick(Qt.Key_Up)
            compare(spin.value, 6)
            compare(spin.modified, [6])
            spin.value = 5
            compare(spin.modified, [6], "a change by the view is not the user's")
        }
    }
}
