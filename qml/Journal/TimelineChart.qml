// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// Observations per week, stacked by severity, for one child or all. The
// chart has a summary in words for screen readers and a legend in words.
ColumnLayout {
    id: chart

    readonly property TimelineModel model: JournalController.timeline
    readonly property int barArea: 160

    spacing: Theme.spacing
    Layout.fillWidth: true

    Label {
        objectName: "timelineSummary"
        text: chart.model.summary
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        // The chart's width, not the text's: a wrapping text whose length
        // changes during the first layout (the first entry) otherwise sends
        // the panel's layout into a polish loop.
        Layout.preferredWidth: chart.width
    }
    ListView {
        id: bars
        objectName: "timelineBars"
        orientation: ListView.Horizontal
        model: chart.model
        spacing: 4
        clip: true
        implicitHeight: chart.barArea + 3 * Theme.smallFontSize + 3 * Theme.spacing
        Layout.fillWidth: true
        Accessible.role: Accessible.Chart
        Accessible.name: chart.model.summary
        Component.onCompleted: positionViewAtEnd()
        onCountChanged: positionViewAtEnd()
        ScrollBar.horizontal: ScrollBar {}

        delegate: ColumnLayout {
            id: week
            required property string label
            required property int note
            required property int concern
            required property int urgent
            required property int total
            readonly property real unit: chart.model.maxTotal > 0 ? chart.barArea / chart.model.maxTotal : 0
            width: 44
            height: bars.height
            spacing: 2
            Accessible.name: qsTr("Week of %1: %n observation(s)", "", week.total).arg(week.label)

            Item { Layout.fillHeight: true }
            Label {
                text: week.total > 0 ? week.total : ""
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                Layout.alignment: Qt.AlignHCenter
            }
            Rectangle {
                color: Theme.severityColors[Severity.Urgent]
                implicitWidth: 24
                implicitHeight: week.urgent * week.unit
                Layout.alignment: Qt.AlignHCenter
            }
            Rectangle {
                color: Theme.severityColors[Severity.Concern]
                implicitWidth: 24
                implicitHeight: week.concern * week.unit
                Layout.alignment: Qt.AlignHCenter
            }
            Rectangle {
                color: Theme.severityColors[Severity.Note]
                implicitWidth: 24
                implicitHeight: week.note * week.unit
                Layout.alignment: Qt.AlignHCenter
            }
            Rectangle {
                color: Theme.outline
                implicitWidth: 44
                implicitHeight: 1
            }
            Label {
                text: week.label
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize * 0.8
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                Layout.preferredWidth: 44
            }
        }
    }
    Flow {
        spacing: Theme.margin
        Layout.fillWidth: true
        Repeater {
            model: JournalText.severities
            delegate: Row {
                id: legend
                required property string modelData
                required property int index
                spacing: 4
                Rectangle {
                    width: 14
                    height: 14
                    color: Theme.severityColors[legend.index]
                    anchors.verticalCenter: parent.verticalCenter
                }
                Label { text: legend.modelData; color: Theme.text }
            }
        }
    }
}
