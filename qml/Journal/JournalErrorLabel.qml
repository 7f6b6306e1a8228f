// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// The journal's last error, announced to screen readers.
Label {
    objectName: "journalError"
    text: JournalController.status.error
    visible: text.length > 0
    color: Theme.errorText
    font.bold: true
    wrapMode: Text.Wrap
    Layout.fillWidth: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
