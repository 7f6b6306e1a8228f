// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A heading and its points, or nothing when there are none.
ColumnLayout {
    id: list

    property string heading
    property var points: []
    property bool numbered: false

    visible: list.points.length > 0
    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Label {
        visible: list.heading.length > 0
        text: list.heading
        textFormat: Text.PlainText
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: list.points
        delegate: Label {
            required property string modelData
            required property int index
            text: (list.numbered ? (index + 1) + ". " : "• ") + modelData
            textFormat: Text.PlainText
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
