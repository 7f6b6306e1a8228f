// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

// Settings for the journal's lock: passphrase, auto-lock, recovery key,
// erasing everything. Each change asks for the passphrase again.
ColumnLayout {
    id: security

    property bool showingNewKey: false
    property string notice

    objectName: "securitySettings"
    visible: VaultController.state !== VaultController.Absent
    spacing: Theme.margin
    Layout.fillWidth: true

    Connections {
        target: VaultController
        function onPassphraseChanged() {
            security.notice = qsTr("Your passphrase was changed.")
        }
        function onRecoveryKeyChanged() {
            if (VaultController.recoveryKey.length > 0 && VaultController.state === VaultController.Unlocked)
                security.showingNewKey = true
        }
        function onWiped() {
            security.notice = qsTr("Everything Harbor kept on this device was erased.")
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
        text: security.notice
        visible: text.length > 0
        color: Theme.accent
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    FormError {}
    Button {
        objectName: "lockNowButton"
        text: qsTr("Lock now")
        visible: VaultController.state === VaultController.Unlocked
        implicitHeight: Theme.touchTarget
        Accessible.name: text
        Accessible.onPressAction: clicked()
        onClicked: VaultController.lock()
    }

    ColumnLayout {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Label {
            text: qsTr("Lock after this many minutes without use")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        SpinBox {
            objectName: "idleMinutes"
            from: 1
            to: 60
            value: VaultController.idleMinutes
            editable: true
            implicitHeight: Theme.touchTarget
            Accessible.name: qsTr("Minutes without use before the journal locks")
            onValueModified: VaultController.idleMinutes = value
        }
    }
    ColumnLayout {
        spacing: Theme.spacing / 2
        Layout.fillWidth: true
        Label {
            text: qsTr("Lock when Harbor is in the background for")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ComboBox {
            objectName: "backgroundGrace"
            readonly property var options: [
                { value: 0, text: qsTr("No time at all") },
                { value: 60, text: qsTr("1 minute") },
                { value: 300, text: qsTr("5 minutes") },
                { value: 900, text: qsTr("15 minutes") }
            ]
            textRole: "text"
            valueRole: "value"
            model: options
            currentIndex: Math.max(0, options.findIndex(o => o.value === VaultController.backgroundGraceSeconds))
            implicitHeight: Theme.touchTarget
            Layout.preferredWidth: 240
            Accessible.name: qsTr("Time in the background before the journal locks")
            onActivated: VaultController.backgroundGraceSeconds = currentValue
        }
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
    Button {
        objectName: "changePassphraseButton"
        text: qsTr("Change passphrase")
        enabled: !VaultController.busy && current.text.length > 0 && next.text.length > 0
        implicitHeight: Theme.touchTarget
        Accessible.name: text
        Accessible.onPressAction: clicked()
        onClicked: {
            security.notice = ""
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
        label: qsTr("Passphrase")
    }
    Button {
        objectName: "newRecoveryKeyButton"
        text: qsTr("Make a new recovery key")
        enabled: !VaultController.busy && recoveryPassphrase.text.length > 0
        implicitHeight: Theme.touchTarget
        Accessible.name: text
        Accessible.onPressAction: clicked()
        onClicked: {
            security.notice = ""
            VaultController.regenerateRecoveryKey(recoveryPassphrase.text)
            recoveryPassphrase.clear()
        }
    }
    RecoveryKeyView {
        visible: security.showingNewKey && VaultController.recoveryKey.length > 0
        onConfirmed: {
            VaultController.dismissRecoveryKey()
            security.showingNewKey = false
            security.notice = qsTr("Your new recovery key is active.")
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
    TextField {
        id: typedWord
        objectName: "wipeWord"
        placeholderText: VaultController.wipeWord
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Layout.maximumWidth: 360
        Accessible.name: qsTr("Type %1 to confirm").arg(VaultController.wipeWord)
    }
    PassphraseField {
        id: wipePassphrase
        objectName: "wipePassphrase"
        label: qsTr("Passphrase")
    }
    Button {
        objectName: "wipeButton"
        text: qsTr("Erase everything")
        enabled: !VaultController.busy && wipePassphrase.text.length > 0 && typedWord.text.length > 0
        implicitHeight: Theme.touchTarget
        palette.button: Theme.emergency
        palette.buttonText: Theme.textOnEmergency
        Accessible.name: text
        Accessible.onPressAction: clicked()
        onClicked: {
            security.notice = ""
            VaultController.wipe(wipePassphrase.text, typedWord.text)
            wipePassphrase.clear()
            typedWord.clear()
        }
    }
}
