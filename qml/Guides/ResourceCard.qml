// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

// One line to call: what it is for, when it answers, and a button for each
// way to reach it. Numbers are dialled through the same validation as the
// emergency bar. Pack text is shown as plain text; the website opens only
// after the emergency bar's sheet says it lands in the browser's history.
Frame {
    id: card

    required property var resource

    Layout.fillWidth: true
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.outline }
    Accessible.name: card.resource.name

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing / 2
        Label {
            text: card.resource.name
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            visible: card.resource.lawEnforcement === true
            text: qsTr("For law enforcement")
            color: Theme.accent
            font.bold: true
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: card.resource.purpose
            textFormat: Text.PlainText
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: card.resource.hours || ""
            textFormat: Text.PlainText
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Side by side when they all fit the card, otherwise one under
        // another; a layout (not a Flow) sizes them, so a button is never
        // wider than the card and its text wraps.
        GridLayout {
            id: ways
            readonly property real neededWidth: Array.from(ways.children).filter(way => way.visible).reduce(
                (sum, way) => sum + (way.naturalWidth ?? way.implicitWidth) + ways.columnSpacing, 0)
            columns: ways.neededWidth <= card.availableWidth ? 4 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            ActionButton {
                objectName: "callResource_" + card.resource.id
                primary: true
                visible: card.resource.phone.length > 0
                text: qsTr("Call %1").arg(card.resource.phone)
                onClicked: CallController.callNumber(card.resource.name, card.resource.phone)
            }
            ActionButton {
                objectName: "textResource_" + card.resource.id
                visible: card.resource.sms.length > 0
                text: qsTr("Text %1").arg(card.resource.smsDisplay)
                onClicked: CallController.textNumber(card.resource.sms)
            }
            ActionButton {
                objectName: "webResource_" + card.resource.id
                visible: card.resource.web.length > 0
                text: qsTr("Open website")
                Accessible.name: qsTr("Open the website of %1").arg(card.resource.name)
                onClicked: CallController.openWebsite(card.resource.name, card.resource.web)
            }
            Label {
                visible: card.resource.tty.length > 0
                text: qsTr("TTY: %1").arg(card.resource.tty)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.mutedText
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
            }
        }
    }
}
