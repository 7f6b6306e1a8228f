// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency
import Harbor.Vault

// Setting up the private journal: what Harbor does and does not do, the
// region, a passphrase, the recovery key (typed back), done.
ColumnLayout {
    id: onboarding

    // 0 welcome, 1 region, 2 passphrase, 3 recovery key, 4 done
    property int step: VaultController.recoveryKey.length > 0 ? 3 : 0
    signal finished

    function createNow() {
        VaultController.create(passphrase.text, confirmation.text)
    }

    objectName: "onboarding"
    spacing: Theme.margin
    Layout.fillWidth: true

    Connections {
        target: VaultController
        function onRecoveryKeyChanged() {
            if (VaultController.recoveryKey.length > 0) {
                passphrase.clear()
                confirmation.clear()
                onboarding.step = 3
            }
        }
    }

    Label {
        text: qsTr("Step %1 of %2").arg(onboarding.step + 1).arg(5)
        color: Theme.mutedText
        Layout.fillWidth: true
    }

    // 0: what Harbor is
    ColumnLayout {
        visible: onboarding.step === 0
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("A private journal, only on this device")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: [
                qsTr("Harbor keeps what you write encrypted on this device. Nothing is sent anywhere unless you export it yourself."),
                qsTr("Harbor never watches or reads your child's phone or accounts. It helps you notice, write down and act."),
                qsTr("Harbor is not an emergency service. If a child is in danger now, call 911 with the red button at the top."),
                qsTr("If someone walks in, press Quick exit at the top or %1: Harbor locks the journal, clears anything it copied and closes at once.").arg(CallController.quickExitShortcut),
                qsTr("Moving from another phone? Restore your backup in Settings, under Backup and restore, instead of starting a new journal.")
            ]
            Label {
                required property string modelData
                text: "• " + modelData
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    // 1: region
    ColumnLayout {
        visible: onboarding.step === 1
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("Where do you live?")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Your state decides which reporting line the hotline button calls.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RegionPicker {
            objectName: "regionChoice"
            visibleRows: 4
            Layout.fillWidth: true
            Layout.maximumWidth: 480
        }
        Label {
            text: qsTr("Hotline: %1, %2 (%3). You can change your state later on the Resources page.")
                .arg(CallController.hotlineName).arg(CallController.hotlineNumber).arg(CallController.hotlineHours)
            textFormat: Text.PlainText
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // 2: passphrase
    ColumnLayout {
        visible: onboarding.step === 2
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("Choose a passphrase")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("Several unrelated words are easy to remember and hard to guess. Do not use a passphrase that someone in your home might know.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PassphraseField {
            id: passphrase
            objectName: "newPassphrase"
            label: qsTr("Passphrase")
        }
        StrengthMeter {
            passphrase: passphrase.text
        }
        PassphraseField {
            id: confirmation
            objectName: "confirmPassphrase"
            label: qsTr("The same passphrase again")
            onAccepted: onboarding.createNow()
        }
        Label {
            objectName: "confirmationHint"
            text: VaultController.confirmationHint(passphrase.text, confirmation.text)
            visible: text.length > 0
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
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
                text: qsTr("Creating your encrypted journal…")
                color: Theme.mutedText
                Layout.fillWidth: true
            }
        }
        FormError {}
        PrimaryButton {
            objectName: "createVaultButton"
            text: qsTr("Create my journal")
            enabled: VaultController.acceptsNewPassphrase(passphrase.text, confirmation.text)
                     && !VaultController.status.busy
            wide: true
            Layout.maximumWidth: 360
            onClicked: onboarding.createNow()
        }
    }

    // 3: recovery key
    RecoveryKeyView {
        visible: onboarding.step === 3
        onConfirmed: onboarding.step = 4
    }

    // 4: done
    ColumnLayout {
        visible: onboarding.step === 4
        spacing: Theme.spacing
        Layout.fillWidth: true
        Label {
            text: qsTr("Your journal is ready")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            Layout.fillWidth: true
            Accessible.role: Accessible.Heading
        }
        Label {
            text: qsTr("It locks itself when you are away. Your passphrase opens it; your recovery key opens it if you forget.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PrimaryButton {
            objectName: "finishOnboardingButton"
            text: qsTr("Open my journal")
            wide: true
            Layout.maximumWidth: 360
            onClicked: {
                VaultController.dismissRecoveryKey()
                onboarding.finished()
            }
        }
    }

    RowLayout {
        visible: onboarding.step < 2
        spacing: Theme.spacing
        ActionButton {
            objectName: "onboardingBack"
            text: qsTr("Back")
            visible: onboarding.step > 0
            onClicked: onboarding.step -= 1
        }
        PrimaryButton {
            objectName: "onboardingNext"
            text: qsTr("Continue")
            wide: true
            Layout.maximumWidth: 360
            onClicked: onboarding.step += 1
        }
    }
}
