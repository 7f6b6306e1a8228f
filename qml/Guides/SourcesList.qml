// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// When the text was last checked, against what, and a reminder that
// platforms change their settings often.
ColumnLayout {
    id: sources

    property string reviewed
    property var items: []

    spacing: 2
    Layout.fillWidth: true

    Label {
        objectName: "reviewedLabel"
        text: qsTr("Last reviewed %1. Apps and platforms change their settings often; if a menu looks different, look for the closest match.").arg(sources.reviewed)
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        text: qsTr("Checked against:")
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
    }
    Repeater {
        model: sources.items
        delegate: Label {
            required property var modelData
            text: "<a href=\"" + modelData.url + "\">" + modelData.title + "</a>"
            textFormat: Text.StyledText
            linkColor: Theme.accent
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            onLinkActivated: link => Qt.openUrlExternally(link)
            Accessible.name: modelData.title
        }
    }
}
