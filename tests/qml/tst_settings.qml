// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Guides
import Harbor.Settings
import HarborTest

// Content updates on the Settings page: the daily check can be turned off,
// only an https address is saved, a failed check says why in words, and a
// good update is put in use and says what changed.
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
            test.page = settingsComponent.createObject(root)
            verify(test.page)
            compare(item("updateStatus").text, "Not checked yet.")
            verify(item("contentSummary").text.indexOf("built into this app") >= 0)
            verify(!item("whatChanged").visible)
        }

        function test_2_dailyCheckCanBeTurnedOff() {
            verify(UpdatesController.enabled)
            click("dailyCheckSwitch")
            verify(!UpdatesController.enabled)
            click("dailyCheckSwitch")
            verify(UpdatesController.enabled)
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
            click("checkNowButton")
            tryVerify(() => !UpdatesController.busy, 30000)
            verify(UpdatesController.failed)
            const status = item("updateStatus").text
            verify(status.indexOf("404") >= 0, status)
            verify(status.indexOf("stay as they are") >= 0, status)
        }

        function test_5_goodUpdateSaysWhatChanged() {
            TestUpdateSite.publish(2)
            click("checkNowButton")
            tryVerify(() => !UpdatesController.busy, 30000)
            verify(!UpdatesController.failed, item("updateStatus").text)
            verify(item("contentSummary").text.indexOf("version 2") >= 0)
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
