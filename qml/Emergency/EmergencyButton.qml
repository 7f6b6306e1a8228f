// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A large, always-red call button. Works by touch, mouse, keyboard (Tab, then
// Space, Enter or Return) and the accessibility Press action that screen
// readers and switch access send (Qt 6.4 buttons ignore it unless handled).
// Not an ActionButton: it has its own always-red look, a subtitle and a
// description, and must not change when the kit's buttons do.
Button {
    id: control

    property string subtitle
    property string accessibleDescription
    // Narrow bar or large text: a smaller title and side padding, so whole
    // words fit the line (they wrap only between words).
    property bool narrow: false

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing
    leftPadding: narrow ? Theme.spacing : Theme.margin
    rightPadding: narrow ? Theme.spacing : Theme.margin

    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.description: control.accessibleDescription
    Accessible.onPressAction: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.emergencyPressed : Theme.emergency
    }
    // The focus ring: outside the red, with a gap, so it only ever touches
    // the bar's surface (focusRing on surface is a checked contrast pair;
    // on the red it would not be).
    Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        anchors.margins: -4
        z: 1
        color: "transparent"
        radius: Theme.radius + 4
        border.width: 2
        border.color: Theme.focusRing
        visible: control.visualFocus
    }

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            text: control.text
            textFormat: Text.PlainText
            color: Theme.textOnEmergency
            font.bold: true
            font.pixelSize: control.narrow ? Theme.baseFontSize : Math.round(Theme.baseFontSize * 1.15)
            // Between words; inside a word only if it alone is wider than the line.
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: control.subtitle
            textFormat: Text.PlainText
            visible: text.length > 0
            color: Theme.textOnEmergency
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
