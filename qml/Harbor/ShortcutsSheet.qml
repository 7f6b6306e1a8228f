// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// Every keyboard shortcut and what it does, from the shell's one list
// (Main.qml). A dialog named by its title: focus moves into it when it
// opens and back where it was when Escape or Close closes it.
Dialog {
    id: sheet

    // [{ keys, description }]: keys in the platform's own notation, one per line.
    property var rows: []
    property Item returnFocusTo: null

    objectName: "shortcutsSheet"
    title: qsTr("Keyboard shortcuts")
    parent: Overlay.overlay
    modal: true
    focus: true
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 520, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 2 * Theme.margin : implicitHeight)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

    onOpened: closeButton.forceActiveFocus(Qt.TabFocusReason)
    onClosed: {
        if (sheet.returnFocusTo)
            sheet.returnFocusTo.forceActiveFocus(Qt.PopupFocusReason)
        sheet.returnFocusTo = null
    }

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.outline
    }

    header: Label {
        text: sheet.title
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        padding: Theme.margin
        bottomPadding: 0
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // The popup sizes itself to its one child.
    Flickable {
        anchors.fill: parent
        implicitWidth: list.implicitWidth
        implicitHeight: list.implicitHeight
        contentHeight: list.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: list
            objectName: "shortcutList"
            width: parent.width
            spacing: Theme.spacing

            Repeater {
                model: sheet.rows
                delegate: RowLayout {
                    id: row
                    required property var modelData
                    objectName: "shortcutRow"
                    spacing: Theme.margin
                    Layout.fillWidth: true

                    Label {
                        objectName: "shortcutKeys"
                        text: row.modelData.keys
                        textFormat: Text.PlainText
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.preferredWidth: list.width * 0.35
                        Layout.alignment: Qt.AlignTop
                    }
                    Label {
                        objectName: "shortcutDescription"
                        text: row.modelData.description
                        textFormat: Text.PlainText
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                    }
                }
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item {
            Layout.fillWidth: true
        }
        ActionButton {
            id: closeButton
            objectName: "shortcutsClose"
            text: qsTr("Close")
            Accessible.name: qsTr("Close the keyboard shortcuts")
            Layout.margins: Theme.margin
            Layout.topMargin: 0
            onClicked: sheet.close()
        }
    }
}
