// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Emergency
import Harbor.Guides
import Harbor.Journal
import Harbor.Resources
import Harbor.Vault
import HarborTest

// The guides in a real scene: a walkthrough's progress is kept per child,
// a ticked warning sign becomes a prefilled journal observation, and the
// region chosen on the Resources page switches the emergency bar's hotline.
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

    TestCase {
        id: test
        name: "Guides"
        when: windowShown

        property var page: null
        property var ana: 0
        property var ben: 0
        readonly property string passphrase: "lantern orbit velvet cactus thunder"

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
            test.ana = JournalController.saveChild({ nickname: "Ana", birthYear: 2012 })
            test.ben = JournalController.saveChild({ nickname: "Ben", birthYear: 2014 })
            verify(test.ana > 0 && test.ben > 0)
            verify(GuidesController.checklistsAvailable)
            test.page = guidesComponent.createObject(root)
            verify(test.page)
        }

        function test_2_walkthroughProgressIsPerChild() {
            click("guide_instagram")
            tryVerify(() => findChild(test.page, "guideView") !== null)
            const steps = GuidesController.guide("instagram").steps
            verify(steps.length >= 3)
            compare(item("childPicker").currentText, "Ana")
            click("step_" + steps[0].id)
            compare(GuidesController.progress(test.ana, "instagram"), 1 / steps.length)
            compare(GuidesController.progress(test.ben, "instagram"), 0)
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
            compare(GuidesController.progress(test.ana, "instagram"), 1)
            verify(item("doneForChild").visible)
            verify(item("doneForChild").text.indexOf("Ana") >= 0)
            verify(!item("recheckNotice").visible)
            shot("guide-walkthrough")
            click("guidesBack")
        }

        function test_3_aTickedSignBecomesAnObservation() {
            click("signs_grooming")
            tryVerify(() => findChild(test.page, "signsView") !== null)
            const sign = GuidesController.signList("grooming").signs[0]
            compare(JournalController.entries.totalCount, 0)
            click("sign_" + sign.id)
            click("record_" + sign.id)
            compare(JournalController.lastError, "")
            compare(JournalController.entries.totalCount, 1)
            verify(item("signSavedMessage").visible)
            shot("guide-signs")
            // Category and child were filled in.
            JournalController.entries.category = "grooming"
            JournalController.entries.childId = test.ana
            compare(JournalController.entries.totalCount, 1)
            JournalController.entries.clearFilters()
            click("guidesBack")
        }

        function test_4_searchFindsAcrossContent() {
            const field = item("guideSearch")
            field.forceActiveFocus()
            for (const c of "sextortion")
                keyClick(c)
            tryVerify(() => item("searchResults").count > 0)
            field.selectAll()
            keyClick(Qt.Key_Delete)
        }

        function test_5_regionSwitchesTheHotline() {
            test.page.destroy()
            test.page = resourcesComponent.createObject(root)
            compare(GuidesController.regionId, "colorado")
            compare(CallController.hotlineNumber, "844-264-5437")
            const picker = item("regionPicker")
            // Search by postal code, then choose the first match with Return.
            const search = findChild(picker, "regionSearch")
            search.forceActiveFocus()
            keyClick(Qt.Key_T)
            keyClick(Qt.Key_X)
            tryCompare(picker.model, "count", 1)
            keyClick(Qt.Key_Return)
            compare(GuidesController.regionId, "us-tx")
            compare(CallController.hotlineNumber, "1-800-252-5400")
            verify(CallController.hotlineName.indexOf("Texas") >= 0, CallController.hotlineName)
            tryVerify(() => findChild(test.page, "callResource_us-tx-hotline") !== null)
            // The country's resources stay listed under the state's.
            verify(findChild(test.page, "callResource_us-cybertipline") !== null)
            // By name, accents and case aside.
            search.text = "nuevo mexico"
            compare(picker.model.count, 0) // English names in an English UI
            search.text = "new mex"
            tryCompare(picker.model, "count", 1)
            // Onboarding chooses through the same list.
            picker.model.choose("colorado")
            compare(CallController.hotlineNumber, "844-264-5437")
            compare(item("currentRegion").text, "Your state: Colorado")
            // No state: the bar says honestly what it dials.
            picker.model.chooseNone()
            compare(CallController.hotlineNumber, "1-800-422-4453")
            verify(CallController.hotlineName.indexOf("your state's reporting line") >= 0, CallController.hotlineName)
            compare(item("currentRegion").text, "No state chosen: the resources below are national.")
            picker.model.choose("colorado")
            compare(CallController.hotlineNumber, "844-264-5437")
            VaultController.lock()
            tryVerify(() => !GuidesController.checklistsAvailable)
            compare(GuidesController.progress(test.ana, "instagram"), 0)
        }
    }
}
