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

    objectName: "mainWindow"
    width: 1024
    height: 720
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Harbor")
    color: Theme.background

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
            }
            // qmllint enable unqualified
        }

        StackLayout {
            currentIndex: window.currentPage
            Layout.fillWidth: true
            Layout.fillHeight: true

            // A page is built the first time it is shown, then kept: start-up
            // only pays for the page on screen.
            Loader {
                readonly property bool current: window.currentPage === 0
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                sourceComponent: GuidesPage {}
            }
            Loader {
                readonly property bool current: window.currentPage === 1
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                sourceComponent: JournalPage {}
            }
            Loader {
                readonly property bool current: window.currentPage === 2
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                sourceComponent: ResourcesPage {}
            }
            Loader {
                readonly property bool current: window.currentPage === 3
                active: false
                onCurrentChanged: if (current) active = true
                Component.onCompleted: if (current) active = true
                sourceComponent: SettingsPage {}
            }
        }
    }

    // "Where do you live?" comes first, once; it can be skipped. The
    // emergency bar (the header) stays above it.
    Loader {
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
