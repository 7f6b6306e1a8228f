// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Harbor.Journal
import Harbor.Vault
import HarborTest

// The vault in a real scene, typed as a person would. One end-to-end story
// (onboarding → unlocked → lock → wrong passphrase and back-off → unlock →
// auto-lock), then independent cases: each brings the vault to the state it
// needs (erased, or unlocked) and makes its own page, so any one can run
// alone.
Item {
    id: root
    width: 800
    height: 1400

    Component {
        id: pageComponent
        JournalPage { anchors.fill: parent }
    }
    Component {
        id: securityComponent
        SecuritySettings { width: root.width }
    }
    Component {
        id: backupComponent
        BackupSettings { width: root.width }
    }

    TestCase {
        id: test
        name: "VaultFlow"
        when: windowShown

        readonly property string strong: "lantern orbit velvet cactus thunder"
        property var page: null

        function init() {
            // Past any back-off an earlier case left.
            TestClock.advance(10 * 60 * 1000)
        }

        // --- state helpers -------------------------------------------------
        function erased() {
            if (VaultController.state !== VaultController.Absent) {
                VaultController.wipe(strong, VaultController.wipeWord)
                tryCompare(VaultController, "state", VaultController.Absent, 30000)
            }
            VaultController.dismissRecoveryKey()
            VaultController.clearError()
        }
        function unlocked() {
            if (VaultController.state === VaultController.Absent) {
                VaultController.create(strong, strong)
                tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
                VaultController.dismissRecoveryKey()
            } else if (VaultController.state === VaultController.Locked) {
                VaultController.unlock(strong)
                tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            }
            VaultController.clearError()
        }
        function makePage() {
            test.page = createTemporaryObject(pageComponent, root)
            verify(test.page)
            return test.page
        }

        // --- typing and pressing --------------------------------------------
        function typeInto(objectName, text, scope) {
            const input = findChild(scope || test.page, objectName)
            verify(input, objectName)
            verify(input.visible, objectName + " visible")
            input.forceActiveFocus()
            input.selectAll()
            for (const c of text)
                keyClick(c)
            compare(input.text, text)
            return input
        }
        function click(objectName, scope) {
            const item = findChild(scope || test.page, objectName)
            verify(item, objectName)
            verify(item.visible && item.enabled, objectName + " visible and enabled")
            mouseClick(item)
        }
        function toPassphraseStep() {
            verify(findChild(test.page, "onboarding").visible)
            click("onboardingNext")
            click("onboardingNext")
        }
        function typeRecoveryGroups() {
            const groups = VaultController.recoveryKey.split("-")
            const asked = VaultController.groupsToConfirm
            typeInto("confirmGroupFirstInput", groups[asked[0]].toLowerCase())
            typeInto("confirmGroupSecondInput", groups[asked[1]])
        }

        // --- the story -------------------------------------------------------
        function test_story_setUpLockUnlockAndAutoLock() {
            erased()
            makePage()
            verify(!findChild(test.page, "lockScreen").visible)
            toPassphraseStep()
            const first = typeInto("newPassphraseInput", strong)
            typeInto("confirmPassphraseInput", strong)
            click("createVaultButton")
            tryVerify(() => VaultController.recoveryKey.length === 34, 30000)
            compare(first.text, "", "the passphrase fields are cleared")
            typeRecoveryGroups()
            click("confirmRecoveryButton")
            click("finishOnboardingButton")
            tryVerify(() => findChild(test.page, "journalLockButton") !== null)

            click("journalLockButton")
            tryCompare(VaultController, "state", VaultController.Locked)
            tryVerify(() => findChild(test.page, "lockScreen").visible)
            tryVerify(() => findChild(test.page, "journalLockButton") === null, 5000, "nothing private while locked")
            typeInto("unlockPassphraseInput", "not the passphrase")
            keyClick(Qt.Key_Return)
            tryVerify(() => VaultController.status.error.length > 0, 30000)
            TestClock.advance(1000)
            tryVerify(() => findChild(test.page, "unlockButton").enabled)
            typeInto("unlockPassphraseInput", strong)
            click("unlockButton")
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            tryVerify(() => findChild(test.page, "journalLockButton") !== null)

            TestClock.advance(VaultController.idleMinutes * 60 * 1000)
            VaultController.checkAutoLock()
            compare(VaultController.state, VaultController.Locked)
            tryVerify(() => findChild(test.page, "lockScreen").visible)
        }

        // --- independent cases -----------------------------------------------
        function test_onboardingRefusesAWeakOrMismatchedPassphrase() {
            erased()
            makePage()
            toPassphraseStep()
            typeInto("newPassphraseInput", "password1")
            typeInto("confirmPassphraseInput", "password1")
            verify(!findChild(test.page, "createVaultButton").enabled)
            verify(findChild(test.page, "strengthVerdict").text.length > 0)
            const hint = findChild(test.page, "confirmationHint")
            verify(!hint.visible)
            const first = typeInto("newPassphraseInput", strong)
            typeInto("confirmPassphraseInput", strong + "x")
            verify(hint.visible)
            verify(!findChild(test.page, "createVaultButton").enabled)
            verify(first.inputMethodHints & Qt.ImhSensitiveData)
            verify(first.inputMethodHints & Qt.ImhNoPredictiveText)
            verify(first.inputMethodHints & Qt.ImhHiddenText)
            compare(VaultController.state, VaultController.Absent)
        }

        function test_theRecoveryKeyMustBeTypedBack() {
            erased()
            makePage()
            // Created while set-up is on screen: the key is shown next.
            VaultController.create(strong, strong)
            tryVerify(() => VaultController.recoveryKey.length === 34, 30000)
            tryVerify(() => findChild(test.page, "confirmGroupFirstInput").visible)
            typeInto("confirmGroupFirstInput", "ZZZZ")
            typeInto("confirmGroupSecondInput", "ZZZZ")
            click("confirmRecoveryButton")
            verify(VaultController.status.error.length > 0, "mismatch explained")
            compare(VaultController.status.errorField, "recoveryKey")
            typeRecoveryGroups()
            click("confirmRecoveryButton")
            verify(findChild(test.page, "finishOnboardingButton").visible)
            click("finishOnboardingButton")
            compare(VaultController.recoveryKey, "")
        }

        function test_aWrongPassphraseBacksOffOnTheLockScreen() {
            unlocked()
            VaultController.lock()
            makePage()
            tryVerify(() => findChild(test.page, "lockScreen").visible)
            typeInto("unlockPassphraseInput", "not the passphrase")
            keyClick(Qt.Key_Return)
            tryVerify(() => VaultController.status.error.length > 0, 30000)
            compare(VaultController.state, VaultController.Locked)
            compare(findChild(test.page, "unlockPassphraseInput").text, "")
            // One failure: a one-second wait, shown as a countdown.
            verify(VaultController.backoffSeconds > 0)
            verify(findChild(test.page, "backoffLabel").visible)
            verify(!findChild(test.page, "unlockButton").enabled)
            TestClock.advance(1000)
            tryVerify(() => findChild(test.page, "unlockButton").enabled)
            typeInto("unlockPassphraseInput", strong)
            click("unlockButton")
            tryCompare(VaultController, "state", VaultController.Unlocked, 30000)
            compare(findChild(test.page, "unlockPassphraseInput").text, "")
        }

        function test_autoLockAfterIdleTime() {
            unlocked()
            // A fresh unlock starts the idle time.
            VaultController.lock()
            unlocked()
            compare(VaultController.idleMinutes, 5)
            TestClock.advance(4 * 60 * 1000)
            VaultController.checkAutoLock()
            compare(VaultController.state, VaultController.Unlocked)
            TestClock.advance(60 * 1000)
            VaultController.checkAutoLock()
            compare(VaultController.state, VaultController.Locked)
        }

        // Every passphrase input is named, on the accessibility bus, by the
        // visible label above it, and no two shown together share a name
        // (set-up and the lock screen never show at once). Qt 6.4 reports no
        // name for a password edit, so the label names the field's group and
        // describes the input (PassphraseField).
        function passphraseInputs(item, found) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.objectName.endsWith("Input") && child.echoMode !== undefined
                        && child.Accessible.passwordEdit)
                    found.push(child)
                passphraseInputs(child, found)
            }
            return found
        }
        function checkNamedByLabels(view, expected, unique) {
            const inputs = passphraseInputs(view, [])
            verify(inputs.length >= expected, "passphrase fields found: " + inputs.length)
            const names = []
            for (const input of inputs) {
                const field = input.parent.parent
                const caption = field.children[0]
                verify(field.label.length > 0, input.objectName + " has a label")
                verify(input.Accessible.passwordEdit, input.objectName + " hides what is typed")
                compare(field.Accessible.name, field.label, input.objectName + " group")
                // The input's accessible name comes from its label
                // (SecretInputAccessible; tst_secretinput checks the interface).
                compare(input.label, field.label, input.objectName)
                compare(caption.text, field.label, input.objectName + " label shown")
                if (unique)
                    verify(names.indexOf(field.label) < 0, "unique: " + field.label)
                names.push(field.label)
            }
        }
        function test_passphraseFieldsAreNamedByTheirLabels_data() {
            return [
                { tag: "onboarding and lock screen", component: pageComponent, count: 6, unique: false },
                { tag: "security settings", component: securityComponent, count: 5, unique: true },
                { tag: "backup settings", component: backupComponent, count: 6, unique: true }
            ]
        }
        function test_passphraseFieldsAreNamedByTheirLabels(data) {
            unlocked()
            checkNamedByLabels(createTemporaryObject(data.component, root), data.count, data.unique)
        }
    }
}
