// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A label above a one-line or multi-line text input, which the label names
// on the accessibility bus (Qt 6.4 has no labelledBy). Sensitive: no
// prediction, no learning by the keyboard.
ColumnLayout {
    id: field

    property string label
    property string text
    property bool multiline: false
    property bool invalid: false
    property string placeholder
    readonly property Item input: field.multiline ? area : line
    signal edited(string value)

    spacing: 2
    Layout.fillWidth: true

    Label {
        text: field.label
        color: field.invalid ? Theme.errorText : Theme.text
        font.bold: field.invalid
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: line
        visible: !field.multiline
        text: field.text
        placeholderText: field.placeholder
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        onTextEdited: field.edited(text)
    }
    TextArea {
        id: area
        visible: field.multiline
        text: field.text
        placeholderText: field.placeholder
        wrapMode: TextEdit.Wrap
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 2
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        onTextChanged: if (activeFocus) field.edited(text)
    }
}
