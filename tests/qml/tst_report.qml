// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault
import Harbor.Settings
import HarborTest

// Reports and backups in a real scene. One end-to-end story (choose a
// child, export the PDF after the passphrase, prepare the hotline call from
// the same entries and write the call down), then independent cases: each
// brings the journal to the state it needs and makes its own page, so any
// one can run alone.
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
        readonly property string passphrase: "lantern orbit velvet cactus thunder"
        readonly property string backupPassphrase: "copper meadow quiet harbor lamp"
        // The chain head as backups print it: hash, links, entries, time.
        readonly property var head: /Journal chain head \(SHA-256\): ([0-9a-f]{64})\nLinks: \d+ · Entries: \d+ · Newest link \(UTC\): \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/

        function init() {
            failOnWarning(/.*/)
            TestClock.advance(10 * 60 * 1000) // past any back-off an earlier case left
        }

        // An unlocked journal holding Ana's three Discord entries and one of Ben's.
        function journalWithEntries() {
            if (VaultController.state === VaultController.Absent) {
                VaultController.create(passphrase, passphrase)
                tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
                VaultController.dismissRecoveryKey()
            } else if (VaultController.state === VaultController.Locked) {
                VaultController.unlock(passphrase)
                tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            }
            tryVerify(() => JournalController.ready)
            if (JournalController.children.rowCount() > 0)
                return
            const ana = JournalController.saveChild({ nickname: "Ana", birthYear: 2013 })
            const ben = JournalController.saveChild({ nickname: "Ben", birthYear: 2015 })
            verify(ana > 0 && ben > 0)
            for (let i = 0; i < 3; ++i) {
                verify(JournalController.saveEntry({ kind: 0, childId: ana, text: "ANA-NOTE-" + i,
                                                     platform: "Discord", account: "xx_friend", category: "grooming",
                                                     place: "Denver County", severity: i }) > 0)
            }
            verify(JournalController.saveEntry({ kind: 0, childId: ben, text: "BEN-NOTE", category: "other" }) > 0)
        }
        // The journal's report panel, on a page of this case's own.
        function reportPanel() {
            journalWithEntries()
            test.page = createTemporaryObject(journalComponent, root)
            verify(test.page)
            tryVerify(() => test.page.open && findChild(test.page, "reportButton") !== null)
            // Pressed as a screen reader would: the page of the case before
            // may still be on its way out over this one.
            item("reportButton").clicked()
            tryVerify(() => findChild(test.page, "reportPanel") !== null)
            return item("reportPanel")
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
        // A check box pressed as the keyboard or a screen reader does (the
        // kit's one path for every way of pressing).
        function press(objectName) {
            const found = item(objectName)
            verify(found.visible && found.enabled, objectName + " visible and enabled")
            found.activate()
        }
        function shot(name) {
            const dir = TestFiles.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/" + name + ".png")
        }

        // --- the story -------------------------------------------------------
        function test_story_chooseExportAndPrepareTheCall() {
            reportPanel()
            press("reportChild_Ana")
            const anaEntries = ReportController.entryCount
            verify(anaEntries >= 3)
            const file = TestFiles.target("story-report.pdf")
            ReportController.exportPdf(file, passphrase)
            tryVerify(() => !ReportController.status.busy, 30000)
            verify(!ReportController.status.failed, ReportController.status.error)
            verify(item("openReportButton").visible)

            // Below the fold in the panel: press it as a screen reader would.
            item("prepareCallButton").clicked()
            tryVerify(() => findChild(test.page, "callPrepPanel") !== null)
            const before = JournalController.entries.totalCount
            waitForRendering(root)
            shot("call-prep")
            item("writeCallButton").clicked()
            // The editor opens on a draft hotline call about the same child.
            tryVerify(() => findChild(test.page, "editorChild") !== null)
            tryCompare(JournalController.entries, "totalCount", before + 1)
        }

        // --- independent cases -----------------------------------------------
        function test_thePreviewFollowsTheSelection() {
            reportPanel()
            const all = ReportController.entryCount
            verify(all >= 4)
            press("reportChild_Ana")
            verify(ReportController.entryCount < all)
            for (const line of ReportController.entryLines)
                verify(line.indexOf(" · Ana · ") > 0, line)
            verify(item("reportWarning").text.indexOf("not encrypted") >= 0)
            compare(item("reportPreviewEntries").count, ReportController.entryCount)
            press("reportChild_Ana")
            compare(ReportController.entryCount, all)
            waitForRendering(root)
            shot("report-panel")
        }

        function test_theExportAsksForThePassphrase() {
            reportPanel()
            const file = TestFiles.target("report.pdf")
            ReportController.exportPdf(file, "not the passphrase")
            tryVerify(() => !ReportController.status.busy, 30000)
            verify(ReportController.status.failed)
            compare(ReportController.status.errorField, "passphrase")
            verify(item("reportMessage").visible)
            compare(TestFiles.size(file), -1)
            TestClock.advance(10 * 60 * 1000) // past the back-off a wrong passphrase starts

            ReportController.exportPdf(file, passphrase)
            tryVerify(() => !ReportController.status.busy, 30000)
            verify(!ReportController.status.failed, ReportController.status.error)
            verify(TestFiles.size(file) > 1000)
            verify(TestFiles.ownerOnly(file))
            verify(item("openReportButton").visible)
        }

        function test_theCallPrepCardDrawsOnTheChosenEntries() {
            reportPanel()
            press("reportChild_Ana")
            item("prepareCallButton").clicked()
            tryVerify(() => findChild(test.page, "callPrepPanel") !== null)
            const prep = ReportController.callPrep()
            compare(prep.children.length, 1)
            verify(prep.children[0].indexOf("Ana") === 0)
            compare(prep.places, ["Denver County"])
            verify(prep.involved.indexOf("xx_friend on Discord") >= 0)
            compare(prep.seen.length, ReportController.entryCount)
            verify(item("callPrepCallButton").text.indexOf("844-264-5437") >= 0)
        }

        function test_aBackupRestoresOnlyAfterTheConfirmation() {
            journalWithEntries()
            const file = TestFiles.target("journal.harborbackup")
            BackupController.backup(file, backupPassphrase, backupPassphrase, passphrase)
            tryVerify(() => !BackupController.status.busy, 60000)
            verify(!BackupController.status.failed, BackupController.status.error)
            verify(TestFiles.ownerOnly(file))
            const written = head.exec(BackupController.status.notice)
            verify(written !== null, BackupController.status.notice)
            const total = JournalController.entries.totalCount

            // Chosen for a restore, the backup shows that same head first.
            BackupController.inspect(file, "wrong backup passphrase")
            tryVerify(() => !BackupController.status.busy, 60000)
            verify(BackupController.status.failed)
            verify(!BackupController.inspected)
            BackupController.inspect(file, backupPassphrase)
            tryVerify(() => !BackupController.status.busy, 60000)
            verify(!BackupController.status.failed, BackupController.status.error)
            verify(BackupController.inspected)
            compare(BackupController.inspectedFile, file)
            compare(head.exec(BackupController.status.notice)[0], written[0])

            // Something written after the backup goes away with a restore.
            verify(JournalController.saveEntry({ kind: 0, text: "AFTER-BACKUP" }) > 0)
            BackupController.restore(file, backupPassphrase, passphrase, "", "replace it")
            verify(BackupController.status.failed) // not the confirmation word
            compare(BackupController.status.errorField, "confirmation")
            BackupController.restore(file, "wrong backup passphrase", passphrase, "", BackupController.confirmWord)
            tryVerify(() => !BackupController.status.busy, 60000)
            verify(BackupController.status.failed)
            verify(BackupController.status.error.indexOf("not right") >= 0, BackupController.status.error)

            BackupController.restore(file, backupPassphrase, passphrase, "", BackupController.confirmWord)
            tryVerify(() => !BackupController.status.busy, 60000)
            verify(!BackupController.status.failed, BackupController.status.error)
            verify(BackupController.recoveryKey.length > 0)
            compare(head.exec(BackupController.status.notice)[0], written[0]) // the restored journal's head
            compare(VaultController.state, VaultController.Locked)
            VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
            tryCompare(JournalController.entries, "totalCount", total)
            BackupController.forgetRecoveryKey()
        }
    }
}
