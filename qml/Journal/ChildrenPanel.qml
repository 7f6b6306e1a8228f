// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// The children the journal is about: a nickname is enough. Their platforms
// and usernames feed the editor's choices and, later, the guides' checklists.
ColumnLayout {
    id: panel

    property bool showBack: false
    property var editing: null // the child being edited, or null
    property var platformRows: []
    property string nicknameText
    signal back()

    spacing: Theme.margin
    Layout.fillWidth: true

    function startEditing(child) {
        JournalController.clearError()
        panel.editing = child
        panel.platformRows = child.platforms ? child.platforms.map(p => ({ platform: p.platform, handle: p.handle })) : []
        panel.nicknameText = child.nickname || ""
        birthYear.text = child.birthYear > 0 ? String(child.birthYear) : ""
    }

    PanelHeader {
        title: qsTr("Children")
        showBack: panel.showBack
        onBack: panel.back()
    }
    Label {
        text: qsTr("Use a nickname: the journal never needs a full name.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Repeater {
        model: JournalController.children
        delegate: ItemDelegate {
            id: childRow
            required property var childId
            required property string nickname
            required property int birthYear
            required property var platforms
            required property int index
            text: childRow.nickname + (childRow.birthYear > 0 ? " (" + childRow.birthYear + ")" : "")
                + (childRow.platforms.length > 0 ? " · " + childRow.platforms.map(p => p.platform).join(", ") : "")
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.name: text
            onClicked: panel.startEditing(JournalController.children.get(childRow.index))
        }
    }
    ActionButton {
        objectName: "addChildButton"
        visible: panel.editing === null
        text: qsTr("Add a child")
        onClicked: panel.startEditing({ childId: 0, platforms: [] })
    }

    Frame {
        visible: panel.editing !== null
        Layout.fillWidth: true
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            LabeledField {
                objectName: "childNickname"
                label: qsTr("Nickname")
                text: panel.nicknameText
                onEdited: value => panel.nicknameText = value
            }
            Label { text: qsTr("Birth year (optional)"); color: Theme.text }
            // A plain field: digits only, which the kit's field cannot check.
            TextField {
                id: birthYear
                objectName: "childBirthYear"
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                validator: IntValidator { bottom: 0; top: 9999 }
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Birth year")
            }
            Label { text: qsTr("Platforms and usernames"); color: Theme.text }
            Repeater {
                model: panel.platformRows
                delegate: RowLayout {
                    id: platformRow
                    required property var modelData
                    required property int index
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    // Two short fields on one row, named by their
                    // placeholders: labels above each would double the row.
                    TextField {
                        text: platformRow.modelData.platform
                        placeholderText: qsTr("Platform")
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        implicitHeight: Theme.touchTarget
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Platform")
                        onTextEdited: panel.platformRows[platformRow.index].platform = text
                    }
                    TextField {
                        text: platformRow.modelData.handle
                        placeholderText: qsTr("Username")
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        implicitHeight: Theme.touchTarget
                        Layout.fillWidth: true
                        Accessible.name: qsTr("Username")
                        onTextEdited: panel.platformRows[platformRow.index].handle = text
                    }
                    ActionButton {
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove platform")
                        onClicked: panel.platformRows = panel.platformRows.filter((_, i) => i !== platformRow.index)
                    }
                }
            }
            ActionButton {
                text: qsTr("Add a platform")
                onClicked: panel.platformRows = panel.platformRows.concat([{ platform: "", handle: "" }])
            }
            JournalErrorLabel {}
            RowLayout {
                spacing: Theme.spacing
                PrimaryButton {
                    objectName: "saveChildButton"
                    text: qsTr("Save")
                    onClicked: {
                        const id = JournalController.saveChild({
                            childId: panel.editing.childId, nickname: panel.nicknameText,
                            birthYear: Number(birthYear.text) || 0, platforms: panel.platformRows
                        })
                        if (id > 0)
                            panel.editing = null
                    }
                }
                ActionButton {
                    visible: panel.editing !== null && panel.editing.childId > 0
                    text: qsTr("Remove child")
                    onClicked: if (JournalController.removeChild(panel.editing.childId)) panel.editing = null
                }
                ActionButton {
                    text: qsTr("Cancel")
                    onClicked: {
                        JournalController.clearError()
                        panel.editing = null
                    }
                }
            }
        }
    }
}
