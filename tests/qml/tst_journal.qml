// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault
import HarborTest

// The journal in a real scene, driven as a person would. Each test opens
// the journal and a new page, makes the entries it needs and asserts only
// on those, so any test can run alone (-functions) and in any order; one
// end-to-end story (test_story) goes through the whole journal at once.
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
    Component {
        id: editorComponent
        EntryEditorController {
            journal: JournalController
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
            openJournal()
            test.page = createTemporaryObject(pageComponent, root)
            verify(test.page)
            tryVerify(() => findChild(test.page, "journalWorkspace") !== null)
        }
        function cleanup() {
            root.width = 1200
            if (JournalController.ready) {
                JournalController.entries.clearFilters()
                JournalController.clearError()
            }
        }

        function openJournal() {
            if (VaultController.state === VaultController.Absent)
                VaultController.create(passphrase, passphrase)
            else if (VaultController.state === VaultController.Locked)
                VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
        }
        function lockJournal() {
            VaultController.lock()
            tryCompare(VaultController, "state", VaultController.Locked)
            verify(!JournalController.ready)
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
        // A panel the last click opened is laid out before the next click.
        function click(objectName) {
            const found = item(objectName)
            waitForRendering(test.page)
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
        function workspace() {
            return item("journalWorkspace")
        }
        // An entry made the typed way QML has (an editor controller), not
        // through the views under test. Its id.
        function makeEntry(fields, when) {
            const editor = createTemporaryObject(editorComponent, root)
            editor.startNew(fields.kind === undefined ? EntryKind.Observation : fields.kind)
            for (const name in fields) {
                if (name === "severity")
                    editor.severity = fields.severity
                else if (name !== "kind")
                    editor.entry[name] = fields[name]
            }
            if (when !== undefined)
                editor.when = when
            const id = editor.save()
            verify(id > 0, JournalController.status.error)
            return id
        }
        function openDetail(entryId) {
            workspace().open("detail", entryId)
            tryVerify(() => findChild(test.page, "editEntryButton") !== null)
        }

        function test_editingAddsARevision() {
            const id = JournalController.quickAdd("Asked for a photo in a game chat", 0)
            verify(id > 0)
            openDetail(id)
            compare(item("editEntryButton").text, "Complete")
            click("editEntryButton")
            typeInto("editorText", "Asked for a photo and sent game credits")
            item("editorSeverity").activated(Severity.Urgent)
            item("editorCategory").activated(1)
            typeInto("editorAccount", "coach_22")
            click("editorSave")
            compare(JournalController.status.error, "")
            tryVerify(() => findChild(test.page, "revisionList") !== null)
            compare(item("revisionList").count, 2)
            compare(item("editEntryButton").text, "Edit")
            const fields = item("entryFields")
            verify(fields.children.length > 0)
        }

        function test_badInputIsRefusedAndKept() {
            const before = entryCount()
            click("newEntryButton")
            click("editorSave")
            verify(JournalController.status.error.length > 0)
            compare(JournalController.status.errorField, "text")
            verify(item("editorError").visible)
            compare(entryCount(), before, "nothing saved")

            typeInto("editorText", "This has not happened yet")
            // A time in the future: the field refuses it and keeps its value.
            const kept = item("editorWhen").value.getTime()
            typeInto("editorWhen", "2099-01-01 10:00")
            keyClick(Qt.Key_Return)
            verify(item("editorWhenError").visible)
            compare(item("editorWhen").value.getTime(), kept)
            compare(entryCount(), before, "nothing saved")
            // What was typed is still there to fix.
            compare(item("editorText").input.text, "This has not happened yet")
            typeInto("editorWhen", "2026-11-20 18:30")
            keyClick(Qt.Key_Return)
            compare(item("editorWhen").value.getTime(), new Date(2026, 10, 20, 18, 30).getTime())
            click("editorSave")
            compare(JournalController.status.error, "")
            compare(entryCount(), before + 1)
        }

        function test_kindShowsItsFields() {
            click("newDisclosureButton")
            verify(item("kind1").checked)
            verify(item("editorChildWords").visible)
            verify(item("disclosureGuidance").visible)
            verify(!item("editorText").visible)
            click("kind2")
            verify(item("editorSaid").visible)
            verify(!item("editorChildWords").visible)
            verify(!item("editorPlatform").visible)
        }

        function test_search() {
            makeEntry({ text: "Sent a zanzibar gift card code" })
            const field = typeInto("searchField", "zanzibar")
            tryCompare(JournalController.entries, "totalCount", 1)
            typeInto("searchField", "ZANZIBAR")
            tryCompare(JournalController.entries, "totalCount", 1)
            typeInto("searchField", "zebraquartz")
            tryCompare(JournalController.entries, "totalCount", 0)
            verify(JournalController.entries.filtered)
            // Operator syntax alone never lists everything.
            typeInto("searchField", "*")
            tryCompare(JournalController.entries, "totalCount", 0)
            typeInto("searchField", "\"")
            tryCompare(JournalController.entries, "totalCount", 0)
            field.selectAll()
            keyClick(Qt.Key_Delete)
            tryVerify(() => !JournalController.entries.filtered)
            verify(entryCount() >= 1)
        }

        function test_filtersCombine() {
            const childId = JournalController.saveChild({ nickname: "Filter child " + Date.now(), platforms: [] })
            verify(childId > 0)
            const childIndex = JournalController.children.ids.indexOf(childId) + 1
            const grooming = JournalController.categoryIds.indexOf("grooming") + 1
            const sextortion = JournalController.categoryIds.indexOf("sextortion") + 1
            makeEntry({ text: "Urgent and grooming", childId: childId, severity: Severity.Urgent, category: "grooming" },
                      "2026-06-10 12:00")
            makeEntry({ text: "A note", childId: childId, severity: Severity.Note, category: "other" },
                      "2026-06-01 12:00")

            click("filterToggle")
            item("childFilter").activated(childIndex)
            compare(entryCount(), 2)
            item("severityFilter").activated(Severity.Urgent + 1)
            compare(entryCount(), 1)
            item("categoryFilter").activated(sextortion)
            compare(entryCount(), 0)
            item("categoryFilter").activated(grooming)
            compare(entryCount(), 1)
            typeInto("fromFilter", "2026-06-10")
            item("fromFilter").editingFinished()
            compare(entryCount(), 1)
            typeInto("toFilter", "2026-06-09")
            item("toFilter").editingFinished()
            compare(entryCount(), 0)
            shot("journal-filtered")
            click("clearFilters")
            verify(!JournalController.entries.filtered)
            verify(entryCount() >= 2)
        }

        function test_deleteTakesTheRowOutOfTheList() {
            const id = makeEntry({ text: "To be deleted from the list" })
            const before = entryCount()
            const list = item("entryList")
            tryVerify(() => JournalController.entries.rowOf(id) >= 0)
            const rows = list.count
            openDetail(id)
            click("deleteEntryButton")
            compare(entryCount(), before - 1)
            tryCompare(list, "count", rows - 1)
            compare(JournalController.entries.rowOf(id), -1)
            // Still there to bring back, from the detail view.
            openDetail(id)
            click("restoreEntryButton")
            compare(entryCount(), before)
            compare(JournalController.entries.rowOf(id) >= 0, true)
        }

        function test_verify() {
            makeEntry({ text: "Something to check" })
            click("verifyButton")
            click("verifyNowButton")
            verify(item("verifyResult").text.indexOf("intact") >= 0, item("verifyResult").text)
        }

        function test_phoneLayoutShowsOneColumn() {
            makeEntry({ text: "Seen on a phone" })
            root.width = 420
            tryVerify(() => !workspace().wide)
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
        }

        function test_lockKeepsTypedTextAsADraft() {
            const before = entryCount()
            click("newEntryButton")
            typeInto("editorText", "Typed just before the lock")
            lockJournal()
            compare(JournalController.entries.rowCount(), 0)
            compare(JournalController.children.count, 0)
            tryVerify(() => findChild(test.page, "journalWorkspace") === null)
            openJournal()
            compare(entryCount(), before + 1)
            JournalController.entries.searchText = "typed before lock"
            compare(entryCount(), 1)
        }

        // The whole journal, as a person first meets it.
        function test_story() {
            verify(!JournalController.imageRuleAcknowledged, "no other test acknowledges the image rule")
            const before = entryCount()
            click("childrenButton")
            click("addChildButton")
            typeInto("childNickname", "Ana")
            typeInto("childBirthYear", "2013")
            click("saveChildButton")
            compare(JournalController.status.error, "")
            verify(JournalController.children.nicknames.indexOf("Ana") >= 0)

            mouseClick(item("quickAddField"))                       // tap 1
            for (const c of "Stranger asked Ana for photos")
                keyClick(c)
            click("quickAddButton")                                 // tap 2
            compare(entryCount(), before + 1)
            compare(item("quickAddField").text, "", "field cleared after the save")
            // The saved note opens in the detail panel, marked as a draft.
            tryVerify(() => findChild(test.page, "editEntryButton") !== null)
            compare(item("editEntryButton").text, "Complete")
            shot("journal-detail-draft")

            click("editEntryButton")
            item("editorChild").activated(JournalController.children.nicknames.indexOf("Ana") + 1)
            typeInto("editorText", "Stranger asked Ana for photos and sent a gift card")
            item("editorSeverity").activated(Severity.Urgent)
            item("editorCategory").activated(1)
            click("editorSave")
            compare(JournalController.status.error, "")
            tryVerify(() => findChild(test.page, "revisionList") !== null)
            compare(item("revisionList").count, 2)
            shot("journal-detail")
            const entryId = workspace().selectedId
            verify(entryId > 0)

            // Files only after the image rule.
            verify(!JournalController.addAttachment(entryId, TestFiles.png("chat.png")), "refused before the rule")
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
            verify(JournalController.status.error.indexOf("PNG") >= 0)
            verify(JournalController.addAttachment(entryId, TestFiles.png("chat.png")))
            tryVerify(() => findChild(test.page, "attachmentThumb") !== null)
            shot("journal-attachment")

            click("verifyButton")
            click("verifyNowButton")
            verify(item("verifyResult").text.indexOf("intact") >= 0, item("verifyResult").text)
            click("timelineButton")
            shot("journal-timeline")

            openDetail(entryId)
            click("deleteEntryButton")
            compare(entryCount(), before)

            lockJournal()
            tryVerify(() => findChild(test.page, "journalWorkspace") === null)
            openJournal()
            compare(entryCount(), before)
        }

        // The list row of an entry, once the list has laid it out.
        function rowItem(entryId) {
            const list = item("entryList")
            tryVerify(() => JournalController.entries.rowOf(entryId) >= 0)
            waitForRendering(test.page) // the layout has given the list its size
            const row = JournalController.entries.rowOf(entryId)
            list.positionViewAtIndex(row, ListView.Contain)
            tryVerify(() => list.itemAtIndex(row) !== null)
            return list.itemAtIndex(row)
        }

        // Delete, then Undo at once: the view stays on the entry, the notice
        // is announced, focus is on Undo, and the entry is back in the list.
        function test_undoRightAfterDelete() {
            const id = makeEntry({ text: "Deleted and undone at once" })
            const before = entryCount()
            rowItem(id)
            openDetail(id)
            click("deleteEntryButton")
            compare(entryCount(), before - 1)
            compare(JournalController.entries.rowOf(id), -1)
            compare(workspace().mode, "detail")
            const notice = item("deletedNotice")
            tryVerify(() => notice.visible)
            verify(notice.text.indexOf("Entry deleted") === 0, notice.text)
            compare(notice.Accessible.role, Accessible.AlertMessage)
            const undo = item("restoreEntryButton")
            compare(undo.text, "Undo")
            compare(undo.Accessible.name, "Undo delete")
            verify(undo.activeFocus, "focus moved to Undo")
            verify(!undo.visualFocus, "no focus ring after a pointer click")
            shot("journal-undo-delete")
            keyClick(Qt.Key_Space)
            compare(entryCount(), before)
            verify(JournalController.entries.rowOf(id) >= 0)
            verify(!notice.visible)
            verify(item("restoredNotice").visible)
            verify(item("editEntryButton").activeFocus)
            verify(item("deleteEntryButton").visible)

            // By keyboard alone: Delete, then Undo where the focus (with its
            // ring) already is.
            item("deleteEntryButton").forceActiveFocus(Qt.TabFocusReason)
            keyClick(Qt.Key_Space)
            compare(entryCount(), before - 1)
            verify(undo.activeFocus && undo.visualFocus)
            keyClick(Qt.Key_Return)
            compare(entryCount(), before)
            verify(JournalController.entries.rowOf(id) >= 0)
        }

        // A deleted entry is listed through the filter, marked in words,
        // opened from the list and brought back, which takes it out of the
        // deleted view.
        function test_deletedEntryFromTheList() {
            const id = makeEntry({ text: "Deleted, then found in the list" })
            verify(JournalController.deleteEntry(id))
            compare(JournalController.entries.rowOf(id), -1)
            verify(!item("deletedViewNotice").visible)

            click("filterToggle")
            click("showDeletedSwitch")
            verify(JournalController.entries.showDeleted)
            verify(item("showDeletedSwitch").checked)
            click("filterToggle") // closed, the filters leave the list room
            verify(item("deletedViewNotice").visible)
            verify(!item("searchField").enabled)
            const deletedBefore = entryCount()
            verify(deletedBefore >= 1)
            verify(item("deletedCount").text.indexOf(deletedBefore + " deleted") === 0, item("deletedCount").text)
            const row = rowItem(id)
            verify(row.deleted)
            verify(row.Accessible.name.indexOf("Deleted. ") === 0, row.Accessible.name)
            verify(findChild(row, "deletedMark").visible)
            shot("journal-deleted-view")

            mouseClick(row)
            const restore = item("restoreEntryButton")
            tryVerify(() => restore.visible)
            compare(restore.text, "Bring it back")
            verify(!item("deletedNotice").visible)
            click("restoreEntryButton")
            compare(JournalController.entries.rowOf(id), -1)
            compare(entryCount(), deletedBefore - 1)
            verify(item("restoredNotice").visible)

            click("leaveDeletedView")
            verify(!JournalController.entries.showDeleted)
            verify(!item("showDeletedSwitch").checked)
            verify(item("searchField").enabled)
            verify(!rowItem(id).deleted)
        }
    }
}
