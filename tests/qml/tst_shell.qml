// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor
import HarborTest

// The real main window at phone and desktop size.
TestCase {
    id: testCase
    name: "Shell"
    when: windowShown

    function createMain(width, height) {
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, testCase, { width: width, height: height })
        verify(window)
        tryVerify(() => window.visible && window.width === width)
        // What the user sees: the layouts have settled (polished) by the frame.
        waitForRendering(window.contentItem)
        return window
    }

    function insideWindow(window, item) {
        const p = item.mapToItem(null, 0, 0)
        return item.visible && p.x >= 0 && p.y >= 0 && p.x + item.width <= window.width
            && p.y + item.height <= window.height
    }

    function test_layouts_data() {
        return [{ tag: "phone 360x740", width: 360, height: 740, compact: true },
                { tag: "desktop 1280x800", width: 1280, height: 800, compact: false }]
    }
    function test_layouts(data) {
        const window = createMain(data.width, data.height)
        compare(window.compact, data.compact)
        for (const name of ["call911Button", "callHotlineButton"]) {
            const button = findChild(window, name)
            verify(button, name)
            verify(insideWindow(window, button), name + " inside the window")
            verify(button.height >= 48, name + " height " + button.height)
            verify(button.Accessible.name.length > 0, name + " accessible name")
        }
        // Only the current layout's navigation exists, and it is visible.
        const bottom = findChild(window, "bottomNavigation")
        const side = findChild(window, "sideNavigation")
        compare(bottom !== null && bottom.visible, data.compact)
        compare(side !== null && side.visible, !data.compact)
    }

    function test_everyDestinationKeepsTheEmergencyBar_data() {
        return [{ tag: "phone", width: 360, height: 740 }, { tag: "desktop", width: 1280, height: 800 }]
    }
    function test_everyDestinationKeepsTheEmergencyBar(data) {
        const window = createMain(data.width, data.height)
        const pages = ["guidesPage", "journalPage", "resourcesPage", "settingsPage"]
        for (let i = 0; i < pages.length; ++i) {
            window.currentPage = i
            const page = findChild(window, pages[i])
            tryVerify(() => page.visible, 5000, pages[i])
            verify(page.title.length > 0)
            verify(insideWindow(window, findChild(window, "call911Button")))
        }
    }

    function test_navigationByTouch() {
        const window = createMain(360, 740)
        const nav = findChild(window, "bottomNavigation")
        const journalTab = nav.itemAt(1)
        verify(journalTab.height >= 48, "tab height " + journalTab.height)
        mouseClick(journalTab)
        compare(window.currentPage, 1)
        // Growing to desktop keeps the page; the side navigation shows it.
        window.width = 1280
        tryVerify(() => !window.compact)
        compare(window.currentPage, 1)
        verify(findChild(window, "journalPage").visible)
    }

    function test_callsFromTheWindow() {
        FakeDialer.clear()
        FakeDialer.setHasDialer(true)
        const window = createMain(1280, 800)
        mouseClick(findChild(window, "callHotlineButton"))
        mouseClick(findChild(window, "call911Button"))
        compare(FakeDialer.dialled(), ["8442645437", "911"])
    }
}
