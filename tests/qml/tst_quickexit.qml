// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Harbor
import Harbor.Emergency
import Harbor.Vault
import Harbor.Journal
import HarborTest

// Quick exit from every page of the real main window (onboarding, lock
// screen and open journal included), by its button and by its shortcut:
// the journal is locked, what Harbor copied is gone, and the app is asked
// to close every window (main.cpp hides them and quits; here the request
// is observed instead, so the test runner keeps running).
TestCase {
    id: test
    name: "QuickExit"
    when: windowShown

    readonly property string passphrase: "harbor quick exit test words"

    SignalSpy {
        id: exitSpy
        target: CallController
        signalName: "quickExitRequested"
    }

    // Reads the clipboard back the only way QML can: paste into a field.
    TextField {
        id: pasteTarget
    }
    function clipboardText() {
        pasteTarget.clear()
        pasteTarget.paste()
        return pasteTarget.text
    }

    function createMain(width, height, page) {
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, null, { width: width, height: height })
        verify(window)
        tryVerify(() => window.visible && window.width === width)
        window.currentPage = page
        return window
    }

    function trigger(window, how) {
        if (how === "button") {
            const button = findChild(window, "quickExitButton")
            verify(button && button.visible, "the quick exit button is on screen")
            verify(button.height >= 48, "touch target " + button.height)
            compare(button.Accessible.name, "Quick exit")
            mouseClick(button)
        } else {
            window.requestActivate()
            tryVerify(() => window.active)
            keySequence(CallController.quickExitShortcut)
        }
    }

    // Each case sets up the journal it needs: none, open, or locked.
    function ensureNoJournal() {
        if (VaultController.state === VaultController.Absent)
            return
        VaultController.wipe(passphrase, VaultController.wipeWord)
        tryCompare(VaultController, "state", VaultController.Absent, 30000)
    }
    function ensureJournal(locked) {
        if (VaultController.state === VaultController.Absent) {
            VaultController.create(passphrase, passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            VaultController.dismissRecoveryKey()
        }
        if (locked) {
            VaultController.lock()
            compare(VaultController.state, VaultController.Locked)
        } else if (VaultController.state !== VaultController.Unlocked) {
            VaultController.unlock(passphrase)
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
        }
    }

    function test_onboardingHasIt_data() {
        return [{ tag: "button", how: "button" }, { tag: "shortcut", how: "shortcut" }]
    }
    function test_onboardingHasIt(data) {
        // No journal yet: the journal page shows onboarding.
        ensureNoJournal()
        const window = createMain(360, 740, 1)
        exitSpy.clear()
        CallController.copyToClipboard("1-800-422-4453")
        compare(clipboardText(), "1-800-422-4453")
        trigger(window, data.how)
        compare(exitSpy.count, 1)
        compare(clipboardText(), "")
    }

    function test_everyPage_data() {
        const rows = []
        const pages = ["guides", "journal", "resources", "settings"]
        for (const layout of [{ name: "phone", width: 360, height: 740 }, { name: "desktop", width: 1280, height: 800 }]) {
            for (let page = 0; page < pages.length; ++page) {
                for (const how of ["button", "shortcut"]) {
                    rows.push({ tag: layout.name + " " + pages[page] + " " + how, width: layout.width,
                                height: layout.height, page: page, how: how })
                }
            }
        }
        // The lock screen: nothing to lock, the rest still happens.
        rows.push({ tag: "lock screen button", width: 1280, height: 800, page: 1, how: "button", locked: true })
        rows.push({ tag: "lock screen shortcut", width: 360, height: 740, page: 1, how: "shortcut", locked: true })
        return rows
    }
    function test_everyPage(data) {
        ensureJournal(!!data.locked)
        const window = createMain(data.width, data.height, data.page)
        exitSpy.clear()
        CallController.copyToClipboard("1-800-422-4453")
        compare(clipboardText(), "1-800-422-4453")

        trigger(window, data.how)

        compare(exitSpy.count, 1, "the app was asked to close its window")
        compare(VaultController.state, VaultController.Locked, "the journal is locked")
        verify(!JournalController.ready)
        compare(clipboardText(), "", "what Harbor copied is gone")
    }

    function test_escapeIsNotQuickExit() {
        // Escape stays "back/close".
        const window = createMain(1280, 800, 0)
        window.requestActivate()
        tryVerify(() => window.active)
        exitSpy.clear()
        keyClick(Qt.Key_Escape)
        compare(exitSpy.count, 0)
    }
}
