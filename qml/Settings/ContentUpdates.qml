// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Settings

// Content updates: whether Harbor may go online (the consent panel until
// the user chose, then the daily-check switch), "Check now" with progress,
// the last result, how old the content is, what the last update changed,
// and where updates come from.
ColumnLayout {
    id: updates

    property string addressError

    objectName: "contentUpdates"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: qsTr("Content updates")
        font.bold: true
        font.pixelSize: Math.round(Theme.baseFontSize * 1.2)
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        text: qsTr("Platforms change their settings and agencies change their numbers. Harbor downloads new guides and numbers that its publisher signed, and refuses anything else. The request asks only for the newest content: nothing about you or your journal is sent.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    UpdatesConsent {
        visible: !UpdatesController.consentChosen
        Layout.fillWidth: true
    }
    ActionSwitch {
        objectName: "dailyCheckSwitch"
        text: qsTr("Check once a day")
        visible: UpdatesController.consentChosen
        checked: UpdatesController.enabled
        Layout.fillWidth: true
        onToggled: UpdatesController.enabled = checked
    }
    Label {
        objectName: "offlineNote"
        visible: UpdatesController.consentChosen && !UpdatesController.enabled
        text: qsTr("Harbor does not go online by itself. \"Check now\" checks once, when you press it.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "contentSummary"
        text: UpdatesController.contentSummary
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "contentAge"
        text: UpdatesController.publishedAge
              + (UpdatesController.checkedAge.length > 0 ? " " + UpdatesController.checkedAge : "")
        visible: text.length > 0
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "contentExpiry"
        text: UpdatesController.expiryWarning
        visible: UpdatesController.expired
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    RowLayout {
        visible: UpdatesController.consentChosen
        spacing: Theme.margin
        Layout.fillWidth: true
        ActionButton {
            objectName: "checkNowButton"
            text: qsTr("Check now")
            enabled: !UpdatesController.status.busy
            onClicked: UpdatesController.checkNow()
        }
        ProgressBar {
            objectName: "updateProgress"
            visible: UpdatesController.status.busy
            // Unknown (-1) until the download says how far it has got.
            indeterminate: UpdatesController.status.progress < 0
            value: Math.max(0, UpdatesController.status.progress)
            Layout.fillWidth: true
            Accessible.name: qsTr("Download progress")
        }
    }
    Label {
        objectName: "updateStatus"
        text: UpdatesController.status.failed ? UpdatesController.status.error : UpdatesController.status.notice
        color: UpdatesController.status.failed ? Theme.errorText : Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: UpdatesController.status.failed ? Accessible.AlertMessage : Accessible.StaticText
        Accessible.name: text
    }

    ColumnLayout {
        objectName: "whatChanged"
        visible: UpdatesController.changes.length > 0
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Label {
            text: qsTr("What changed in the last update")
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Checklists of an updated guide ask you to go through them again.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: UpdatesController.changes
            delegate: Label {
                required property var modelData
                text: qsTr("%1: %2").arg(modelData.change).arg(modelData.title)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        // The saved address; what is typed is saved by Return or the button.
        LabeledField {
            id: addressField
            objectName: "updateAddress"
            label: qsTr("Update address")
            text: UpdatesController.address
            invalid: updates.addressError.length > 0
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Layout.maximumWidth: 520
            onAccepted: updates.addressError = UpdatesController.setAddress(currentText)
        }
        Label {
            text: qsTr("Change it only to use a copy your organisation hosts. Updates from any address must still be signed by Harbor's publisher.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "addressError"
            text: updates.addressError
            visible: text.length > 0
            color: Theme.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Flow {
            id: addressButtons
            spacing: Theme.spacing
            Layout.fillWidth: true
            ActionButton {
                objectName: "saveAddressButton"
                // No wider than the row: the text wraps inside the button.
                width: Math.min(implicitWidth, addressButtons.width)
                text: qsTr("Save address")
                onClicked: updates.addressError = UpdatesController.setAddress(addressField.currentText)
            }
            ActionButton {
                objectName: "defaultAddressButton"
                width: Math.min(implicitWidth, addressButtons.width)
                text: qsTr("Use the default address")
                visible: UpdatesController.customAddress
                onClicked: {
                    updates.addressError = ""
                    UpdatesController.resetAddress()
                }
            }
        }
    }
}
