// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Emergency
import Harbor.Guides
import Harbor.Journal
import Harbor.Resources
import Harbor.Settings
import Harbor.Vault
import HarborTest

// The guides in a real scene: a walkthrough's progress is kept per child,
// a ticked warning sign becomes a prefilled journal observation, search
// opens what it finds, the region chosen on the Resources page switches the
// emergency bar's hotline, a content update reaches an open guide. Each
// case stands alone (init gives it an unlocked journal with two children, a
// fresh page and untouched checklists); one story runs them end to end.
Item {
    id: root
    width: 1000
    height: 1600

    Component {
        id: guidesComponent
        GuidesPage { anchors.fill: parent }
    }
    Component {
        id: resourcesComponent
        ResourcesPage { anchors.fill: parent }
    }
    // Clears a child's checklist between cases, as "Check again" does.
    GuideProgress {
        id: reset
        guides: GuidesController
    }

    TestCase {
        id: test
        name: "Guides"
        when: windowShown

        property var page: null
        property var ana: 0
        property var ben: 0
        readonly property string passphrase: "lantern orbit velvet cactus thunder"
        readonly property string updateAddress: "https://updates.test/harbor/"

        // Once for all cases: Argon2id is slow, so they share the journal
        // (not a story: each case starts from init's state).
        function initTestCase() {
            VaultController.create(passphrase, passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => JournalController.ready)
            test.ana = JournalController.saveChild({ nickname: "Ana", birthYear: 2012 })
            test.ben = JournalController.saveChild({ nickname: "Ben", birthYear: 2014 })
            verify(test.ana > 0 && test.ben > 0)
        }
        function init() {
            failOnWarning(/.*/)
            if (VaultController.state !== VaultController.Unlocked) {
                VaultController.unlock(passphrase)
                tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            }
            tryVerify(() => JournalController.ready && GuidesController.checklistsAvailable)
            GuidesController.regionId = "colorado"
            for (const child of [test.ana, test.ben]) {
                reset.guideId = "instagram"
                reset.childId = child
                verify(reset.recheck())
            }
            test.page = createTemporaryObject(guidesComponent, root)
            verify(test.page)
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
        function openGuide(id) {
            click("guide_" + id)
            tryVerify(() => findChild(test.page, "guideView") !== null)
            return GuidesController.guide(id).steps
        }
        function typeSearch(text) {
            typeInto(item("guideSearch"), text)
        }
        // Replaces what a LabeledField holds with `text`, typed key by key.
        function typeInto(field, text) {
            field.input.forceActiveFocus()
            tryVerify(() => field.input.activeFocus)
            field.input.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keyClick(c)
            compare(field.currentText, text)
        }
        function openResult(result) {
            const views = { flow: "flowView", guide: "guideView", signs: "signsView", ages: "ageTipsView",
                            recovery: "recoveryView" }
            click("result_" + result.kind + "_" + result.id)
            tryVerify(() => findChild(test.page, views[result.kind]) !== null)
        }
        function showResources() {
            test.page = createTemporaryObject(resourcesComponent, root)
            verify(test.page)
        }
        function shot(name) {
            const dir = TestFiles.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/" + name + ".png")
        }

        function test_walkthroughProgressIsPerChild() {
            const steps = openGuide("instagram")
            verify(steps.length >= 3)
            compare(item("childPicker").currentText, "Ana")
            click("step_" + steps[0].id)
            compare(item("guideView").progress.progress, 1 / steps.length)
            compare(item("guideProgress").value, 1 / steps.length)

            // Ben's checklist is his own.
            item("childPicker").activated(1)
            tryCompare(item("guideProgress"), "value", 0)
            verify(!item("step_" + steps[0].id).checked)

            // Every step for Ana: done for her.
            item("childPicker").activated(0)
            tryVerify(() => item("step_" + steps[0].id).checked)
            for (let i = 1; i < steps.length; ++i)
                click("step_" + steps[i].id)
            compare(item("guideProgress").value, 1)
            verify(item("doneForChild").visible)
            verify(item("doneForChild").text.indexOf("Ana") >= 0)
            verify(!item("recheckNotice").visible)
            shot("guide-walkthrough")
        }

        function test_aTickedSignBecomesAnObservation() {
            click("signs_grooming")
            tryVerify(() => findChild(test.page, "signsView") !== null)
            const sign = GuidesController.signList("grooming").signs[0]
            // Ana's grooming observations before and after.
            JournalController.entries.category = "grooming"
            JournalController.entries.childId = test.ana
            const before = JournalController.entries.totalCount
            JournalController.entries.clearFilters()
            verify(!findChild(test.page, "record_" + sign.id).visible)
            click("sign_" + sign.id)
            click("record_" + sign.id)
            compare(JournalController.status.error, "")
            verify(item("signSavedMessage").visible)
            shot("guide-signs")
            // Category and child were filled in.
            JournalController.entries.category = "grooming"
            JournalController.entries.childId = test.ana
            compare(JournalController.entries.totalCount, before + 1)
            JournalController.entries.clearFilters()
        }

        function test_searchFindsAcrossContentAndOpensIt() {
            typeSearch("sextortion")
            tryVerify(() => item("searchResults").count > 0)
            verify(!item("searchNothingFound").visible)
            verify(!findChild(test.page, "guide_instagram").visible, "the lists give way to the results")
            // Every kind is searched; the first result opens its page.
            const found = GuidesController.search("sextortion")
            verify(found.some(r => r.kind === "guide") && found.some(r => r.kind === "signs"),
                   found.map(r => r.kind).join(","))
            openResult(found[0])
            click("guidesBack")
            tryVerify(() => findChild(test.page, "guideSearch") !== null)
        }

        function test_searchSaysWhenNothingIsFound() {
            typeSearch("zzqx")
            tryVerify(() => item("searchNothingFound").visible)
            compare(item("searchResults").count, 0)
        }

        function test_ageTipsSwitchBands() {
            click("ageTipsButton")
            tryVerify(() => findChild(test.page, "ageTipsView") !== null)
            const bands = GuidesController.ageBands
            verify(bands.length >= 2)
            const view = item("ageTipsView")
            compare(view.current.id, bands[0].id)
            click("ageBand_" + bands[1].id)
            compare(view.current.id, bands[1].id)
            verify(item("ageBand_" + bands[1].id).Accessible.checked)
            verify(!item("ageBand_" + bands[0].id).Accessible.checked)
        }

        function test_regionSwitchesTheHotline() {
            showResources()
            compare(CallController.hotlineNumber, "844-264-5437")
            const picker = item("regionPicker")
            // Search by postal code, then choose the first match with Return.
            const search = findChild(picker, "regionSearch")
            typeInto(search, "tx")
            tryCompare(picker.model, "count", 1)
            keyClick(Qt.Key_Return)
            compare(GuidesController.regionId, "us-tx")
            compare(CallController.hotlineNumber, "1-800-252-5400")
            verify(CallController.hotlineName.indexOf("Texas") >= 0, CallController.hotlineName)
            tryVerify(() => findChild(test.page, "callResource_us-tx-hotline") !== null)
            // The country's resources stay listed under the state's.
            verify(findChild(test.page, "callResource_us-cybertipline") !== null)
            // By name, accents and case aside.
            typeInto(search, "nuevo mexico")
            compare(picker.model.count, 0) // English names in an English UI
            typeInto(search, "new mex")
            tryCompare(picker.model, "count", 1)
            // Onboarding chooses through the same list.
            picker.choose("colorado")
            compare(CallController.hotlineNumber, "844-264-5437")
            compare(item("currentRegion").text, "Your state: Colorado")
            // No state: the bar says honestly what it dials.
            picker.choose("")
            compare(CallController.hotlineNumber, "1-800-422-4453")
            verify(CallController.hotlineName.indexOf("your state's reporting line") >= 0, CallController.hotlineName)
            compare(item("currentRegion").text, "No state chosen: the resources below are national.")
        }

        function test_lockingHidesProgress() {
            const steps = openGuide("instagram")
            click("step_" + steps[0].id)
            verify(item("guideProgress").visible)
            VaultController.lock()
            tryVerify(() => !GuidesController.checklistsAvailable)
            tryVerify(() => !item("guideProgress").visible)
            verify(!item("step_" + steps[0].id).checked)
            verify(!item("step_" + steps[0].id).enabled)
            compare(item("guideView").progress.progress, 0)
        }

        // The update changes the Instagram guide: the open view shows the new
        // steps and asks to go through it again, without reopening.
        function test_aContentUpdateReachesAnOpenGuide() {
            const steps = openGuide("instagram")
            for (const step of steps)
                click("step_" + step.id)
            verify(item("doneForChild").visible)
            const version = parseInt(UpdatesController.contentSummary.match(/version (\d+)/)[1])
            compare(UpdatesController.setAddress(test.updateAddress), "")
            TestUpdateSite.publish(version + 1)
            UpdatesController.checkNow()
            tryVerify(() => !UpdatesController.status.busy, 30000)
            verify(!UpdatesController.status.failed, UpdatesController.status.error)
            tryVerify(() => item("recheckNotice").visible)
            verify(!item("doneForChild").visible)
            verify(item("step_" + steps[0].id).text.endsWith("(updated)"), item("step_" + steps[0].id).text)
            click("recheckButton")
            tryVerify(() => !item("recheckNotice").visible)
            compare(item("guideProgress").value, 0)
        }

        // One end-to-end story: a parent searches, reads what to do, goes
        // through a guide with a child, writes a sign down, sets the state,
        // and locks the journal.
        function test_storyFromSearchToLock() {
            typeSearch("sextortion")
            tryVerify(() => item("searchResults").count > 0)
            openResult(GuidesController.search("sextortion")[0])
            click("guidesBack")
            tryVerify(() => findChild(test.page, "guide_instagram").visible)

            const steps = openGuide("instagram")
            click("step_" + steps[0].id)
            compare(item("guideProgress").value, 1 / steps.length)
            click("guidesBack")

            click("signs_grooming")
            tryVerify(() => findChild(test.page, "signsView") !== null)
            const sign = GuidesController.signList("grooming").signs[0]
            click("sign_" + sign.id)
            click("record_" + sign.id)
            verify(item("signSavedMessage").visible)

            showResources()
            item("regionPicker").choose("us-tx")
            compare(CallController.hotlineNumber, "1-800-252-5400")

            VaultController.lock()
            tryVerify(() => !GuidesController.checklistsAvailable)
            reset.guideId = "instagram"
            reset.childId = test.ana
            compare(reset.progress, 0)
        }
    }
}
