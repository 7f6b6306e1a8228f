// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency
import Harbor.Journal

// One screen to read from while on the phone with the hotline: what intake
// asks, drawn from the entries chosen for the report, with the call button
// on it; afterwards one tap writes the call down.
ColumnLayout {
    id: card

    property bool showBack: false
    readonly property var prep: ReportController.callPrep()
    signal back()
    signal callWritten(var entryId)

    component Section: ColumnLayout {
        id: section
        property string title
        property var lines: []
        property string empty
        spacing: 2
        Layout.fillWidth: true
        Label {
            text: section.title
            font.bold: true
            font.pixelSize: Math.round(Theme.baseFontSize * 1.15)
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Repeater {
            model: section.lines
            delegate: Label {
                required property string modelData
                text: modelData
                font.pixelSize: Math.round(Theme.baseFontSize * 1.15)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            visible: section.lines.length === 0
            text: section.empty
            font.pixelSize: Math.round(Theme.baseFontSize * 1.15)
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    objectName: "callPrepPanel"
    spacing: Theme.margin
    Layout.fillWidth: true

    PanelHeader {
        title: qsTr("Before you call the hotline")
        showBack: card.showBack
        onBack: card.back()
    }
    Label {
        text: qsTr("Intake will ask for these. Say what you know; \"I don't know\" is a fine answer. You do not need proof to call.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    // The emergency bar's own red call button: this card is read while calling.
    EmergencyButton {
        objectName: "callPrepCallButton"
        text: qsTr("Call %1 · %2").arg(CallController.hotlineName).arg(CallController.hotlineNumber)
        Layout.fillWidth: true
        onClicked: CallController.callHotline()
    }
    Section {
        title: qsTr("The child and their age")
        lines: card.prep.children
        empty: qsTr("Say the child's first name and age.")
    }
    Section {
        title: qsTr("Where (county)")
        lines: card.prep.places
        empty: qsTr("Say the county where the child lives.")
    }
    Section {
        objectName: "callPrepSeen"
        title: qsTr("What you saw, and when")
        lines: card.prep.seen
        empty: qsTr("Choose entries in the report first.")
    }
    Section {
        title: qsTr("Who may be involved")
        lines: card.prep.involved
        empty: qsTr("Say any usernames, names or accounts you know.")
    }
    PrimaryButton {
        objectName: "writeCallButton"
        text: qsTr("After the call: write it down")
        onClicked: {
            const id = JournalController.save(ReportController.callEntry())
            if (id > 0)
                card.callWritten(id)
        }
    }
}
