// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Harbor.Ui
import Harbor.Journal

// Note / concern / urgent, in words and colour (never colour alone).
Rectangle {
    id: badge

    required property int severity

    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.spacing / 2
    radius: height / 2
    color: Theme.severityColors[Math.max(Severity.Note, Math.min(Severity.Urgent, badge.severity))]
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.centerIn: parent
        text: JournalText.severities[Math.max(Severity.Note, Math.min(Severity.Urgent, badge.severity))]
        color: Theme.textOnSeverity
        font.pixelSize: Theme.smallFontSize
        font.bold: true
    }
}
