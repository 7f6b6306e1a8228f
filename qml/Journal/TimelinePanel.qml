// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import "Lists.js" as Lists
import Harbor.Journal

// The timeline for one child (or everyone), weeks on one axis.
ColumnLayout {
    id: panel

    property bool showBack: false
    signal back()

    spacing: Theme.margin
    Layout.fillWidth: true

    PanelHeader {
        title: qsTr("Timeline")
        showBack: panel.showBack
        onBack: panel.back()
    }
    LabeledPicker {
        objectName: "timelineChild"
        label: qsTr("Child")
        model: Lists.prepend(qsTr("Every child"), JournalController.children.nicknames)
        currentIndex: Lists.indexOf(JournalController.children.ids, JournalController.timeline.childId) + 1
        onActivated: index => JournalController.timeline.childId = index === 0 ? 0 : JournalController.children.ids[index - 1]
    }
    TimelineChart {}
    Label {
        text: qsTr("Each bar is one week of observations, by the day they happened; the newest week is on the right.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
