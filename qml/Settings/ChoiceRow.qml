// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// A labelled choice between a few values, e.g. the language: a
// LabeledPicker that takes and reports values instead of indexes.
LabeledPicker {
    id: row

    // [{ value: "system", text: qsTr("...") }, ...]
    property var choices: []
    property string current
    signal chosen(string value)

    model: row.choices
    textRole: "text"
    valueRole: "value"
    currentIndex: Math.max(0, row.choices.findIndex(c => c.value === row.current))
    maximumWidth: 360
    spacing: Theme.spacing / 2
    onActivated: row.chosen(row.currentValue)

    // A long choice at a large text size wraps instead of being cut off.
    box.contentItem: Label {
        objectName: row.objectName.length > 0 ? row.objectName + "Text" : ""
        leftPadding: 12
        rightPadding: 1
        topPadding: 6
        bottomPadding: 6
        text: row.box.displayText
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
    box.implicitHeight: Math.max(Theme.touchTarget,
                                 row.box.implicitContentHeight + row.box.topPadding + row.box.bottomPadding)
}
