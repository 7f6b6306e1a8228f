// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Guides
import Harbor.Settings
import HarborTest

// Content updates on the Settings page: until the user chose, the consent
// panel asks and nothing goes online; then the daily check can be turned on
// and off, "Check now" works with it off, only an https address is saved,
// a failed check says why in words, and a good update is put in use, says
// what changed and how old the content is.
Item {
    id: root
    width: 900
    height: 2200

    Component {
        id: settingsComponent
        SettingsPage { anchors.fill: parent }
    }

    TestCase {
        id: test
        name: "Settings"
        when: windowShown

        property var page: null
        property int builtInVersion: 0
        readonly property string testAddress: "https://updates.test/harbor/"

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
            // The test services answered the first-start questions; this
            // test is about the updates one.
            TestFirstStart.forgetUpdatesChoice()
            test.page = settingsComponent.createObject(root)
            verify(test.page)
            compare(item("updateStatus").text, "Not checked yet.")
            const summary = item("contentSummary").text
            verify(summary.indexOf("built into this app") >= 0)
            test.builtInVersion = parseInt(summary.match(/version (\d+)/)[1])
            verify(test.builtInVersion > 0, summary)
            verify(item("contentAge").text.startsWith("Guides published "), item("contentAge").text)
            verify(!item("contentExpiry").visible)
            verify(!item("whatChanged").visible)
        }

        function test_2a_consentIsAskedFirst() {
            verify(!UpdatesController.consentChosen)
            verify(item("updatesConsent").visible)
            verify(item("consentExplanation").text.indexOf("IP address") >= 0)
            verify(!item("dailyCheckSwitch").visible)
            verify(!item("checkNowButton").visible)
            shot("settings-updates-consent")
            click("consentOffButton")
            verify(UpdatesController.consentChosen)
            verify(!UpdatesController.enabled)
            verify(!item("updatesConsent").visible)
            verify(item("offlineNote").visible)
            compare(TestUpdateSite.requests(), 0)
        }

        function test_2b_dailyCheckCanBeTurnedOnAndOff() {
            verify(!item("dailyCheckSwitch").checked)
            click("dailyCheckSwitch")
            verify(UpdatesController.enabled)
            verify(!item("offlineNote").visible)
            click("dailyCheckSwitch")
            verify(!UpdatesController.enabled)
            verify(UpdatesController.consentChosen)
            compare(TestUpdateSite.requests(), 0)
        }

        function test_3_onlyHttpsAddressesAreSaved() {
            const field = item("updateAddress")
            compare(field.text, test.testAddress)
            field.text = "http://mirror.test/harbor/"
            click("saveAddressButton")
            verify(item("addressError").visible)
            compare(UpdatesController.address, test.testAddress)

            field.text = "https://mirror.test/harbor"
            click("saveAddressButton")
            verify(!item("addressError").visible)
            compare(UpdatesController.address, "https://mirror.test/harbor/")
            verify(UpdatesController.customAddress)

            click("defaultAddressButton")
            verify(!UpdatesController.customAddress)
            compare(field.text, UpdatesController.address)
            compare(UpdatesController.setAddress(test.testAddress), "")
        }

        function test_4_failedCheckSaysWhy() {
            TestUpdateSite.clear()
            // "Check now" with the daily check off: one check, because the user asked.
            verify(!UpdatesController.enabled)
            click("checkNowButton")
            tryVerify(() => !UpdatesController.busy, 30000)
            verify(UpdatesController.failed)
            const status = item("updateStatus").text
            verify(status.indexOf("404") >= 0, status)
            verify(status.indexOf("stay as they are") >= 0, status)
            compare(TestUpdateSite.requests(), 1)
        }

        function test_5_goodUpdateSaysWhatChanged() {
            TestUpdateSite.publish(test.builtInVersion + 1)
            click("checkNowButton")
            tryVerify(() => !UpdatesController.busy, 30000)
            verify(!UpdatesController.failed, item("updateStatus").text)
            verify(item("contentSummary").text.indexOf("version " + (test.builtInVersion + 1)) >= 0)
            const age = item("contentAge").text
            verify(age.indexOf("Guides published 1 day ago.") >= 0, age)
            verify(age.indexOf("Content checked just now.") >= 0, age)
            verify(item("contentSummary").text.indexOf("signed update") >= 0)
            verify(item("whatChanged").visible)
            compare(UpdatesController.changes.length, 1)
            compare(UpdatesController.changes[0].title, "Instagram")
            compare(UpdatesController.changes[0].change, "Updated")
            const title = GuidesController.guide("instagram").steps[0].title
            verify(title.endsWith("(updated)"), title)
            waitForRendering(root)
            shot("settings-updates")
        }
    }
}
