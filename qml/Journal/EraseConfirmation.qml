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

    objectName: "eraseConfirmation"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(520, (Overlay.overlay ? Overlay.overlay.width : 520) - 2 * Theme.margin)
    title: qsTr("Erase this entry permanently?")
    onOpened: typed.clear()

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            text: qsTr("Its text, its history and its files are removed for good. The journal keeps only a record that an entry was erased, and when, so a report stays honest. Deleting instead keeps everything and can be undone.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        TextField {
            id: typed
            objectName: "eraseWord"
            placeholderText: qsTr("Type %1 to confirm").arg(confirm.word)
            implicitHeight: Theme.touchTarget
            Accessible.name: placeholderText
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Button {
                objectName: "eraseConfirmButton"
                text: qsTr("Erase permanently")
                enabled: typed.text.trim().toUpperCase() === confirm.word.toUpperCase()
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: {
                    confirm.close()
                    confirm.confirmed()
                }
            }
            Button {
                text: qsTr("Cancel")
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onClicked: confirm.close()
            }
        }
    }
}
