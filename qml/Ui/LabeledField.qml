// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A label above a one-line or multi-line text input, which the label names
// on the accessibility bus (Qt 6.4 has no labelledBy). Sensitive: no
// prediction, no learning by the keyboard.
//
// `text` is what the view shows (bind it to the model); typing does not
// write it back, so the view's binding survives. `edited` reports each
// change the user makes, `currentText` is what the input holds now, and
// `accepted` is Return in a one-line field. Keys reach the field's own
// Keys handlers first (e.g. Keys.onDownPressed to move into a list).
ColumnLayout {
    id: field

    property string label
    property string text
    property bool multiline: false
    property bool invalid: false
    property string placeholder
    // Extra hints for the input method, e.g. Qt.ImhUrlCharactersOnly.
    property int inputMethodHints: Qt.ImhNone
    readonly property Item input: field.multiline ? area : line
    readonly property string currentText: field.multiline ? area.text : line.text
    // A one-line field shows its placeholder inside only when it fits; a
    // narrow field or large text shows it whole below instead, never cut.
    readonly property bool placeholderFits: placeholderMetrics.advanceWidth
        <= line.width - line.leftPadding - line.rightPadding
    signal edited(string value)
    signal accepted

    // Wipes what was typed (a confirmation word, a recovery key group).
    function clear() {
        line.clear()
        area.clear()
    }

    spacing: 2
    Layout.fillWidth: true
    // Focusing the field (forceActiveFocus on it) focuses its input.
    onActiveFocusChanged: if (activeFocus) field.input.forceActiveFocus()

    Label {
        text: field.label
        color: field.invalid ? Theme.errorText : Theme.text
        font.bold: field.invalid
        wrapMode: Text.Wrap
        visible: text.length > 0
        Layout.fillWidth: true
    }
    TextField {
        id: line
        objectName: field.objectName.length > 0 ? field.objectName + "Input" : ""
        visible: !field.multiline
        text: field.text
        placeholderText: field.placeholderFits ? field.placeholder : ""
        color: Theme.text
        placeholderTextColor: Theme.mutedText
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | field.inputMethodHints
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.description: field.placeholder
        Keys.forwardTo: [field]
        onTextEdited: field.edited(text)
        onAccepted: field.accepted()
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius / 2
            border.width: line.activeFocus ? 3 : field.invalid ? 2 : 1
            border.color: line.activeFocus ? Theme.focusRing : field.invalid ? Theme.errorText : Theme.outline
        }
    }
    TextMetrics {
        id: placeholderMetrics
        font: line.font
        text: field.placeholder
    }
    // The placeholder that did not fit: the field's description already
    // says it on the accessibility bus.
    Label {
        objectName: field.objectName.length > 0 ? field.objectName + "Hint" : ""
        visible: !field.multiline && field.placeholder.length > 0 && !field.placeholderFits
        text: field.placeholder
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.ignored: true
    }
    TextArea {
        id: area
        objectName: field.objectName.length > 0 ? field.objectName + "Area" : ""
        visible: field.multiline
        text: field.text
        placeholderText: field.placeholder
        color: Theme.text
        placeholderTextColor: Theme.mutedText
        wrapMode: TextEdit.Wrap
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | field.inputMethodHints
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 2
        Accessible.role: Accessible.EditableText
        Accessible.name: field.label
        Accessible.description: field.placeholder
        Keys.forwardTo: [field]
        // Tab and Shift+Tab leave the text, as in every other field: a tab
        // character typed into a note is never what a keyboard user wants,
        // and without this the focus could not leave the area by keyboard.
        Keys.onTabPressed: event => {
            area.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            event.accepted = true
        }
        Keys.onBacktabPressed: event => {
            area.nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
            event.accepted = true
        }
        onTextChanged: if (activeFocus) field.edited(text)
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius / 2
            border.width: area.activeFocus ? 3 : field.invalid ? 2 : 1
            border.color: area.activeFocus ? Theme.focusRing : field.invalid ? Theme.errorText : Theme.outline
        }
    }
}
