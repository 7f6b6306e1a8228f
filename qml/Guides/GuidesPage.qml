// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Harbor.Ui

PageScaffold {
    objectName: "guidesPage"
    title: qsTr("Guides")
    intro: qsTr("Clear, step-by-step help for keeping a child safer online, written for parents, guardians and foster caretakers.")

    ComingSoonCard {
        heading: qsTr("What this page will hold")
        points: [
            qsTr("Privacy and safety settings for each app and game your child uses, one numbered step at a time."),
            qsTr("Monitoring tips for each age: what to talk about, what to check, what to leave private."),
            qsTr("Warning signs of grooming, trafficking and sextortion, as checklists."),
            qsTr("What to do now: when you find something, when a child tells you something, when a child is missing."),
            qsTr("Recovery guidance for foster caretakers, and care for yourself.")
        ]
    }
}
