// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault
import HarborTest

// The journal end to end in a real scene, driven as a person would: add a
// child, quick-add, complete it (a revision appears), refuse bad input,
// search, filter, attach a file after the image rule, verify, delete, lock.
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
        name: "Journal"
        when: windowShown

        property var page: null
        readonly property string passphrase: "lantern orbit velvet cactus thunder"

        // Any QML warning (a broken binding, a type error) fails the test.
        function init() {
            failOnWarning(/.*/)
        }

        function item(objectName) {
            const found = findChild(test.page, objectName)
            verify(found, objectName)
            return found
        }
        function typeInto(objectName, text) {
            let input = item(objectName)
            if (input.input !== undefined)
                input = input.input // a LabeledField
            verify(input.visible, objectName + " visible")
            input.forceActiveFocus()
            input.selectAll()
            for (const c of text)
                keyClick(c)
            compare(input.text, text)
            return input
        }
        function click(objectName) {
            const found = item(objectName)
            verify(found.visible && found.enabled, objectName + " visible and enabled")
            mouseClick(found)
        }
        function shot(name) {
            const dir = TestFiles.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/" + name + ".png")
        }
        function entryCount() {
            return JournalController.entries.totalCount
        }

        function test_1_opensOnceTheVaultIsUnlocked() {
            VaultController.create(passphrase, passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
            // Kept for every test function (a temporary object would not be).
            test.page = pageComponent.createObject(root)
            verify(test.page)
            tryVerify(() => findChild(test.page, "journalWorkspace") !== null)
            compare(entryCount(), 0)
        }

        function test_2_addAChild() {
            click("childrenButton")
            click("addChildButton")
            typeInto("childNickname", "Ana")
            typeInto("childBirthYear", "2013")
            click("saveChildButton")
            compare(JournalController.lastError, "")
            compare(JournalController.children.count, 1)
            compare(JournalController.children.nicknames, ["Ana"])
        }

        function test_3_quickAddIsTwoTapsAndSaves() {
            mouseClick(item("quickAddField"))                       // tap 1
            for (const c of "Stranger asked Ana for photos")
                keyClick(c)
            click("quickAddButton")                                 // tap 2
            compare(entryCount(), 1)
            compare(item("quickAddField").text, "", "field cleared after the save")
            const list = item("entryList")
            tryCompare(list, "count", 1)
            // The saved note opens in the detail panel, marked as a draft.
            tryVerify(() => findChild(test.page, "editEntryButton") !== null)
            compare(item("editEntryButton").text, "Complete")
            shot("journal-detail-draft")
        }

        function test_4_editingAddsARevision() {
            click("editEntryButton")
            const childCombo = item("editorChild")
            childCombo.activated(1)
            typeInto("editorText", "Stranger asked Ana for photos and sent a gift card")
            item("editorSeverity").activated(2)
            item("editorCategory").activated(1) // grooming
            typeInto("editorAccount", "coach_22")
            click("editorSave")
            compare(JournalController.lastError, "")
            tryVerify(() => findChild(test.page, "revisionList") !== null)
            compare(item("revisionList").count, 2)
            compare(item("editEntryButton").text, "Edit")
            compare(entryCount(), 1)
            shot("journal-detail")
        }

        function test_5_badInputIsRefusedAndKept() {
            click("newEntryButton")
            click("editorSave")
            verify(JournalController.lastError.length > 0)
            compare(JournalController.lastErrorField, "text")
            verify(item("editorError").visible)
            compare(entryCount(), 1, "nothing saved")

            typeInto("editorText", "This has not happened yet")
            typeInto("editorWhen", "2099-01-01 10:00")
            click("editorSave")
            compare(JournalController.lastErrorField, "occurredAt")
            compare(entryCount(), 1, "nothing saved")
            // What was typed is still there to fix.
            compare(item("editorText").input.text, "This has not happened yet")
            typeInto("editorWhen", "2026-11-20 18:30")
            click("editorSave")
            compare(JournalController.lastError, "")
            compare(entryCount(), 2)
        }

        function test_6_search() {
            const field = typeInto("searchField", "gift card")
            tryCompare(JournalController.entries, "totalCount", 1)
            typeInto("searchField", "GIFT")
            tryCompare(JournalController.entries, "totalCount", 1)
            typeInto("searchField", "zebra")
            tryCompare(JournalController.entries, "totalCount", 0)
            verify(JournalController.entries.filtered)
            // Operator syntax alone never lists everything.
            typeInto("searchField", "*")
            tryCompare(JournalController.entries, "totalCount", 0)
            typeInto("searchField", "\"")
            tryCompare(JournalController.entries, "totalCount", 0)
            field.selectAll()
            keyClick(Qt.Key_Delete)
            tryCompare(JournalController.entries, "totalCount", 2)
        }

        function test_7_filtersCombine() {
            click("filterToggle")
            item("childFilter").activated(1) // Ana
            compare(entryCount(), 1)
            item("severityFilter").activated(3) // urgent
            compare(entryCount(), 1)
            item("categoryFilter").activated(3) // sextortion
            compare(entryCount(), 0)
            item("categoryFilter").activated(1) // grooming
            compare(entryCount(), 1)
            typeInto("fromFilter", "2026-11-21")
            item("fromFilter").editingFinished()
            compare(entryCount(), 1)
            typeInto("toFilter", "2026-11-21")
            item("toFilter").editingFinished()
            compare(entryCount(), 0)
            shot("journal-filtered")
            click("clearFilters")
            compare(entryCount(), 2)
            verify(!JournalController.entries.filtered)
        }

        function test_8_attachmentsNeedTheImageRuleFirst() {
            const entryId = item("entryList").itemAtIndex(0).entryId
            verify(!JournalController.imageRuleAcknowledged)
            verify(!JournalController.addAttachment(entryId, TestFiles.png("chat.png")), "refused before the rule")
            mouseClick(findChild(test.page, "entryList").itemAtIndex(0))
            click("addAttachmentButton")
            const notice = item("imageRuleNotice")
            tryVerify(() => notice.opened)
            verify(item("imageRuleText").text.indexOf("crime") >= 0)
            verify(!item("imageRuleContinue").enabled)
            mouseClick(item("imageRuleCheck"))
            click("imageRuleContinue")
            verify(JournalController.imageRuleAcknowledged)
            tryVerify(() => !notice.visible)
            // Acknowledging goes straight on to choosing a file; the test
            // hands the app its files directly instead.
            const dialog = item("attachmentFileDialog")
            tryVerify(() => dialog.visible)
            dialog.reject()
            tryVerify(() => !dialog.visible)
            verify(!JournalController.addAttachment(entryId, TestFiles.text("notes.png")), "not a picture")
            verify(JournalController.lastError.indexOf("PNG") >= 0)
            verify(JournalController.addAttachment(entryId, TestFiles.png("chat.png")))
            tryVerify(() => findChild(test.page, "attachmentThumb") !== null)
            shot("journal-attachment")
        }

        function test_9_verifyThenDeleteThenLock() {
            click("verifyButton")
            click("verifyNowButton")
            verify(item("verifyResult").text.indexOf("intact") >= 0, item("verifyResult").text)

            mouseClick(findChild(test.page, "entryList").itemAtIndex(0))
            tryVerify(() => findChild(test.page, "deleteEntryButton") !== null)
            click("deleteEntryButton")
            compare(entryCount(), 1)
            shot("journal-timeline")

            // Phone width: one column, the detail replaces the list.
            root.width = 420
            tryVerify(() => !findChild(test.page, "journalWorkspace").wide)
            const list = item("entryList")
            tryVerify(() => list.visible && list.width > 300)
            waitForItemPolished(list)
            tryVerify(() => list.itemAtIndex(0) !== null && list.itemAtIndex(0).width === list.width)
            mouseClick(list.itemAtIndex(0))
            tryVerify(() => findChild(test.page, "panelBackButton") !== null
                      && findChild(test.page, "panelBackButton").visible)
            verify(!item("entryList").visible)
            shot("journal-phone-detail")
            // The layout changed under the button: let a frame settle it.
            waitForRendering(root)
            click("panelBackButton")
            tryVerify(() => item("entryList").visible)
            root.width = 1200
            tryVerify(() => findChild(test.page, "journalWorkspace").wide)
            waitForRendering(root)

            // Locking with text in the editor keeps it, as a draft.
            click("newEntryButton")
            typeInto("editorText", "Typed just before the lock")
            VaultController.lock()
            tryCompare(VaultController, "state", VaultController.Locked)
            verify(!JournalController.ready)
            compare(JournalController.entries.rowCount(), 0)
            compare(JournalController.children.count, 0)
            tryVerify(() => findChild(test.page, "journalWorkspace") === null)

            VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
            compare(entryCount(), 2)
            JournalController.entries.searchText = "typed before lock"
            compare(entryCount(), 1)
            JournalController.entries.clearFilters()
            VaultController.lock()
            tryCompare(VaultController, "state", VaultController.Locked)
        }
    }
}
