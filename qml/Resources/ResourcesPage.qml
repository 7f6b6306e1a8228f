// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
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
        Label { text: qsTr("Region"); color: Theme.text }
        ComboBox {
            objectName: "regionPicker"
            model: GuidesController.regionNames
            currentIndex: GuidesController.regionIndex
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.name: qsTr("Region")
            onActivated: index => GuidesController.regionIndex = index
        }
        Label {
            text: qsTr("Your region decides which hotline the emergency bar calls.")
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
