// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Harbor.Ui
import Harbor.Vault

// Backup and restore: one encrypted file under its own passphrase, so a
// lost or broken phone does not take the journal with it.
ColumnLayout {
    id: backups

    readonly property bool hasJournal: VaultController.state !== VaultController.Absent

    objectName: "backupSettings"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: qsTr("Backup and restore")
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
        text: qsTr("A backup is one encrypted file holding the whole journal: children, entries and their history, pictures, checklists and settings. It is locked with its own passphrase; without that passphrase nobody can open it, not even Harbor.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    // Backing up and restoring handle the whole journal and show a new
    // recovery key: hidden while the window is in the background.
    PrivateCover {
        objectName: "backupCover"
        contentSpacing: Theme.margin

        // Back up
        ColumnLayout {
            visible: backups.hasJournal
            spacing: Theme.spacing
            Layout.fillWidth: true
            PassphraseField {
                id: backupPassphrase
                objectName: "backupPassphrase"
                label: qsTr("Backup passphrase")
            }
            StrengthMeter {
                passphrase: backupPassphrase.text
            }
            PassphraseField {
                id: backupAgain
                objectName: "backupPassphraseAgain"
                label: qsTr("Backup passphrase again")
            }
            PassphraseField {
                id: backupJournalPassphrase
                objectName: "backupJournalPassphrase"
                label: qsTr("Your journal passphrase, to confirm it is you")
            }
            ActionButton {
                objectName: "makeBackupButton"
                text: qsTr("Make a backup…")
                enabled: !BackupController.status.busy && backupPassphrase.text.length > 0
                         && backupJournalPassphrase.text.length > 0
                onClicked: saveDialog.open()
            }
        }

        // Restore
        Label {
            text: qsTr("Restore from a backup")
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: backups.hasJournal
                ? qsTr("Restoring replaces the journal on this device with the one in the backup. The journal keeps your current passphrase and gets a new recovery key. Nothing changes if the backup is damaged or the passphrase is wrong.")
                : qsTr("Bring back a journal from a backup. Choose the passphrase this device will use for it.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        PassphraseField {
            id: restorePassphrase
            objectName: "restoreBackupPassphrase"
            label: qsTr("The passphrase of the backup to restore")
        }
        PassphraseField {
            id: restoreJournal
            objectName: "restoreJournalPassphrase"
            label: backups.hasJournal ? qsTr("Your journal passphrase") : qsTr("New journal passphrase")
        }
        StrengthMeter {
            visible: !backups.hasJournal
            passphrase: restoreJournal.text
        }
        PassphraseField {
            id: restoreJournalAgain
            objectName: "restoreJournalPassphraseAgain"
            visible: !backups.hasJournal
            label: qsTr("New journal passphrase again")
        }
        LabeledField {
            id: confirmation
            objectName: "restoreConfirmation"
            visible: backups.hasJournal
            label: qsTr("Type %1 to confirm").arg(BackupController.confirmWord)
            placeholder: BackupController.confirmWord
            invalid: BackupController.status.errorField === "confirmation"
            Layout.maximumWidth: 360
        }
        ActionButton {
            objectName: "restoreButton"
            text: qsTr("Restore from a file…")
            enabled: !BackupController.status.busy && restorePassphrase.text.length > 0 && restoreJournal.text.length > 0
            onClicked: openDialog.open()
        }

        ProgressBar {
            objectName: "backupProgress"
            visible: BackupController.status.busy
            indeterminate: BackupController.status.progress < 0
            value: Math.max(0, BackupController.status.progress)
            Layout.fillWidth: true
            Accessible.name: qsTr("Progress")
        }
        Label {
            objectName: "backupMessage"
            text: BackupController.status.failed ? BackupController.status.error : BackupController.status.notice
            visible: text.length > 0
            color: BackupController.status.failed ? Theme.errorText : Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        ActionButton {
            objectName: "restoreInspectedButton"
            visible: BackupController.inspected
            text: qsTr("Restore this backup")
            enabled: !BackupController.status.busy
            onClicked: {
                BackupController.restore(BackupController.inspectedFile, restorePassphrase.text, restoreJournal.text,
                                         restoreJournalAgain.text, confirmation.currentText)
                restorePassphrase.clear()
                restoreJournal.clear()
                restoreJournalAgain.clear()
                confirmation.clear()
            }
        }
        ColumnLayout {
            visible: BackupController.recoveryKey.length > 0
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                objectName: "restoredRecoveryKey"
                text: BackupController.recoveryKey
                font.family: "monospace"
                font.pixelSize: Math.round(Theme.baseFontSize * 1.3)
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
                Accessible.name: qsTr("New recovery key: %1").arg(text)
            }
            ActionButton {
                objectName: "restoredKeyWrittenButton"
                text: qsTr("I wrote it down")
                onClicked: BackupController.forgetRecoveryKey()
            }
        }
    }

    FileDialog {
        id: saveDialog
        objectName: "backupSaveDialog"
        // Qt's own dialog, never GTK's: GTK's adds the file to its recent list.
        options: FileDialog.DontUseNativeDialog // qmllint disable type
        title: qsTr("Save the backup")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "harborbackup"
        nameFilters: [qsTr("Harbor backups (*.harborbackup)")]
        onAccepted: {
            BackupController.backup(selectedFile, backupPassphrase.text, backupAgain.text, backupJournalPassphrase.text)
            backupPassphrase.clear()
            backupAgain.clear()
            backupJournalPassphrase.clear()
        }
    }
    FileDialog {
        id: openDialog
        objectName: "restoreOpenDialog"
        // Qt's own dialog, never GTK's: GTK's adds the file to its recent list.
        options: FileDialog.DontUseNativeDialog // qmllint disable type
        title: qsTr("Choose a backup")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Harbor backups (*.harborbackup)"), qsTr("All files (*)")]
        // First say what the backup holds (its chain head); restoring is the next step.
        onAccepted: BackupController.inspect(selectedFile, restorePassphrase.text)
    }
}
