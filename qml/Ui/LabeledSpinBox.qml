// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A visible label above a number the user steps or types; the label names
// it on the accessibility bus (Qt 6.4 has no labelledBy). Up and Down, the
// buttons and the accessibility Increase and Decrease actions step it;
// each change the user makes is reported by valueModified.
ColumnLayout {
    id: field

    property string label
    property alias value: spin.value
    property alias from: spin.from
    property alias to: spin.to
    property alias stepSize: spin.stepSize
    property alias editable: spin.editable
    readonly property alias spin: spin
    signal valueModified(int value)

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.label
        color: Theme.text
        wrapMode: Text.Wrap
        visible: text.length > 0
        Layout.fillWidth: true
    }
    SpinBox {
        id: spin
        objectName: field.objectName.length > 0 ? field.objectName + "Box" : ""
        focusPolicy: Qt.StrongFocus
        implicitHeight: Theme.touchTarget
        Accessible.role: Accessible.SpinBox
        Accessible.name: field.label
        // Qt 6.4's SpinBox names only its value; these step it as a user would.
        Accessible.onIncreaseAction: {
            spin.increase()
            spin.valueModified()
        }
        Accessible.onDecreaseAction: {
            spin.decrease()
            spin.valueModified()
        }
        onValueModified: field.valueModified(spin.value)
        // Basic's own text draws a thin frame in the palette's highlight
        // over the ring: this one leaves the focus ring to the background.
        contentItem: TextInput {
            z: 2
            text: spin.displayText
            font: spin.font
            color: spin.enabled ? Theme.text : Theme.mutedText
            selectionColor: Theme.accent
            selectedTextColor: Theme.textOnAccent
            horizontalAlignment: Qt.AlignHCenter
            verticalAlignment: Qt.AlignVCenter
            readOnly: !spin.editable
            validator: spin.validator
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            clip: width < implicitWidth
        }
        background: Rectangle {
            implicitWidth: 140
            color: Theme.surface
            radius: Theme.radius / 2
            border.width: spin.activeFocus ? 3 : 1
            border.color: spin.activeFocus ? Theme.focusRing : Theme.outline
        }
    }
}
