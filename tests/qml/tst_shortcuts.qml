// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor
import Harbor.Emergency
import Harbor.Journal
import Harbor.Vault
import HarborTest

// Harbor from the keyboard, in the real main window: every shortcut does
// what the shortcuts sheet says, Escape closes what is open (and nothing
// else), and Tab reads the window in order.
TestCase {
    id: test
    name: "Shortcuts"
    when: windowShown

    readonly property string passphrase: "harbor shortcut test words"

    // Receives the Escape the window's shortcuts leave alone.
    Component {
        id: escapeCatcher
        Item {
            property int escapes: 0
            focus: true
            Keys.onEscapePressed: escapes += 1
        }
    }

    function init() {
        failOnWarning(/.*/)
    }

    function createMain(width, height) {
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, null, { width: width, height: height })
        verify(window)
        tryVerify(() => window.visible && window.width === width)
        window.requestActivate()
        tryVerify(() => window.active)
        return window
    }
    function item(window, objectName) {
        const found = findChild(window, objectName)
        verify(found, objectName)
        return found
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
        if (!locked)
            tryVerify(() => JournalController.ready)
    }
    function isInside(ancestor, descendant) {
        for (let parentItem = descendant; parentItem; parentItem = parentItem.parent) {
            if (parentItem === ancestor)
                return true
        }
        return false
    }

    function test_destinations_data() {
        return [{ tag: "phone", width: 360, height: 740 }, { tag: "desktop", width: 1280, height: 800 }]
    }
    function test_destinations(data) {
        const window = createMain(data.width, data.height)
        const pages = ["guidesPage", "journalPage", "resourcesPage", "settingsPage"]
        for (const index of [2, 3, 1, 0]) {
            keySequence("Ctrl+" + (index + 1))
            compare(window.currentPage, index)
            tryVerify(() => item(window, pages[index]).visible, 5000, pages[index])
        }
    }

    function test_newEntryOpensTheEditor_data() {
        return [{ tag: "phone", width: 360, height: 740, resting: "list" },
                { tag: "desktop", width: 1280, height: 800, resting: "timeline" }]
    }
    function test_newEntryOpensTheEditor(data) {
        ensureJournal(false)
        const window = createMain(data.width, data.height)
        keySequence(StandardKey.New)
        compare(window.currentPage, 1)
        const workspace = item(window, "journalWorkspace")
        compare(workspace.mode, "new")
        const cancel = item(window, "editorCancel")
        verify(cancel.visible)
        const editor = cancel.parent.parent
        verify(isInside(editor, window.activeFocusItem), "focus is in the editor: " + window.activeFocusItem)

        // Escape closes it through its Cancel: nothing is saved.
        const before = JournalController.entries.totalCount
        keyClick(Qt.Key_Escape)
        compare(workspace.mode, data.resting)
        verify(findChild(window, "editorCancel") === null, "the editor is gone")
        compare(JournalController.entries.totalCount, before)
        compare(window.activeFocusItem, item(window, "newEntryButton"))
        verify(!window.canGoBack, "nothing left to close")
    }

    function test_newEntryWhileLockedShowsTheLockScreen() {
        ensureJournal(true)
        const window = createMain(1280, 800)
        keySequence(StandardKey.New)
        compare(window.currentPage, 1)
        tryVerify(() => item(window, "lockScreen").visible)
        compare(findChild(window, "journalWorkspace"), null)
    }

    function test_searchFocusesThePagesSearch_data() {
        return [{ tag: "guides", page: 0, field: "guideSearchInput" },
                { tag: "guides, from a guide", page: 0, field: "guideSearchInput", fromGuide: true },
                { tag: "journal", page: 1, field: "searchField" },
                { tag: "journal, phone, from a panel", page: 1, field: "searchField", width: 360,
                  fromPanel: true },
                { tag: "resources", page: 2, field: "regionSearchInput" }]
    }
    function test_searchFocusesThePagesSearch(data) {
        ensureJournal(false)
        const window = createMain(data.width ?? 1280, 800)
        window.currentPage = data.page
        if (data.fromGuide) {
            const guides = item(window, "guidesPage")
            guides.open("ages", "")
            tryVerify(() => findChild(window, "ageTipsView") !== null)
        }
        if (data.fromPanel) {
            const workspace = item(window, "journalWorkspace")
            workspace.open("timeline")
            verify(!item(window, "searchField").visible)
        }
        keySequence(StandardKey.Find)
        // (By the focused item: a view the page just replaced may linger until deleted.)
        tryVerify(() => window.activeFocusItem?.objectName === data.field, 5000,
                  data.field + " has the focus, not " + window.activeFocusItem)
        verify(window.activeFocusItem.visible)
    }

    function test_lockLocksTheJournal() {
        ensureJournal(false)
        const window = createMain(1280, 800)
        window.currentPage = 2
        keySequence("Ctrl+L")
        compare(VaultController.state, VaultController.Locked)
        verify(!JournalController.ready)
        compare(window.currentPage, 2, "locking does not move the page")
    }

    function test_sheetListsEveryShortcut_data() {
        return [{ tag: "F1", keys: StandardKey.HelpContents }, { tag: "Ctrl+/", keys: "Ctrl+/" }]
    }
    function test_sheetListsEveryShortcut(data) {
        const window = createMain(1280, 800)
        const callButton = item(window, "call911Button")
        callButton.forceActiveFocus()
        keySequence(data.keys)
        const sheet = item(window, "shortcutsSheet")
        tryVerify(() => sheet.opened)
        compare(sheet.title, "Keyboard shortcuts")
        verify(isInside(sheet.contentItem.parent, window.activeFocusItem), "focus moved into the sheet")

        // One row per entry of the shell's list, each with its keys.
        const list = findChild(sheet.contentItem, "shortcutList")
        const rows = []
        for (let i = 0; i < list.children.length; ++i) {
            if (list.children[i].objectName === "shortcutRow")
                rows.push(list.children[i])
        }
        compare(rows.length, window.shortcutActions.length)
        const shown = {}
        for (const row of rows) {
            const keys = findChild(row, "shortcutKeys").text
            const description = findChild(row, "shortcutDescription").text
            verify(keys.length > 0, "keys for " + description)
            shown[description] = keys
        }
        compare(shown["Go to Guides"], "Ctrl+1")
        compare(shown["Go to Settings"], "Ctrl+4")
        compare(shown["Write a new journal entry"], "Ctrl+N")
        compare(shown["Search this page"], "Ctrl+F")
        compare(shown["Lock the journal"], "Ctrl+L")
        compare(shown["Go back, or close the open panel or sheet"], "Esc")
        verify(shown["Show the keyboard shortcuts"].split("\n").includes("F1"))
        verify(shown["Show the keyboard shortcuts"].split("\n").includes("Ctrl+/"))
        compare(shown["Quick exit: lock the journal and close Harbor"], "Ctrl+Shift+Q")

        // A page shortcut waits while the sheet is open.
        keySequence("Ctrl+3")
        compare(window.currentPage, 0)

        // Escape closes it, and focus goes back where it was.
        keyClick(Qt.Key_Escape)
        tryVerify(() => !sheet.visible)
        tryVerify(() => callButton.activeFocus)

        // So does its Close button.
        keySequence(data.keys)
        tryVerify(() => sheet.opened)
        const close = item(window, "shortcutsClose")
        verify(close.activeFocus)
        keyClick(Qt.Key_Space)
        tryVerify(() => !sheet.visible)
    }

    function test_sheetFromTheNavigation() {
        const window = createMain(1280, 800)
        mouseClick(item(window, "shortcutsButton"))
        tryVerify(() => item(window, "shortcutsSheet").opened)
    }

    function test_escapeGoesBackInTheGuides() {
        const window = createMain(1280, 800)
        const guides = item(window, "guidesPage")
        guides.open("ages", "")
        verify(window.canGoBack)
        keyClick(Qt.Key_Escape)
        compare(guides.kind, "home")
        verify(!window.canGoBack)
    }

    function test_escapeSkipsWhereDoYouLive() {
        TestFirstStart.forgetRegion()
        const window = createMain(1280, 800)
        const question = item(window, "whereDoYouLive")
        verify(question.visible)
        // The pages behind it wait.
        keySequence("Ctrl+2")
        compare(window.currentPage, 0)
        keyClick(Qt.Key_Escape)
        tryVerify(() => findChild(window, "whereDoYouLive") === null)
        verify(CallController.regionAsked)
        compare(CallController.regionId, "")
    }

    function test_escapeIsLeftAloneWhenNothingIsOpen() {
        ensureJournal(false)
        const window = createMain(1280, 800)
        window.currentPage = 1
        const workspace = item(window, "journalWorkspace")
        const catcher = createTemporaryObject(escapeCatcher, window.contentItem)
        catcher.forceActiveFocus()
        verify(catcher.activeFocus)
        keyClick(Qt.Key_Escape)
        compare(catcher.escapes, 1, "Escape reached the focused item")

        // With a panel open, Escape closes it instead.
        workspace.open("children")
        catcher.forceActiveFocus()
        keyClick(Qt.Key_Escape)
        compare(workspace.mode, "timeline")
        compare(catcher.escapes, 1)
    }

    // Settings has no panels of its own; its file dialogs (backup, restore)
    // close with Escape, and the page stays where it was.
    function test_escapeClosesTheSettingsFileDialog() {
        ensureJournal(false)
        const window = createMain(1280, 800)
        keySequence("Ctrl+4")
        compare(window.currentPage, 3)
        const dialog = item(window, "restoreOpenDialog")
        dialog.open()
        tryVerify(() => dialog.visible)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.visible)
        compare(window.currentPage, 3)
        verify(item(window, "settingsPage").visible)
    }

    // Reading order: the emergency bar, then the navigation, then the page.
    function test_tabOrderFollowsReadingOrder() {
        const window = createMain(1280, 800)
        const bar = window.emergencyBar
        const nav = item(window, "sideNavigation")
        const page = item(window, "guidesPage")
        item(window, "call911Button").forceActiveFocus()
        const order = []
        for (let i = 0; i < 40; ++i) {
            const focused = window.activeFocusItem
            order.push(isInside(bar, focused) ? "bar" : isInside(nav, focused) ? "nav"
                                                 : isInside(page, focused) ? "page" : "other")
            keyClick(Qt.Key_Tab)
        }
        const firstNav = order.indexOf("nav")
        const firstPage = order.indexOf("page")
        verify(firstNav > 0, order.join(" "))
        verify(firstPage > firstNav, order.join(" "))
        verify(order.slice(0, firstNav).every(where => where === "bar"), order.join(" "))
        verify(order.slice(firstNav, firstPage).every(where => where === "nav"), order.join(" "))
    }

    // The normal run is left to right; tst_qml_shortcuts_rtl runs the
    // right-to-left case with Qt's -reverse (and fails if it skips).
    function checkLayoutDirection(rightToLeft) {
        const window = createMain(1280, 800)
        compare(window.LayoutMirroring.enabled, rightToLeft)
        const nav = item(window, "sideNavigation")
        const x = nav.mapToItem(null, 0, 0).x
        if (rightToLeft)
            verify(x > window.width / 2 && Math.abs(x + nav.width - window.width) < 1, "navigation on the right: " + x)
        else
            compare(x, 0)
        // The page's column starts on the reading side.
        const page = item(window, "guidesPage")
        const heading = item(window, "guidesBack").parent
        const start = heading.mapToItem(page, 0, 0).x
        const end = page.width - start - heading.width
        verify(rightToLeft ? end < start : start < end, "page column from " + start + " to " + end)
        // So does the emergency bar: 911 comes first in reading order.
        const call911 = item(window, "call911Button").mapToItem(null, 0, 0).x
        const hotline = item(window, "callHotlineButton").mapToItem(null, 0, 0).x
        verify(rightToLeft ? call911 > hotline : call911 < hotline, "911 at " + call911 + ", hotline at " + hotline)
    }
    function test_leftToRight() {
        if (Qt.application.layoutDirection === Qt.RightToLeft)
            skip("right to left")
        checkLayoutDirection(false)
    }
    function test_rightToLeft() {
        if (Qt.application.layoutDirection !== Qt.RightToLeft)
            skip("needs Qt's -reverse (tst_qml_shortcuts_rtl)")
        checkLayoutDirection(true)
    }
}
