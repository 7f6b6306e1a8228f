// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// DateTimeField's calendar: a month (DayOfWeekRow and MonthGrid, in the
// locale's names and first weekday), the hour and the minute, Now, OK and
// Cancel. The chosen day holds the focus, so a screen reader reads its full
// date as it moves: arrows move it by a day or a week, Page Up and Page
// Down by a month, Return takes it. Days after `limit` are shown struck
// through and cannot be chosen; on the limit's own day the hour and minute
// stop at it. `chosen` carries the date and time taken.
Dialog {
    id: popup

    // Month and weekday names, first weekday (Popup's own `locale` is
    // typed QLocale, which Qt 6.4's qmllint does not know).
    property var dateLocale: Qt.locale()
    // The latest time that can be chosen while open (a Date), or null.
    property var limit: null
    // The day chosen, at midnight; its month is the one shown.
    property var day: new Date()
    readonly property var candidate: new Date(popup.day.getFullYear(), popup.day.getMonth(), popup.day.getDate(),
                                              hourBox.value, minuteBox.value)
    readonly property bool onLimitDay: popup.limit !== null && popup.sameDay(popup.day, popup.limit)
    readonly property int cellSize: Math.floor(Math.min(Theme.touchTarget, popup.availableWidth / 7))
    readonly property alias grid: grid
    signal chosen(date value)

    // Starts on this date and time.
    function show(start: var) {
        popup.day = new Date(start.getFullYear(), start.getMonth(), start.getDate())
        hourBox.value = start.getHours()
        minuteBox.value = start.getMinutes()
    }
    function take() {
        popup.chosen(popup.candidate)
        popup.close()
    }
    function sameDay(a: var, b: var): bool {
        return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate()
    }
    function allowed(date: var): bool {
        return popup.limit === null
            || date.getTime() <= new Date(popup.limit.getFullYear(), popup.limit.getMonth(), popup.limit.getDate()).getTime()
    }
    function moveDays(count: int) {
        const target = new Date(popup.day.getFullYear(), popup.day.getMonth(), popup.day.getDate() + count)
        if (popup.allowed(target))
            popup.day = target
    }
    // The same day of another month (its last day if shorter); towards a
    // limit in that month, the limit's day.
    function moveMonths(count: int) {
        const first = new Date(popup.day.getFullYear(), popup.day.getMonth() + count, 1)
        const length = new Date(first.getFullYear(), first.getMonth() + 1, 0).getDate()
        let target = new Date(first.getFullYear(), first.getMonth(), Math.min(popup.day.getDate(), length))
        if (!popup.allowed(target)) {
            if (!popup.allowed(first))
                return
            target = new Date(popup.limit.getFullYear(), popup.limit.getMonth(), popup.limit.getDate())
        }
        popup.day = target
    }
    function now() {
        const clock = new Date()
        popup.show(popup.limit !== null && clock.getTime() > popup.limit.getTime() ? popup.limit : clock)
    }

    parent: Overlay.overlay
    modal: true
    // A Dialog for its title (what is chosen: the field's label), the name
    // a screen reader gives it; shown in the heading below.
    header: null
    focus: true
    padding: Theme.spacing
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 0, 7 * Theme.touchTarget + leftPadding + rightPadding)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.spacing : implicitHeight)
    x: parent ? Math.round((parent.width - width) / 2) : 0
    y: parent ? Math.round((parent.height - height) / 2) : 0

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: 1
        border.color: Theme.outline
    }

    contentWidth: column.implicitWidth
    contentHeight: column.implicitHeight

    // Scrolls when the window is too low for the whole calendar.
    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            width: flick.width
            spacing: Theme.spacing

            Label {
                text: popup.title
                visible: text.length > 0
                color: Theme.text
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                ActionButton {
                    objectName: "previousMonth"
                    text: "‹"
                    Accessible.name: qsTr("Previous month")
                    onClicked: popup.moveMonths(-1)
                }
                Label {
                    objectName: "monthHeading"
                    text: qsTr("%1 %2", "calendar heading: month name, year")
                              .arg(popup.dateLocale.standaloneMonthName(grid.month, Locale.LongFormat))
                              .arg(grid.year)
                    color: Theme.text
                    font.bold: true
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ActionButton {
                    objectName: "nextMonth"
                    text: "›"
                    enabled: popup.allowed(new Date(grid.year, grid.month + 1, 1))
                    Accessible.name: qsTr("Next month")
                    onClicked: popup.moveMonths(1)
                }
            }
            TextMetrics {
                id: weekdayMetrics
                font.bold: true
                text: "Mg"
            }
            DayOfWeekRow {
                objectName: "weekdays"
                // qmllint: Locale is QLocale in C++, a type Qt 6.4's qmllint does not know
                locale: popup.dateLocale // qmllint disable type
                spacing: 0
                topPadding: 0
                bottomPadding: 0
                // DayOfWeekRow sizes its cells from its own size (a Row
                // skips cells of no height).
                Layout.preferredWidth: 7 * popup.cellSize
                Layout.preferredHeight: Math.ceil(weekdayMetrics.height) + Theme.spacing
                Layout.alignment: Qt.AlignHCenter
                // qmllint disable unqualified
                delegate: Item {
                    id: weekday
                    required property string shortName
                    required property string longName
                    // The row places its names by their implicit width.
                    implicitWidth: popup.cellSize
                    implicitHeight: weekdayName.implicitHeight
                    Accessible.role: Accessible.ColumnHeader
                    Accessible.name: weekday.longName
                    Label {
                        id: weekdayName
                        anchors.fill: parent
                        text: weekday.shortName
                        color: Theme.mutedText
                        font.bold: true
                        horizontalAlignment: Text.AlignHCenter
                        Accessible.ignored: true
                    }
                }
                // qmllint enable unqualified
            }
            // The chosen day holds the focus; the keys it does not use
            // reach this scope.
            FocusScope {
                objectName: "dayGrid"
                focus: true
                implicitWidth: 7 * popup.cellSize
                implicitHeight: 6 * popup.cellSize
                Layout.alignment: Qt.AlignHCenter
                Keys.onPressed: event => {
                    switch (event.key) {
                    case Qt.Key_Left:
                        popup.moveDays(popup.mirrored ? 1 : -1)
                        break
                    case Qt.Key_Right:
                        popup.moveDays(popup.mirrored ? -1 : 1)
                        break
                    case Qt.Key_Up:
                        popup.moveDays(-7)
                        break
                    case Qt.Key_Down:
                        popup.moveDays(7)
                        break
                    case Qt.Key_PageUp:
                        popup.moveMonths(-1)
                        break
                    case Qt.Key_PageDown:
                        popup.moveMonths(1)
                        break
                    case Qt.Key_Return:
                    case Qt.Key_Enter:
                    case Qt.Key_Space:
                        popup.take()
                        break
                    default:
                        return
                    }
                    event.accepted = true
                }

                MonthGrid {
                    id: grid
                    // MonthGrid sizes its cells from its own size.
                    anchors.fill: parent
                    focus: true
                    month: popup.day.getMonth()
                    year: popup.day.getFullYear()
                    // qmllint: Locale is QLocale in C++, a type Qt 6.4's qmllint does not know
                locale: popup.dateLocale // qmllint disable type
                    spacing: 0
                    padding: 0
                    title: qsTr("%1 %2", "calendar heading: month name, year")
                               .arg(popup.dateLocale.standaloneMonthName(grid.month, Locale.LongFormat))
                               .arg(grid.year)
                    // Not bound ("pragma ComponentBehavior: Bound"): Qt 6.4's
                    // MonthGrid sets a context property on each day, which a
                    // bound component refuses with a warning; the days reach
                    // the popup through the file's context.
                    // qmllint disable unqualified
                    delegate: Rectangle {
                        id: cell
                        required property int day
                        required property int month
                        required property int year
                        required property bool today
                        readonly property var date: new Date(cell.year, cell.month, cell.day)
                        readonly property bool inMonth: cell.month === grid.month
                        readonly property bool chosen: cell.inMonth && popup.sameDay(cell.date, popup.day)
                        readonly property bool available: popup.allowed(cell.date)

                        objectName: cell.inMonth ? "day" + cell.day : ""
                        implicitWidth: popup.cellSize
                        implicitHeight: popup.cellSize
                        opacity: cell.inMonth ? 1 : 0
                        enabled: cell.inMonth && cell.available
                        focus: cell.chosen
                        activeFocusOnTab: cell.chosen
                        radius: popup.cellSize / 2
                        color: cell.chosen ? Theme.accent : "transparent"
                        border.width: cell.activeFocus ? 3 : cell.today ? 1 : 0
                        border.color: cell.activeFocus ? Theme.focusRing : Theme.outline

                        Accessible.role: Accessible.Button
                        Accessible.name: cell.date.toLocaleDateString(popup.dateLocale, Locale.LongFormat)
                        Accessible.description: cell.available ? "" : qsTr("Not available")
                        Accessible.ignored: !cell.inMonth
                        Accessible.selectable: true
                        Accessible.selected: cell.chosen
                        Accessible.focusable: true
                        Accessible.focused: cell.activeFocus
                        Accessible.onPressAction: if (cell.enabled) popup.day = cell.date

                        Label {
                            anchors.centerIn: parent
                            text: String(cell.day)
                            color: cell.chosen ? Theme.textOnAccent : cell.available ? Theme.text : Theme.mutedText
                            font.strikeout: !cell.available
                            font.bold: cell.today
                        }
                        // Not a TapHandler: MonthGrid would take the press from it.
                        MouseArea {
                            anchors.fill: parent
                            onClicked: popup.day = cell.date
                            onDoubleClicked: popup.take()
                        }
                    }
                    // qmllint enable unqualified
                }
            }
            GridLayout {
                columns: popup.availableWidth >= 2 * 140 + Theme.spacing ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                LabeledSpinBox {
                    id: hourBox
                    objectName: "hour"
                    label: qsTr("Hour")
                    from: 0
                    to: popup.onLimitDay ? popup.limit.getHours() : 23
                    editable: true
                }
                LabeledSpinBox {
                    id: minuteBox
                    objectName: "minute"
                    label: qsTr("Minute")
                    from: 0
                    to: popup.onLimitDay && hourBox.value >= popup.limit.getHours() ? popup.limit.getMinutes() : 59
                    editable: true
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                ActionButton {
                    objectName: "now"
                    text: qsTr("Now")
                    onClicked: popup.now()
                }
                Item {
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "cancel"
                    text: qsTr("Cancel")
                    onClicked: popup.close()
                }
                PrimaryButton {
                    objectName: "ok"
                    text: qsTr("OK")
                    onClicked: popup.take()
                }
            }
        }
    }
}
