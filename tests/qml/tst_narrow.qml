// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor
import Harbor.Ui
import Harbor.Emergency
import Harbor.Settings
import HarborTest

// The real main window at its narrowest (320 px) with the largest text
// (200 %), in English and Spanish: on every page and first-start question,
// no visible text runs off the window or is cut short with "…".
TestCase {
    id: testCase
    name: "Narrow"
    when: windowShown

    // Texts that are cut short on purpose, matched against an item's path
    // (see describe()), each with its reason.
    readonly property var intentionallyElided: [
    ]

    property real savedScale: 1
    property string savedLanguage: "system"

    function initTestCase() {
        savedScale = Preferences.textScale
        savedLanguage = Preferences.language
    }
    function cleanup() {
        Preferences.textScale = savedScale
        Preferences.language = savedLanguage
        CallController.chooseRegion("colorado")
        UpdatesController.choose(false)
    }

    function createMain(width, height) {
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, testCase, { width: width || 320, height: height || 740 })
        verify(window)
        tryVerify(() => window.visible && window.width === (width || 320))
        return window
    }

    // "EmergencyBar/EmergencyButton#call911Button/Label 'Call 911'": the
    // item's ancestors by QML type (and objectName), then its text.
    function describe(item) {
        const parts = []
        for (let i = item; i; i = i.parent) {
            const type = String(i).replace(/\(0x[0-9a-f]+.*$/, "").replace(/_QMLTYPE_\d+|_QML_\d+/, "")
                .replace(/^QQuick/, "")
            parts.unshift(i.objectName ? type + "#" + i.objectName : type)
        }
        // The window's own items say nothing.
        return parts.slice(2).join("/").replace(/^ContentItem#Main\//, "") + " '" + item.text + "'"
    }
    function listed(list, path) {
        return list.some(entry => entry.path.test(path))
    }
    // Every visible text (Text and Label: they have `truncated`) under
    // `root` that leaves the window sideways or is cut short.
    function problems(window, root) {
        const found = []
        const walk = item => {
            if (!item || !item.visible || item.opacity === 0)
                return
            if (item.truncated !== undefined && item.elide !== undefined && item.width > 0
                    && String(item.text).length > 0) {
                const p = item.mapToItem(null, 0, 0)
                const path = describe(item)
                let why = ""
                if (p.x < -1 || p.x + item.width > window.width + 1)
                    why = "runs off: x " + Math.round(p.x) + " width " + Math.round(item.width)
                else if (item.truncated)
                    why = "cut short"
                if (why.length > 0 && !listed(testCase.intentionallyElided, path))
                    found.push(why + ": " + path)
            }
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i])
        }
        walk(root)
        return found
    }
    // Layouts settle (polish) before the next frame is drawn.
    function verifyNothingCut(window, root, what) {
        waitForRendering(window.contentItem)
        const found = problems(window, root)
        for (const problem of found)
            console.log(what + ": " + problem)
        verify(found.length === 0, what + ":\n" + found.join("\n"))
    }

    function languages() {
        return ["en", "es"]
    }
    function setUpText(language) {
        Preferences.language = language
        compare(Preferences.language, language)
        Preferences.textScale = 2.0
        compare(Theme.baseFontSize, Math.round(Theme.systemFontSize * 2))
    }

    function test_pages_data() {
        const rows = []
        // A phone at 320 px, and a desktop window (side navigation) at 1024 px.
        for (const size of [{ tag: "", width: 320, height: 740 }, { tag: " desktop", width: 1024, height: 768 }])
            for (const language of languages())
                for (const page of [{ name: "guidesPage", index: 0 }, { name: "journalPage", index: 1 },
                                    { name: "resourcesPage", index: 2 }, { name: "settingsPage", index: 3 }])
                    rows.push({ tag: language + " " + page.name + size.tag, language: language, page: page.name,
                                index: page.index, width: size.width, height: size.height })
        return rows
    }
    function test_pages(data) {
        setUpText(data.language)
        const window = createMain(data.width, data.height)
        // Translated: the Spanish window says "Guías".
        compare(window.destinations[0].title === "Guides", data.language === "en")
        compare(window.firstStartShown, false)
        window.currentPage = data.index
        const page = findChild(window, data.page)
        tryVerify(() => page && page.visible, 5000, data.page)
        const root = window.contentItem.parent // the header and footer too
        verifyNothingCut(window, root, data.tag)
        for (const name of ["call911Button", "callHotlineButton"]) {
            const button = findChild(window, name)
            const p = button.mapToItem(null, 0, 0)
            verify(p.x >= 0 && p.x + button.width <= window.width, name + " on screen")
            verify(button.width >= Theme.touchTarget && button.height >= Theme.touchTarget, name + " size")
        }
    }

    // The Settings page while the updates question is open, and the two
    // first-start questions.
    function test_questions_data() {
        const rows = []
        for (const language of languages())
            for (const question of ["whereDoYouLive", "goOnlineQuestion", "updatesConsent"])
                rows.push({ tag: language + " " + question, language: language, question: question })
        return rows
    }
    function test_questions(data) {
        if (data.question === "whereDoYouLive")
            TestFirstStart.forgetRegion()
        else
            TestFirstStart.forgetUpdatesChoice()
        setUpText(data.language)
        const window = createMain()
        if (data.question === "updatesConsent") {
            window.onlineQuestionDone = true
            window.currentPage = 3
        }
        const shown = findChild(window, data.question)
        verify(shown, data.question)
        tryVerify(() => shown.visible, 5000, data.question)
        // The question (or page) and the emergency bar: the page behind a
        // question has its own rows above.
        verifyNothingCut(window, window.emergencyBar, data.tag + " emergency bar")
        verifyNothingCut(window, shown, data.tag)
    }
}
