// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import "Lists.js" as Lists
import Harbor.Journal

// Search and filters for the list; every filter combines with the others.
ColumnLayout {
    id: filters

    readonly property EntryListModel model: JournalController.entries
    property bool expanded: false

    spacing: Theme.spacing
    Layout.fillWidth: true

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        // A search box: the placeholder is its label, so the kit's
        // LabeledField (a label above) would only repeat it.
        TextField {
            id: search
            objectName: "searchField"
            placeholderText: qsTr("Search the journal")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Accessible.name: qsTr("Search the journal")
            onTextEdited: searchDelay.restart()
            onAccepted: filters.model.searchText = text
        }
        ActionButton {
            objectName: "filterToggle"
            text: filters.model.filtered ? qsTr("Filters (on)") : qsTr("Filters")
            checkable: true
            checked: filters.expanded
            onToggled: filters.expanded = checked
        }
    }
    Timer {
        id: searchDelay
        interval: 250
        onTriggered: filters.model.searchText = search.text
    }

    GridLayout {
        visible: filters.expanded
        columns: filters.width > 560 ? 3 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Layout.fillWidth: true

        LabeledPicker {
            objectName: "childFilter"
            label: qsTr("Child")
            model: Lists.prepend(qsTr("Every child"), JournalController.children.nicknames)
            currentIndex: Lists.indexOf(JournalController.children.ids, filters.model.childId) + 1
            onActivated: index => filters.model.childId = index === 0 ? 0 : JournalController.children.ids[index - 1]
        }
        LabeledPicker {
            objectName: "platformFilter"
            label: qsTr("Platform")
            model: Lists.prepend(qsTr("Every platform"), JournalController.platforms)
            currentIndex: Lists.indexOf(JournalController.platforms, filters.model.platform) + 1
            onActivated: index => filters.model.platform = index === 0 ? "" : JournalController.platforms[index - 1]
        }
        LabeledPicker {
            objectName: "categoryFilter"
            label: qsTr("Category")
            model: Lists.prepend(qsTr("Every category"), JournalController.categoryTitles)
            currentIndex: Lists.indexOf(JournalController.categoryIds, filters.model.category) + 1
            onActivated: index => filters.model.category = index === 0 ? "" : JournalController.categoryIds[index - 1]
        }
        LabeledPicker {
            objectName: "severityFilter"
            label: qsTr("Severity")
            model: Lists.prepend(qsTr("Any severity"), JournalText.severities)
            currentIndex: filters.model.severity + 1
            onActivated: index => filters.model.severity = index - 1
        }
        DateField {
            objectName: "fromFilter"
            label: qsTr("From (YYYY-MM-DD)")
            day: filters.model.fromDay
            Layout.fillWidth: true
            onEdited: value => filters.model.fromDay = value
        }
        DateField {
            objectName: "toFilter"
            label: qsTr("To (YYYY-MM-DD)")
            day: filters.model.toDay
            Layout.fillWidth: true
            onEdited: value => filters.model.toDay = value
        }
        ActionButton {
            objectName: "clearFilters"
            text: qsTr("Clear filters")
            enabled: filters.model.filtered
            onClicked: {
                search.clear()
                filters.model.clearFilters()
            }
        }
    }
}
