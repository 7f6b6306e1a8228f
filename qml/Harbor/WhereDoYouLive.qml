// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

// The first question Harbor asks, before anything else: where the family
// lives, so the hotline button calls that state's reporting line. One
// screen, and it can be skipped; the emergency bar stays above it.
Rectangle {
    id: screen

    signal done

    // The Skip button, and Escape (Main's shortcut): no state, national line.
    function skip() {
        CallController.chooseRegion("")
        screen.done()
    }

    objectName: "whereDoYouLive"
    color: Theme.background

    Flickable {
        id: flick
        anchors.fill: parent
        // Only vertical: the column is as wide as the view, never wider, so
        // long unwrapped text cannot widen the page past the window.
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            // Anchored, not placed at x: mirrors right to left.
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 640)
            spacing: Theme.spacing

            Label {
                text: qsTr("Where do you live?")
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                text: qsTr("Reports of child abuse, neglect and trafficking go to the state where the child lives. Choose your state and the hotline button will call its reporting line. Harbor keeps your answer on this device only; you can change it on the Resources page.")
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RegionPicker {
                id: picker
                visibleRows: 7
                Layout.fillWidth: true
                onChosen: screen.done()
            }
            ActionButton {
                objectName: "skipRegion"
                text: qsTr("Skip: I'd rather not say")
                flat: true
                onClicked: screen.skip()
            }
            Label {
                text: qsTr("Without a state, the hotline button calls a national line whose counsellors listen and tell you how to reach your state's reporting line; they do not take reports themselves. In an emergency, call 911.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
