// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

// Shown where nothing can dial: the number large, a copy button and a QR
// code to dial from a phone. Also explains a number that was refused.
Popup {
    id: sheet

    property string label
    property string displayNumber
    property string digits
    property string refusal

    function showNumber(newLabel, newDisplayNumber, newDigits) {
        label = newLabel
        displayNumber = newDisplayNumber
        digits = newDigits
        refusal = ""
        open()
    }
    function showRefusal(reason) {
        label = ""
        displayNumber = ""
        digits = ""
        refusal = reason
        open()
    }

    parent: Overlay.overlay
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 420)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            text: sheet.refusal.length > 0 ? qsTr("This number cannot be called") : qsTr("Call from a phone")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: sheet.refusal.length > 0 ? sheet.refusal
                : qsTr("This device cannot place calls. Dial this number on any phone:")
            textFormat: Text.PlainText
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: sheet.label
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "sheetNumber"
            text: sheet.displayNumber
            textFormat: Text.PlainText
            visible: sheet.refusal.length === 0
            font.pixelSize: Theme.headlineFontSize
            font.bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Accessible.name: qsTr("Phone number %1").arg(sheet.displayNumber)
        }
        QrCode {
            objectName: "sheetQrCode"
            text: sheet.digits.length > 0 ? "tel:" + sheet.digits : ""
            visible: sheet.refusal.length === 0
            Layout.preferredWidth: 180
            Layout.preferredHeight: 180
            Layout.alignment: Qt.AlignHCenter
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code: scan it with a phone's camera to dial %1").arg(sheet.displayNumber)
        }
        Label {
            text: qsTr("Scan with a phone's camera to dial. The call will appear in that phone's call log.")
            visible: sheet.refusal.length === 0
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            ActionButton {
                objectName: "copyNumberButton"
                text: qsTr("Copy number")
                visible: sheet.refusal.length === 0
                wide: true
                onClicked: CallController.copyToClipboard(sheet.displayNumber)
            }
            ActionButton {
                objectName: "closeSheetButton"
                text: qsTr("Close")
                wide: true
                onClicked: sheet.close()
            }
        }
    }
}
