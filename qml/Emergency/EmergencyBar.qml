// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency
import Harbor.Vault

// 911 and the region's hotline, one tap away on every screen, and quick
// exit (the button, or Ctrl+Shift+Q anywhere in Harbor).
Rectangle {
    id: bar

    // Phone width: shorter subtitles.
    property bool compact: false
    // Too narrow for three buttons side by side at this text size (320 px
    // at 125 % text or more): the calls share the first row, the hotline's
    // subtitle is only its number (its name and hours stay in its
    // description), and quick exit gets a row of its own.
    readonly property bool narrow: width < Theme.baseFontSize * 22
    // Built on first use: most sessions never need them.
    property CallSheet sheet: null
    property LinkSheet linkSheet: null

    function ensureSheet(): CallSheet {
        if (!sheet)
            sheet = sheetComponent.createObject(bar)
        return sheet
    }
    function ensureLinkSheet(): LinkSheet {
        if (!linkSheet)
            linkSheet = linkSheetComponent.createObject(bar)
        return linkSheet
    }
    // In one step: the journal locks, what Harbor copied is cleared, and
    // the window closes (the app quits; reopening shows the lock screen).
    function quickExit() {
        VaultController.lock()
        CallController.quickExit()
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

    GridLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: bar.narrow ? 2 : 3
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        EmergencyButton {
            id: call911
            objectName: "call911Button"
            text: qsTr("Call 911")
            subtitle: qsTr("Danger now")
            accessibleDescription: qsTr("Call emergency services if a child is in danger right now.")
            narrow: bar.narrow
            Layout.fillWidth: true
            Layout.fillHeight: true
            // Narrow: the hotline's longer words and number get more room.
            Layout.preferredWidth: bar.narrow ? 2 : 1
            onClicked: CallController.callEmergency()
        }
        EmergencyButton {
            id: callHotline
            objectName: "callHotlineButton"
            text: qsTr("Call the hotline")
            // The line's own name: the state's reporting line, or what the
            // fallback honestly is ("Childhelp: counselling, and your
            // state's reporting line") when no state is chosen.
            // Narrow: the number may break after a hyphen (a zero-width
            // space), never between two digits.
            subtitle: bar.narrow ? CallController.hotlineNumber.replace(/-/g, "-\u200B")
                : bar.compact ? qsTr("%1 · %2").arg(CallController.hotlineName).arg(CallController.hotlineNumber)
                : qsTr("%1 · %2 · %3").arg(CallController.hotlineName).arg(CallController.hotlineNumber)
                    .arg(CallController.hotlineHours)
            accessibleDescription: qsTr("%1, %2, open %3.").arg(CallController.hotlineName)
                .arg(CallController.hotlineNumber).arg(CallController.hotlineHours)
            narrow: bar.narrow
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: bar.narrow ? 3 : 1
            onClicked: CallController.callHotline()
        }
        ActionButton {
            id: quickExitButton
            objectName: "quickExitButton"
            text: qsTr("Quick exit")
            hint: qsTr("Locks the journal, clears anything Harbor copied and closes Harbor at once. Shortcut: %1.").arg(CallController.quickExitShortcut)
            font.bold: true
            font.pixelSize: Theme.smallFontSize
            Layout.fillHeight: !bar.narrow
            wide: bar.narrow
            Layout.columnSpan: bar.narrow ? 2 : 1
            Layout.maximumWidth: bar.narrow ? Infinity : Math.min(naturalWidth, bar.compact ? 72 : 120)
            onClicked: bar.quickExit()
        }
    }

    // Anywhere in Harbor, whatever has focus (popups and dialogs included).
    Shortcut {
        objectName: "quickExitShortcut"
        sequence: CallController.quickExitShortcut
        context: Qt.ApplicationShortcut
        onActivated: bar.quickExit()
    }

    Component {
        id: sheetComponent
        CallSheet {}
    }
    Component {
        id: linkSheetComponent
        LinkSheet {}
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
        // A refused number: the sheet says why (nothing was dialled).
        function onStatusChanged() {
            if (CallController.status.failed)
                bar.ensureSheet().showRefusal(CallController.status.error)
        }
        function onWebsiteConfirmationNeeded(title, url) {
            bar.ensureLinkSheet().ask(title, url)
        }
    }
}
