// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal
import Harbor.Guides

// A platform guide as a walkthrough: each numbered step is something to do
// with the child, ticked off for that child (GuideProgress), with the ring
// showing how far along it is.
ColumnLayout {
    id: view

    required property string guideId
    // Picked from the list by id: read again when the pack or the language changes.
    // qmllint: a list of values is a JS array at run time; Qt 6.4 qmllint does not know its methods
    readonly property var guide: GuidesController.guides.find(g => g.id === view.guideId) || ({}) // qmllint disable
    // The chosen child's checklist for this guide.
    readonly property alias progress: tracker
    readonly property bool canTick: tracker.available

    objectName: "guideView"
    spacing: Theme.margin
    Layout.fillWidth: true

    GuideProgress {
        id: tracker
        guides: GuidesController
        guideId: view.guideId
        // qmllint: qint64 ids: Qt 6.4 qmllint knows no qlonglong, QML reads it as a number
        childId: picker.childId // qmllint disable type
    }

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
                value: tracker.progress
                visible: view.canTick
            }
            ChildPicker {
                id: picker
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "doneForChild"
            visible: tracker.complete
            // qmllint: qint64 ids: Qt 6.4 qmllint knows no qlonglong, QML reads it as a number
            text: qsTr("Done for %1.").arg(JournalController.children.nickname(tracker.childId)) // qmllint disable type
            textFormat: Text.PlainText
            color: Theme.accent
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: view.canTick && tracker.needsRecheck
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                objectName: "recheckNotice"
                // qmllint: qint64 ids: Qt 6.4 qmllint knows no qlonglong, QML reads it as a number
                text: qsTr("This guide has changed since you went through it with %1.").arg(JournalController.children.nickname(tracker.childId)) // qmllint disable type
                textFormat: Text.PlainText
                color: Theme.errorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "recheckButton"
                text: qsTr("Check again")
                onClicked: tracker.recheck()
            }
        }
        Label {
            objectName: "progressError"
            visible: text.length > 0
            text: tracker.status.error
            textFormat: Text.PlainText
            color: Theme.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
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
                ActionCheckBox {
                    objectName: "step_" + stepCard.modelData.id
                    text: (stepCard.index + 1) + ". " + stepCard.modelData.title
                    font.bold: true
                    enabled: view.canTick && !childState.concealed
                    checked: !childState.concealed && tracker.doneSteps.indexOf(stepCard.modelData.id) >= 0
                    Layout.fillWidth: true
                    onToggled: tracker.setDone(stepCard.modelData.id, checked)
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
