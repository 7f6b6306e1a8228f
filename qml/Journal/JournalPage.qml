// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault

PageScaffold {
    objectName: "journalPage"
    title: qsTr("Journal")
    intro: qsTr("A private record of what you notice, kept encrypted on this device only, that you can turn into a report for the hotline, a caseworker or the police.")

    VaultGate {
        content: ColumnLayout {
            spacing: Theme.margin
            Button {
                objectName: "journalLockButton"
                text: qsTr("Lock the journal")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                Accessible.onPressAction: clicked()
                onClicked: VaultController.lock()
            }
            ComingSoonCard {
                heading: qsTr("What this page will hold")
                points: [
                    qsTr("Notes of what you saw: when, which app, which account, what happened and what you did."),
                    qsTr("A history that shows every change, so the record can be relied on later."),
                    qsTr("Reports to share with the people who can help.")
                ]
            }
        }
    }
}
