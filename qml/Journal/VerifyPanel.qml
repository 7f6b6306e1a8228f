// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// "Verify journal": recomputes the whole chain and names the first entry
// that no longer matches.
ColumnLayout {
    id: panel

    property bool showBack: false
    property verifyOutcome result
    signal back()
    signal openEntry(var entryId)

    spacing: Theme.margin
    Layout.fillWidth: true

    PanelHeader {
        title: qsTr("Verify the journal")
        showBack: panel.showBack
        onBack: panel.back()
    }
    // What Verify proves and what it cannot (SECURITY.md, "Honest claims").
    Label {
        objectName: "verifyProves"
        text: qsTr("Harbor links every change to the one before it with a SHA-256 hash. Checking recomputes every link and every attached file: a change made outside Harbor to entries, their history or their files shows up here, with the first entry changed.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "verifyCannot"
        text: qsTr("It cannot show that someone who knows the passphrase rewrote the journal: they can recompute every link. Nor can it show that an old copy of all of Harbor's files was put back. To notice those, keep the chain head that every report and backup prints (hash, links, entries, time) and compare it later.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PrimaryButton {
        objectName: "verifyNowButton"
        text: qsTr("Check now")
        onClicked: panel.result = JournalController.verify()
    }
    Label {
        objectName: "verifyResult"
        visible: text.length > 0
        text: panel.result.message
        color: panel.result.intact ? Theme.text : Theme.errorText
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    ActionButton {
        visible: panel.result.checked && !panel.result.intact && panel.result.entryId > 0
        text: qsTr("Show that entry")
        onClicked: panel.openEntry(panel.result.entryId)
    }
}
