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

    function test_1_firstStartAsksWhereYouLive() {
        TestFirstStart.forgetRegion()
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
        search.forceActiveFocus()
        tryVerify(() => search.activeFocus)
        keyClick("c")
        keyClick("o")
        compare(search.text, "co")
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

    function test_1b_thenWhetherToGoOnline() {
        TestFirstStart.forgetRegion()
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

    function test_2_skipLeavesTheHonestFallback() {
        TestFirstStart.forgetRegion()
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

    function test_3_byNameAndByClick() {
        TestFirstStart.forgetRegion()
        const window = createMain()
        const question = findChild(window, "whereDoYouLive")
        tryVerify(() => question !== null && question.visible)
        const search = findChild(question, "regionSearch")
        search.text = "north dak"
        const list = findChild(question, "regionList")
        tryCompare(list, "count", 1)
        const row = list.itemAtIndex(0)
        compare(row.regionId, "us-nd")
        mouseClick(row)
        tryVerify(() => findChild(window, "whereDoYouLive") === null)
        verify(CallController.hotlineName.indexOf("North Dakota") >= 0, CallController.hotlineName)
        // A state whose line could not be confirmed: the bar falls back.
        const model = Qt.createQmlObject("import Harbor.Emergency; RegionChooser {}", testCase)
        model.choose("us-vi")
        compare(CallController.hotlineNumber, "1-800-422-4453")
        verify(CallController.hotlineName.indexOf("your state's reporting line") >= 0)
        model.choose("colorado")
        model.destroy()
    }

    Component {
        id: journalComponent
        JournalPage {
            width: 800
            height: 1200
        }
    }

    function test_4_onboardingOffersTheSameList() {
        const page = createTemporaryObject(journalComponent, root)
        verify(page)
        tryVerify(() => findChild(page, "onboarding") !== null && findChild(page, "onboarding").visible)
        mouseClick(findChild(page, "onboardingNext"))
        const picker = findChild(page, "regionChoice")
        tryVerify(() => picker.visible)
        const search = findChild(picker, "regionSearch")
        search.forceActiveFocus()
        keyClick(Qt.Key_T)
        keyClick(Qt.Key_X)
        keyClick(Qt.Key_Return)
        compare(CallController.hotlineNumber, "1-800-252-5400")
        picker.model.choose("colorado")
        compare(CallController.hotlineNumber, "844-264-5437")
    }
}
}
