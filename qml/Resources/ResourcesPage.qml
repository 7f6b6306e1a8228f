// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Harbor.Ui

PageScaffold {
    objectName: "resourcesPage"
    title: qsTr("Resources")
    intro: qsTr("Who to call and what each line is for, so you reach the right people first.")

    ComingSoonCard {
        heading: qsTr("What this page will hold")
        points: [
            qsTr("Hotlines, tip lines and agencies for your region and for the whole United States."),
            qsTr("For each: what it is for, how to reach it (call, text or web) and when it is open."),
            qsTr("Trainings for community members and for law enforcement."),
            qsTr("Updates that keep numbers current, signed so that nobody else can change them.")
        ]
    }
}
