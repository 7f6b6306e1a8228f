// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A date and time, shown and typed in the language chosen in Settings (the
// ISO form "2026-11-20 18:30" is always understood too), or chosen in a
// calendar: "Choose date and time" opens a month grid with the hour and the
// minute. The label names the input on the accessibility bus (Qt 6.4 has no
// labelledBy). Typed text counts on Return or on leaving the field; text
// that cannot be read, or a time after `maximum`, shows an error and keeps
// the value.
//
// `value` is what the view shows (bind it to the model, a Date); the
// control never writes it, so the view's binding survives. `edited` reports
// each date and time the user settles on, to the minute.
//
// In the calendar: arrows move the day, Page Up and Page Down the month,
// Return (or OK) takes it, Escape closes without a change; focus returns
// to the button either way. Days after `maximum` cannot be chosen.
ColumnLayout {
    id: field

    property string label
    // A Date, or null (or an invalid Date) for none yet.
    property var value: null
    // The latest time that can be chosen: a Date, or null for none.
    property var maximum: null
    // Nothing after the moment of choosing either (the journal refuses an
    // entry in the future): read from the clock each time it is needed.
    property bool notAfterNow: false
    // The view marks the field, e.g. when a save refused the value.
    property bool invalid: false
    // Month and weekday names, the first day of the week and the formats.
    // Follows Settings: Translations::apply sets QLocale's default before
    // the language change is announced.
    property var locale: field.localeFor(Preferences.effectiveLanguage)
    readonly property alias input: line
    readonly property alias chooseButton: chooseButton
    readonly property alias popup: popup
    // The date and time as this field shows them.
    readonly property string displayFormat: field.formatFor(field.locale)
    readonly property string displayText: field.isDate(field.value)
                                          ? field.value.toLocaleString(field.locale, field.displayFormat) : ""
    // Why the last typed text was refused, in words; empty when it was not.
    readonly property string error: {
        if (field.refusal === "unreadable")
            return qsTr("Type the date and time like %1, or use “Choose date and time”.").arg(field.example)
        if (field.refusal === "late")
            return qsTr("Choose a time no later than %1.").arg(field.formatted(field.refusedLimit))
        return ""
    }
    signal edited(date value)

    // Why the last typed text was refused: "", "unreadable" or "late"
    // (after refusedLimit, a Date).
    property string refusal
    property var refusedLimit: null
    readonly property string example: field.formatted(field.isDate(field.value) ? field.value : new Date(2026, 10, 20, 18, 30))

    // The argument only makes the binding re-read the default locale when
    // the language changes.
    function localeFor(language: string): var {
        return Qt.locale()
    }
    function isDate(candidate: var): bool {
        return candidate instanceof Date && !isNaN(candidate.getTime())
    }
    // The locale's short date with a four-digit year (Qt 6.4 reads "yy" as
    // 19yy) and its short time; odd spaces made plain, so typing matches.
    function formatFor(locale: var): string {
        let date = locale.dateFormat(Locale.ShortFormat)
        if (date.indexOf("yyyy") < 0)
            date = date.replace("yy", "yyyy")
        return (date + " " + locale.timeFormat(Locale.ShortFormat)).replace(/\s+/g, " ")
    }
    function formatted(date: var): string {
        return date.toLocaleString(field.locale, field.displayFormat)
    }
    function latest(): var {
        const limit = field.isDate(field.maximum) ? field.maximum : null
        if (!field.notAfterNow)
            return limit
        const now = new Date()
        return limit !== null && limit.getTime() < now.getTime() ? limit : now
    }
    function toMinute(date: var): var {
        return new Date(date.getFullYear(), date.getMonth(), date.getDate(), date.getHours(), date.getMinutes())
    }
    // A Date, or null: "YYYY-MM-DD HH:MM", the shown format, or the
    // locale's short format (a two-digit year is this century's).
    function parse(text: string): var {
        const typed = text.trim().replace(/\s+/g, " ")
        const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(typed)
        if (iso) {
            const year = Number(iso[1])
            const month = Number(iso[2])
            const day = Number(iso[3])
            const hour = Number(iso[4])
            const minute = Number(iso[5])
            const date = new Date(year, month - 1, day, hour, minute)
            const exact = date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
                          && date.getHours() === hour && date.getMinutes() === minute
            return exact ? date : null
        }
        let date = Date.fromLocaleString(field.locale, typed, field.displayFormat)
        if (field.isDate(date) && date.getFullYear() >= 1000)
            return field.toMinute(date)
        const shortFormat = (field.locale.dateFormat(Locale.ShortFormat) + " "
                       + field.locale.timeFormat(Locale.ShortFormat)).replace(/\s+/g, " ")
        date = Date.fromLocaleString(field.locale, typed, shortFormat)
        if (!field.isDate(date))
            return null
        if (date.getFullYear() < 2000)
            date.setFullYear(date.getFullYear() + 100)
        return field.toMinute(date)
    }
    // Settles on a date and time: refused after the maximum, else reported.
    function settle(date: var): bool {
        const limit = field.latest()
        if (limit !== null && date.getTime() > limit.getTime()) {
            field.refusedLimit = limit
            field.refusal = "late"
            return false
        }
        field.refusal = ""
        if (!field.isDate(field.value) || field.value.getTime() !== date.getTime())
            field.edited(date)
        // The text shows the value again, in the locale's form.
        line.text = Qt.binding(() => field.displayText)
        return true
    }
    // The typed text: true when it was taken.
    function commit(): bool {
        const typed = line.text
        if (typed.trim().length === 0 || typed === field.displayText) {
            // Nothing typed: the value stays, and shows again.
            field.refusal = ""
            line.text = Qt.binding(() => field.displayText)
            return field.isDate(field.value)
        }
        const date = field.parse(typed)
        if (date === null) {
            field.refusal = "unreadable"
            return false
        }
        return field.settle(date)
    }
    function openPicker() {
        popup.limit = field.latest()
        let start = field.isDate(field.value) ? field.value : new Date()
        if (popup.limit !== null && start.getTime() > popup.limit.getTime())
            start = popup.limit
        popup.show(start)
        popup.open()
    }

    spacing: 2
    Layout.fillWidth: true
    // Focusing the field (forceActiveFocus on it) focuses its input.
    onActiveFocusChanged: if (activeFocus) line.forceActiveFocus()

    Label {
        text: field.label
        color: field.invalid || field.refusal.length > 0 ? Theme.errorText : Theme.text
        font.bold: field.invalid || field.refusal.length > 0
        wrapMode: Text.Wrap
        visible: text.length > 0
        Layout.fillWidth: true
    }
    GridLayout {
        columns: field.width >= 480 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Layout.fillWidth: true

        TextField {
            id: line
            objectName: field.objectName.length > 0 ? field.objectName + "Input" : ""
            text: field.displayText
            placeholderText: field.example
            color: Theme.text
            placeholderTextColor: Theme.mutedText
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.role: Accessible.EditableText
            Accessible.name: field.label
            Accessible.description: field.error.length > 0 ? field.error : qsTr("For example %1").arg(field.example)
            onEditingFinished: field.commit()
            // Alt+Down opens the calendar, as in a date field elsewhere.
            Keys.onDownPressed: event => {
                if (event.modifiers & Qt.AltModifier)
                    field.openPicker()
                else
                    event.accepted = false
            }
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius / 2
                border.width: line.activeFocus ? 3 : field.invalid || field.refusal.length > 0 ? 2 : 1
                border.color: line.activeFocus ? Theme.focusRing
                                               : field.invalid || field.refusal.length > 0 ? Theme.errorText : Theme.outline
            }
        }
        ActionButton {
            id: chooseButton
            objectName: field.objectName.length > 0 ? field.objectName + "Choose" : ""
            text: qsTr("Choose date and time")
            hint: field.label
            wide: parent.columns === 1
            onClicked: field.openPicker()
        }
    }
    Label {
        objectName: field.objectName.length > 0 ? field.objectName + "Error" : ""
        text: field.error
        visible: text.length > 0
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }

    DateTimePopup {
        id: popup
        dateLocale: field.locale
        title: field.label
        onChosen: date => field.settle(date)
        onClosed: chooseButton.forceActiveFocus()
    }
}
