// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency
import Harbor.Guides
import Harbor.Journal
import Harbor.Resources
import Harbor.Settings
import Harbor.Vault

// One window: phone layout (bottom navigation) under Theme.compactWidth,
// desktop layout (side navigation) above. The emergency bar is always on top.
ApplicationWindow {
    id: window

    property int currentPage: 0
    // The first-start questions were answered or skipped in this run.
    property bool regionQuestionDone: false
    property bool onlineQuestionDone: false
    readonly property bool compact: width < Theme.compactWidth
    readonly property alias emergencyBar: emergencyBar
    readonly property var destinations: [
        { title: qsTr("Guides"), icon: "qrc:/icons/guides.svg" },
        { title: qsTr("Journal"), icon: "qrc:/icons/journal.svg" },
        { title: qsTr("Resources"), icon: "qrc:/icons/resources.svg" },
        { title: qsTr("Settings"), icon: "qrc:/icons/settings.svg" }
    ]
    // A first-start question covers the pages: their shortcuts wait.
    readonly property bool firstStartShown: regionQuestion.active || onlineQuestion.active
    readonly property GuidesPage guidesPage: guidesLoader.item as GuidesPage
    // Untyped on purpose: naming JournalPage here (or in an inline
    // component) would make the engine compile the journal's QML, and all
    // it imports, before the first frame.
    readonly property var journalPage: journalLoader.item
    // Escape has something to close or go back from; otherwise it is left alone.
    readonly property bool canGoBack: {
        if (regionQuestion.active)
            return true // Escape skips "Where do you live?", as its Skip button does
        if (onlineQuestion.active)
            return false // a choice to make, not to skip
        if (window.currentPage === 0)
            return window.guidesPage?.canGoBack ?? false
        if (window.currentPage === 1)
            return window.journalPage?.canGoBack ?? false
        return false
    }
    // Every keyboard shortcut, in one list: the Shortcut items (below) and
    // the shortcuts sheet are both built from it. Quick exit's own Shortcut
    // is the emergency bar's; it is only listed here.
    // qmllint: Qt 6.4 qmllint does not resolve the StandardKey enumeration (QtQuick has it at run time)
    // qmllint disable unqualified
    readonly property var shortcutActions: window.destinations.map((destination, index) => ({
            action: "page" + index, sequences: ["Ctrl+" + (index + 1)],
            description: qsTr("Go to %1").arg(destination.title) })).concat([
        { action: "newEntry", sequences: [StandardKey.New], description: qsTr("Write a new journal entry") },
        { action: "search", sequences: [StandardKey.Find], description: qsTr("Search this page") },
        { action: "lock", sequences: ["Ctrl+L"], description: qsTr("Lock the journal") },
        { action: "back", sequences: [StandardKey.Cancel], description: qsTr("Go back, or close the open panel or sheet") },
        { action: "help", sequences: [StandardKey.HelpContents, "Ctrl+?", "Ctrl+/"],
          description: qsTr("Show the keyboard shortcuts") },
        { action: "quickExit", sequences: [], description: qsTr("Quick exit: lock the journal and close Harbor") }
    ])
    // qmllint enable unqualified
    // One Shortcut per key sequence.
    readonly property var shortcutSequences: window.shortcutActions.reduce(
        (all, entry) => all.concat(entry.sequences.map(sequence => ({ action: entry.action, sequence: sequence }))), [])

    function shortcutEnabled(action: string): bool {
        switch (action) {
        case "back": return window.canGoBack
        case "lock": return VaultController.state === VaultController.Unlocked
        case "help": return true
        default: return !window.firstStartShown
        }
    }
    function runShortcut(action: string) {
        if (action.startsWith("page")) {
            window.currentPage = Number(action.slice(4))
            return
        }
        switch (action) {
        case "newEntry":
            // A locked journal shows its lock screen; an open one, the editor.
            window.currentPage = 1
            window.journalPage?.newEntry()
            break
        case "search":
            if (window.currentPage === 0)
                window.guidesPage?.focusSearch()
            else if (window.currentPage === 1)
                window.journalPage?.focusSearch()
            else if (window.currentPage === 2)
                window.findNamed(resourcesLoader.item, "regionSearch")?.forceActiveFocus()
            break
        case "lock":
            VaultController.lock()
            break
        case "back":
            window.goBack()
            break
        case "help":
            window.showShortcuts()
            break
        }
    }
    function goBack() {
        if (regionQuestion.active)
            (regionQuestion.item as WhereDoYouLive)?.skip()
        else if (window.currentPage === 0)
            window.guidesPage?.goBack()
        else if (window.currentPage === 1)
            window.journalPage?.goBack()
    }
    function findNamed(root: Item, name: string): Item {
        if (!root)
            return null
        if (root.objectName === name)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = window.findNamed(root.children[i], name)
            if (found)
                return found
        }
        return null
    }
    // The sheet's rows, in the list's order, keys in the platform's notation.
    function shortcutRows(): var {
        return window.shortcutActions.map(entry => {
            const keys = []
            window.shortcutSequences.forEach((row, index) => {
                // A KeyShortcut: Qt 6.4 cannot cast to an inline component ("as" gives null).
                const keyItem = row.action === entry.action ? shortcutItems.itemAt(index) : null
                const text = keyItem?.nativeText ?? "" // qmllint disable
                if (text.length > 0 && !keys.includes(text))
                    keys.push(text)
            })
            if (entry.action === "quickExit")
                keys.push(window.quickExitKeys())
            return { keys: keys.join("\n"), description: entry.description }
        })
    }
    function quickExitKeys(): string {
        for (let i = 0; i < emergencyBar.data.length; ++i) {
            const object = emergencyBar.data[i]
            if (object.objectName === "quickExitShortcut")
                return (object as Shortcut)?.nativeText ?? CallController.quickExitShortcut
        }
        return CallController.quickExitShortcut
    }
    function showShortcuts() {
        if (shortcutsSheet.visible)
            return
        shortcutsSheet.rows = window.shortcutRows()
        shortcutsSheet.returnFocusTo = window.activeFocusItem
        shortcutsSheet.open()
    }

    objectName: "mainWindow"
    width: 1024
    height: 720
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Harbor")
    color: Theme.background

    // Every label follows the system font and the in-app text size.
    font.pixelSize: Theme.baseFontSize
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceVariant
    palette.text: Theme.text
    palette.button: Theme.surfaceVariant
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.mutedText
    palette.mid: Theme.outline
    palette.dark: Theme.outline
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceVariant
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.brightText: Theme.text

    // No cover over the whole window: only private content (the journal,
    // backups, the recovery key, children's nicknames and progress) is
    // hidden while the window is in the background, each by its own
    // PrivateCover; the emergency bar, guides and resources stay usable
    // beside another app. The rule is in Harbor.Ui's Privacy singleton.
    onActiveChanged: Privacy.noteWindow(window)

    // Right-to-left (Qt's -reverse, or a right-to-left language) mirrors
    // every layout, anchor and default text alignment, popups included.
    // Qt 6.4's qmllint knows Qt.application only as QQmlApplication; QtQuick's has layoutDirection.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft // qmllint disable
    LayoutMirroring.childrenInherit: true

    // Page shortcuts are window shortcuts: an open sheet (a modal popup)
    // blocks them, and Escape reaches the sheet. Locking works everywhere.
    // One item per key sequence, holding its Shortcut. A Repeater, not an
    // Instantiator: the linter of Qt 6.4 cannot resolve Instantiator.
    component KeyShortcut: Item {
        id: keyShortcut
        required property var modelData
        readonly property string action: keyShortcut.modelData.action
        readonly property string nativeText: shortcut.nativeText
        property bool shortcutEnabled: true
        signal triggered(string action)

        Shortcut {
            id: shortcut
            sequence: keyShortcut.modelData.sequence
            context: keyShortcut.action === "lock" ? Qt.ApplicationShortcut : Qt.WindowShortcut
            enabled: keyShortcut.shortcutEnabled
            onActivated: keyShortcut.triggered(keyShortcut.action)
            // The same keys twice (a platform's standard key equal to one listed): either runs it.
            onActivatedAmbiguously: keyShortcut.triggered(keyShortcut.action)
        }
    }
    Repeater {
        id: shortcutItems
        model: window.shortcutSequences
        // qmllint disable unqualified
        delegate: KeyShortcut {
            shortcutEnabled: window.shortcutEnabled(action)
            onTriggered: action => window.runShortcut(action)
        }
        // qmllint enable unqualified
    }

    ShortcutsSheet {
        id: shortcutsSheet
    }

    header: EmergencyBar {
        id: emergencyBar
        compact: window.compact
    }

    // Only the navigation of the current layout exists.
    footer: Loader {
        active: window.compact
        visible: active
        // The loaded navigation binds to the window: Qt 6.4's bound-component
        // pragma would refuse to let a Loader create it.
        // qmllint disable unqualified
        sourceComponent: BottomNavigation {
            destinations: window.destinations
            selectedIndex: window.currentPage
            onActivated: index => window.currentPage = index
        }
        // qmllint enable unqualified
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        // Covered by a first-start question: out of the Tab order too.
        enabled: !window.firstStartShown

        Loader {
            active: !window.compact
            visible: active
            Layout.fillHeight: true
            Layout.preferredWidth: 220
            // qmllint disable unqualified
            sourceComponent: SideNavigation {
                destinations: window.destinations
                currentIndex: window.currentPage
                onActivated: index => window.currentPage = index
                onShortcutsRequested: window.showShortcuts()
            }
            // qmllint enable unqualified
        }

        StackLayout {
            currentIndex: window.currentPage
            Layout.fillWidth: true
            Layout.fillHeight: true

            // A page is built the first time it is shown, then kept: start-up
            // only pays for the page on screen. Pages other than the guides
            // are loaded by URL, so their QML is not even compiled before
            // the first frame.
            Loader {
                id: guidesLoader
                readonly property bool current: window.currentPage === 0
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                sourceComponent: GuidesPage {}
            }
            Loader {
                id: journalLoader
                readonly property bool current: window.currentPage === 1
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                source: "qrc:/Harbor/Journal/JournalPage.qml"
            }
            Loader {
                id: resourcesLoader
                readonly property bool current: window.currentPage === 2
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                source: "qrc:/Harbor/Resources/ResourcesPage.qml"
            }
            Loader {
                id: settingsLoader
                readonly property bool current: window.currentPage === 3
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                source: "qrc:/Harbor/Settings/SettingsPage.qml"
            }
        }
    }

    // "Where do you live?" comes first, once; it can be skipped. The
    // emergency bar (the header) stays above it.
    Loader {
        id: regionQuestion
        anchors.fill: parent
        z: 10
        active: !CallController.regionAsked && !window.regionQuestionDone
        visible: active
        // qmllint disable unqualified
        sourceComponent: WhereDoYouLive {
            onDone: window.regionQuestionDone = true
        }
        // qmllint enable unqualified
    }
    // Then whether Harbor may go online (content updates): nothing goes
    // online before the answer.
    Loader {
        id: onlineQuestion
        anchors.fill: parent
        z: 10
        active: (CallController.regionAsked || window.regionQuestionDone) && !UpdatesController.consentChosen
                && !window.onlineQuestionDone
        visible: active
        // qmllint disable unqualified
        sourceComponent: GoOnlineQuestion {
            onDone: window.onlineQuestionDone = true
        }
        // qmllint enable unqualified
    }
}
