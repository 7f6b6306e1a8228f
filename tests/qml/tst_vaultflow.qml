// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault
import HarborTest

// End to end in a real scene, typed as a person would: onboarding → unlocked
// → lock → wrong passphrase (back-off) → unlock → auto-lock after idle time.
Item {
    id: root
    width: 800
    height: 1400

    JournalPage {
        id: page
        anchors.fill: parent
    }

    TestCase {
        name: "VaultFlow"
        when: windowShown

        readonly property string strong: "lantern orbit velvet cactus thunder"

        function typeInto(objectName, text) {
            const input = findChild(page, objectName)
            verify(input, objectName)
            verify(input.visible, objectName + " visible")
            input.forceActiveFocus()
            input.selectAll()
            for (const c of text)
                keyClick(c)
            compare(input.text, text)
            return input
        }
        function click(objectName) {
            const item = findChild(page, objectName)
            verify(item, objectName)
            verify(item.visible && item.enabled, objectName + " visible and enabled")
            mouseClick(item)
        }

        function test_1_onboardingCreatesTheVault() {
            compare(VaultController.state, VaultController.Absent)
            verify(findChild(page, "onboarding").visible)
            verify(!findChild(page, "lockScreen").visible)
            click("onboardingNext")
            click("onboardingNext")

            // A weak passphrase is refused before anything is created.
            typeInto("newPassphraseInput", "password1")
            typeInto("confirmPassphraseInput", "password1")
            verify(!findChild(page, "createVaultButton").enabled)
            verify(findChild(page, "strengthVerdict").text.length > 0)

            const first = typeInto("newPassphraseInput", strong)
            typeInto("confirmPassphraseInput", strong)
            verify(first.inputMethodHints & Qt.ImhSensitiveData)
            verify(first.inputMethodHints & Qt.ImhNoPredictiveText)
            verify(first.inputMethodHints & Qt.ImhHiddenText)
            click("createVaultButton")
            tryVerify(() => VaultController.recoveryKey.length === 34, 30000)
            // The passphrase fields were cleared.
            compare(findChild(page, "newPassphraseInput").text, "")
            compare(VaultController.state, VaultController.Unlocked)

            // The key must be typed back: wrong groups are refused.
            const groups = VaultController.recoveryKey.split("-")
            const asked = VaultController.groupsToConfirm
            typeInto("confirmGroupFirst", "ZZZZ")
            typeInto("confirmGroupSecond", "ZZZZ")
            click("confirmRecoveryButton")
            verify(VaultController.lastError.length > 0, "mismatch explained")
            typeInto("confirmGroupFirst", groups[asked[0]].toLowerCase())
            typeInto("confirmGroupSecond", groups[asked[1]])
            click("confirmRecoveryButton")
            click("finishOnboardingButton")
            compare(VaultController.recoveryKey, "")
            tryVerify(() => findChild(page, "journalLockButton") !== null)
        }

        function test_2_lockWrongPassphraseThenUnlock() {
            click("journalLockButton")
            tryCompare(VaultController, "state", VaultController.Locked)
            tryVerify(() => findChild(page, "lockScreen").visible)
            tryVerify(() => findChild(page, "journalLockButton") === null, 5000, "nothing private while locked")

            typeInto("unlockPassphraseInput", "not the passphrase")
            keyClick(Qt.Key_Return)
            tryVerify(() => VaultController.lastError.length > 0, 30000)
            compare(VaultController.state, VaultController.Locked)
            compare(findChild(page, "unlockPassphraseInput").text, "")
            // One failure: a one-second wait, shown as a countdown.
            verify(VaultController.backoffSeconds > 0)
            verify(findChild(page, "backoffLabel").visible)
            verify(!findChild(page, "unlockButton").enabled)

            TestClock.advance(1000)
            tryVerify(() => findChild(page, "unlockButton").enabled)
            typeInto("unlockPassphraseInput", strong)
            click("unlockButton")
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            compare(findChild(page, "unlockPassphraseInput").text, "")
            tryVerify(() => findChild(page, "journalLockButton") !== null)
        }

        function test_3_autoLockAfterIdleTime() {
            compare(VaultController.state, VaultController.Unlocked)
            compare(VaultController.idleMinutes, 5)
            TestClock.advance(4 * 60 * 1000)
            VaultController.checkAutoLock()
            compare(VaultController.state, VaultController.Unlocked)
            TestClock.advance(60 * 1000)
            VaultController.checkAutoLock()
            compare(VaultController.state, VaultController.Locked)
            tryVerify(() => findChild(page, "lockScreen").visible)
        }
    }
}
