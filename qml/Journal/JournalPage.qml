// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Harbor.Ui

PageScaffold {
    objectName: "journalPage"
    title: qsTr("Journal")
    intro: qsTr("A private record of what you notice, kept encrypted on this device only, that you can turn into a report for the hotline, a caseworker or the police.")

    ComingSoonCard {
        heading: qsTr("What this page will hold")
        points: [
            qsTr("Notes of what you saw: when, which app, which account, what happened and what you did."),
            qsTr("A history that shows every change, so the record can be relied on later."),
            qsTr("A lock with your passphrase, and a recovery key so a forgotten passphrase does not lose what you wrote."),
            qsTr("Reports to share with the people who can help.")
        ]
    }
}
