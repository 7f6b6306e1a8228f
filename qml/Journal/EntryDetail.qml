// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Harbor.Ui
import Harbor.Journal

// One entry: every field, its files, its full history, and what can be
// done with it (edit, attach, delete, erase for good).
ColumnLayout {
    id: detail

    required property var entryId
    property bool showBack: false
    // The entry this view has just deleted or brought back: its notice shows
    // (with Undo after a delete) until another entry is shown. No timeout.
    property var deletedNowId: 0
    property var restoredNowId: 0
    signal edit()
    signal back()
    // Erased for good: the view has nothing left to show. A delete keeps the
    // view open on the deleted entry, with Undo.
    signal removed()

    // Read again when the journal announces a change to this entry.
    readonly property bool found: controller.found
    // qmllint: the core enum is registered for QML under Harbor.Journal names (JournalTypes.h); Qt 6.4 qmllint cannot map the property type to it
    readonly property int entryState: controller.entry.state // qmllint disable type
    readonly property bool active: detail.found && detail.entryState === EntryState.Active
    readonly property bool deleted: detail.found && detail.entryState === EntryState.Deleted
    readonly property bool justDeleted: detail.deleted && detail.deletedNowId === detail.entryId

    onEntryIdChanged: {
        detail.deletedNowId = 0
        detail.restoredNowId = 0
    }

    // The Undo (or Bring it back) button takes the Delete button's place,
    // so it is where the pointer and the keyboard focus already are.
    function deleteEntry() {
        if (!JournalController.deleteEntry(detail.entryId))
            return
        // A focus ring when Delete was pressed from the keyboard.
        const reason = deleteButton.visualFocus ? Qt.TabFocusReason : Qt.OtherFocusReason
        detail.restoredNowId = 0
        detail.deletedNowId = detail.entryId
        restoreButton.forceActiveFocus(reason)
    }
    function restoreEntry() {
        if (!JournalController.restoreEntry(detail.entryId))
            return
        const reason = restoreButton.visualFocus ? Qt.TabFocusReason : Qt.OtherFocusReason
        detail.deletedNowId = 0
        detail.restoredNowId = detail.entryId
        editButton.forceActiveFocus(reason)
    }

    spacing: Theme.margin
    Layout.fillWidth: true

    EntryDetailController {
        id: controller
        journal: JournalController
        entryId: detail.entryId
    }

    PanelHeader {
        title: controller.title
        showBack: detail.showBack
        onBack: detail.back()
    }

    Label {
        visible: detail.found && controller.entry.draft
        text: qsTr("Draft: a quick note. Complete it when you can.")
        color: Theme.accent
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: detail.deleted
        text: qsTr("This entry was deleted. Its history is kept and it can be brought back.")
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: detail.found && detail.entryState === EntryState.Erased
        text: qsTr("This entry was erased permanently. What stays: that an entry existed for this child, when it was written and erased, and the hashes of its versions in the chain.")
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    GridLayout {
        objectName: "entryFields"
        columns: 2
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing / 2
        Layout.fillWidth: true

        Repeater {
            model: controller.rows
            delegate: Label {
                required property string modelData
                required property int index
                text: modelData
                color: index % 2 === 0 ? Theme.mutedText : Theme.text
                font.bold: index % 2 === 0
                wrapMode: Text.Wrap
                Layout.fillWidth: index % 2 === 1
                Layout.alignment: Qt.AlignTop
                Layout.maximumWidth: index % 2 === 0 ? detail.width / 3 : -1
            }
        }
    }

    // Files
    Label {
        text: qsTr("Files")
        font.bold: true
        color: Theme.text
        visible: detail.active || controller.attachments.length > 0
        Accessible.role: Accessible.Heading
    }
    Flow {
        visible: detail.active || controller.attachments.length > 0
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: controller.attachments
            // A thumbnail button: ActionButton's content is text only.
            delegate: Button {
                id: thumb
                required property attachmentItem modelData
                objectName: "attachmentThumb"
                implicitWidth: 112
                implicitHeight: 112
                Accessible.name: qsTr("Open %1").arg(thumb.modelData.name)
                onClicked: viewer.show(thumb.modelData)
                contentItem: ColumnLayout {
                    spacing: 2
                    Image {
                        source: thumb.modelData.source
                        cache: false
                        sourceSize.width: 96
                        sourceSize.height: 72
                        fillMode: Image.PreserveAspectFit
                        Layout.preferredWidth: 96
                        Layout.preferredHeight: 72
                        Layout.alignment: Qt.AlignHCenter
                    }
                    Label {
                        text: thumb.modelData.name
                        elide: Text.ElideMiddle
                        font.pixelSize: Theme.smallFontSize
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                }
            }
        }
        ActionButton {
            objectName: "addAttachmentButton"
            visible: detail.active
            text: qsTr("Attach a file")
            onClicked: JournalController.imageRuleAcknowledged ? fileDialog.open() : imageRule.open()
        }
    }

    JournalErrorLabel {}

    Label {
        objectName: "restoredNotice"
        visible: detail.active && detail.restoredNowId === detail.entryId
        text: qsTr("Entry brought back. It is in the journal list again.")
        color: Theme.text
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        visible: detail.active
        spacing: Theme.spacing
        Layout.fillWidth: true
        PrimaryButton {
            id: editButton
            objectName: "editEntryButton"
            text: controller.entry.draft ? qsTr("Complete") : qsTr("Edit")
            wide: true
            onClicked: detail.edit()
        }
        ActionButton {
            id: deleteButton
            objectName: "deleteEntryButton"
            text: qsTr("Delete")
            onClicked: detail.deleteEntry()
        }
    }
    RowLayout {
        visible: detail.deleted
        spacing: Theme.spacing
        Layout.fillWidth: true
        // Right after Delete: said in words and announced, with no timeout.
        Label {
            id: deletedNotice
            objectName: "deletedNotice"
            visible: detail.justDeleted
            text: qsTr("Entry deleted. You can undo it now, or later: in the list, open Filters and turn on Show deleted entries.")
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ActionButton {
            id: restoreButton
            objectName: "restoreEntryButton"
            text: detail.justDeleted ? qsTr("Undo") : qsTr("Bring it back")
            Accessible.name: detail.justDeleted ? qsTr("Undo delete") : text
            // Heard with the focus that moves here after Delete.
            hint: detail.justDeleted ? deletedNotice.text : ""
            onClicked: detail.restoreEntry()
        }
    }
    ActionButton {
        objectName: "eraseEntryButton"
        visible: detail.found && detail.entryState !== EntryState.Erased
        text: qsTr("Erase permanently…")
        Accessible.name: qsTr("Erase permanently")
        onClicked: eraseConfirm.open()
    }

    // History
    Label {
        text: qsTr("History")
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("Every change is kept and linked to the one before, so the journal can show it was not altered.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        objectName: "revisionList"
        model: controller.history
        delegate: ColumnLayout {
            id: revisionRow
            required property revisionItem modelData
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: revisionRow.modelData.action + " · "
                    + revisionRow.modelData.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                color: Theme.text
                font.bold: true
                Layout.fillWidth: true
            }
            Label {
                visible: text.length > 0
                text: revisionRow.modelData.text
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("SHA-256 %1…").arg(revisionRow.modelData.hash.substring(0, 16))
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                font.family: "monospace"
                Layout.fillWidth: true
            }
        }
    }

    ImageRuleNotice {
        id: imageRule
        onAcknowledged: fileDialog.open()
    }
    FileDialog {
        id: fileDialog
        objectName: "attachmentFileDialog"
        // Qt's own dialog, never GTK's: GTK's adds the file to its recent list.
        options: FileDialog.DontUseNativeDialog // qmllint disable type
        title: qsTr("Attach a picture or PDF")
        nameFilters: [qsTr("Pictures and PDF (*.png *.jpg *.jpeg *.pdf)")]
        onAccepted: JournalController.addAttachment(detail.entryId, selectedFile)
    }
    AttachmentViewer {
        id: viewer
    }
    EraseConfirmation {
        id: eraseConfirm
        onConfirmed: if (JournalController.eraseEntry(detail.entryId)) detail.removed()
    }
}
