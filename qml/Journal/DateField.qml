// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// A day typed as YYYY-MM-DD, or nothing; edited() carries the text. A plain
// TextField: the kit's LabeledField has no validator, and the filter row
// names its fields by placeholder to stay one line high.
TextField {
    id: field

    property string label
    property string day
    signal edited(string value)

    placeholderText: field.label
    text: field.day
    inputMethodHints: Qt.ImhDate | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
    validator: RegularExpressionValidator { regularExpression: /^$|^\d{4}-\d{2}-\d{2}$/ }
    implicitHeight: Theme.touchTarget
    Accessible.name: field.label
    onEditingFinished: field.edited(text)
}
