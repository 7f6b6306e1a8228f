// SPDX-License-Identifier: GPL-3.0-or-later
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
            required property var modelData
            required property int index
            text: modelData.title
            icon.source: modelData.icon
            icon.color: checked ? Theme.accent : Theme.mutedText
            display: AbstractButton.TextUnderIcon
            implicitHeight: Math.max(Theme.touchTarget + Theme.spacing, implicitContentHeight + topPadding + bottomPadding)
            Accessible.name: text
            Accessible.onPressAction: nav.activated(index)
            onClicked: nav.activated(index)
            background: Rectangle {
                color: parent.checked ? Theme.selection : Theme.surface
                border.width: parent.visualFocus ? 2 : 0
                border.color: Theme.focusRing
            }
        }
    }
}
