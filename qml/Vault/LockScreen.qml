// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

// Unlock with the passphrase, or with the recovery key and a new passphrase.
// Nothing private is shown here; guides and the emergency bar stay usable.
ColumnLayout {
    id: lockScreen

    property bool recoveryMode: false
    readonly property bool waiting: VaultController.status.busy || VaultController.backoffSeconds > 0

    function unlockNow() {
        if (waiting)
            return
        VaultController.unlock(passphrase.text)
        passphrase.clear()
    }
    function recoverNow() {
        VaultController.recover(recoveryKey.text, newPassphrase.text, confirmPassphrase.text)
        recoveryKey.clear()
        newPassphrase.clear()
        confirmPassphrase.clear()
    }

    objectName: "lockScreen"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: qsTr("Your journal is locked")
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Label {
        text: qsTr("Guides, resources and the emergency buttons work without unlocking.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    PassphraseField {
        id: passphrase
        objectName: "unlockPassphrase"
        label: qsTr("Passphrase")
        visible: !lockScreen.recoveryMode
        onAccepted: lockScreen.unlockNow()
    }
    PrimaryButton {
        objectName: "unlockButton"
        text: qsTr("Unlock")
        visible: !lockScreen.recoveryMode
        enabled: !lockScreen.waiting
        wide: true
        Layout.maximumWidth: 360
        onClicked: lockScreen.unlockNow()
    }

    ColumnLayout {
        visible: lockScreen.recoveryMode
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("Type the recovery key you wrote down when you set up Harbor, then choose a new passphrase.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PassphraseField {
            id: recoveryKey
            objectName: "recoveryKey"
            label: qsTr("Recovery key")
            placeholderText: "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
        }
        PassphraseField {
            id: newPassphrase
            objectName: "recoveryNewPassphrase"
            label: qsTr("New passphrase")
        }
        StrengthMeter {
            passphrase: newPassphrase.text
        }
        PassphraseField {
            id: confirmPassphrase
            objectName: "recoveryConfirmPassphrase"
            label: qsTr("New passphrase again")
            onAccepted: lockScreen.recoverNow()
        }
        PrimaryButton {
            objectName: "recoverButton"
            text: qsTr("Set the new passphrase and unlock")
            enabled: !lockScreen.waiting
            wide: true
            Layout.maximumWidth: 360
            onClicked: lockScreen.recoverNow()
        }
    }

    RowLayout {
        visible: VaultController.status.busy
        spacing: Theme.spacing
        BusyIndicator {
            running: VaultController.status.busy
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
        }
        Label {
            text: qsTr("Checking… this takes about a second on purpose, to slow down guessing.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Label {
        objectName: "backoffLabel"
        text: qsTr("Too many attempts. You can try again in %n second(s).", "", VaultController.backoffSeconds)
        visible: VaultController.backoffSeconds > 0
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    FormError {}

    ActionButton {
        objectName: "recoveryModeButton"
        text: lockScreen.recoveryMode ? qsTr("Use my passphrase instead") : qsTr("I forgot my passphrase")
        flat: true
        onClicked: {
            VaultController.clearError()
            lockScreen.recoveryMode = !lockScreen.recoveryMode
        }
    }
}
