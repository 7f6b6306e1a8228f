// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// Every Harbor button: a touch target high, named by its text (or by
// Accessible.name where the text alone would not say what it does),
// activated alike by pointer, Return/Enter/Space and the accessibility
// Press action (Qt 6.4 reports Press as done and does nothing unless the
// button handles it), with a focus ring visible in both themes.
// `primary` gives the accent fill of a form's main action.
Button {
    id: control

    property bool primary: false
    // As wide as its row (a full-width action); otherwise as wide as its
    // text, and narrower when the row is (the text wraps).
    property bool wide: false
    // Kept apart from Accessible.description so a view can add a hint.
    property string hint

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    // A view may set its own font (e.g. smaller for a narrow bar).
    font.bold: primary
    focusPolicy: Qt.StrongFocus
    // The width its text needs on one line. Not implicitWidth: a wrapping,
    // eliding label reports the width it was last laid out at, so a button
    // once squeezed would stay narrow.
    readonly property real naturalWidth: Math.max(implicitBackgroundWidth,
                                                  Math.ceil(oneLine.advanceWidth) + leftPadding + rightPadding)
    // In a layout, never wider than its row: a layout gives an item that does
    // not fill exactly its preferred width, so one long translated label
    // would widen the whole column past the window. Filling with a maximum
    // lets it shrink (its text wraps), never below a touch target; `wide`
    // lifts the maximum.
    Layout.fillWidth: true
    Layout.minimumWidth: Math.min(naturalWidth, Theme.touchTarget)
    Layout.preferredWidth: naturalWidth
    Layout.maximumWidth: wide ? Infinity : naturalWidth
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: hint
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.onPressAction: control.activate()
    Accessible.onToggleAction: control.activate()
    Keys.onReturnPressed: control.activate()
    Keys.onEnterPressed: control.activate()

    // One path for every way of pressing: a checkable button toggles first,
    // as a pointer click would.
    function activate() {
        if (!enabled)
            return
        if (checkable) {
            toggle()
            toggled()
        }
        clicked()
    }

    TextMetrics {
        id: oneLine
        font: control.font
        text: control.text
    }

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText // labels may come from a content pack: never rich text
        color: !control.enabled ? Theme.mutedText : control.primary ? Theme.textOnAccent : Theme.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // Between words; inside a word only when that word alone is wider
        // than the button (Text.WordWrap would let it run out instead).
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: Theme.touchTarget
        radius: Theme.radius
        color: {
            if (control.primary)
                return !control.enabled ? Theme.surfaceVariant
                                        : control.down ? Qt.darker(Theme.accent, 1.25) : Theme.accent
            if (control.flat && !control.down && !control.checked)
                return "transparent"
            return control.down || control.checked ? Theme.selection : Theme.surfaceVariant
        }
        border.width: control.primary || control.flat ? 0 : 1
        border.color: Theme.outline
    }
    // The focus ring: outside the fill, with a 2 px gap, so it only ever
    // touches what the button sits on (on the accent fill it would be
    // about 1:1). Layout spacing and page margins leave room for it.
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
}
