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
// The label also names the group around the input; the input itself is
// named by it through PassphraseInput's own accessible interface.
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
        // Not LabeledField: a passphrase needs hidden text and its own
        // accessible interface, and it is read (then wiped) by the view,
        // never bound to a model.
        PassphraseInput {
            id: input
            objectName: field.objectName + "Input"
            label: field.label
            revealed: reveal.checked
            Layout.fillWidth: true
            onAccepted: field.accepted()
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
