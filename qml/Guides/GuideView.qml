// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal
import Harbor.Guides

// A platform guide as a walkthrough: each numbered step is something to do
// with the child, ticked off for that child, with the ring showing how far
// along it is.
ColumnLayout {
    id: view

    required property string guideId
    readonly property var guide: GuidesController.contentRevision >= 0 ? GuidesController.guide(view.guideId) : ({})
    property var childId: picker.childId
    readonly property var done: GuidesController.checklistRevision >= 0 ? GuidesController.doneSteps(view.childId, view.guideId) : []
    readonly property real progress: GuidesController.checklistRevision >= 0 ? GuidesController.progress(view.childId, view.guideId) : 0
    readonly property bool needsRecheck: GuidesController.checklistRevision >= 0 && GuidesController.needsRecheck(view.childId, view.guideId)
    readonly property bool canTick: GuidesController.checklistsAvailable && view.childId > 0

    objectName: "guideView"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: view.guide.name || ""
        textFormat: Text.PlainText
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        text: view.guide.summary || ""
        textFormat: Text.PlainText
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: view.guide.age || ""
        textFormat: Text.PlainText
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Which child, how far along, "done for <nickname>": private, hidden
    // while the window is in the background. The steps stay readable then,
    // without their ticks (as while the journal is locked).
    PrivateCover {
        id: childState
        objectName: "guideChildState"
        guarding: view.canTick
        contentSpacing: Theme.margin

        RowLayout {
            spacing: Theme.margin
            Layout.fillWidth: true
            ProgressRing {
                objectName: "guideProgress"
                value: view.progress
                visible: view.canTick
            }
            ChildPicker {
                id: picker
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "doneForChild"
            visible: view.canTick && view.progress >= 1 && !view.needsRecheck
            text: qsTr("Done for %1.").arg(JournalController.children.nickname(view.childId))
            textFormat: Text.PlainText
            color: Theme.accent
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: view.canTick && view.needsRecheck
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                objectName: "recheckNotice"
                text: qsTr("This guide has changed since you went through it with %1.").arg(JournalController.children.nickname(view.childId))
                textFormat: Text.PlainText
                color: Theme.errorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "recheckButton"
                text: qsTr("Check again")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: GuidesController.recheck(view.childId, view.guideId)
            }
        }
    }

    Repeater {
        model: view.guide.steps || []
        delegate: Frame {
            id: stepCard
            required property var modelData
            required property int index
            Layout.fillWidth: true
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.spacing / 2
                CheckBox {
                    id: stepBox
                    objectName: "step_" + stepCard.modelData.id
                    text: (stepCard.index + 1) + ". " + stepCard.modelData.title
                    font.bold: true
                    enabled: view.canTick && !childState.concealed
                    checked: !childState.concealed && view.done.indexOf(stepCard.modelData.id) >= 0
                    implicitHeight: Theme.touchTarget
                    Layout.fillWidth: true
                    Accessible.name: text
                    onToggled: GuidesController.setStepDone(view.childId, view.guideId, stepCard.modelData.id, checked)
                    contentItem: Label {
                        text: stepBox.text
                        textFormat: Text.PlainText
                        font: stepBox.font
                        leftPadding: stepBox.indicator ? stepBox.indicator.width + stepBox.spacing : 0
                        color: Theme.text
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                }
                Label {
                    text: qsTr("Where: %1").arg(stepCard.modelData.where)
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Choose: %1").arg(stepCard.modelData.choose)
                    textFormat: Text.PlainText
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Why: %1").arg(stepCard.modelData.why)
                    textFormat: Text.PlainText
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    BulletList { heading: qsTr("Family and supervision tools"); points: view.guide.family || [] }
    BulletList { heading: qsTr("How to report an account or content"); points: view.guide.report || []; numbered: true }
    BulletList { heading: qsTr("Risks on this platform"); points: view.guide.risks || [] }
    SourcesList { reviewed: view.guide.reviewed || ""; items: view.guide.sources || [] }
}
