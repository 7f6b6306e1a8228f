// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Journal

// A file shown large, straight from the encrypted journal. PDFs page by page.
Popup {
    id: viewer

    property attachmentItem attachment
    property int page: 0
    property int pages: 1
    // A PDF's pages are counted in harbor-decoder once its first page is
    // shown (the helper that rendered it already knows): nothing waits here.
    property bool counting: false

    function show(file) {
        viewer.attachment = file
        viewer.page = 0
        viewer.pages = 1
        viewer.counting = file.mime === "application/pdf"
        // The same file again: its first page is already shown.
        if (viewer.counting && image.status === Image.Ready)
            JournalController.countAttachmentPages(file.entryId, file.sha256)
        viewer.open()
    }

    objectName: "attachmentViewer"
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width - 2 * Theme.margin : 400
    height: parent ? parent.height - 2 * Theme.margin : 400
    background: Rectangle { color: Theme.surface; radius: Theme.radius }

    Connections {
        target: JournalController
        function onAttachmentPagesCounted(entryId: int, sha256Hex: string, pages: int) {
            if (!viewer.counting || entryId !== viewer.attachment.entryId || sha256Hex !== viewer.attachment.sha256)
                return
            viewer.counting = false
            viewer.pages = Math.max(1, pages)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Label {
                text: viewer.attachment.name
                font.bold: true
                color: Theme.text
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            ActionButton {
                visible: viewer.attachment.mime === "application/pdf"
                text: qsTr("Previous page")
                enabled: viewer.page > 0
                onClicked: viewer.page -= 1
            }
            Label {
                objectName: "attachmentPageLabel"
                visible: viewer.counting || viewer.pages > 1
                text: viewer.counting ? qsTr("Counting pages…")
                                      : qsTr("Page %1 of %2").arg(viewer.page + 1).arg(viewer.pages)
                color: viewer.counting ? Theme.mutedText : Theme.text
            }
            ActionButton {
                visible: viewer.attachment.mime === "application/pdf"
                text: qsTr("Next page")
                enabled: viewer.page + 1 < viewer.pages
                onClicked: viewer.page += 1
            }
            ActionButton {
                text: qsTr("Close")
                onClicked: viewer.close()
            }
        }
        Image {
            id: image
            // Decoded evidence stays out of Qt's pixmap cache.
            cache: false
            source: viewer.attachment.source.length > 0 ? viewer.attachment.source.replace(/\/\d+$/, "/" + viewer.page) : ""
            fillMode: Image.PreserveAspectFit
            sourceSize.width: width
            sourceSize.height: height
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.role: Accessible.Graphic
            Accessible.name: viewer.attachment.name
            onStatusChanged: {
                if (!viewer.counting)
                    return
                if (image.status === Image.Ready)
                    JournalController.countAttachmentPages(viewer.attachment.entryId, viewer.attachment.sha256)
                else if (image.status === Image.Error)
                    viewer.counting = false
            }
        }
        Label {
            visible: image.status === Image.Error || (image.status === Image.Ready && image.implicitWidth === 0)
            text: qsTr("This page cannot be shown.")
            color: Theme.mutedText
        }
        Label {
            text: qsTr("SHA-256 %1").arg(viewer.attachment.sha256)
            color: Theme.mutedText
            font.pixelSize: Theme.smallFontSize
            font.family: "monospace"
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }
}
