// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// The main action of a form: accent colour, a touch target high, reachable
// by keyboard and by the accessibility Press action.
Button {
    id: control

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    focusPolicy: Qt.StrongFocus
    Accessible.name: text
    Accessible.onPressAction: control.clicked()
    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Label {
        text: control.text
        color: control.enabled ? Theme.textOnAccent : Theme.mutedText
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.surfaceVariant : control.down ? Qt.darker(Theme.accent, 1.25) : Theme.accent
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.focusRing
    }
}
