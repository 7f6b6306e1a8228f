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
    property string query

    spacing: Theme.margin
    Layout.fillWidth: true

    TextField {
        objectName: "guideSearch"
        placeholderText: qsTr("Search the guides")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        text: home.query
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Accessible.name: qsTr("Search the guides")
        onTextEdited: home.query = text
    }
    ColumnLayout {
        visible: home.query.trim().length > 0
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Repeater {
            id: results
            objectName: "searchResults"
            model: home.query.trim().length > 0 && GuidesController.contentRevision >= 0 ? GuidesController.search(home.query) : []
            delegate: ItemDelegate {
                id: result
                required property var modelData
                text: modelData.title + (modelData.excerpt.length > 0 ? " — " + modelData.excerpt : "")
                implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
                Layout.fillWidth: true
                Accessible.name: modelData.title
                contentItem: Label {
                    text: result.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    color: Theme.text
                }
                onClicked: home.open(modelData.kind, modelData.id)
            }
        }
        Label {
            visible: results.count === 0
            text: qsTr("Nothing found. Try another word.")
            color: Theme.mutedText
        }
    }

    ColumnLayout {
        visible: home.query.trim().length === 0
        spacing: Theme.margin
        Layout.fillWidth: true

        Label {
            text: qsTr("What to do now")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: GuidesController.flows
                delegate: Button {
                    id: flowButton
                    required property var modelData
                    objectName: "flow_" + modelData.id
                    text: modelData.title
                    implicitHeight: Theme.touchTarget
                    Accessible.name: text
                    contentItem: Label {
                        text: flowButton.text
                        textFormat: Text.PlainText
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: home.open("flow", modelData.id)
                }
            }
        }
        Label {
            text: qsTr("Apps, games and devices")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: GuidesController.guides
                delegate: Button {
                    id: guideButton
                    required property var modelData
                    objectName: "guide_" + modelData.id
                    text: modelData.name
                    implicitHeight: Theme.touchTarget
                    Accessible.name: text
                    contentItem: Label {
                        text: guideButton.text
                        textFormat: Text.PlainText
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: home.open("guide", modelData.id)
                }
            }
        }
        Label {
            text: qsTr("Warning signs")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: GuidesController.signLists
                delegate: Button {
                    id: signsButton
                    required property var modelData
                    objectName: "signs_" + modelData.id
                    text: modelData.title
                    implicitHeight: Theme.touchTarget
                    Accessible.name: text
                    contentItem: Label {
                        text: signsButton.text
                        textFormat: Text.PlainText
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                    }
                    onClicked: home.open("signs", modelData.id)
                }
            }
        }
        Label {
            text: qsTr("More help")
            font.bold: true
            font.pixelSize: Theme.titleFontSize * 0.8
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                objectName: "ageTipsButton"
                visible: GuidesController.ageBands.length > 0
                text: qsTr("Tips by age")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: home.open("ages", "")
            }
            Button {
                objectName: "recoveryButton"
                visible: GuidesController.hasRecovery
                text: qsTr("For foster caretakers")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: home.open("recovery", "")
            }
        }
    }
}
