// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import "Lists.js" as Lists
import Harbor.Journal

// The full editor for an observation, a disclosure or a hotline call. Its
// state is an EntryEditorController: what the user typed stays there until
// the save is committed (or, on lock, is kept as a draft); an error shows
// above the buttons and marks the field.
ColumnLayout {
    id: editor

    // 0: a new entry.
    property var entryId: 0
    property int initialKind: EntryKind.Observation
    readonly property bool dirty: controller.dirty
    signal saved(var entryId)
    signal cancelled()

    readonly property string errorField: controller.errorField
    // qmllint: the core enum is registered for QML under Harbor.Journal names (JournalTypes.h); Qt 6.4 qmllint cannot map the property type to it
    readonly property int kind: controller.kind // qmllint disable type

    spacing: Theme.margin
    Layout.fillWidth: true

    EntryEditorController {
        id: controller
        journal: JournalController
        onSaved: id => editor.saved(id)
    }
    Component.onCompleted: {
        if (editor.entryId > 0)
            controller.load(editor.entryId)
        else
            controller.startNew(editor.initialKind)
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

    // The kind: one choice of three. Plain RadioButtons: the kit has no
    // radio button, and a screen reader should hear "radio button, 1 of 3".
    ButtonGroup { id: kindGroup }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: JournalText.kinds
            delegate: RadioButton {
                required property int index
                required property string modelData
                objectName: "kind" + index
                text: modelData
                ButtonGroup.group: kindGroup
                checked: editor.kind === index
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: controller.kind = index
            }
        }
    }

    GridLayout {
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true

        LabeledPicker {
            objectName: "editorChild"
            label: qsTr("Child")
            model: Lists.prepend(qsTr("Not chosen yet"), JournalController.children.nicknames)
            // qmllint: qint64 ids: Qt 6.4 qmllint knows no qlonglong, QML reads it as a number
            currentIndex: Lists.indexOf(JournalController.children.ids, controller.entry.childId) + 1 // qmllint disable type
            onActivated: index => controller.entry.childId = index === 0 ? 0 : JournalController.children.ids[index - 1]
        }
        // Typed in the language's own form (or ISO) or chosen in a
        // calendar; never in the future, as the journal refuses it.
        DateTimeField {
            objectName: "editorWhen"
            label: qsTr("When it happened")
            value: Date.fromLocaleString(Qt.locale("C"), controller.when, "yyyy-MM-dd HH:mm")
            notAfterNow: true
            invalid: editor.errorField === "occurredAt"
            onEdited: value => controller.when = Qt.formatDateTime(value, "yyyy-MM-dd HH:mm")
        }
    }

    // Disclosure: CONTENT.md's guidance, shown where it is needed.
    Frame {
        visible: editor.kind === EntryKind.Disclosure
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
        visible: editor.kind === EntryKind.Disclosure
        label: qsTr("The child's own words")
        multiline: true
        text: controller.entry.childWords
        invalid: editor.errorField === "childWords"
        onEdited: value => controller.entry.childWords = value
    }
    LabeledField {
        visible: editor.kind === EntryKind.Disclosure
        label: qsTr("Who was present")
        text: controller.entry.present
        onEdited: value => controller.entry.present = value
    }

    // Hotline call
    GridLayout {
        visible: editor.kind === EntryKind.HotlineCall
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        LabeledField {
            label: qsTr("Who answered")
            text: controller.entry.answeredBy
            onEdited: value => controller.entry.answeredBy = value
        }
        LabeledField {
            objectName: "editorReference"
            label: qsTr("Reference number")
            text: controller.entry.reference
            onEdited: value => controller.entry.reference = value
        }
    }
    LabeledField {
        objectName: "editorSaid"
        visible: editor.kind === EntryKind.HotlineCall
        label: qsTr("What they said")
        multiline: true
        text: controller.entry.said
        invalid: editor.errorField === "said"
        onEdited: value => controller.entry.said = value
    }
    LabeledField {
        visible: editor.kind === EntryKind.HotlineCall
        label: qsTr("Next steps")
        multiline: true
        text: controller.entry.nextSteps
        onEdited: value => controller.entry.nextSteps = value
    }

    // Observation (and context for the other kinds)
    GridLayout {
        visible: editor.kind !== EntryKind.HotlineCall
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        // Editable (a name not in the list can be typed): the kit's picker
        // has no edit field, so its label and accessible name are set here.
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: qsTr("Platform or app"); color: Theme.text }
            ComboBox {
                id: platformBox
                objectName: "editorPlatform"
                editable: true
                model: JournalController.platforms
                editText: controller.entry.platform
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Accessible.name: qsTr("Platform or app")
                // Its text field is what a screen reader lands in: named too.
                Binding {
                    target: platformBox.contentItem ? platformBox.contentItem.Accessible : null
                    property: "name"
                    value: qsTr("Platform or app")
                }
                onEditTextChanged: if (activeFocus) controller.entry.platform = editText
                onActivated: index => controller.entry.platform = JournalController.platforms[index]
            }
        }
        LabeledField {
            objectName: "editorAccount"
            label: qsTr("Account or username involved")
            text: controller.entry.account
            onEdited: value => controller.entry.account = value
        }
    }
    LabeledField {
        objectName: "editorText"
        visible: editor.kind === EntryKind.Observation
        label: qsTr("What happened")
        multiline: true
        text: controller.entry.text
        invalid: editor.errorField === "text"
        onEdited: value => controller.entry.text = value
    }

    GridLayout {
        visible: editor.kind !== EntryKind.HotlineCall
        columns: editor.width > 560 ? 2 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        LabeledPicker {
            objectName: "editorCategory"
            label: qsTr("Category")
            model: Lists.prepend(qsTr("Not chosen"), JournalController.categoryTitles)
            currentIndex: Lists.indexOf(JournalController.categoryIds, controller.entry.category) + 1
            onActivated: index => controller.entry.category = index === 0 ? "" : JournalController.categoryIds[index - 1]
        }
        LabeledPicker {
            objectName: "editorSeverity"
            label: qsTr("Severity")
            model: JournalText.severities
            // qmllint: the core enum is registered for QML under Harbor.Journal names (JournalTypes.h); Qt 6.4 qmllint cannot map the property type to it
            currentIndex: controller.severity // qmllint disable type
            onActivated: index => controller.severity = index
        }
    }
    LabeledField {
        label: qsTr("What I did")
        multiline: true
        text: controller.entry.actions
        onEdited: value => controller.entry.actions = value
    }
    GridLayout {
        columns: editor.width > 560 ? 3 : 1
        columnSpacing: Theme.margin
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        LabeledField {
            visible: editor.kind === EntryKind.Observation
            label: qsTr("Witnesses")
            text: controller.entry.witnesses
            onEdited: value => controller.entry.witnesses = value
        }
        LabeledField {
            visible: editor.kind !== EntryKind.HotlineCall
            label: qsTr("Place")
            text: controller.entry.place
            onEdited: value => controller.entry.place = value
        }
        LabeledField {
            label: qsTr("Tags, separated by commas")
            text: controller.tags
            onEdited: value => controller.tags = value
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
            wide: true
            onClicked: controller.save()
        }
        ActionButton {
            objectName: "editorCancel"
            text: qsTr("Cancel")
            onClicked: {
                controller.cancel()
                editor.cancelled()
            }
        }
    }
}
