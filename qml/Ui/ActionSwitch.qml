// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// An on/off switch named by its text, toggled alike by pointer, Space,
// Return/Enter and the accessibility Press or Toggle action (Qt 6.4 reports
// both as done and does nothing unless the control handles them), with a
// focus ring visible in both themes. Screen readers hear a check box: Qt
// 6.4 has no switch role, and a check box says "checked" or "not checked".
Switch {
    id: control

    function activate() {
        if (!enabled)
            return
        toggle()
        toggled()
        clicked()
    }

    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    contentItem: Label {
        text: control.text
        color: control.enabled ? Theme.text : Theme.mutedText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator.width + control.spacing
    }
    Rectangle {
        anchors.fill: parent
        color: "transparent"
        radius: Theme.radius
        visible: control.visualFocus
        border.width: 3
        border.color: Theme.focusRing
    }
}
