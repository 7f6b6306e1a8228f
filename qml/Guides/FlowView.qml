// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Guides

// "What to do now": the steps, then whom to call, in order, with a button
// each, and what to write down.
ColumnLayout {
    id: view

    required property string flowId
    // Picked from the list by id: read again when the pack, the region or the language changes.
    // qmllint: a list of values is a JS array at run time; Qt 6.4 qmllint does not know its methods
    readonly property var flow: GuidesController.flows.find(f => f.id === view.flowId) || ({}) // qmllint disable

    objectName: "flowView"
    spacing: Theme.margin
    Layout.fillWidth: true

    Label {
        text: view.flow.title || ""
        textFormat: Text.PlainText
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Accessible.role: Accessible.Heading
    }
    BulletList { points: view.flow.steps || []; numbered: true }
    Label {
        text: qsTr("Who to call")
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
    }
    Repeater {
        model: view.flow.call || []
        delegate: ResourceCard {
            required property var modelData
            resource: modelData
        }
    }
    BulletList { heading: qsTr("What to write down"); points: view.flow.writeDown || [] }
    SourcesList { reviewed: view.flow.reviewed || ""; items: view.flow.sources || [] }
}
