// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Settings

// Asks whether Harbor may go online to check for new guides and numbers,
// and says in plain words what a check lets others learn. Used at first
// start and in Settings while nothing is chosen. A button records the
// answer (UpdatesController.choose) and then emits chosen(dailyCheck).
ColumnLayout {
    id: consent

    signal chosen(bool dailyCheck)

    objectName: "updatesConsent"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: qsTr("Should Harbor go online to check for new guides and numbers?")
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "consentExplanation"
        text: qsTr("Once a day, Harbor can ask its update server for new guides and phone numbers. Each check lets the update server, and anyone who can watch this network (whoever runs the Wi-Fi, the internet provider), learn that Harbor is used on this device and at what time. The update server also sees this network's IP address.")
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Nothing from your journal is sent: it never leaves this device. Without going online, Harbor keeps working with the guides and numbers it came with. You can change this in Settings at any time, and \"Check now\" there checks once, only when you press it.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        id: answers
        spacing: Theme.spacing
        Layout.fillWidth: true
        // Neither answer is the highlighted one: the choice is the user's.
        ActionButton {
            objectName: "consentDailyButton"
            // No wider than the row: the answer wraps inside the button.
            width: Math.min(implicitWidth, answers.width)
            text: qsTr("Check for updates once a day")
            onClicked: {
                UpdatesController.choose(true)
                consent.chosen(true)
            }
        }
        ActionButton {
            objectName: "consentOffButton"
            // No wider than the row: the answer wraps inside the button.
            width: Math.min(implicitWidth, answers.width)
            text: qsTr("Don't go online")
            onClicked: {
                UpdatesController.choose(false)
                consent.chosen(false)
            }
        }
    }
}
