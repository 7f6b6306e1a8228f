// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Harbor.Ui
import Harbor.Vault
import Harbor.Settings

PageScaffold {
    objectName: "settingsPage"
    title: qsTr("Settings")
    intro: qsTr("How Harbor looks and speaks, how the journal locks, and how guides stay current. Nothing you choose here leaves this device.")

    ChoiceRow {
        objectName: "languageChoice"
        label: qsTr("Language")
        current: Preferences.language
        choices: [
            { value: "system", text: qsTr("Same as this device") },
            { value: "en", text: "English" },
            { value: "es", text: "Español" }
        ]
        onChosen: value => Preferences.language = value
    }
    ChoiceRow {
        objectName: "themeChoice"
        label: qsTr("Appearance")
        current: Preferences.theme
        choices: [
            { value: "system", text: qsTr("Same as this device") },
            { value: "light", text: qsTr("Light") },
            { value: "dark", text: qsTr("Dark") }
        ]
        onChosen: value => Preferences.theme = value
    }
    ChoiceRow {
        objectName: "textSizeChoice"
        label: qsTr("Text size")
        // The choices are numbers; ChoiceRow takes strings.
        current: String(Preferences.textScale)
        choices: Array.from(Preferences.textScales).map(scale => ({
            value: String(scale),
            //: A text size in percent, e.g. "125%"; %1 is the number.
            text: qsTr("%1%").arg(Number(scale * 100).toLocaleString(Qt.locale(), "f", 0))
        }))
        onChosen: value => Preferences.textScale = Number(value)
    }
    SecuritySettings {}
    BackupSettings {}
    ContentUpdates {}
}
