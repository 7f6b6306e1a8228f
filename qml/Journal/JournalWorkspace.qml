// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Vault
import Harbor.Journal

// The unlocked journal. Wide: the list on the left, a panel (an entry, the
// editor, children, timeline, verify) on the right. Narrow: one at a time.
Item {
    id: workspace

    readonly property bool wide: width >= 840
    // "list" (narrow only), "detail", "edit", "new", "children", "timeline", "verify", "report", "callprep"
    property string mode: "list"
    property var selectedId: 0
    property int newKind: EntryKind.Observation
    readonly property bool panelShown: workspace.wide || workspace.mode !== "list"
    // Escape (the shell's shortcut) has a panel to close: anything but the
    // resting view (the timeline beside the list, or the list alone).
    readonly property bool canGoBack: workspace.mode !== (workspace.wide ? "timeline" : "list")

    objectName: "journalWorkspace"

    function open(mode, entryId) {
        JournalController.clearError()
        if (entryId !== undefined)
            workspace.selectedId = entryId
        workspace.mode = mode
    }
    function closePanel() {
        workspace.mode = workspace.wide ? "timeline" : "list"
    }
    // Escape: the open panel closes the way its own Back or Cancel would,
    // so an editor's draft rules still apply. Focus stays in the journal.
    function goBack(): bool {
        if (!workspace.canGoBack)
            return false
        switch (workspace.mode) {
        case "edit":
        case "new": {
            const cancel = workspace.findNamed(panelLoader.item, "editorCancel") as ActionButton
            if (!cancel)
                return false
            cancel.clicked()
            break
        }
        case "callprep":
            workspace.open("report")
            break
        default:
            workspace.closePanel()
        }
        workspace.focusFirst(workspace.panelShown && workspace.mode !== "timeline" ? panelLoader.item : null)
        return true
    }
    // Ctrl+N: the editor for a new observation, focus on its first field.
    function startNew() {
        workspace.newKind = EntryKind.Observation
        workspace.open("new")
        workspace.focusFirst(panelLoader.item)
    }
    // Ctrl+F: the list's search field. A phone shows one thing at a time:
    // an open editor is not left for it.
    function focusSearch(): bool {
        if (!workspace.wide && workspace.mode !== "list") {
            if (workspace.mode === "edit" || workspace.mode === "new")
                return false
            workspace.closePanel()
        }
        filterBar.focusSearch()
        return true
    }
    // The first control of a panel in reading order, or the New entry button.
    function focusFirst(panel: Item) {
        const target = (panel ? panel.nextItemInFocusChain(true) : null) ?? newEntryButton
        if (panel && target && workspace.contains(panel, target))
            target.forceActiveFocus(Qt.TabFocusReason)
        else
            newEntryButton.forceActiveFocus(Qt.TabFocusReason)
    }
    function contains(ancestor: Item, item: Item): bool {
        for (let parentItem = item; parentItem; parentItem = parentItem.parent) {
            if (parentItem === ancestor)
                return true
        }
        return false
    }
    function findNamed(root: Item, name: string): Item {
        if (!root)
            return null
        if (root.objectName === name)
            return root
        for (let i = 0; i < root.children.length; ++i) {
            const found = workspace.findNamed(root.children[i], name)
            if (found)
                return found
        }
        return null
    }
    Component.onCompleted: if (workspace.wide) workspace.mode = "timeline"
    // The timeline fills the wide layout's panel; on a phone the list comes first.
    onWideChanged: {
        if (workspace.wide && workspace.mode === "list")
            workspace.mode = "timeline"
        else if (!workspace.wide && workspace.mode === "timeline")
            workspace.mode = "list"
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The list side
        ColumnLayout {
            visible: workspace.wide || workspace.mode === "list"
            spacing: Theme.spacing
            Layout.fillHeight: true
            Layout.fillWidth: !workspace.wide
            Layout.preferredWidth: workspace.wide ? Math.max(360, workspace.width * 0.42) : -1
            Layout.margins: Theme.margin

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Label {
                    text: qsTr("Journal")
                    font.pixelSize: Theme.titleFontSize
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                    Accessible.role: Accessible.Heading
                }
                ActionButton {
                    objectName: "journalLockButton"
                    text: qsTr("Lock")
                    Accessible.name: qsTr("Lock the journal")
                    onClicked: VaultController.lock()
                }
            }
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                ActionButton {
                    id: newEntryButton
                    objectName: "newEntryButton"
                    text: qsTr("New entry")
                    onClicked: { workspace.newKind = EntryKind.Observation; workspace.open("new") }
                }
                ActionButton {
                    objectName: "newDisclosureButton"
                    text: qsTr("A child told me")
                    Accessible.name: qsTr("Record what a child told me")
                    onClicked: { workspace.newKind = EntryKind.Disclosure; workspace.open("new") }
                }
                ActionButton {
                    objectName: "newCallButton"
                    text: qsTr("Hotline call")
                    Accessible.name: qsTr("Record a hotline call")
                    onClicked: { workspace.newKind = EntryKind.HotlineCall; workspace.open("new") }
                }
                ActionButton {
                    objectName: "childrenButton"
                    text: qsTr("Children")
                    onClicked: workspace.open("children")
                }
                ActionButton {
                    objectName: "timelineButton"
                    text: qsTr("Timeline")
                    onClicked: workspace.open("timeline")
                }
                ActionButton {
                    objectName: "reportButton"
                    text: qsTr("Report")
                    Accessible.name: qsTr("Make a report")
                    onClicked: workspace.open("report")
                }
                ActionButton {
                    objectName: "verifyButton"
                    text: qsTr("Verify")
                    Accessible.name: qsTr("Verify the journal")
                    onClicked: workspace.open("verify")
                }
            }
            QuickAddBar {
                // While the list shows one child, a quick note is about them.
                childId: JournalController.entries.childId
                onSaved: entryId => workspace.open("detail", entryId)
            }
            JournalErrorLabel {
                visible: text.length > 0 && !workspace.panelShown
            }
            FilterBar {
                id: filterBar
            }
            Label {
                objectName: "entryCount"
                text: JournalController.entries.showDeleted
                    ? qsTr("%n deleted entry(s)", "", JournalController.entries.totalCount)
                    : JournalController.entries.filtered
                    ? qsTr("%n matching entry(s)", "", JournalController.entries.totalCount)
                    : qsTr("%n entry(s)", "", JournalController.entries.totalCount)
                color: Theme.mutedText
                Layout.fillWidth: true
            }
            ListView {
                id: list
                objectName: "entryList"
                model: JournalController.entries
                clip: true
                spacing: 1
                reuseItems: true
                Layout.fillWidth: true
                Layout.fillHeight: true
                ScrollBar.vertical: ScrollBar {}
                section.property: "day"
                section.criteria: ViewSection.FullString
                section.delegate: Label {
                    required property string section
                    text: section
                    font.bold: true
                    color: Theme.text
                    topPadding: Theme.spacing
                    bottomPadding: 2
                    Accessible.role: Accessible.Heading
                }
                // qmllint disable unqualified
                delegate: EntryDelegate {
                    selected: workspace.panelShown && workspace.mode === "detail" && workspace.selectedId === entryId
                    onClicked: workspace.open("detail", entryId)
                }
                // qmllint enable unqualified
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.margin
                    visible: list.count === 0
                    text: JournalController.entries.showDeleted
                        ? qsTr("No deleted entries.")
                        : JournalController.entries.filtered
                        ? qsTr("Nothing matches. Try fewer words or clear the filters.")
                        : qsTr("Nothing written yet. When you notice something, a quick note above is enough; you can complete it later.")
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                }
            }
        }

        Rectangle {
            visible: workspace.wide
            color: Theme.outline
            Layout.preferredWidth: 1
            Layout.fillHeight: true
        }

        // The panel side
        Flickable {
            id: panelArea
            visible: workspace.panelShown
            clip: true
            contentHeight: panelLoader.implicitHeight + 2 * Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar {}

            Loader {
                id: panelLoader
                // Anchored, not placed at x: mirrors right to left.
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin
                y: Theme.margin
                width: Math.min(panelArea.width - 2 * Theme.margin, 760)
                sourceComponent: {
                    switch (workspace.mode) {
                    case "detail": return detailPanel
                    case "edit": return editPanel
                    case "new": return newPanel
                    case "children": return childrenPanel
                    case "verify": return verifyPanel
                    case "timeline": return timelinePanel
                    case "report": return reportPanel
                    case "callprep": return callPrepPanel
                    default: return null
                    }
                }
                onSourceComponentChanged: panelArea.contentY = 0
            }
        }
    }

    // The panels are created by the Loader above; Qt 6.4's Loader refuses
    // components bound with "pragma ComponentBehavior: Bound", so these
    // reach the workspace through the file's context instead.
    // qmllint disable unqualified
    Component {
        id: detailPanel
        EntryDetail {
            entryId: workspace.selectedId
            showBack: !workspace.wide
            onBack: workspace.closePanel()
            onEdit: workspace.open("edit")
            onRemoved: workspace.closePanel()
        }
    }
    Component {
        id: editPanel
        EntryEditor {
            entryId: workspace.selectedId
            onSaved: id => workspace.open("detail", id)
            onCancelled: workspace.open("detail")
        }
    }
    Component {
        id: newPanel
        EntryEditor {
            initialKind: workspace.newKind
            onSaved: id => workspace.open("detail", id)
            onCancelled: workspace.closePanel()
        }
    }
    Component {
        id: childrenPanel
        ChildrenPanel {
            showBack: !workspace.wide
            onBack: workspace.closePanel()
        }
    }
    Component {
        id: reportPanel
        ReportPanel {
            showBack: !workspace.wide
            onBack: workspace.closePanel()
            onPrepareCall: workspace.open("callprep")
        }
    }
    Component {
        id: callPrepPanel
        CallPrepPanel {
            showBack: true
            onBack: workspace.open("report")
            onCallWritten: id => workspace.open("edit", id)
        }
    }
    Component {
        id: timelinePanel
        TimelinePanel {
            showBack: !workspace.wide
            onBack: workspace.closePanel()
        }
    }
    Component {
        id: verifyPanel
        VerifyPanel {
            showBack: !workspace.wide
            onBack: workspace.closePanel()
            onOpenEntry: entryId => workspace.open("detail", entryId)
        }
    }
    // qmllint enable unqualified
}
