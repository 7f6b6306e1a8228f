// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Harbor.Ui
import Harbor.Emergency
import Harbor.Vault
import Harbor.Journal

// A report for the hotline, a caseworker or police: choose children, dates
// and categories, see what it will hold, then export a PDF after entering
// the passphrase again, or prepare for a hotline call from the same entries.
// The selection lives in ReportController; each panel starts from none.
ColumnLayout {
    id: panel

    property bool showBack: false
    signal back()
    signal prepareCall()

    objectName: "reportPanel"
    spacing: Theme.margin
    Layout.fillWidth: true
    Component.onCompleted: ReportController.resetSelection()

    PanelHeader {
        title: qsTr("Report")
        showBack: panel.showBack
        onBack: panel.back()
    }
    Label {
        text: qsTr("A report puts what you wrote down in one PDF for the hotline, a caseworker or police: each entry with its history, the pictures as numbered exhibits, and the hashes that show nothing was changed.")
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    Label {
        text: qsTr("Children")
        font.bold: true
        color: Theme.text
    }
    Label {
        text: qsTr("None ticked: every child.")
        color: Theme.mutedText
        font.pixelSize: Theme.smallFontSize
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: JournalController.children
            delegate: ActionCheckBox {
                required property var childId
                required property string nickname
                objectName: "reportChild_" + nickname
                text: nickname
                Accessible.name: qsTr("Include %1").arg(nickname)
                onToggled: ReportController.setChildIncluded(childId, checked)
            }
        }
    }

    Label {
        text: qsTr("Dates")
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true
        DateField {
            id: fromField
            objectName: "reportFrom"
            label: qsTr("From (YYYY-MM-DD)")
            Layout.fillWidth: true
            onEdited: ReportController.setDates(fromField.text, toField.text)
        }
        DateField {
            id: toField
            objectName: "reportTo"
            label: qsTr("To (YYYY-MM-DD)")
            Layout.fillWidth: true
            onEdited: ReportController.setDates(fromField.text, toField.text)
        }
    }

    Label {
        text: qsTr("Categories")
        font.bold: true
        color: Theme.text
    }
    Flow {
        spacing: Theme.spacing
        Layout.fillWidth: true
        Repeater {
            model: JournalController.categoryIds.length
            delegate: ActionCheckBox {
                required property int index
                readonly property string categoryId: JournalController.categoryIds[index]
                objectName: "reportCategory_" + categoryId
                text: JournalController.categoryTitles[index]
                Accessible.name: qsTr("Include %1").arg(text)
                onToggled: ReportController.setCategoryIncluded(categoryId, checked)
            }
        }
    }
    LabeledField {
        id: preparedBy
        objectName: "reportPreparedBy"
        label: qsTr("Prepared by (optional): your name or role")
        // Once the name is finished, not on every key: each change rebuilds the preview.
        Connections {
            target: preparedBy.input
            function onEditingFinished() {
                ReportController.setPreparedBy(preparedBy.currentText)
            }
        }
    }

    // The preview
    Rectangle {
        color: Theme.surfaceVariant
        radius: Theme.radius
        implicitHeight: previewColumn.implicitHeight + 2 * Theme.margin
        Layout.fillWidth: true

        ColumnLayout {
            id: previewColumn
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing

            Label {
                text: qsTr("What the report will hold")
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: ReportController.summary
                delegate: Label {
                    required property string modelData
                    text: modelData
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Repeater {
                objectName: "reportPreviewEntries"
                model: ReportController.entryLines
                delegate: Label {
                    required property string modelData
                    text: modelData
                    color: Theme.text
                    elide: Text.ElideRight
                    maximumLineCount: 2
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }

    ActionButton {
        objectName: "prepareCallButton"
        text: qsTr("Prepare for a hotline call")
        enabled: ReportController.entryCount > 0
        onClicked: panel.prepareCall()
    }

    Label {
        text: qsTr("Export a PDF")
        font.bold: true
        color: Theme.text
        Layout.topMargin: Theme.spacing
    }
    Label {
        objectName: "reportWarning"
        text: qsTr("The PDF is not encrypted: anyone who has the file can read it. Save it where only you can reach it, and share it only with the people who need it.")
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    PassphraseField {
        id: passphrase
        objectName: "reportPassphrase"
        label: qsTr("Your journal passphrase, to confirm it is you")
    }
    PrimaryButton {
        objectName: "exportReportButton"
        text: qsTr("Export PDF…")
        enabled: !ReportController.status.busy && passphrase.text.length > 0 && ReportController.entryCount > 0
        onClicked: saveDialog.open()
    }
    BusyIndicator {
        visible: ReportController.status.busy
        running: visible
    }
    Label {
        objectName: "reportMessage"
        text: ReportController.status.failed ? ReportController.status.error : ReportController.status.notice
        visible: text.length > 0
        color: ReportController.status.failed ? Theme.errorText : Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    ActionButton {
        objectName: "openReportButton"
        text: qsTr("Open the PDF (to read or print it)")
        visible: ReportController.hasExport
        onClicked: CallController.openFile(ReportController.exportedFile)
    }

    FileDialog {
        id: saveDialog
        objectName: "reportFileDialog"
        // Qt's own dialog, never GTK's: GTK's adds the file to its recent list.
        options: FileDialog.DontUseNativeDialog // qmllint disable type
        title: qsTr("Save the report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF (*.pdf)")]
        onAccepted: {
            ReportController.exportPdf(selectedFile, passphrase.text)
            passphrase.clear()
        }
    }
}
