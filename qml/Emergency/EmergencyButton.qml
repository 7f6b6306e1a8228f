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

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing
    leftPadding: Theme.margin
    rightPadding: Theme.margin

    Accessible.role: Accessible.Button
    Accessible.name: control.text
    Accessible.description: control.accessibleDescription
    Accessible.onPressAction: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.emergencyPressed : Theme.emergency
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.focusRing
    }

    contentItem: ColumnLayout {
        spacing: 0
        Label {
            text: control.text
            textFormat: Text.PlainText
            color: Theme.textOnEmergency
            font.bold: true
            font.pixelSize: Math.round(Theme.baseFontSize * 1.15)
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
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
            maximumLineCount: 2
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
