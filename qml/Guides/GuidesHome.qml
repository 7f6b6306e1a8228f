// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Guides

// The guide browser: search across everything, then "what to do now" first,
// the platforms, warning signs, tips by age and foster-care guidance.
ColumnLayout {
    id: home

    // kind: "guide", "signs", "flow", "ages", "recovery", "resource"
    signal open(string kind, string id)
    property alias query: search.query

    spacing: Theme.margin
    Layout.fillWidth: true

    GuideSearch {
        id: search
        guides: GuidesController
    }

    LabeledField {
        objectName: "guideSearch"
        label: qsTr("Search the guides")
        Layout.fillWidth: true
        text: search.query
        onEdited: value => search.query = value
    }
    ColumnLayout {
        visible: search.active
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Repeater {
            id: results
            objectName: "searchResults"
            model: search.results
            delegate: ActionButton {
                required property var modelData
                objectName: "result_" + modelData.kind + "_" + modelData.id
                text: modelData.title + (modelData.excerpt.length > 0 ? " — " + modelData.excerpt : "")
                flat: true
                wide: true
                Accessible.name: modelData.title
                onClicked: home.open(modelData.kind, modelData.id)
            }
        }
        Label {
            objectName: "searchNothingFound"
            visible: results.count === 0
            text: qsTr("Nothing found. Try another word.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    ColumnLayout {
        visible: !search.active
        spacing: Theme.margin
        Layout.fillWidth: true

        Label {
            text: qsTr("What to do now")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Flow {
            id: flowsFlow
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: GuidesController.flows
                delegate: ActionButton {
                    required property var modelData
                    // No wider than the row: a long title wraps inside the button.
                    width: Math.min(implicitWidth, flowsFlow.width)
                    objectName: "flow_" + modelData.id
                    text: modelData.title
                    onClicked: home.open("flow", modelData.id)
                }
            }
        }
        Label {
            text: qsTr("Apps, games and devices")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Flow {
            id: guidesFlow
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: GuidesController.guides
                delegate: ActionButton {
                    required property var modelData
                    // No wider than the row: a long title wraps inside the button.
                    width: Math.min(implicitWidth, guidesFlow.width)
                    objectName: "guide_" + modelData.id
                    text: modelData.name
                    onClicked: home.open("guide", modelData.id)
                }
            }
        }
        Label {
            text: qsTr("Warning signs")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Flow {
            id: signsFlow
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: GuidesController.signLists
                delegate: ActionButton {
                    required property var modelData
                    // No wider than the row: a long title wraps inside the button.
                    width: Math.min(implicitWidth, signsFlow.width)
                    objectName: "signs_" + modelData.id
                    text: modelData.title
                    onClicked: home.open("signs", modelData.id)
                }
            }
        }
        Label {
            text: qsTr("More help")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Flow {
            id: moreFlow
            spacing: Theme.spacing
            Layout.fillWidth: true
            ActionButton {
                // No wider than the row: a long title wraps inside the button.
                width: Math.min(implicitWidth, moreFlow.width)
                objectName: "ageTipsButton"
                visible: GuidesController.ageBands.length > 0
                text: qsTr("Tips by age")
                onClicked: home.open("ages", "")
            }
            ActionButton {
                // No wider than the row: a long title wraps inside the button.
                width: Math.min(implicitWidth, moreFlow.width)
                objectName: "recoveryButton"
                visible: GuidesController.hasRecovery
                text: qsTr("For foster caretakers")
                onClicked: home.open("recovery", "")
            }
        }
    }
}
