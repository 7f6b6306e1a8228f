// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

// Shows, as the user types, how hard the passphrase would be to guess.
ColumnLayout {
    id: meter

    property string passphrase
    readonly property var strength: VaultController.evaluatePassphrase(passphrase)
    readonly property bool acceptable: strength.acceptable

    spacing: Theme.spacing / 2
    Layout.fillWidth: true
    visible: passphrase.length > 0

    RowLayout {
        spacing: 4
        Layout.fillWidth: true
        Accessible.role: Accessible.ProgressBar
        Accessible.name: meter.strength.verdict
        Repeater {
            model: 5
            Rectangle {
                required property int index
                implicitHeight: 6
                radius: 3
                Layout.fillWidth: true
                color: index <= meter.strength.score
                    ? (meter.strength.acceptable ? Theme.accent : Theme.errorText) : Theme.surfaceVariant
            }
        }
    }
    Label {
        objectName: "strengthVerdict"
        text: qsTr("%1: %2").arg(meter.strength.verdict).arg(meter.strength.timeToGuess)
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: meter.strength.advice
        visible: text.length > 0
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
