// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A visible label above a drop-down list; the list is named by the label
// on the accessibility bus (Qt 6.4 has no labelledBy), and opens with
// Return, Space or the accessibility Press action.
ColumnLayout {
    id: picker

    property string label
    property alias model: box.model
    property alias textRole: box.textRole
    property alias valueRole: box.valueRole
    property alias currentIndex: box.currentIndex
    readonly property alias currentValue: box.currentValue
    readonly property alias currentText: box.currentText
    readonly property alias box: box
    signal activated(int index)

    function indexOfValue(value) {
        return box.indexOfValue(value)
    }

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: picker.label
        color: Theme.text
        wrapMode: Text.Wrap
        visible: text.length > 0
        Layout.fillWidth: true
    }
    ComboBox {
        id: box
        objectName: picker.objectName.length > 0 ? picker.objectName + "Box" : ""
        focusPolicy: Qt.StrongFocus
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.role: Accessible.ComboBox
        Accessible.name: picker.label
        Accessible.description: displayText
        Accessible.onPressAction: box.popup.open()
        Keys.onReturnPressed: box.popup.open()
        Keys.onEnterPressed: box.popup.open()
        onActivated: index => picker.activated(index)
    }
}
