// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import "Lists.js" as Lists
import Harbor.Journal

// One row of the journal list: time, severity, child, platform, first words;
// a deleted entry (the list's deleted view) says so in words.
ItemDelegate {
    id: row

    required property int index
    required property var entryId
    required property int kind
    required property string childName
    required property var occurredAt
    required property string platform
    required property string categoryTitle
    required property int severity
    required property string excerpt
    required property bool draft
    required property int attachmentCount
    required property bool deleted
    property bool selected: false

    readonly property string details: Lists.joinNonEmpty([Qt.formatTime(row.occurredAt, Locale.ShortFormat),
        JournalText.kinds[row.kind], row.childName, row.platform, row.categoryTitle], " · ")

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    highlighted: row.selected
    Accessible.name: (row.deleted ? qsTr("Deleted") + ". " : "") + row.details + ". " + row.excerpt
        + (row.draft ? ". " + qsTr("Draft") : "")
    // A list row, not a kit button: Qt 6.4 reports Press as done and does
    // nothing unless the row handles it, so a screen reader opens it here.
    Accessible.onPressAction: row.clicked()
    Keys.onReturnPressed: row.clicked()
    Keys.onEnterPressed: row.clicked()

    background: Rectangle {
        color: row.selected ? Theme.selection : (row.down ? Theme.surfaceVariant : Theme.surface)
        border.width: row.visualFocus ? 3 : 0
        border.color: Theme.focusRing
    }

    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                objectName: "deletedMark"
                visible: row.deleted
                text: qsTr("Deleted")
                color: Theme.errorText
                font.pixelSize: Theme.smallFontSize
                font.bold: true
            }
            SeverityBadge { severity: row.severity }
            Label {
                text: row.details
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                visible: row.draft
                text: qsTr("Draft")
                color: Theme.accent
                font.pixelSize: Theme.smallFontSize
                font.bold: true
            }
            Label {
                visible: row.attachmentCount > 0
                text: qsTr("%n file(s)", "", row.attachmentCount)
                color: Theme.mutedText
                font.pixelSize: Theme.smallFontSize
            }
        }
        Label {
            text: row.excerpt
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
