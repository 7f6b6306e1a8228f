// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor
import Harbor.Emergency
import Harbor.Journal
import Harbor.Settings
import Harbor.Vault
import HarborTest

// "Where do you live?": asked first on a first start (skippable), by name
// or postal code; the choice sets the emergency bar's hotline; onboarding
// offers the same list.
Item {
    id: root
    width: 800
    height: 1200

TestCase {
    id: testCase
    name: "Region"
    when: windowShown

    function createMain() {
        const component = Qt.createComponent("qrc:/Harbor/Main.qml")
        compare(component.status, Component.Ready, component.errorString())
        const window = createTemporaryObject(component, testCase, { width: 1024, height: 760 })
        verify(window)
        tryVerify(() => window.visible)
        // Keys go to the active window.
        window.requestActivate()
        tryVerify(() => window.active)
        return window
    }

    // Each case starts at a first start whose updates question is answered
    // (one question at a time), and leaves Colorado chosen as it found it.
    function init() {
        TestFirstStart.forgetRegion()
        UpdatesController.choose(false)
    }
    function cleanup() {
        CallController.chooseRegion("colorado")
    }
    // Types as a user would into the picker's search field.
    function typeInto(search, text) {
        search.input.forceActiveFocus()
        tryVerify(() => search.input.activeFocus)
        for (const c of text)
            keyClick(c)
        compare(search.currentText, text)
    }

    // The end-to-end story: asked first, answered by postal code and Return,
    // the bar follows, and it is not asked again.
    function test_firstStartAsksWhereYouLive() {
        const window = createMain()
        const question = findChild(window, "whereDoYouLive")
        verify(question, "the question is shown on a first start")
        tryVerify(() => question.visible)
        // The emergency bar stays above it and dials; before an answer it
        // says honestly what it dials.
        const hotline = findChild(window, "callHotlineButton")
        verify(hotline.visible)
        verify(CallController.hotlineName.indexOf("your state's reporting line") >= 0, CallController.hotlineName)
        compare(CallController.hotlineNumber, "1-800-422-4453")
        // The button itself shows what it dials, not a place.
        verify(hotline.subtitle.indexOf("Childhelp: counselling, and your state's reporting line") >= 0,
               hotline.subtitle)

        // By postal code: "CO" finds Colorado first; Return chooses it.
        const search = findChild(question, "regionSearch")
        typeInto(search, "co")
        const list = findChild(question, "regionList")
        tryVerify(() => list.count >= 1)
        compare(list.itemAtIndex(0).regionId, "colorado")
        compare(findChild(question, "regionList").model.count, list.count)
        keyClick(Qt.Key_Return)
        tryVerify(() => findChild(window, "whereDoYouLive") === null)
        compare(CallController.hotlineNumber, "844-264-5437")
        verify(CallController.hotlineName.indexOf("Colorado") >= 0)
        verify(hotline.subtitle.indexOf(CallController.hotlineName) >= 0, hotline.subtitle)
        // The services had answered the updates question: it is not asked.
        compare(findChild(window, "goOnlineQuestion"), null)

        // Answered: a new window does not ask again.
        const again = createMain()
        compare(findChild(again, "whereDoYouLive"), null)
    }

    function test_thenWhetherToGoOnline() {
        TestFirstStart.forgetUpdatesChoice()
        const window = createMain()
        tryVerify(() => findChild(window, "whereDoYouLive") !== null)
        compare(findChild(window, "goOnlineQuestion"), null) // one question at a time
        mouseClick(findChild(window, "skipRegion"))
        tryVerify(() => findChild(window, "goOnlineQuestion") !== null)
        verify(findChild(window, "consentExplanation").text.indexOf("IP address") >= 0)
        verify(findChild(window, "callHotlineButton").visible)
        mouseClick(findChild(window, "consentOffButton"))
        tryVerify(() => findChild(window, "goOnlineQuestion") === null)
        verify(UpdatesController.consentChosen)
        verify(!UpdatesController.enabled)
    }

    function test_skipLeavesTheHonestFallback() {
        const window = createMain()
        tryVerify(() => findChild(window, "whereDoYouLive") !== null)
        const skip = findChild(window, "skipRegion")
        verify(skip.Accessible.name.length > 0)
        mouseClick(skip)
        tryVerify(() => findChild(window, "whereDoYouLive") === null)
        compare(CallController.hotlineNumber, "1-800-422-4453")
        verify(CallController.hotlineName.indexOf("your state's reporting line") >= 0)
        // Skipping is an answer: not asked again.
        const again = createMain()
        compare(findChild(again, "whereDoYouLive"), null)
    }

    function test_byNameAndByClick() {
        const window = createMain()
        const question = findChild(window, "whereDoYouLive")
        tryVerify(() => question !== null && question.visible)
        typeInto(findChild(question, "regionSearch"), "north dak")
        const list = findChild(question, "regionList")
        tryCompare(list, "count", 1)
        const row = list.itemAtIndex(0)
        compare(row.regionId, "us-nd")
        mouseClick(row)
        tryVerify(() => findChild(window, "whereDoYouLive") === null)
        verify(CallController.hotlineName.indexOf("North Dakota") >= 0, CallController.hotlineName)
        compare(CallController.regionId, "us-nd")
        compare(CallController.regionName, "North Dakota")
    }

    // A state whose line could not be confirmed: the bar falls back.
    function test_anUnconfirmedLineFallsBack() {
        CallController.chooseRegion("us-vi")
        compare(CallController.regionId, "us-vi")
        compare(CallController.hotlineNumber, "1-800-422-4453")
        verify(CallController.hotlineName.indexOf("your state's reporting line") >= 0)
    }

    Component {
        id: journalComponent
        JournalPage {
            width: 800
            height: 1200
        }
    }

    function test_onboardingOffersTheSameList() {
        const page = createTemporaryObject(journalComponent, root)
        verify(page)
        tryVerify(() => findChild(page, "onboarding") !== null && findChild(page, "onboarding").visible)
        mouseClick(findChild(page, "onboardingNext"))
        const picker = findChild(page, "regionChoice")
        tryVerify(() => picker.visible)
        typeInto(findChild(picker, "regionSearch"), "tx")
        keyClick(Qt.Key_Return)
        compare(CallController.regionId, "us-tx")
        compare(CallController.hotlineNumber, "1-800-252-5400")
        picker.choose("colorado")
        compare(CallController.hotlineNumber, "844-264-5437")
    }
}
}
