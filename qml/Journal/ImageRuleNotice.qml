// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// CONTENT.md rule 1, shown before the first file is accepted: never keep a
// sexual image of a child; record identifiers and report it instead.
Dialog {
    id: notice

    signal acknowledged()

    objectName: "imageRuleNotice"
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, (Overlay.overlay ? Overlay.overlay.width : 560) - 2 * Theme.margin)
    title: qsTr("Before you attach a picture")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing
        Label {
            objectName: "imageRuleText"
            text: qsTr("Never save, copy, screenshot or forward a sexual image of a child, not even as proof: having or sending it is a crime. Write down what identifies it instead: the platform, the username, the profile link, the date and time, and what was said or asked for.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Report the image to NCMEC's CyberTipline at report.cybertip.org or 1-800-843-5678. If pictures of your child may be circulating, NCMEC's Take It Down service can help remove them.")
            wrapMode: Text.Wrap
            color: Theme.text
            Layout.fillWidth: true
        }
        ActionCheckBox {
            id: understood
            objectName: "imageRuleCheck"
            text: qsTr("I understand. The file I attach is not such an image.")
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            PrimaryButton {
                objectName: "imageRuleContinue"
                text: qsTr("Continue")
                enabled: understood.checked
                onClicked: {
                    JournalController.acknowledgeImageRule()
                    notice.close()
                    if (JournalController.imageRuleAcknowledged)
                        notice.acknowledged()
                }
            }
            ActionButton {
                text: qsTr("Cancel")
                onClicked: notice.close()
            }
        }
    }
}
