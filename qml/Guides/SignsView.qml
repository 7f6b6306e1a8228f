// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal
import Harbor.Guides

// A warning-sign checklist. Ticking a sign offers to write it down in the
// journal, with its category and the child filled in.
ColumnLayout {
    id: view

    required property string listId
    // Picked from the list by id: read again when the pack or the language changes.
    // qmllint: a list of values is a JS array at run time; Qt 6.4 qmllint does not know its methods
    readonly property var list: GuidesController.signLists.find(l => l.id === view.listId) || ({}) // qmllint disable
    property var ticked: []
    property string savedMessage

    objectName: "signsView"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: view.list.title || ""
        textFormat: Text.PlainText
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        text: view.list.intro || ""
        textFormat: Text.PlainText
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ChildPicker {
        id: picker
    }
    Repeater {
        model: view.list.signs || []
        delegate: RowLayout {
            id: signRow
            required property var modelData
            spacing: Theme.spacing
            Layout.fillWidth: true
            ActionCheckBox {
                objectName: "sign_" + signRow.modelData.id
                text: signRow.modelData.text
                checked: view.ticked.indexOf(signRow.modelData.id) >= 0
                Layout.fillWidth: true
                onToggled: {
                    const list = view.ticked.filter(id => id !== signRow.modelData.id)
                    if (checked)
                        list.push(signRow.modelData.id)
                    view.ticked = list
                }
            }
            ActionButton {
                objectName: "record_" + signRow.modelData.id
                visible: view.ticked.indexOf(signRow.modelData.id) >= 0 && JournalController.ready
                text: qsTr("Write it down")
                Accessible.name: qsTr("Write this sign down in the journal")
                onClicked: {
                    const id = JournalController.saveEntry({
                        kind: 0, text: signRow.modelData.text, category: view.list.category,
                        childId: picker.childId, severity: 1, draft: true
                    })
                    view.savedMessage = id > 0
                        ? qsTr("Saved in the journal as a draft. Add when, where and who when you can.")
                        : JournalController.status.error
                }
            }
        }
    }
    Label {
        visible: view.ticked.length > 0 && !JournalController.ready
        text: qsTr("Unlock the journal to write down what you ticked.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "signSavedMessage"
        visible: text.length > 0
        text: view.savedMessage
        textFormat: Text.PlainText
        color: Theme.accent
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    SourcesList { reviewed: view.list.reviewed || ""; items: view.list.sources || [] }
}
