// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import "Lists.js" as Lists
import Harbor.Journal

// The full editor for an observation, a disclosure or a hotline call. What
// the user typed stays here until the save is committed; an error shows
// above the buttons and marks the field.
ColumnLayout {
    id: editor

    // 0: a new entry.
    property var entryId: 0
    property int initialKind: 0
    property var fields: ({})
    // Something was typed since the editor opened or last saved.
    property bool dirty: false
    signal saved(var entryId)
    signal cancelled()

    readonly property string errorField: JournalController.lastErrorField
    readonly property var kindNames: [qsTr("Observation"), qsTr("Disclosure"), qsTr("Hotline call")]

    spacing: Theme.margin
    Layout.fillWidth: true

    Component.onCompleted: {
        JournalController.clearError()
        if (editor.entryId > 0) {
            const entry = JournalController.entry(editor.entryId)
            entry.occurredAt = Qt.formatDateTime(entry.occurredAt, "yyyy-MM-dd HH:mm")
            editor.fields = entry
        } else {
            editor.fields = {
                kind: editor.initialKind, childId: 0, severity: editor.initialKind === 2 ? 0 : 1,
                occurredAt: Qt.formatDateTime(new Date(), "yyyy-MM-dd HH:mm"), category: ""
            }
        }
    }

    function set(name, value) {
        const copy = Object.assign({}, editor.fields)
        copy[name] = value
        editor.fields = copy
        editor.dirty = true
    }

    // Locking closes the editor: what was typed is kept as a draft first
    // (if it can be saved at all), never silently dropped.
    Connections {
        target: JournalController
        function onAboutToLock() {
            if (!editor.dirty)
                return
            const copy = Object.assign({}, editor.fields)
            copy.draft = true
            if (JournalController.saveEntry(copy) > 0)
                editor.dirty = false
        }
    }
    function save() {
        const copy = Object.assign({}, editor.fields)
        copy.draft = false
        const id = JournalController.saveEntry(copy)
        if (id > 0) {
            editor.dirty = false
            editor.saved(id)
        }
    }

    PanelHeader {
        title: editor.entryId > 0 ? qsTr("Edit entry") : qsTr("New entry")
    }

    Label {
        visible: editor.entryId > 0
        text: qsTr("Saving keeps the earlier version in the entry's history.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ButtonGroup { id: kindGroup }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: editor.kindNames
            delegate: RadioButton {
                required property int index
                required property string modelData
                objectName: "kind" + index
                text: modelData
                ButtonGroup.group: kindGroup
                checked: editor.fields.kind === index
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: editor.set("kind", index)
            }
        }
    }

    GridLayout {
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true

        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Child"); color: Theme.text }
            ComboBox {
                objectName: "editorChild"
                model: Lists.prepend(qsTr("Not chosen yet"), JournalController.children.nicknames)
                currentIndex: Lists.indexOf(JournalController.children.ids, editor.fields.childId) + 1
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Child")
                onActivated: index => editor.set("childId", index === 0 ? 0 : JournalController.children.ids[index - 1])
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            LabeledField {
                objectName: "editorWhen"
                label: qsTr("When it happened (YYYY-MM-DD HH:MM)")
                text: editor.fields.occurredAt || ""
                invalid: editor.errorField === "occurredAt"
                onEdited: value => editor.set("occurredAt", value)
            }
        }
    }

    // Disclosure: CONTENT.md's guidance, shown where it is needed.
    Frame {
        visible: editor.fields.kind === 1
        Layout.fillWidth: true
        background: Rectangle { color: Theme.surfaceVariant; radius: Theme.radius }
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("When a child tells you something")
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "disclosureGuidance"
                text: qsTr("Stay calm, believe them and tell them it is not their fault. Do not ask for details, suggest names or acts, record the conversation or go over it again with them: trained forensic interviewers at a Children's Advocacy Center do that. Write down their own words, when they said them and who was there.")
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    LabeledField {
        objectName: "editorChildWords"
        visible: editor.fields.kind === 1
        label: qsTr("The child's own words")
        multiline: true
        text: editor.fields.childWords || ""
        invalid: editor.errorField === "childWords"
        onEdited: value => editor.set("childWords", value)
    }
    LabeledField {
        visible: editor.fields.kind === 1
        label: qsTr("Who was present")
        text: editor.fields.present || ""
        onEdited: value => editor.set("present", value)
    }

    // Hotline call
    GridLayout {
        visible: editor.fields.kind === 2
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        LabeledField {
            label: qsTr("Who answered")
            text: editor.fields.answeredBy || ""
            onEdited: value => editor.set("answeredBy", value)
        }
        LabeledField {
            objectName: "editorReference"
            label: qsTr("Reference number")
            text: editor.fields.reference || ""
            onEdited: value => editor.set("reference", value)
        }
    }
    LabeledField {
        objectName: "editorSaid"
        visible: editor.fields.kind === 2
        label: qsTr("What they said")
        multiline: true
        text: editor.fields.said || ""
        invalid: editor.errorField === "said"
        onEdited: value => editor.set("said", value)
    }
    LabeledField {
        visible: editor.fields.kind === 2
        label: qsTr("Next steps")
        multiline: true
        text: editor.fields.nextSteps || ""
        onEdited: value => editor.set("nextSteps", value)
    }

    // Observation (and context for the other kinds)
    GridLayout {
        visible: editor.fields.kind !== 2
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Platform or app"); color: Theme.text }
            ComboBox {
                objectName: "editorPlatform"
                editable: true
                model: JournalController.platforms
                editText: editor.fields.platform || ""
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Platform or app")
                onEditTextChanged: if (activeFocus) editor.set("platform", editText)
                onActivated: index => editor.set("platform", JournalController.platforms[index])
            }
        }
        LabeledField {
            objectName: "editorAccount"
            label: qsTr("Account or username involved")
            text: editor.fields.account || ""
            onEdited: value => editor.set("account", value)
        }
    }
    LabeledField {
        objectName: "editorText"
        visible: editor.fields.kind === 0
        label: qsTr("What happened")
        multiline: true
        text: editor.fields.text || ""
        invalid: editor.errorField === "text"
        onEdited: value => editor.set("text", value)
    }

    GridLayout {
        visible: editor.fields.kind !== 2
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Category"); color: Theme.text }
            ComboBox {
                objectName: "editorCategory"
                model: Lists.prepend(qsTr("Not chosen"), JournalController.categoryTitles)
                currentIndex: Lists.indexOf(JournalController.categoryIds, editor.fields.category) + 1
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Category")
                onActivated: index => editor.set("category", index === 0 ? "" : JournalController.categoryIds[index - 1])
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Severity"); color: Theme.text }
            ComboBox {
                objectName: "editorSeverity"
                model: [qsTr("Note"), qsTr("Concern"), qsTr("Urgent")]
                currentIndex: editor.fields.severity || 0
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Severity")
                onActivated: index => editor.set("severity", index)
            }
        }
    }
    LabeledField {
        label: qsTr("What I did")
        multiline: true
        text: editor.fields.actions || ""
        onEdited: value => editor.set("actions", value)
    }
    GridLayout {
        columns: editor.width > 560 ? 3 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        LabeledField {
            visible: editor.fields.kind === 0
            label: qsTr("Witnesses")
            text: editor.fields.witnesses || ""
            onEdited: value => editor.set("witnesses", value)
        }
        LabeledField {
            visible: editor.fields.kind !== 2
            label: qsTr("Place")
            text: editor.fields.place || ""
            onEdited: value => editor.set("place", value)
        }
        LabeledField {
            label: qsTr("Tags, separated by commas")
            text: editor.fields.tags || ""
            onEdited: value => editor.set("tags", value)
        }
    }

    JournalErrorLabel {
        objectName: "editorError"
    }

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        PrimaryButton {
            objectName: "editorSave"
            text: qsTr("Save")
            Layout.fillWidth: true
            onClicked: editor.save()
        }
        Button {
            objectName: "editorCancel"
            text: qsTr("Cancel")
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: {
                JournalController.clearError()
                editor.cancelled()
            }
        }
    }
}
