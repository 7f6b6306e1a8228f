// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A passphrase entry: hidden text, no prediction or learning by the input
// method, a show/hide switch, and clear() to wipe it after use.
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    readonly property alias input: input
    signal accepted

    function clear() {
        input.clear()
        reveal.checked = false
    }

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Label {
        id: caption
        color: Theme.text
        font.bold: true
        visible: text.length > 0
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        TextField {
            id: input
            objectName: field.objectName + "Input"
            echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                | Qt.ImhNoAutoUppercase
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.name: caption.text
            Accessible.passwordEdit: true
            onAccepted: field.accepted()
        }
        Button {
            id: reveal
            checkable: true
            text: checked ? qsTr("Hide") : qsTr("Show")
            implicitHeight: Theme.touchTarget
            Accessible.name: checked ? qsTr("Hide passphrase") : qsTr("Show passphrase")
            Accessible.onPressAction: toggle()
        }
    }
}
