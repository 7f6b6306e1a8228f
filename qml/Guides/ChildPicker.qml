// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// Which child a checklist or a recorded sign is about. Children live in
// the vault: while it is locked, this says how to get them; while the
// window is in the background, their nicknames are hidden (PrivateCover).
ColumnLayout {
    id: picker

    property var childId: 0
    readonly property bool available: JournalController.ready && JournalController.children.count > 0

    spacing: 2
    Layout.fillWidth: true

    Label {
        visible: !JournalController.ready
        text: qsTr("Unlock the journal (on the Journal page) to keep progress for each child.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: JournalController.ready && JournalController.children.count === 0
        text: qsTr("Add a child on the Journal page (Children) to keep progress for them.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // Nicknames come from the vault: hidden while the window is in the background.
    PrivateCover {
        objectName: "childPickerCover"
        visible: picker.available
        guarding: picker.available
        LabeledPicker {
            objectName: "childPickerField"
            label: qsTr("Child")
            model: JournalController.children.nicknames
            // Tests and the privacy check find the list itself by this name.
            box.objectName: "childPicker"
            Layout.fillWidth: true
            onActivated: index => picker.childId = JournalController.children.ids[index]
        }
    }
    // The first child is chosen until the user picks another; none while locked.
    readonly property var ids: JournalController.children.ids
    onIdsChanged: picker.sync()
    Component.onCompleted: picker.sync()
    function sync() {
        if (!picker.available)
            picker.childId = 0
        else if (picker.ids.indexOf(picker.childId) < 0)
            picker.childId = picker.ids[0]
    }
}
