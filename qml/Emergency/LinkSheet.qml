// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

// Before a website opens: it will stay in the browser's history, where
// someone else using this device can see it. "Copy link" is the other way
// (the copy is cleared after 30 s, like everything Harbor copies).
Popup {
    id: sheet

    property string title
    property string url

    function ask(newTitle, newUrl) {
        title = newTitle
        url = newUrl
        open()
    }

    objectName: "linkSheet"
    parent: Overlay.overlay
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 460)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    // Closed without a choice: nothing stays pending.
    onClosed: CallController.cancelPendingWebsite()

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: qsTr("Open this website?")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            objectName: "linkTitle"
            text: sheet.title
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.text
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "linkAddress"
            text: sheet.url
            textFormat: Text.PlainText
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("It will appear in your browser's history, where anyone who uses this device can see it. To leave no trace there, copy the link and open it somewhere safer, such as a private window or another device.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Flow {
            spacing: Theme.spacing
            Layout.fillWidth: true
            PrimaryButton {
                objectName: "openLinkButton"
                text: qsTr("Open in browser")
                onClicked: {
                    CallController.openPendingWebsite()
                    sheet.close()
                }
            }
            ActionButton {
                objectName: "copyLinkButton"
                text: qsTr("Copy link")
                onClicked: {
                    CallController.copyPendingLink()
                    sheet.close()
                }
            }
            ActionButton {
                objectName: "cancelLinkButton"
                text: qsTr("Cancel")
                onClicked: sheet.close()
            }
        }
    }
}
