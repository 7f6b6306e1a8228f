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
    signal edit()
    signal back()
    signal removed()

    // Re-read whenever the journal changes.
    readonly property var entry: JournalController.revision >= 0 ? JournalController.entry(detail.entryId) : ({})
    readonly property var history: JournalController.revision >= 0 ? JournalController.revisions(detail.entryId) : []
    readonly property var kindNames: [qsTr("Observation"), qsTr("Disclosure"), qsTr("Hotline call")]
    readonly property var revisionKinds: [qsTr("Saved"), qsTr("Deleted"), qsTr("Erased")]
    readonly property bool active: detail.entry.state === 0

    spacing: Theme.margin
    Layout.fillWidth: true

    PanelHeader {
        title: detail.kindNames[detail.entry.kind || 0]
        showBack: detail.showBack
        onBack: detail.back()
    }

    Label {
        visible: detail.entry.draft === true
        text: qsTr("Draft: a quick note. Complete it when you can.")
        color: Theme.accent
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: detail.entry.state === 1
        text: qsTr("This entry was deleted. Its history is kept and it can be brought back.")
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: detail.entry.state === 2
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
            model: detail.rows()
            delegate: Label {
                required property var modelData
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
        visible: detail.active || (detail.entry.attachments || []).length > 0
        Accessible.role: Accessible.Heading
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: detail.entry.attachments || []
            delegate: Button {
                id: thumb
                required property var modelData
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
        Button {
            objectName: "addAttachmentButton"
            visible: detail.active
            text: qsTr("Attach a file")
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: JournalController.imageRuleAcknowledged ? fileDialog.open() : imageRule.open()
        }
    }

    JournalErrorLabel {}

    RowLayout {
        visible: detail.active
        spacing: Theme.spacing
        Layout.fillWidth: true
        PrimaryButton {
            objectName: "editEntryButton"
            text: detail.entry.draft ? qsTr("Complete") : qsTr("Edit")
            Layout.fillWidth: true
            onClicked: detail.edit()
        }
        Button {
            objectName: "deleteEntryButton"
            text: qsTr("Delete")
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: if (JournalController.deleteEntry(detail.entryId)) detail.removed()
        }
    }
    RowLayout {
        visible: detail.entry.state === 1
        spacing: Theme.spacing
        Button {
            objectName: "restoreEntryButton"
            text: qsTr("Bring it back")
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: JournalController.restoreEntry(detail.entryId)
        }
    }
    Button {
        objectName: "eraseEntryButton"
        visible: detail.entry.state !== undefined && detail.entry.state !== 2
        text: qsTr("Erase permanently…")
        implicitHeight: Theme.touchTarget
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
        model: detail.history
        delegate: ColumnLayout {
            id: revisionRow
            required property var modelData
            spacing: 0
            Layout.fillWidth: true
            Label {
                text: detail.revisionKinds[revisionRow.modelData.kind] + " · "
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

    function rows() {
        const e = detail.entry
        if (e.kind === undefined)
            return []
        const list = [qsTr("When"), e.occurredAt.toLocaleString(Qt.locale(), Locale.LongFormat)]
        const add = (label, value) => { if (value && String(value).length > 0) list.push(label, String(value)) }
        add(qsTr("Written down"), e.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat))
        add(qsTr("Child"), e.childName)
        add(qsTr("Platform"), e.platform)
        add(qsTr("Account"), e.account)
        add(qsTr("What happened"), e.text)
        add(qsTr("The child's own words"), e.childWords)
        add(qsTr("Who was present"), e.present)
        add(qsTr("Who answered"), e.answeredBy)
        add(qsTr("Reference number"), e.reference)
        add(qsTr("What they said"), e.said)
        add(qsTr("Next steps"), e.nextSteps)
        add(qsTr("Category"), e.categoryTitle)
        if (e.kind !== 2)
            add(qsTr("Severity"), [qsTr("Note"), qsTr("Concern"), qsTr("Urgent")][e.severity])
        add(qsTr("What I did"), e.actions)
        add(qsTr("Witnesses"), e.witnesses)
        add(qsTr("Place"), e.place)
        add(qsTr("Tags"), e.tags)
        return list
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
