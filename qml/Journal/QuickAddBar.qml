// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// A saved note in three taps: the field, the words, "Save note". It is kept
// as a draft to complete later in the full editor.
RowLayout {
    id: bar

    property var childId: 0
    signal saved(var entryId)

    spacing: Theme.spacing
    Layout.fillWidth: true

    // One line, its placeholder the prompt: the kit's LabeledField would
    // put a label above it that only repeats the prompt.
    TextField {
        id: note
        objectName: "quickAddField"
        placeholderText: qsTr("Quick note: what did you just see?")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.name: qsTr("Quick note")
        onAccepted: bar.save()
    }
    PrimaryButton {
        objectName: "quickAddButton"
        text: qsTr("Save note")
        enabled: note.text.trim().length > 0
        onClicked: bar.save()
    }

    function save() {
        if (note.text.trim().length === 0)
            return
        const id = JournalController.quickAdd(note.text, bar.childId)
        if (id > 0) {
            note.clear()
            bar.saved(id)
        }
    }
}
