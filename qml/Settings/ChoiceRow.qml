// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
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
}
