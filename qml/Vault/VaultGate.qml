// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

// Shows private content only while the vault is unlocked: otherwise the
// set-up, the lock screen, or what is wrong with the vault's files.
ColumnLayout {
    id: gate

    // Built only while unlocked; destroyed when the vault locks.
    property Component content
    // True from "no vault" until the recovery key is confirmed (not a
    // binding: creating the vault unlocks it before set-up is finished).
    property bool settingUp: false
    Component.onCompleted: settingUp = VaultController.state === VaultController.Absent

    spacing: Theme.margin
    Layout.fillWidth: true

    Connections {
        target: VaultController
        function onStateChanged() {
            if (VaultController.state === VaultController.Absent)
                gate.settingUp = true
        }
    }

    Onboarding {
        visible: gate.settingUp
        onFinished: gate.settingUp = false
    }
    LockScreen {
        visible: !gate.settingUp && VaultController.state === VaultController.Locked
    }
    Label {
        objectName: "vaultProblem"
        visible: !gate.settingUp && VaultController.state === VaultController.Broken
        text: VaultController.problem
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Loader {
        active: !gate.settingUp && VaultController.state === VaultController.Unlocked
        visible: active
        sourceComponent: gate.content
        Layout.fillWidth: true
    }
}
