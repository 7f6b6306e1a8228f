// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui

// A panel's title, with a way back to the list where the list is hidden.
RowLayout {
    id: header

    property string title
    property bool showBack: false
    signal back()

    spacing: Theme.spacing
    Layout.fillWidth: true

    ActionButton {
        objectName: "panelBackButton"
        visible: header.showBack
        text: qsTr("Back")
        Accessible.name: qsTr("Back to the journal list")
        onClicked: header.back()
    }
    Label {
        text: header.title
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
}
