// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// Erasing cannot be undone: say what it does and ask for a typed word.
Dialog {
    id: confirm

    signal confirmed()
    readonly property string word: qsTr("ERASE")
    property string typedWord

    objectName: "eraseConfirmation"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (Overlay.overlay ? Overlay.overlay.width : 520) - 2 * Theme.margin)
    title: qsTr("Erase this entry permanently?")
    onOpened: {
        confirm.typedWord = ""
        // Nothing typed for an earlier entry stays (the field's own text).
        const input = typed.input as TextField
        if (input)
            input.clear()
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        // Exactly what JournalStore::erase removes and keeps: tst_journalstore
        // reads the rows after an erase and checks them against these words.
        Label {
            objectName: "eraseRemoves"
            text: qsTr("Its text, every earlier version of it and its files are removed for good, with what it said: the kind of entry, when it happened, the platform, category, severity and whether it was a draft.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            objectName: "eraseKeeps"
            text: qsTr("What stays, so the journal's chain still verifies: that an entry existed, which child it was about, when it was written, each time it was changed, deleted or restored and when it was erased, and the hash of every version. A hash does not reveal the text, but it can confirm an exact copy of it.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Deleting instead keeps everything and can be undone.")
            wrapMode: Text.Wrap
            color: Theme.mutedText
            Layout.fillWidth: true
        }
        LabeledField {
            id: typed
            objectName: "eraseWord"
            label: qsTr("Type %1 to confirm").arg(confirm.word)
            onEdited: value => confirm.typedWord = value
        }
        RowLayout {
            spacing: Theme.spacing
            ActionButton {
                objectName: "eraseConfirmButton"
                text: qsTr("Erase permanently")
                enabled: confirm.typedWord.trim().toUpperCase() === confirm.word.toUpperCase()
                onClicked: {
                    confirm.close()
                    confirm.confirmed()
                }
            }
            ActionButton {
                text: qsTr("Cancel")
                onClicked: confirm.close()
            }
        }
    }
}
