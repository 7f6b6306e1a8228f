// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault

// The attachment viewer on a PDF: its pages are counted in harbor-decoder
// while the viewer says so calmly, and nothing waits for the count.
Item {
    id: root
    width: 1200
    height: 1000

    Component {
        id: pageComponent
        JournalPage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: test
        name: "AttachmentViewer"
        when: windowShown

        readonly property string passphrase: "lantern orbit velvet cactus thunder"

        function init() {
            failOnWarning(/.*/)
            if (VaultController.state === VaultController.Absent)
                VaultController.create(passphrase, passphrase)
            else if (VaultController.state === VaultController.Locked)
                VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
        }

        function test_pdfPagesAreCountedWithoutWaiting() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            tryVerify(() => findChild(page, "journalWorkspace") !== null)
            const entryId = JournalController.saveEntry({ text: "A document sent by a stranger" })
            verify(entryId > 0, JournalController.status.error)
            JournalController.acknowledgeImageRule()
            verify(JournalController.addAttachment(entryId, Qt.resolvedUrl("three-pages.pdf")),
                   JournalController.status.error)
            findChild(page, "journalWorkspace").open("detail", entryId)
            tryVerify(() => findChild(page, "attachmentThumb") !== null)

            const viewer = findChild(page, "attachmentViewer")
            verify(viewer)
            findChild(page, "attachmentThumb").clicked()
            tryVerify(() => viewer.opened)
            const label = findChild(viewer.contentItem, "attachmentPageLabel")
            verify(label)
            // Shown at once, before the first page or its count is known.
            verify(viewer.counting)
            compare(label.text, "Counting pages…")
            tryCompare(label, "text", "Page 1 of 3", 20000)
            verify(!viewer.counting)
            compare(viewer.pages, 3)
            viewer.page = 2
            compare(label.text, "Page 3 of 3")
            viewer.close()
        }
    }
}
