// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// Desktop navigation: the destinations in a column at the window's side.
Rectangle {
    id: nav

    property var destinations: []
    property int currentIndex: 0
    signal activated(int index)
    signal shortcutsRequested

    objectName: "sideNavigation"
    color: Theme.surface
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Sections")

    Rectangle {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: 1
        color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            text: qsTr("Harbor")
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.accent
            Layout.margins: Theme.spacing
        }

        Repeater {
            model: nav.destinations
            ItemDelegate {
                id: entry
                required property var modelData
                required property int index
                text: entry.modelData.title
                icon.source: entry.modelData.icon
                icon.color: entry.highlighted ? Theme.textOnAccent : Theme.text
                highlighted: entry.index === nav.currentIndex
                implicitHeight: Theme.touchTarget
                focusPolicy: Qt.StrongFocus
                Layout.fillWidth: true
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                Accessible.onPressAction: nav.activated(entry.index)
                onClicked: nav.activated(entry.index)
                background: Rectangle {
                    radius: Theme.radius
                    color: entry.highlighted ? Theme.accent : "transparent"
                }
                // The focus ring: outside the accent fill with a 1 px gap, and
                // clear of the next entry (4 px apart), so it only ever
                // touches the navigation's surface.
                Rectangle {
                    objectName: "focusRing"
                    anchors.fill: parent
                    anchors.margins: -3
                    z: 1
                    color: "transparent"
                    radius: Theme.radius + 3
                    border.width: 2
                    border.color: Theme.focusRing
                    visible: entry.visualFocus
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }

        ActionButton {
            objectName: "shortcutsButton"
            text: qsTr("Keyboard shortcuts")
            flat: true
            wide: true
            onClicked: nav.shortcutsRequested()
        }
    }
}
