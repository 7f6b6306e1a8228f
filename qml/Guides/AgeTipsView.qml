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
    readonly property var current: GuidesController.ageBands.length > view.band ? GuidesController.ageBands[view.band] : ({})

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
            delegate: Button {
                id: bandButton
                required property var modelData
                required property int index
                text: modelData.title
                checkable: true
                checked: view.band === index
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                contentItem: Label {
                    text: bandButton.text
                    textFormat: Text.PlainText
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                onClicked: view.band = index
            }
        }
    }
    BulletList { heading: qsTr("Things to talk about"); points: view.current.talk || [] }
    BulletList { heading: qsTr("Device rules"); points: view.current.rules || [] }
    BulletList { heading: qsTr("What to look at"); points: view.current.check || [] }
    BulletList { heading: qsTr("What to leave private"); points: view.current.private || [] }
    SourcesList { reviewed: view.current.reviewed || ""; items: view.current.sources || [] }
}
