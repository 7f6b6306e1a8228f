// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency
import Harbor.Guides

// Hotlines, tip lines and agencies for the chosen region (and the country
// it is in). The region also sets the emergency bar's hotline.
PageScaffold {
    id: page

    objectName: "resourcesPage"
    title: qsTr("Resources")
    intro: qsTr("Who to call, what each line is for, and when it answers. In danger now: call 911.")

    ColumnLayout {
        spacing: 2
        Layout.fillWidth: true
        Label {
            objectName: "currentRegion"
            text: CallController.regionId.length > 0
                  ? qsTr("Your state: %1").arg(CallController.regionName)
                  : qsTr("No state chosen: the resources below are national.")
            textFormat: Text.PlainText
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RegionPicker {
            id: regionPicker
            objectName: "regionPicker"
            visibleRows: 4
            listWhenEmpty: false
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Your state decides which reporting line the hotline button calls.")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Repeater {
        model: GuidesController.resources
        delegate: ResourceCard {
            required property var modelData
            resource: modelData
        }
    }
}
