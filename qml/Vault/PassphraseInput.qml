// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui

// The input of a PassphraseField: hidden text, no prediction or learning by
// the input method. Its type name matters: Harbor.Ui gives every
// PassphraseInput its own accessible interface (SecretInputAccessible.cpp),
// named by `label`, whose text is one bullet per character, because Qt 6.4
// hands a password input's real text to assistive technology and no name.
TextField {
    id: input

    required property string label
    property bool revealed: false

    echoMode: input.revealed ? TextInput.Normal : TextInput.Password
    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhNoAutoUppercase
    color: Theme.text
    placeholderTextColor: Theme.mutedText
    implicitHeight: Theme.touchTarget
    // What QML's own accessibility says, for the QML tests; the bus gets
    // SecretInputAccessible's interface.
    Accessible.role: Accessible.EditableText
    Accessible.name: input.label
    Accessible.passwordEdit: true
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius / 2
        border.width: input.activeFocus ? 3 : 1
        border.color: input.activeFocus ? Theme.focusRing : Theme.outline
    }
}
