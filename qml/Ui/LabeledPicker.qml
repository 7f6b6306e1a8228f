// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A visible label above a drop-down list; the list is named by the label
// on the accessibility bus (Qt 6.4 has no labelledBy), and opens with
// Return, Enter, Space or the accessibility Press action.
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
    // A narrower list than the column, e.g. for a few short choices.
    property real maximumWidth: Infinity
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
        Layout.maximumWidth: picker.maximumWidth
        Accessible.role: Accessible.ComboBox
        Accessible.name: picker.label
        Accessible.description: displayText
        Accessible.onPressAction: box.popup.open()
        // On release: ComboBox closes its list when Return is released, so
        // opening it on the press would close it again at once.
        Keys.onReleased: event => {
            if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && !event.isAutoRepeat
                    && !box.popup.visible) {
                box.popup.open()
                event.accepted = true
            }
        }
        onActivated: index => picker.activated(index)
        // The box's own text field would reach the accessibility bus as an
        // unnamed "text" inside the named box: an editable box names it by
        // the label, a plain one leaves it out (the box reads its choice).
        Binding {
            target: box.contentItem ? box.contentItem.Accessible : null
            property: "name"
            value: picker.label
        }
        Binding {
            target: box.contentItem ? box.contentItem.Accessible : null
            property: "ignored"
            value: !box.editable
        }
        background: Rectangle {
            implicitWidth: 140
            color: box.down ? Theme.selection : Theme.surfaceVariant
            radius: Theme.radius
            border.width: box.visualFocus ? 3 : 1
            border.color: box.visualFocus ? Theme.focusRing : Theme.outline
        }
    }
}
