// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Settings

// The second first-start question, after "Where do you live?": whether
// Harbor may go online to check for content updates. Nothing goes online
// before it is answered; the emergency bar stays above it.
Rectangle {
    id: screen

    signal done

    objectName: "goOnlineQuestion"
    color: Theme.background

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ColumnLayout {
            id: column
            // Anchored, not placed at x: mirrors right to left.
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.margin
            width: Math.min(parent.width - 2 * Theme.margin, 640)
            spacing: Theme.spacing

            UpdatesConsent {
                Layout.fillWidth: true
                onChosen: screen.done()
            }
        }
    }
}
