// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

// 911 and the region's hotline, one tap away on every screen.
Rectangle {
    id: bar

    // Phone width: shorter subtitles.
    property bool compact: false
    // Built on first use: most sessions never need it.
    property CallSheet sheet: null

    function ensureSheet(): CallSheet {
        if (!sheet)
            sheet = sheetComponent.createObject(bar)
        return sheet
    }

    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    Accessible.role: Accessible.ToolBar
    Accessible.name: qsTr("Emergency calls")

    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.outline
    }

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        EmergencyButton {
            id: call911
            objectName: "call911Button"
            text: qsTr("Call 911")
            subtitle: qsTr("Danger now")
            accessibleDescription: qsTr("Call emergency services if a child is in danger right now.")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            onClicked: CallController.callEmergency()
        }
        EmergencyButton {
            id: callHotline
            objectName: "callHotlineButton"
            text: qsTr("Call the hotline")
            subtitle: bar.compact
                ? qsTr("%1 · %2").arg(CallController.hotlineNumber).arg(CallController.hotlineHours)
                : qsTr("%1 · %2 · %3").arg(CallController.regionName).arg(CallController.hotlineNumber)
                    .arg(CallController.hotlineHours)
            accessibleDescription: qsTr("%1, %2, open %3.").arg(CallController.hotlineName)
                .arg(CallController.hotlineNumber).arg(CallController.hotlineHours)
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            onClicked: CallController.callHotline()
        }
    }

    Component {
        id: sheetComponent
        CallSheet {}
    }

    Popup {
        id: callLogNotice
        objectName: "callLogNotice"
        parent: Overlay.overlay
        x: parent ? (parent.width - width) / 2 : 0
        y: bar.height + Theme.spacing
        width: parent ? Math.min(parent.width - 2 * Theme.margin, 420) : 320
        padding: Theme.margin
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.outline
        }
        contentItem: RowLayout {
            spacing: Theme.spacing
            Label {
                text: qsTr("Calls made from Harbor appear in the phone's call log, like any other call.")
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            PrimaryButton {
                text: qsTr("OK")
                onClicked: callLogNotice.close()
            }
        }
    }

    Connections {
        target: CallController
        function onCallLogNotice() {
            callLogNotice.open()
        }
        function onManualDialNeeded(label, displayNumber, digits) {
            bar.ensureSheet().showNumber(label, displayNumber, digits)
        }
        function onCallRefused(reason) {
            bar.ensureSheet().showRefusal(reason)
        }
    }
}
