// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor
import Harbor.Journal
import Harbor.Vault
import HarborTest

// The main stories in the real window, with the keyboard alone: Tab to a
// control, Return or Space to press it, typed text, the shortcuts. The test
// only reads state to know where the focus is and what happened; every
// action is a key event.
TestCase {
    id: test
    name: "KeyboardStory"
    when: windowShown

    readonly property string passphrase: "kettle harbor meadow lantern"
    property var window: null

    function initTestCase() {
        // A first start: no state chosen, no answer about going online, no journal.
        TestFirstStart.forgetRegion()
        TestFirstStart.forgetUpdatesChoice()
        if (VaultController.state !== VaultController.Absent) {
            VaultController.wipe(passphrase, VaultController.wipeWord)
            tryCompare(VaultController, "state", VaultController.Absent, 30000)
        }
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        test.window = createTemporaryObject(component, null, { width: 1280, height: 800 })
        verify(test.window)
        tryVerify(() => test.window.visible)
        test.window.requestActivate()
        tryVerify(() => test.window.active)
    }

    function named(objectName) {
        const found = findChild(test.window, objectName)
        verify(found, objectName)
        return found
    }
    function isInside(ancestor, item) {
        for (let it = item; it; it = it.parent) {
            if (it === ancestor)
                return true
        }
        return false
    }
    // Tab until the focus is on (or inside) the control; Shift+Tab never
    // needed: the order wraps around the window.
    function tabTo(what, matches) {
        for (let i = 0; i < 120; ++i) {
            const focused = test.window.activeFocusItem
            if (focused && matches(focused))
                return focused
            keyClick(Qt.Key_Tab)
        }
        fail("Tab never reached " + what)
    }
    function tabToNamed(objectName) {
        return tabTo(objectName, focused => {
            const target = findChild(test.window, objectName)
            return target !== null && target.visible && isInside(target, focused)
        })
    }
    function tabToText(text) {
        return tabTo("'" + text + "'", focused => focused.text === text && focused.visible)
    }
    function type(text) {
        for (const c of text)
            keyClick(c)
    }

    // All in one: each step needs the one before it.
    function test_story() {
        // The first-start questions: Escape skips the state; the going-online
        // question is answered with its button.
        tryVerify(() => findChild(test.window, "whereDoYouLive") !== null)
        keyClick(Qt.Key_Escape)
        tryVerify(() => findChild(test.window, "whereDoYouLive") === null)
        tryVerify(() => findChild(test.window, "goOnlineQuestion") !== null)
        tabToText("Don't go online")
        keyClick(Qt.Key_Return)
        tryVerify(() => !test.window.firstStartShown)

        // Follow a guide: open it from the Guides page, read its steps, go back.
        keySequence("Ctrl+1")
        const guides = named("guidesPage")
        tabTo("a guide", focused => focused.objectName.startsWith("guide_"))
        keyClick(Qt.Key_Return)
        tryCompare(guides, "kind", "guide")
        tryVerify(() => findChild(test.window, "guideView") !== null && named("guideView").visible)
        tabTo("a step", focused => focused.objectName.startsWith("step_") || focused.objectName.startsWith("source_"))
        keyClick(Qt.Key_Escape)
        tryCompare(guides, "kind", "home")

        // Set up the journal.
        keySequence("Ctrl+2")
        tryVerify(() => named("onboarding").visible)
        tabToNamed("onboardingNext")
        keyClick(Qt.Key_Return)
        tabToNamed("onboardingNext")
        keyClick(Qt.Key_Return)
        tabToNamed("newPassphrase")
        type(test.passphrase)
        tabToNamed("confirmPassphrase")
        type(test.passphrase)
        tabToNamed("createVaultButton")
        keyClick(Qt.Key_Return)
        tryVerify(() => VaultController.recoveryKey.length > 0, 30000)
        const groups = VaultController.recoveryKey.split("-")
        tabToNamed("confirmGroupFirst")
        type(groups[VaultController.groupsToConfirm[0]])
        tabToNamed("confirmGroupSecond")
        type(groups[VaultController.groupsToConfirm[1]])
        tabToNamed("confirmRecoveryButton")
        keyClick(Qt.Key_Return)
        tabToNamed("finishOnboardingButton")
        keyClick(Qt.Key_Return)
        tryVerify(() => findChild(test.window, "journalWorkspace") !== null && named("journalWorkspace").visible)
        compare(VaultController.state, VaultController.Unlocked)

        // A new entry, its time chosen in the calendar: the day before.
        const list = named("entryList")
        const before = list.count
        keySequence("Ctrl+N")
        tryVerify(() => findChild(test.window, "editorText") !== null && named("editorText").visible)
        tabToNamed("editorText")
        type("asked for a photo on the bus ride")
        const when = named("editorWhen")
        tabTo("the calendar button", focused => focused === when.chooseButton)
        keyClick(Qt.Key_Space)
        tryVerify(() => when.popup.opened)
        const opened = new Date(when.popup.day)
        keyClick(Qt.Key_Left)
        keyClick(Qt.Key_Return)
        tryVerify(() => !when.popup.visible)
        const dayBefore = new Date(opened.getFullYear(), opened.getMonth(), opened.getDate() - 1)
        compare([when.value.getFullYear(), when.value.getMonth(), when.value.getDate()],
                [dayBefore.getFullYear(), dayBefore.getMonth(), dayBefore.getDate()], "the day before, chosen by keyboard")
        tabToNamed("editorSave")
        keyClick(Qt.Key_Return)
        tryCompare(list, "count", before + 1)

        // Search: the new entry is found by a word in it, and only it.
        keySequence("Ctrl+F")
        tryVerify(() => isInside(named("searchField"), test.window.activeFocusItem))
        type("photo")
        tryCompare(list, "count", 1)
        keySequence("Ctrl+A")
        type("zebra")
        tryCompare(list, "count", 0)

        // Lock, then unlock with the passphrase typed on the lock screen.
        keySequence("Ctrl+L")
        tryCompare(VaultController, "state", VaultController.Locked)
        tryVerify(() => findChild(test.window, "lockScreen") !== null && named("lockScreen").visible)
        tabToNamed("unlockPassphrase")
        type(test.passphrase)
        keyClick(Qt.Key_Return)
        tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
        tryVerify(() => findChild(test.window, "entryList") !== null && named("entryList").count === before + 1)
    }
}
