// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A destination page: a title, a calm introduction and its content.
Page {
    id: page

    property string intro
    default property alias content: column.data

    background: Rectangle { color: Theme.background }
    Accessible.name: page.title

    Flickable {
        id: flick
        anchors.fill: parent
        // Only vertical: the column is as wide as the view, never wider, so
        // long unwrapped text cannot widen the page past the window.
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            // Anchored, not placed at an x, so it mirrors with -reverse.
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 720)
            spacing: Theme.margin

            Label {
                text: page.title
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                text: page.intro
                visible: text.length > 0
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
