// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

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
        textFormat: Text.PlainText
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
    // One button per source, its title as plain text; opening asks first
    // (the emergency bar's sheet: browser history, or copy the link).
    Repeater {
        model: sources.items
        delegate: ActionButton {
            id: sourceButton
            required property var modelData
            required property int index
            objectName: "source_" + index
            text: modelData.title
            flat: true
            wide: true
            Accessible.name: qsTr("Open the source: %1").arg(modelData.title)
            // Drawn as a link; the kit's button gives the Press action, keys and focus ring.
            contentItem: Label {
                text: sourceButton.text
                textFormat: Text.PlainText
                color: Theme.accent
                font.pixelSize: Theme.smallFontSize
                font.underline: true
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
            }
            onClicked: CallController.openWebsite(modelData.title, modelData.url)
        }
    }
}
