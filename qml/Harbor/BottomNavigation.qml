// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// Phone navigation: the destinations along the bottom edge.
TabBar {
    id: nav

    property var destinations: []
    property int selectedIndex: 0
    signal activated(int index)

    // A tap changes currentIndex itself; keep it following the shell's page.
    currentIndex: selectedIndex
    onSelectedIndexChanged: currentIndex = selectedIndex

    objectName: "bottomNavigation"
    position: TabBar.Footer
    Accessible.name: qsTr("Sections")
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: 1
            color: Theme.outline
        }
    }

    Repeater {
        model: nav.destinations
        TabButton {
            id: tab
            required property var modelData
            required property int index
            text: tab.modelData.title
            icon.source: tab.modelData.icon
            icon.color: tab.checked ? Theme.accent : Theme.mutedText
            display: AbstractButton.TextUnderIcon
            implicitHeight: Math.max(Theme.touchTarget + Theme.spacing, implicitContentHeight + topPadding + bottomPadding)
            Accessible.name: text
            Accessible.onPressAction: nav.activated(tab.index)
            onClicked: nav.activated(tab.index)
            background: Rectangle {
                color: tab.checked ? Theme.selection : Theme.surface
                border.width: tab.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }
    }
}
