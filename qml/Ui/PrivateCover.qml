// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// Put around private content: the open journal, reports, backups, the
// recovery key, a child's nickname or progress. While Privacy conceals it
// (the window is in the background), the content is not just drawn over:
// it is made invisible, so it is not rendered, not in a screenshot, not
// focusable and not on the accessibility bus, and popups it opened (a
// picture from the journal, a list of nicknames) are closed. A calm
// placeholder stands in its place. Its state is kept: when the window is
// active again, everything is back as it was.
// Public content (the emergency bar, guides, resources) is never put in one.
ColumnLayout {
    id: cover

    default property alias content: body.data
    property alias contentSpacing: body.spacing
    // False while there is nothing private inside (the journal is locked,
    // no child is chosen): then the content shows as it is.
    property bool guarding: true
    readonly property bool concealed: cover.guarding && Privacy.concealedIn(cover.Window.window, cover.Window.active)

    function closePopupsIn(item) {
        const resources = item.resources
        for (let i = 0; i < resources.length; ++i)
            cover.closeIfPopup(resources[i])
        const kids = item.children
        for (let j = 0; j < kids.length; ++j) {
            cover.closeIfPopup(kids[j]["popup"]) // a ComboBox's list
            cover.closePopupsIn(kids[j])
        }
    }
    function closeIfPopup(object) {
        // Popup and Dialog (not FileDialog: it shows the file system, not the journal).
        if (object && object["opened"] === true && object["closePolicy"] !== undefined)
            object.close()
    }

    spacing: 0
    Layout.fillWidth: true
    Layout.fillHeight: false

    Window.onActiveChanged: Privacy.noteWindow(cover.Window.window)
    Window.onWindowChanged: Privacy.noteWindow(cover.Window.window)
    Component.onCompleted: Privacy.noteWindow(cover.Window.window)
    onConcealedChanged: if (cover.concealed) cover.closePopupsIn(body)

    Rectangle {
        objectName: "privateCoverPlaceholder"
        visible: cover.concealed
        color: Theme.surfaceVariant
        radius: Theme.radius
        implicitHeight: placeholder.implicitHeight + 2 * Theme.margin
        Layout.fillWidth: true
        Layout.fillHeight: true

        Label {
            id: placeholder
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            text: qsTr("Hidden while Harbor is in the background")
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }
    ColumnLayout {
        id: body
        visible: !cover.concealed
        spacing: Theme.spacing
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
