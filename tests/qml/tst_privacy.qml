// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtTest
import Harbor.Ui
import Harbor.Guides
import Harbor.Journal
import Harbor.Vault
import HarborTest

// The real main window beside another window (a browser with a guide open
// in it): while Harbor is not the active window, only private content is
// hidden (the journal, backups, the recovery key, a child's nickname and
// progress); the emergency bar and the guide stay visible and usable. A
// window that was never active (no window manager) shows everything.
TestCase {
    id: test
    name: "Privacy"
    when: windowShown

    property var ana: 0
    readonly property string passphrase: "lantern orbit velvet cactus thunder"
    readonly property string marker: "privacy-marker-7f3a"

    // Another application's window: activating it puts Harbor's in the background.
    Component {
        id: otherWindowComponent
        Window {
            width: 320
            height: 240
            visible: true
            title: "Another app"
        }
    }

    // A private area with a popup of its own (like a journal picture shown large).
    Component {
        id: popupWindowComponent
        Window {
            property alias popup: popup
            width: 400
            height: 400
            visible: true
            PrivateCover {
                anchors.fill: parent
                Item {
                    implicitHeight: 100
                    Layout.fillWidth: true
                    Popup {
                        id: popup
                        width: 100
                        height: 100
                    }
                }
            }
        }
    }

    function init() {
        failOnWarning(/.*/)
    }

    function createMain(properties) {
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        // No parent: a window with one is the transient child of the test's
        // window and counts as active whenever any of its siblings is.
        const window = createTemporaryObject(component, null, properties)
        verify(window)
        tryVerify(() => window.visible && window.width === properties.width)
        return window
    }
    // Pages by their visual tree (Repeater delegates have no QObject parent
    // to reach them by), the emergency bar by its QObject one.
    function lookUp(window, objectName) {
        return findChild(window.contentItem, objectName) || findChild(window, objectName)
    }
    function find(window, objectName) {
        const found = lookUp(window, objectName)
        verify(found, objectName)
        return found
    }
    function showPage(window, index, objectName) {
        window.currentPage = index
        tryVerify(() => lookUp(window, objectName) !== null && lookUp(window, objectName).visible, 5000, objectName)
    }
    function openGuide(window, guideId) {
        showPage(window, 0, "guidesPage")
        find(window, "guidesPage").open("guide", guideId)
        tryVerify(() => lookUp(window, "guideView") !== null && lookUp(window, "guideView").visible)
    }
    // The placeholder of the cover named objectName, shown instead of its content.
    function placeholderOf(window, objectName) {
        return findChild(find(window, objectName), "privateCoverPlaceholder")
    }

    // Drawn, not just "visible": the button's own red fills most of it, so
    // nothing is painted over it.
    function emergencyRedShare(item) {
        const image = grabImage(item)
        let red = 0
        let all = 0
        for (let x = 2; x < item.width - 2; x += 4) {
            for (let y = 2; y < item.height - 2; y += 4) {
                ++all
                if (Math.abs(image.red(x, y) - 0xb3) < 24 && Math.abs(image.green(x, y) - 0x26) < 24
                        && Math.abs(image.blue(x, y) - 0x1e) < 24)
                    ++red
            }
        }
        return red / all
    }
    // Text is drawn there: more than one colour in the item's area.
    function colours(item) {
        const image = grabImage(item)
        const seen = {}
        let count = 0
        for (let x = 0; x < item.width; x += 2) {
            for (let y = 0; y < item.height; y += 2) {
                const key = image.pixel(x, y).toString()
                if (!seen[key]) {
                    seen[key] = true
                    ++count
                }
            }
        }
        return count
    }
    function verifyEmergencyBarUsable(window) {
        for (const name of ["call911Button", "callHotlineButton"]) {
            const button = find(window, name)
            verify(button.visible && button.enabled, name + " visible and enabled")
            verify(button.Accessible.name.length > 0, name + " has an accessible name")
            waitForRendering(window.contentItem)
            verify(emergencyRedShare(button) > 0.5, name + " is drawn, not covered")
        }
    }

    // An open journal with a child, Ana, and one entry about her: made the
    // first time a case needs it, unlocked again for each case after.
    function ensureJournalWithAna() {
        if (VaultController.state === VaultController.Absent) {
            VaultController.create(passphrase, passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            VaultController.dismissRecoveryKey()
            tryVerify(() => JournalController.ready)
            test.ana = JournalController.saveChild({ nickname: "Ana", birthYear: 2012 })
            verify(test.ana > 0)
            verify(JournalController.saveEntry({ kind: 0, text: test.marker, childId: test.ana, severity: 1 }) > 0)
        } else if (VaultController.state !== VaultController.Unlocked) {
            VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
        }
        tryVerify(() => JournalController.ready)
        verify(test.ana > 0)
        verify(GuidesController.checklistsAvailable)
    }

    // The end-to-end story: in the background only private content is
    // hidden, the bar stays usable, and everything is back once active.
    function test_inTheBackgroundOnlyPrivateContentIsHidden() {
        ensureJournalWithAna()
        const window = createMain({ width: 1280, height: 800 })
        tryVerify(() => window.active, 5000, "the main window is active once shown")

        // Active: everything shows.
        showPage(window, 1, "journalPage")
        tryVerify(() => lookUp(window, "journalWorkspace") !== null && lookUp(window, "journalWorkspace").visible)
        verify(!placeholderOf(window, "journalCover").visible)
        showPage(window, 3, "settingsPage")
        verify(find(window, "restoreBackupPassphrase").visible)
        openGuide(window, "instagram")
        const steps = GuidesController.guide("instagram").steps
        verify(steps.length >= 3)
        compare(find(window, "childPicker").currentText, "Ana")
        verify(find(window, "childPicker").visible)
        verify(find(window, "guideView").progress.setDone(steps[0].id, true), "ticked for Ana")
        tryVerify(() => find(window, "step_" + steps[0].id).checked)
        verify(find(window, "guideProgress").visible)
        // The list of nicknames is open when the user switches away.
        find(window, "childPicker").popup.open()
        tryVerify(() => find(window, "childPicker").popup.opened)

        // Another window becomes active: Harbor is in the background.
        const other = createTemporaryObject(otherWindowComponent, null)
        other.requestActivate()
        tryVerify(() => other.active && !window.active, 5000, "the other window took the focus")

        // The guide: its text is shown and drawn, the child and progress are not.
        const guide = find(window, "guideView")
        verify(guide.visible)
        const firstStep = find(window, "step_" + steps[0].id)
        verify(firstStep.visible)
        verify(firstStep.text.indexOf(steps[0].title) >= 0)
        waitForRendering(window.contentItem)
        verify(colours(firstStep) > 2, "the step's text is drawn")
        verify(!firstStep.checked, "no per-child tick while in the background")
        verify(!find(window, "childPicker").visible, "no nickname while in the background")
        tryVerify(() => !find(window, "childPicker").popup.visible, 5000, "the list of nicknames was closed")
        verify(!find(window, "guideProgress").visible)
        verify(placeholderOf(window, "guideChildState").visible)
        verifyEmergencyBarUsable(window)

        // The journal: hidden, not merely drawn over; a calm placeholder instead.
        showPage(window, 1, "journalPage")
        const workspace = find(window, "journalWorkspace")
        verify(!workspace.visible, "the journal is not visible in the background")
        verify(!find(window, "journalLockButton").visible)
        verify(placeholderOf(window, "journalCover").visible)
        verifyEmergencyBarUsable(window)

        // Backup and restore: hidden too.
        showPage(window, 3, "settingsPage")
        verify(!find(window, "restoreBackupPassphrase").visible)
        verify(placeholderOf(window, "backupCover").visible)

        // 911 works from the background window.
        FakeDialer.clear()
        FakeDialer.setHasDialer(true)
        find(window, "call911Button").clicked()
        compare(FakeDialer.dialled(), ["911"])

        // Back to Harbor: everything is there again, as it was.
        window.requestActivate()
        tryVerify(() => window.active, 5000)
        verify(find(window, "restoreBackupPassphrase").visible)
        verify(!placeholderOf(window, "backupCover").visible)
        showPage(window, 1, "journalPage")
        verify(find(window, "journalWorkspace").visible)
        verify(!placeholderOf(window, "journalCover").visible)
        showPage(window, 0, "guidesPage")
        verify(find(window, "childPicker").visible)
        compare(find(window, "childPicker").currentText, "Ana")
        verify(find(window, "step_" + steps[0].id).checked)
        verify(find(window, "step_" + steps[0].id).enabled)
        verify(!placeholderOf(window, "guideChildState").visible)
    }

    function test_theRecoveryKeyIsHiddenInTheBackground() {
        ensureJournalWithAna()
        const window = createMain({ width: 1280, height: 800 })
        tryVerify(() => window.active, 5000)
        showPage(window, 3, "settingsPage")
        VaultController.regenerateRecoveryKey(passphrase)
        tryVerify(() => lookUp(window, "recoveryKeyText") !== null && lookUp(window, "recoveryKeyText").visible,
                  30000)

        const other = createTemporaryObject(otherWindowComponent, null)
        other.requestActivate()
        tryVerify(() => !window.active, 5000)
        verify(!find(window, "recoveryKeyText").visible, "no recovery key in the background")
        verify(placeholderOf(window, "recoveryKeyCover").visible, "its placeholder instead")

        window.requestActivate()
        tryVerify(() => window.active, 5000)
        verify(find(window, "recoveryKeyText").visible, "the key is back once active")
        VaultController.dismissRecoveryKey()
    }

    // Without a window manager a window is never active: the public parts
    // show, and so does the journal (it could not sit in an app switcher).
    function test_aWindowThatWasNeverActiveShowsItsContent() {
        ensureJournalWithAna()
        // A tool tip window is one the offscreen platform never activates.
        const window = createMain({ width: 1280, height: 800, flags: Qt.ToolTip })
        wait(50)
        verify(!window.active, "never activated")
        verifyEmergencyBarUsable(window)
        openGuide(window, "instagram")
        verify(find(window, "guideView").visible, "the guide shows")
        verify(find(window, "childPicker").visible, "never active: the nickname shows")
        showPage(window, 1, "journalPage")
        tryVerify(() => lookUp(window, "journalWorkspace") !== null && lookUp(window, "journalWorkspace").visible)
        verify(!placeholderOf(window, "journalCover").visible, "never active: the journal is not covered")
    }

    // A popup opened from private content does not stay over it.
    function test_popupsOfPrivateContentClose() {
        const window = createTemporaryObject(popupWindowComponent, null)
        tryVerify(() => window.active, 5000)
        window.popup.open()
        tryVerify(() => window.popup.opened)
        const other = createTemporaryObject(otherWindowComponent, null)
        other.requestActivate()
        tryVerify(() => !window.active, 5000)
        tryVerify(() => !window.popup.visible, 5000, "the popup was closed")
    }
}
