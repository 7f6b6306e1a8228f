// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault
import Harbor.Settings
import HarborTest

// Reports and backups in a real scene: the report's preview follows the
// selection, the export asks for the passphrase and writes a file only its
// owner can read, the call-prep card draws on the same entries and writes
// the call down; a backup restores over the journal only after the typed
// confirmation, and a wrong backup passphrase changes nothing.
Item {
    id: root
    width: 1000
    height: 1800

    Component {
        id: journalComponent
        JournalPage { anchors.fill: parent }
    }

    TestCase {
        id: test
        name: "Report"
        when: windowShown

        property var page: null
        property var ana: 0
        readonly property string passphrase: "lantern orbit velvet cactus thunder"
        readonly property string backupPassphrase: "copper meadow quiet harbor lamp"

        function init() {
            failOnWarning(/.*/)
        }
        function item(objectName) {
            const found = findChild(test.page, objectName)
            verify(found, objectName)
            return found
        }
        function click(objectName) {
            const found = item(objectName)
            verify(found.visible && found.enabled, objectName + " visible and enabled")
            waitForRendering(root)
            mouseClick(found)
        }
        function shot(name) {
            const dir = TestFiles.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/" + name + ".png")
        }

        function test_1_setUp() {
            VaultController.create(passphrase, passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
            test.ana = JournalController.saveChild({ nickname: "Ana", birthYear: 2013 })
            const ben = JournalController.saveChild({ nickname: "Ben", birthYear: 2015 })
            verify(test.ana > 0 && ben > 0)
            for (let i = 0; i < 3; ++i) {
                verify(JournalController.saveEntry({ kind: 0, childId: test.ana, text: "ANA-NOTE-" + i,
                                                     platform: "Discord", account: "xx_friend", category: "grooming",
                                                     place: "Denver County", severity: i }) > 0)
            }
            verify(JournalController.saveEntry({ kind: 0, childId: ben, text: "BEN-NOTE", category: "other" }) > 0)
            test.page = journalComponent.createObject(root)
            verify(test.page)
            tryVerify(() => findChild(test.page, "reportButton") !== null)
        }

        function test_2_previewFollowsTheSelection() {
            click("reportButton")
            tryVerify(() => findChild(test.page, "reportPanel") !== null)
            compare(ReportController.entryCount, 4)
            click("reportChild_Ana")
            compare(ReportController.entryCount, 3)
            for (const entry of ReportController.entries)
                compare(entry.child, "Ana")
            verify(item("reportWarning").text.indexOf("not encrypted") >= 0)
            waitForRendering(root)
            shot("report-panel")
        }

        function test_3_exportAsksThePassphrase() {
            const file = TestFiles.target("report.pdf")
            ReportController.exportPdf(file, "not the passphrase")
            tryVerify(() => !ReportController.busy, 30000)
            verify(ReportController.failed)
            compare(TestFiles.size(file), -1)
            TestClock.advance(10 * 60 * 1000) // past the back-off a wrong passphrase starts

            ReportController.exportPdf(file, passphrase)
            tryVerify(() => !ReportController.busy, 30000)
            verify(!ReportController.failed, ReportController.message)
            verify(TestFiles.size(file) > 1000)
            verify(TestFiles.ownerOnly(file))
            verify(item("openReportButton").visible)
        }

        function test_4_callPrepCardAndTheCallWrittenDown() {
            // Below the fold in the panel: press it as a screen reader would.
            item("prepareCallButton").clicked()
            tryVerify(() => findChild(test.page, "callPrepPanel") !== null)
            const prep = ReportController.callPrep()
            compare(prep.children.length, 1)
            verify(prep.children[0].indexOf("Ana") === 0)
            compare(prep.places, ["Denver County"])
            verify(prep.involved.indexOf("xx_friend on Discord") >= 0)
            compare(prep.seen.length, 3)
            verify(item("callPrepCallButton").text.indexOf("844-264-5437") >= 0)
            waitForRendering(root)
            shot("call-prep")
            item("writeCallButton").clicked()
            // The editor opens on a draft hotline call about the same child.
            tryVerify(() => findChild(test.page, "editorChild") !== null)
            tryCompare(JournalController.entries, "totalCount", 5)
        }

        function test_5_backupAndRestore() {
            const file = TestFiles.target("journal.harborbackup")
            BackupController.backup(file, backupPassphrase, backupPassphrase, passphrase)
            tryVerify(() => !BackupController.busy, 60000)
            verify(!BackupController.failed, BackupController.message)
            verify(TestFiles.ownerOnly(file))
            // The result prints the chain head: hash, links, entries, time.
            const head = /Journal chain head \(SHA-256\): ([0-9a-f]{64})\nLinks: \d+ · Entries: \d+ · Newest link \(UTC\): \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/
            const written = head.exec(BackupController.message)
            verify(written !== null, BackupController.message)

            // Chosen for a restore, the backup shows that same head first.
            BackupController.inspect(file, "wrong backup passphrase")
            tryVerify(() => !BackupController.busy, 60000)
            verify(BackupController.failed)
            verify(!BackupController.inspected)
            BackupController.inspect(file, backupPassphrase)
            tryVerify(() => !BackupController.busy, 60000)
            verify(!BackupController.failed, BackupController.message)
            verify(BackupController.inspected)
            compare(BackupController.inspectedFile, file)
            const shown = head.exec(BackupController.message)
            verify(shown !== null, BackupController.message)
            compare(shown[0], written[0])

            // Something written after the backup goes away with a restore.
            verify(JournalController.saveEntry({ kind: 0, childId: test.ana, text: "AFTER-BACKUP" }) > 0)
            BackupController.restore(file, backupPassphrase, passphrase, "", "replace it")
            verify(BackupController.failed) // not the confirmation word
            BackupController.restore(file, "wrong backup passphrase", passphrase, "", BackupController.confirmWord)
            tryVerify(() => !BackupController.busy, 60000)
            verify(BackupController.failed)
            verify(BackupController.message.indexOf("not right") >= 0, BackupController.message)

            BackupController.restore(file, backupPassphrase, passphrase, "", BackupController.confirmWord)
            tryVerify(() => !BackupController.busy, 60000)
            verify(!BackupController.failed, BackupController.message)
            verify(BackupController.recoveryKey.length > 0)
            compare(head.exec(BackupController.message)[0], written[0]) // the restored journal's head
            compare(VaultController.state, VaultController.Locked)
            VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
            tryCompare(JournalController.entries, "totalCount", 5)
            BackupController.forgetRecoveryKey()
        }
    }
}
