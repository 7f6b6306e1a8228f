// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// An ActionCheckBox whose text comes from a content pack (a guide's step,
// a warning sign): drawn as plain text, never as rich text. The kit's
// label, with textFormat pinned; it can go once the kit's own label is
// plain text.
ActionCheckBox {
    id: control

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText
        font: control.font
        color: control.enabled ? Theme.text : Theme.mutedText
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        leftPadding: control.indicator.width + control.spacing
    }
}
