// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// Says plainly what a destination will hold and that it is not there yet.
Rectangle {
    id: card

    property string heading
    property var points: []

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.outline
    border.width: 1

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: card.heading
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: card.points
            Label {
                required property string modelData
                text: "• " + modelData
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Not available yet: this part of Harbor is being built.")
            color: Theme.mutedText
            font.italic: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
