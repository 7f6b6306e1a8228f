// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Ui

// The kit's date and time field in a real scene, driven by keyboard as a
// person would: typed in ISO or the locale's form, chosen in the calendar,
// never after its maximum, and in the language chosen in Settings.
Item {
    id: root
    width: 600
    height: 800

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    Component {
        id: fieldComponent
        DateTimeField {
            x: 16
            y: 16
            width: root.width - 32
            label: "When it happened"
            objectName: "when"
            // 1 December 2026, 09:30; nothing after 7 December, 18:00.
            value: new Date(2026, 11, 1, 9, 30)
            maximum: new Date(2026, 11, 7, 18, 0)
            property var edits: []
            // As a view does: what the user settles on becomes the value.
            onEdited: date => {
                edits.push(date)
                value = date
            }
        }
    }

    TestCase {
        id: test
        name: "DateTimeField"
        when: windowShown

        readonly property var english: Qt.locale("en_US")
        readonly property var spanish: Qt.locale("es_ES")

        function init() {
            failOnWarning(/.*/)
            Preferences.theme = "light"
        }
        function cleanup() {
            Preferences.language = "en"
        }

        function makeField(properties) {
            const field = createTemporaryObject(fieldComponent, root,
                                                Object.assign({ locale: test.english }, properties || {}))
            verify(field)
            waitForRendering(field)
            return field
        }
        function typeInto(field, text) {
            field.input.forceActiveFocus()
            field.input.selectAll()
            for (const c of text)
                keyClick(c)
            compare(field.input.text, text)
            keyClick(Qt.Key_Return)
        }
        function sameMinute(a, b) {
            return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
        }
        function cell(field, day) {
            const found = findChild(field.popup.contentItem, "day" + day)
            verify(found, "day " + day)
            return found
        }
        // Tab to the button, Space opens the calendar on the value's day.
        function openByKeyboard(field) {
            field.input.forceActiveFocus()
            keyClick(Qt.Key_Tab)
            verify(field.chooseButton.activeFocus, "Tab reaches the button")
            keyClick(Qt.Key_Space)
            tryVerify(() => field.popup.opened)
            tryVerify(() => cell(field, field.popup.day.getDate()).activeFocus)
            waitForItemPolished(field.popup.grid.contentItem)
        }
        function chosenDay(field) {
            const day = field.popup.day
            return [day.getFullYear(), day.getMonth(), day.getDate()]
        }

        function test_typedIsoAndLocaleText_data() {
            return [
                { tag: "ISO", text: "2026-11-20 18:30", locale: "en_US", expected: new Date(2026, 10, 20, 18, 30) },
                { tag: "ISO with T", text: "2026-11-20T07:05", locale: "es_ES", expected: new Date(2026, 10, 20, 7, 5) },
                { tag: "English", text: "11/20/2026 6:30 PM", locale: "en_US", expected: new Date(2026, 10, 20, 18, 30) },
                { tag: "English, two-digit year", text: "11/20/26 6:30 AM", locale: "en_US", expected: new Date(2026, 10, 20, 6, 30) },
                { tag: "Spanish", text: "20/11/2026 18:30", locale: "es_ES", expected: new Date(2026, 10, 20, 18, 30) },
                { tag: "Spanish, two-digit year", text: "3/2/26 8:15", locale: "es_ES", expected: new Date(2026, 1, 3, 8, 15) },
            ]
        }
        function test_typedIsoAndLocaleText(data) {
            const field = makeField({ locale: Qt.locale(data.locale) })
            typeInto(field, data.text)
            compare(field.error, "")
            compare(field.edits.length, 1)
            verify(sameMinute(field.value, data.expected), String(field.value))
            // Shown again in the locale's own form, which reads back the same.
            compare(field.input.text, field.formatted(data.expected))
            verify(sameMinute(field.parse(field.input.text), data.expected))
        }

        function test_refusedTextKeepsTheValue_data() {
            return [
                { tag: "words", text: "last tuesday", problem: "unreadable" },
                { tag: "no such day", text: "2026-02-30 10:00", problem: "unreadable" },
                { tag: "no such hour", text: "2026-11-20 25:00", problem: "unreadable" },
                { tag: "after the maximum", text: "2026-12-07 18:01", problem: "late" },
                { tag: "far in the future", text: "12/31/2099 10:00 AM", problem: "late" },
            ]
        }
        function test_refusedTextKeepsTheValue(data) {
            const field = makeField()
            const before = field.value
            typeInto(field, data.text)
            compare(field.refusal, data.problem)
            // The error shows the form to type, or the latest time allowed.
            const shown = data.problem === "late" ? "12/7/2026 6:00 PM" : "12/1/2026 9:30 AM"
            verify(field.error.indexOf(shown) > 0, field.error)
            const message = findChild(field, "whenError")
            verify(message.visible)
            compare(field.input.Accessible.description, field.error)
            compare(field.edits.length, 0)
            verify(sameMinute(field.value, before))
            // What was typed stays to be fixed; a good time clears the error.
            compare(field.input.text, data.text)
            typeInto(field, "2026-12-07 18:00")
            compare(field.error, "")
            verify(!message.visible)
            verify(sameMinute(field.value, new Date(2026, 11, 7, 18, 0)))
        }

        function test_keyboardPicksADay() {
            const field = makeField()
            openByKeyboard(field)
            compare(chosenDay(field), [2026, 11, 1])
            keyClick(Qt.Key_Right)
            compare(chosenDay(field), [2026, 11, 2])
            verify(cell(field, 2).activeFocus, "the chosen day holds the focus")
            // A week on would be 9 December, after the maximum: it stays.
            keyClick(Qt.Key_Down)
            compare(chosenDay(field), [2026, 11, 2])
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_PageUp)
            compare(chosenDay(field), [2026, 10, 1])
            compare(findChild(field.popup.contentItem, "monthHeading").text, "November 2026")
            keyClick(Qt.Key_Down)
            compare(chosenDay(field), [2026, 10, 8])
            verify(cell(field, 8).activeFocus)
            // 8 December is after the maximum: Page Down stops at its day.
            keyClick(Qt.Key_PageDown)
            compare(chosenDay(field), [2026, 11, 7])
            compare(field.edits.length, 0, "nothing taken before Return")
            keyClick(Qt.Key_Return)
            tryVerify(() => !field.popup.visible)
            compare(field.edits.length, 1)
            verify(sameMinute(field.value, new Date(2026, 11, 7, 9, 30)), String(field.value))
            verify(field.chooseButton.activeFocus, "focus returns to the button")
            compare(field.input.text, "12/7/2026 9:30 AM")
        }

        function test_escapeCancels() {
            const field = makeField()
            openByKeyboard(field)
            keyClick(Qt.Key_PageUp)
            keyClick(Qt.Key_Right)
            compare(chosenDay(field), [2026, 10, 2])
            keyClick(Qt.Key_Escape)
            tryVerify(() => !field.popup.visible)
            compare(field.edits.length, 0)
            verify(sameMinute(field.value, new Date(2026, 11, 1, 9, 30)))
            verify(field.chooseButton.activeFocus, "focus returns to the button")
            // Opened again, it starts from the value, not from what was left.
            keyClick(Qt.Key_Return)
            tryVerify(() => field.popup.opened)
            compare(chosenDay(field), [2026, 11, 1])
        }

        function test_timeAndNow() {
            const field = makeField()
            openByKeyboard(field)
            const hour = findChild(field.popup.contentItem, "hour")
            const minute = findChild(field.popup.contentItem, "minute")
            compare(hour.spin.Accessible.name, "Hour")
            compare(minute.spin.Accessible.name, "Minute")
            compare([hour.value, minute.value], [9, 30])
            // On the maximum's day the hour stops at it.
            keyClick(Qt.Key_PageUp)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_PageDown)
            compare(chosenDay(field), [2026, 11, 7])
            hour.value = 23
            compare(hour.value, 18)
            compare(minute.value, 0)
            // Now, but never after the maximum.
            mouseClick(findChild(field.popup.contentItem, "previousMonth"))
            mouseClick(findChild(field.popup.contentItem, "now"))
            const limit = new Date(2026, 11, 7, 18, 0)
            const clock = new Date()
            const expected = clock > limit ? limit : new Date(clock.getFullYear(), clock.getMonth(), clock.getDate(),
                                                              clock.getHours(), clock.getMinutes())
            compare(chosenDay(field), [expected.getFullYear(), expected.getMonth(), expected.getDate()])
            compare([hour.value, minute.value], [expected.getHours(), expected.getMinutes()])
            hour.spin.forceActiveFocus()
            keyClick(Qt.Key_Down)
            const ok = findChild(field.popup.contentItem, "ok")
            ok.forceActiveFocus()
            keyClick(Qt.Key_Return)
            tryVerify(() => !field.popup.visible)
            compare(field.value.getHours(), expected.getHours() - 1)
        }

        function test_daysAfterTheMaximumCannotBePicked() {
            const field = makeField()
            openByKeyboard(field)
            verify(cell(field, 7).enabled)
            const late = cell(field, 8)
            verify(!late.enabled)
            compare(late.Accessible.description, "Not available")
            mouseClick(late)
            compare(chosenDay(field), [2026, 11, 1])
            late.Accessible.pressAction()
            compare(chosenDay(field), [2026, 11, 1])
            verify(!findChild(field.popup.contentItem, "nextMonth").enabled)
            keyClick(Qt.Key_PageDown)
            compare(chosenDay(field), [2026, 11, 1])
            // A day before it is picked by pointer and by the Press action.
            mouseClick(cell(field, 3))
            compare(chosenDay(field), [2026, 11, 3])
            cell(field, 5).Accessible.pressAction()
            compare(chosenDay(field), [2026, 11, 5])
        }

        function test_dayCellsAreNamed() {
            const field = makeField()
            openByKeyboard(field)
            const day = cell(field, 7)
            compare(day.Accessible.role, Accessible.Button)
            compare(day.Accessible.name, "Monday, December 7, 2026")
            verify(cell(field, 1).Accessible.selected)
            verify(!day.Accessible.selected)
            compare(findChild(field.popup.contentItem, "previousMonth").Accessible.name, "Previous month")
            compare(findChild(field.popup.contentItem, "nextMonth").Accessible.name, "Next month")
            compare(field.popup.title, "When it happened", "names the dialog")
            compare(field.input.Accessible.name, "When it happened")
            compare(field.chooseButton.Accessible.name, "Choose date and time")
        }

        // 1 December 2026 is a Tuesday: third in a Sunday-first week, second
        // in a Monday-first one.
        function checkSpanish(field) {
            openByKeyboard(field)
            compare(findChild(field.popup.contentItem, "monthHeading").text.indexOf("diciembre"), 0)
            tryCompare(cell(field, 1), "x", field.popup.cellSize)
            const weekdays = findChild(field.popup.contentItem, "weekdays").contentItem.children
            compare(weekdays[0].Accessible.name, "lunes")
            compare(weekdays[6].Accessible.name, "domingo")
            compare(cell(field, 7).Accessible.name, "lunes, 7 de diciembre de 2026")
            keyClick(Qt.Key_Return)
            tryVerify(() => !field.popup.visible)
            compare(field.input.text, "1/12/2026 9:30")
        }
        function test_spanishLocale() {
            checkSpanish(makeField({ locale: test.spanish }))
            const english = makeField()
            openByKeyboard(english)
            tryCompare(cell(english, 1), "x", 2 * english.popup.cellSize)
            compare(findChild(english.popup.contentItem, "weekdays").contentItem.children[0].Accessible.name, "Sunday")
        }
        function test_followsTheLanguageChosenInSettings() {
            const field = createTemporaryObject(fieldComponent, root)
            verify(field)
            Preferences.language = "es"
            compare(Preferences.effectiveLanguage, "es")
            compare(field.locale.name.substring(0, 3), "es_")
            checkSpanish(field)
            Preferences.language = "en"
            compare(field.locale.name.substring(0, 3), "en_")
            compare(field.input.text, "12/1/2026 9:30 AM")
        }
    }
}
