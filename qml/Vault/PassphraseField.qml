// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A passphrase entry: a visible label that also names it on the
// accessibility bus (every use must give one, so it is required), hidden
// text, no prediction or learning by the input method, a show/hide switch,
// and clear() to wipe it after use.
//
// Qt 6.4 reports no name for an input flagged passwordEdit (which a
// password TextField always is once accessibility is active:
// QQuickAccessibleAttached::name() returns nothing then). So the label is
// also the name of the group around the input and the input's description,
// which Qt does not suppress; the input's own name is set for the day it
// stops doing so.
ColumnLayout {
    id: field

    required property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    readonly property alias input: input
    signal accepted

    function clear() {
        input.clear()
        reveal.checked = false
    }

    spacing: 2
    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: field.label

    Label {
        id: caption
        text: field.label
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        // A plain TextField, not LabeledField: a passphrase needs echoMode
        // and the hidden-text hints, and its text is read (then wiped) by
        // the view, never bound to a model.
        TextField {
            id: input
            objectName: field.objectName + "Input"
            echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                | Qt.ImhNoAutoUppercase
            color: Theme.text
            placeholderTextColor: Theme.mutedText
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
            Accessible.description: field.label
            Accessible.passwordEdit: true
            onAccepted: field.accepted()
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius / 2
                border.width: input.activeFocus ? 3 : 1
                border.color: input.activeFocus ? Theme.focusRing : Theme.outline
            }
        }
        ActionButton {
            id: reveal
            objectName: field.objectName + "Reveal"
            checkable: true
            text: checked ? qsTr("Hide") : qsTr("Show")
            Accessible.name: checked ? qsTr("Hide passphrase") : qsTr("Show passphrase")
        }
    }
}
