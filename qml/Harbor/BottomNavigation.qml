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
    // Each destination's share of the window's width (the bar spans it; its
    // own width follows the tabs' implicit widths, which follow this).
    readonly property real slotWidth: (nav.Window.width - (nav.count - 1) * nav.spacing) / Math.max(1, nav.count)
    // Measured again when the text size changes (the font is read here).
    readonly property real widestName: fullSize.font.pixelSize > 0
        ? Math.max(1, ...nav.destinations.map(d => fullSize.advanceWidth(d.title))) : 1

    function labelPixelSize(padding: real): int {
        const fitting = Math.floor(Theme.baseFontSize * (nav.slotWidth - padding) / nav.widestName)
        return Math.max(Theme.systemFontSize, Math.min(Theme.baseFontSize, fitting))
    }

    FontMetrics {
        id: fullSize
        font.pixelSize: Theme.baseFontSize
    }
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
            // At a large text size four names cannot sit side by side at
            // 320 px: the names shrink together until the longest fits its
            // slot, never below the system's own text size (phones cap tab
            // labels the same way). The page's title says it at full size.
            font.pixelSize: nav.labelPixelSize(tab.leftPadding + tab.rightPadding)
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
