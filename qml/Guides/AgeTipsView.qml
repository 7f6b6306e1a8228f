// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Guides

// Monitoring tips by age: what to talk about, house rules for devices,
// what to look at, and what to leave private.
ColumnLayout {
    id: view

    property int band: 0
    readonly property var current: GuidesController.ageBands[view.band] || ({})

    objectName: "ageTipsView"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: qsTr("By age")
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: GuidesController.ageBands
            delegate: ActionButton {
                required property var modelData
                required property int index
                objectName: "ageBand_" + modelData.id
                text: modelData.title
                // The band shown is filled, not "checked": a checked binding
                // would be broken by the first click. Screen readers still
                // hear which one is chosen.
                primary: view.band === index
                Accessible.checkable: true
                Accessible.checked: view.band === index
                onClicked: view.band = index
            }
        }
    }
    BulletList { heading: qsTr("Things to talk about"); points: view.current.talk || [] }
    BulletList { heading: qsTr("Device rules"); points: view.current.rules || [] }
    BulletList { heading: qsTr("What to look at"); points: view.current.check || [] }
    BulletList { heading: qsTr("What to leave private"); points: view.current.keepPrivate || [] }
    SourcesList { reviewed: view.current.reviewed || ""; items: view.current.sources || [] }
}
