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
        readonly property string testAddress: "https://updates.test/harbor/"

        // Each case starts from the same Settings page: nothing chosen about
        // going online, the test address, a fresh page.
        function init() {
            failOnWarning(/.*/)
            TestFirstStart.forgetUpdatesChoice()
            compare(UpdatesController.setAddress(test.testAddress), "")
            test.page = createTemporaryObject(settingsComponent, root)
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
        // Types into a LabeledField as a user would (the view's binding stays).
        function typeInto(objectName, text) {
            const input = item(objectName).input
            input.forceActiveFocus()
            input.selectAll()
            keyClick(Qt.Key_Delete)
            for (const c of text)
                keyClick(c)
            compare(input.text, text)
        }
        function shot(name) {
            const dir = TestFiles.screenshotDir()
            if (dir.length > 0)
                grabImage(root).save(dir + "/" + name + ".png")
        }
        function waitForCheck() {
            tryVerify(() => !UpdatesController.status.busy, 30000)
        }

        function test_consentIsAskedFirst() {
            const requests = TestUpdateSite.requests()
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
            compare(TestUpdateSite.requests(), requests)
        }

        function test_consentToTheDailyCheck() {
            const requests = TestUpdateSite.requests()
            click("consentDailyButton")
            verify(UpdatesController.consentChosen)
            verify(UpdatesController.enabled)
            verify(item("dailyCheckSwitch").checked)
            verify(!item("offlineNote").visible)
            UpdatesController.enabled = false
            compare(TestUpdateSite.requests(), requests, "choosing is not checking")
        }

        function test_dailyCheckCanBeTurnedOnAndOff_data() {
            return [{ tag: "pointer", key: 0 }, { tag: "Space", key: Qt.Key_Space },
                    { tag: "Return", key: Qt.Key_Return }]
        }
        function test_dailyCheckCanBeTurnedOnAndOff(data) {
            const requests = TestUpdateSite.requests()
            UpdatesController.choose(false)
            const toggle = item("dailyCheckSwitch")
            verify(!toggle.checked)
            const press = () => {
                if (data.key === 0) {
                    click("dailyCheckSwitch")
                } else {
                    toggle.forceActiveFocus()
                    keyClick(data.key)
                }
            }
            press()
            verify(UpdatesController.enabled)
            verify(toggle.checked)
            verify(!item("offlineNote").visible)
            press()
            verify(!UpdatesController.enabled)
            verify(UpdatesController.consentChosen)
            compare(TestUpdateSite.requests(), requests)
        }

        function test_onlyHttpsAddressesAreSaved_data() {
            return [{ tag: "button", byReturn: false }, { tag: "Return", byReturn: true }]
        }
        function test_onlyHttpsAddressesAreSaved(data) {
            UpdatesController.choose(false)
            const field = item("updateAddress")
            const save = () => data.byReturn ? keyClick(Qt.Key_Return) : click("saveAddressButton")
            compare(field.currentText, test.testAddress)
            typeInto("updateAddress", "http://mirror.test/harbor/")
            save()
            verify(item("addressError").visible)
            verify(field.invalid)
            compare(UpdatesController.address, test.testAddress)

            typeInto("updateAddress", "https://mirror.test/harbor")
            save()
            verify(!item("addressError").visible)
            compare(UpdatesController.address, "https://mirror.test/harbor/")
            compare(field.currentText, "https://mirror.test/harbor/", "the field shows the saved form")
            verify(UpdatesController.customAddress)

            click("defaultAddressButton")
            verify(!UpdatesController.customAddress)
            compare(field.currentText, UpdatesController.address)
        }

        // One end-to-end story: from the consent to an update that says what
        // changed (the only case that goes online and installs a pack).
        function test_storyFromConsentToWhatChanged() {
            click("consentOffButton")
            compare(item("updateStatus").text, "Not checked yet.")
            const summary = item("contentSummary").text
            verify(summary.indexOf("built into this app") >= 0)
            const builtInVersion = parseInt(summary.match(/version (\d+)/)[1])
            verify(builtInVersion > 0, summary)
            verify(item("contentAge").text.startsWith("Guides published "), item("contentAge").text)
            verify(!item("contentExpiry").visible)
            verify(!item("whatChanged").visible)

            // "Check now" with the daily check off: one check, because the user asked.
            TestUpdateSite.clear()
            const requests = TestUpdateSite.requests()
            click("checkNowButton")
            waitForCheck()
            verify(UpdatesController.status.failed)
            const status = item("updateStatus").text
            verify(status.indexOf("404") >= 0, status)
            verify(status.indexOf("stay as they are") >= 0, status)
            compare(TestUpdateSite.requests(), requests + 1)

            TestUpdateSite.publish(builtInVersion + 1)
            click("checkNowButton")
            waitForCheck()
            verify(!UpdatesController.status.failed, item("updateStatus").text)
            verify(item("contentSummary").text.indexOf("version " + (builtInVersion + 1)) >= 0)
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
