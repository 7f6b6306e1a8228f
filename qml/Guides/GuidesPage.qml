// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Guides

// Guides: the browser, and one guide, sign list, flow or tip page at a time
// with a way back. Readable while the journal is locked.
Page {
    id: page

    property string kind: "home"
    property string itemId
    property var history: []
    // Escape (the shell's shortcut) goes back one step, as the Back button does.
    readonly property bool canGoBack: page.kind !== "home"

    function open(kind, id) {
        if (kind === "resource")
            return // resources live on their own page
        page.history = page.history.concat([{ kind: page.kind, id: page.itemId }])
        page.kind = kind
        page.itemId = id
        flick.contentY = 0
    }
    function back() {
        const last = page.history[page.history.length - 1]
        page.history = page.history.slice(0, page.history.length - 1)
        page.kind = last ? last.kind : "home"
        page.itemId = last ? last.id : ""
        flick.contentY = 0
    }

    function goBack(): bool {
        if (!page.canGoBack)
            return false
        page.back()
        // Focus stays on the page: the Back button while there is more to go back through.
        if (page.canGoBack)
            backButton.forceActiveFocus(Qt.TabFocusReason)
        else
            page.focusSearch()
        return true
    }
    // Ctrl+F: the guides' search, on the browser.
    function focusSearch() {
        if (page.kind !== "home") {
            page.history = []
            page.kind = "home"
            page.itemId = ""
        }
        flick.contentY = 0
        page.findNamed(view.item, "guideSearch")?.forceActiveFocus(Qt.ShortcutFocusReason)
    }
    function findNamed(root: Item, name: string): Item {
        if (!root)
            return null
        if (root.objectName === name)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = page.findNamed(root.children[i], name)
            if (found)
                return found
        }
        return null
    }

    objectName: "guidesPage"
    title: qsTr("Guides")
    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            // Anchored, not placed at x: mirrors right to left.
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            y: Theme.margin
            width: Math.min(flick.width - 2 * Theme.margin, 760)
            spacing: Theme.margin

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                ActionButton {
                    id: backButton
                    objectName: "guidesBack"
                    visible: page.kind !== "home"
                    text: qsTr("Back")
                    Accessible.name: qsTr("Back to the guides")
                    onClicked: page.back()
                }
                Label {
                    visible: page.kind === "home"
                    text: page.title
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
            }
            Label {
                visible: page.kind === "home"
                text: qsTr("Clear, step-by-step help for keeping a child safer online, written for parents, guardians and foster caretakers.")
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Loader {
                id: view
                Layout.fillWidth: true
                sourceComponent: {
                    switch (page.kind) {
                    case "guide": return guideComponent
                    case "signs": return signsComponent
                    case "flow": return flowComponent
                    case "ages": return agesComponent
                    case "recovery": return recoveryComponent
                    default: return homeComponent
                    }
                }
            }
        }
    }

    // Created by the Loader above: Qt 6.4's Loader refuses components bound
    // with "pragma ComponentBehavior: Bound", so these reach the page through
    // the file's context.
    // qmllint disable unqualified
    Component {
        id: homeComponent
        GuidesHome { onOpen: (kind, id) => page.open(kind, id) }
    }
    Component {
        id: guideComponent
        GuideView { guideId: page.itemId }
    }
    Component {
        id: signsComponent
        SignsView { listId: page.itemId }
    }
    Component {
        id: flowComponent
        FlowView { flowId: page.itemId }
    }
    Component {
        id: agesComponent
        AgeTipsView {}
    }
    Component {
        id: recoveryComponent
        RecoveryView {}
    }
    // qmllint enable unqualified
}
