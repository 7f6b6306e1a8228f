// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Emergency
import HarborTest

// The emergency bar in a real scene: every way of pressing its buttons must
// reach the platform with exactly 911 or 8442645437, and nothing else.
Item {
    id: root
    width: 800
    height: 600

    EmergencyBar {
        id: bar
        width: root.width
    }

    TestCase {
        name: "EmergencyBar"
        when: windowShown

        readonly property Item call911: findChild(bar, "call911Button")
        readonly property Item callHotline: findChild(bar, "callHotlineButton")

        function init() {
            FakeDialer.clear()
            FakeDialer.setHasDialer(true)
            if (bar.sheet)
                bar.sheet.close()
            root.forceActiveFocus()
        }

        function test_mouseClicksDialExactNumbers() {
            mouseClick(call911)
            compare(FakeDialer.dialled(), ["911"])
            mouseClick(callHotline)
            compare(FakeDialer.dialled(), ["911", "8442645437"])
            verify(!bar.sheet || !bar.sheet.opened, "no sheet when a dialer took the call")
        }

        function test_keyboardTabThenSpaceOrEnter() {
            keyClick(Qt.Key_Tab)
            verify(call911.activeFocus, "Tab reaches the 911 button first")
            keyClick(Qt.Key_Space)
            compare(FakeDialer.dialled(), ["911"])
            keyClick(Qt.Key_Tab)
            verify(callHotline.activeFocus, "Tab reaches the hotline button next")
            keyClick(Qt.Key_Return)
            compare(FakeDialer.dialled(), ["911", "8442645437"])
            keyClick(Qt.Key_Enter)
            compare(FakeDialer.dialled(), ["911", "8442645437", "8442645437"])
        }

        function test_buttonsAreLargeAndNamed_data() {
            return [{ tag: "911", objectName: "call911Button", name: "Call 911" },
                    { tag: "hotline", objectName: "callHotlineButton", name: "Call the hotline" }]
        }
        function test_buttonsAreLargeAndNamed(data) {
            const button = findChild(bar, data.objectName)
            verify(button.height >= 48, "height " + button.height)
            compare(button.Accessible.name, data.name)
            verify(button.Accessible.description.length > 0)
        }

        function test_hotlineShowsRegionNumberAndHours() {
            compare(CallController.hotlineNumber, "844-264-5437")
            // Hours come from the content pack's Colorado hotline.
            verify(CallController.hotlineHours.indexOf("24") >= 0, CallController.hotlineHours)
            verify(callHotline.subtitle.indexOf("844-264-5437") >= 0, callHotline.subtitle)
            verify(callHotline.subtitle.indexOf(CallController.hotlineHours) >= 0, callHotline.subtitle)
            verify(callHotline.subtitle.indexOf("Colorado") >= 0, callHotline.subtitle)
        }

        function test_withoutDialerTheSheetShowsNumberAndQrCode() {
            FakeDialer.setHasDialer(false)
            mouseClick(callHotline)
            compare(FakeDialer.dialled(), ["8442645437"])
            tryVerify(() => bar.sheet && bar.sheet.opened)
            compare(findChild(bar.sheet.contentItem, "sheetNumber").text, "844-264-5437")
            const qr = findChild(bar.sheet.contentItem, "sheetQrCode")
            compare(qr.text, "tel:8442645437")
            verify(qr.valid)
            const close = findChild(bar.sheet.contentItem, "closeSheetButton")
            verify(close.height >= 48)
            mouseClick(close)
            tryVerify(() => !bar.sheet.visible)
        }

        function test_aRefusedNumberIsExplained() {
            CallController.callNumber("Somewhere", "12;rm -rf")
            compare(FakeDialer.dialled(), [])
            verify(CallController.status.failed)
            tryVerify(() => bar.sheet && bar.sheet.opened)
            compare(bar.sheet.refusal, CallController.status.error)
            verify(!findChild(bar.sheet.contentItem, "sheetQrCode").visible)
            // The next call clears the error.
            mouseClick(findChild(bar.sheet.contentItem, "closeSheetButton"))
            mouseClick(call911)
            verify(!CallController.status.failed)
        }

        function test_refusalIsExplainedAndNothingDialled() {
            bar.ensureSheet().showRefusal("This number cannot be called.")
            tryVerify(() => bar.sheet.opened)
            compare(FakeDialer.dialled(), [])
            verify(!findChild(bar.sheet.contentItem, "sheetQrCode").visible)
        }
    }
}
