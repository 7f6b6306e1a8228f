// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault
import Harbor.Journal

// The journal: set-up and the lock screen while it is not open; the list,
// the editor and the rest once it is. Nothing private exists while locked.
Page {
    id: page

    readonly property bool open: VaultController.state === VaultController.Unlocked && JournalController.ready
                                 && !gate.settingUp
    readonly property JournalWorkspace workspace: page.open ? workspaceLoader.item as JournalWorkspace : null
    // The shell's shortcuts (Escape, Ctrl+N, Ctrl+F) act on the open journal only.
    readonly property bool canGoBack: page.workspace?.canGoBack ?? false

    function goBack(): bool {
        return page.workspace?.goBack() ?? false
    }
    function newEntry() {
        page.workspace?.startNew()
    }
    function focusSearch(): bool {
        return page.workspace?.focusSearch() ?? false
    }

    objectName: "journalPage"
    title: qsTr("Journal")
    background: Rectangle { color: Theme.background }

    PageScaffold {
        anchors.fill: parent
        visible: !page.open
        title: page.title
        intro: qsTr("A private record of what you notice, kept encrypted on this device only, that you can turn into a report for the hotline, a caseworker or the police.")
        VaultGate {
            id: gate
        }
    }
    // Everything past the vault gate is private: hidden while the window is
    // in the background (see Privacy). The gate itself (lock screen,
    // onboarding) is not; onboarding's recovery key has its own cover.
    PrivateCover {
        objectName: "journalCover"
        anchors.fill: parent
        visible: page.open
        guarding: page.open
        Loader {
            id: workspaceLoader
            active: page.open
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: JournalWorkspace {}
        }
    }
}
