// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

// The recovery key, shown once, and the check that it was written down:
// the user types back two of its groups.
ColumnLayout {
    id: view

    signal confirmed

    function confirmNow() {
        if (VaultController.confirmRecoveryKey(first.currentText, second.currentText)) {
            first.clear()
            second.clear()
            view.confirmed()
        }
    }

    readonly property var groups: VaultController.groupsToConfirm
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: qsTr("Your recovery key")
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    // The key opens the journal: hidden while the window is in the background.
    PrivateCover {
        objectName: "recoveryKeyCover"
        contentSpacing: Theme.margin

        Label {
            text: qsTr("If you forget your passphrase, this key is the only way back into your journal. Write it on paper now and keep it somewhere safe, away from anyone you are worried about. Anyone who has it can open the journal. Harbor will not show it again.")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            color: Theme.surface
            border.color: Theme.outline
            radius: Theme.radius
            implicitHeight: keyText.implicitHeight + 2 * Theme.margin
            Layout.fillWidth: true
            Label {
                id: keyText
                objectName: "recoveryKeyText"
                anchors.fill: parent
                anchors.margins: Theme.margin
                text: VaultController.recoveryKey.split("-").join(" ")
                font.family: "monospace"
                font.pixelSize: Math.round(Theme.baseFontSize * 1.5)
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Accessible.name: qsTr("Recovery key: %1").arg(VaultController.recoveryKey.split("").join(" "))
            }
        }
        Label {
            text: qsTr("To check that you wrote it down, type group %1 and group %2.")
                .arg(view.groups.length > 1 ? view.groups[0] + 1 : 0).arg(view.groups.length > 1 ? view.groups[1] + 1 : 0)
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            LabeledField {
                id: first
                objectName: "confirmGroupFirst"
                label: qsTr("Group %1").arg(view.groups.length > 1 ? view.groups[0] + 1 : 0)
                inputMethodHints: Qt.ImhPreferUppercase
                Binding {
                    target: first.input
                    property: "maximumLength"
                    value: 4
                }
            }
            LabeledField {
                id: second
                objectName: "confirmGroupSecond"
                label: qsTr("Group %1").arg(view.groups.length > 1 ? view.groups[1] + 1 : 0)
                inputMethodHints: Qt.ImhPreferUppercase
                onAccepted: view.confirmNow()
                Binding {
                    target: second.input
                    property: "maximumLength"
                    value: 4
                }
            }
        }
        FormError {}
        PrimaryButton {
            objectName: "confirmRecoveryButton"
            text: qsTr("I wrote it down")
            wide: true
            Layout.maximumWidth: 360
            onClicked: view.confirmNow()
        }
    }
}
