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
    // The deleted entries are not in the search index: while they are
    // listed the search is off (the model clears its text) and says so.
    readonly property bool showingDeleted: filters.model.showDeleted

    // For a shortcut (Ctrl+F): searching is about the current entries.
    function focusSearch() {
        filters.model.showDeleted = false
        search.forceActiveFocus()
        search.selectAll()
    }

    spacing: Theme.spacing
    Layout.fillWidth: true
    onShowingDeletedChanged: {
        if (filters.showingDeleted) {
            searchDelay.stop()
            search.clear()
        }
    }

    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        // A search box: the placeholder is its label, so the kit's
        // LabeledField (a label above) would only repeat it.
        TextField {
            id: search
            objectName: "searchField"
            enabled: !filters.showingDeleted
            placeholderText: filters.showingDeleted ? qsTr("Search looks in current entries only")
                                                    : qsTr("Search the journal")
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

    // Whenever the deleted entries are listed, filters open or closed.
    Rectangle {
        objectName: "deletedViewNotice"
        visible: filters.showingDeleted
        color: Theme.surfaceVariant
        border.color: Theme.outline
        radius: Theme.radius
        implicitHeight: deletedView.implicitHeight + 2 * Theme.spacing
        Layout.fillWidth: true

        ColumnLayout {
            id: deletedView
            spacing: Theme.spacing / 2
            anchors.fill: parent
            anchors.margins: Theme.spacing
            Label {
                text: qsTr("Deleted entries")
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                Accessible.role: Accessible.Heading
            }
            Label {
                objectName: "deletedCount"
                text: qsTr("%n deleted entry(s). Open one to see it and bring it back.", "", filters.model.totalCount)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "leaveDeletedView"
                text: qsTr("Show current entries")
                onClicked: filters.model.showDeleted = false
            }
        }
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
        ActionSwitch {
            objectName: "showDeletedSwitch"
            text: qsTr("Show deleted entries")
            checked: filters.model.showDeleted
            Layout.fillWidth: true
            onToggled: filters.model.showDeleted = checked
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
