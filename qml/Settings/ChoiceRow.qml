// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A labelled choice between a few values, e.g. the language.
ColumnLayout {
    id: row

    property string label
    // [{ value: "system", text: qsTr("...") }, ...]
    property var choices: []
    property string current
    signal chosen(string value)

    spacing: Theme.spacing / 2
    Layout.fillWidth: true

    Label {
        text: row.label
        color: Theme.text
        font.bold: true
        Layout.fillWidth: true
    }
    ComboBox {
        objectName: row.objectName + "Box"
        model: row.choices
        textRole: "text"
        valueRole: "value"
        currentIndex: Math.max(0, row.choices.findIndex(c => c.value === row.current))
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        Layout.maximumWidth: 360
        Accessible.name: row.label
        onActivated: row.chosen(currentValue)
    }
}
