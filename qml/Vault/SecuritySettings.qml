// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

// Settings for the journal's lock: passphrase, auto-lock, recovery key,
// erasing everything. Each change asks for the passphrase again. What
// happened (changed, erased, the new key active) is VaultController's
// status notice; what went wrong, its error.
ColumnLayout {
    id: security

    property bool showingNewKey: false

    objectName: "securitySettings"
    visible: VaultController.state !== VaultController.Absent
    spacing: Theme.margin
    Layout.fillWidth: true

    Connections {
        target: VaultController
        function onRecoveryKeyChanged() {
            if (VaultController.recoveryKey.length > 0 && VaultController.state === VaultController.Unlocked)
                security.showingNewKey = true
        }
    }

    component SectionTitle: Label {
        font.bold: true
        font.pixelSize: Math.round(Theme.baseFontSize * 1.2)
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Accessible.role: Accessible.Heading
    }

    SectionTitle {
        text: qsTr("Journal lock")
    }
    Label {
        objectName: "securityNotice"
        text: VaultController.status.notice
        visible: text.length > 0
        color: Theme.accent
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    FormError {}
    ActionButton {
        objectName: "lockNowButton"
        text: qsTr("Lock now")
        visible: VaultController.state === VaultController.Unlocked
        onClicked: VaultController.lock()
    }

    LabeledSpinBox {
        objectName: "idleMinutes"
        label: qsTr("Lock after this many minutes without use")
        from: 1
        to: 60
        value: VaultController.idleMinutes
        editable: true
        onValueModified: value => VaultController.idleMinutes = value
    }
    LabeledPicker {
        objectName: "backgroundGrace"
        readonly property var options: [
            { value: 0, text: qsTr("No time at all") },
            { value: 60, text: qsTr("1 minute") },
            { value: 300, text: qsTr("5 minutes") },
            { value: 900, text: qsTr("15 minutes") }
        ]
        label: qsTr("Lock when Harbor is in the background for")
        textRole: "text"
        valueRole: "value"
        model: options
        currentIndex: Math.max(0, options.findIndex(o => o.value === VaultController.backgroundGraceSeconds))
        maximumWidth: 240
        onActivated: VaultController.backgroundGraceSeconds = currentValue
    }

    SectionTitle {
        text: qsTr("Change the passphrase")
    }
    PassphraseField {
        id: current
        objectName: "changeCurrent"
        label: qsTr("Current passphrase")
    }
    PassphraseField {
        id: next
        objectName: "changeNew"
        label: qsTr("New passphrase")
    }
    StrengthMeter {
        passphrase: next.text
    }
    PassphraseField {
        id: again
        objectName: "changeAgain"
        label: qsTr("New passphrase again")
    }
    ActionButton {
        objectName: "changePassphraseButton"
        text: qsTr("Change passphrase")
        enabled: !VaultController.status.busy && current.text.length > 0 && next.text.length > 0
        onClicked: {
            VaultController.changePassphrase(current.text, next.text, again.text)
            current.clear()
            next.clear()
            again.clear()
        }
    }

    SectionTitle {
        text: qsTr("New recovery key")
    }
    Label {
        text: qsTr("Makes a new recovery key and stops the old one from working.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PassphraseField {
        id: recoveryPassphrase
        objectName: "recoveryPassphrase"
        label: qsTr("Your passphrase, to make a new recovery key")
    }
    ActionButton {
        objectName: "newRecoveryKeyButton"
        text: qsTr("Make a new recovery key")
        enabled: !VaultController.status.busy && recoveryPassphrase.text.length > 0
        onClicked: {
            VaultController.regenerateRecoveryKey(recoveryPassphrase.text)
            recoveryPassphrase.clear()
        }
    }
    RecoveryKeyView {
        visible: security.showingNewKey && VaultController.recoveryKey.length > 0
        onConfirmed: {
            VaultController.dismissRecoveryKey()
            security.showingNewKey = false
        }
    }

    SectionTitle {
        text: qsTr("Erase everything")
    }
    Label {
        text: qsTr("Deletes the journal, its keys and everything else Harbor keeps in its folder on this device: settings and downloaded guides. This cannot be undone. It cannot reach reports or backups you saved elsewhere, and the device's flash storage may keep old copies of erased blocks for a while. Type %1 and your passphrase to confirm.").arg(VaultController.wipeWord)
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    LabeledField {
        id: typedWord
        objectName: "wipeWord"
        label: qsTr("Type %1 to confirm").arg(VaultController.wipeWord)
        placeholder: VaultController.wipeWord
        invalid: VaultController.status.errorField === "wipeWord"
        Layout.maximumWidth: 360
    }
    PassphraseField {
        id: wipePassphrase
        objectName: "wipePassphrase"
        label: qsTr("Your passphrase, to erase everything")
    }
    ActionButton {
        id: wipeButton
        objectName: "wipeButton"
        text: qsTr("Erase everything")
        enabled: !VaultController.status.busy && wipePassphrase.text.length > 0 && typedWord.currentText.length > 0
        // Red like the emergency bar: this one cannot be undone.
        contentItem: Label {
            text: wipeButton.text
            color: wipeButton.enabled ? Theme.textOnEmergency : Theme.mutedText
            font.bold: true
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            wrapMode: Text.Wrap
        }
        background: Rectangle {
            implicitWidth: Theme.touchTarget
            radius: Theme.radius
            color: !wipeButton.enabled ? Theme.surfaceVariant : wipeButton.down ? Theme.emergencyPressed : Theme.emergency
            border.width: wipeButton.visualFocus ? 3 : 0
            border.color: Theme.focusRing
        }
        onClicked: {
            VaultController.wipe(wipePassphrase.text, typedWord.currentText)
            wipePassphrase.clear()
            typedWord.clear()
        }
    }
}
