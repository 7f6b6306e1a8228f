// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Guides

// Guidance for foster caretakers of a child recovering from exploitation,
// and for themselves; whom to call, in order, if the child goes missing.
ColumnLayout {
    id: view

    readonly property var recovery: GuidesController.recovery

    objectName: "recoveryView"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: view.recovery.title || ""
        textFormat: Text.PlainText
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: view.recovery.sections || []
        delegate: BulletList {
            required property var modelData
            heading: modelData.title
            points: modelData.points
        }
    }
    Label {
        text: qsTr("If the child goes missing, call in this order")
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: view.recovery.call || []
        delegate: ResourceCard {
            required property var modelData
            resource: modelData
        }
    }
    SourcesList { reviewed: view.recovery.reviewed || ""; items: view.recovery.sources || [] }
}
