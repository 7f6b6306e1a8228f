// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// A check box named by its text, toggled alike by pointer, Space, Return
// and the accessibility Press or Toggle action, with a visible focus ring.
CheckBox {
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
        textFormat: Text.PlainText // labels may come from a content pack: never rich text
        font: control.font
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
