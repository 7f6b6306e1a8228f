// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// An ActionButton whose text comes from a content pack: drawn as plain
// text, never as rich text (a title holding <img> would make Qt fetch it
// from anywhere; tst_plaintext). The kit's label, with textFormat pinned;
// it can go once the kit's own label is plain text.
ActionButton {
    id: control

    contentItem: Label {
        text: control.text
        textFormat: Text.PlainText
        color: !control.enabled ? Theme.mutedText : control.primary ? Theme.textOnAccent : Theme.text
        font: control.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }
}
