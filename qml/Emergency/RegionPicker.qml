// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Harbor.Ui
import Harbor.Emergency

// Choose where you live: type a state's name or postal code, pick it from
// the list. The choice goes to CallController, the one place the region
// lives, and sets the emergency bar's hotline at once.
ColumnLayout {
    id: picker

    // How many rows show before the list scrolls.
    property int visibleRows: 6
    // False: the list appears only once something is typed (Resources,
    // where a state is usually chosen already).
    property bool listWhenEmpty: true
    readonly property alias model: chooser
    // Emitted after a region (or "none") was chosen here.
    signal chosen(string regionId)

    // An id from the list, or "" for "I'd rather not say".
    function choose(regionId) {
        CallController.chooseRegion(regionId)
        picker.chosen(regionId)
    }
    // Return in the search field takes the first match.
    function chooseFirst() {
        if (chooser.count > 0)
            picker.choose(chooser.idAt(0))
    }

    spacing: Theme.spacing

    RegionChooser {
        id: chooser
        source: CallController
        query: search.currentText
    }

    LabeledField {
        id: search
        objectName: "regionSearch"
        label: qsTr("Search for your state")
        placeholder: qsTr("State name or postal code, e.g. Texas or TX")
        Layout.fillWidth: true
        // Return takes the first match; Down goes into the list.
        onAccepted: picker.chooseFirst()
        Keys.onDownPressed: list.forceActiveFocus()
    }

    Label {
        visible: chooser.count === 0
        text: qsTr("No state or territory matches \"%1\".").arg(search.currentText)
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ListView {
        id: list
        objectName: "regionList"
        model: chooser.regions
        visible: picker.listWhenEmpty || search.currentText.length > 0
        clip: true
        keyNavigationEnabled: true
        // No delegates made ahead of time: they would be made asynchronously,
        // and a keystroke that refilters the list mid-way makes Qt 6.4 warn
        // "DelegateModel::cancel: index out range". The list is short.
        cacheBuffer: 0
        boundsBehavior: Flickable.StopAtBounds
        Layout.fillWidth: true
        Layout.preferredHeight: visible ? Math.min(chooser.count, picker.visibleRows) * Theme.touchTarget : 0
        Accessible.role: Accessible.List
        Accessible.name: qsTr("States and territories")
        ScrollBar.vertical: ScrollBar {}

        delegate: ItemDelegate {
            id: row
            required property string regionId
            required property string name
            required property string postal
            required property int index

            function choose() {
                picker.choose(row.regionId)
            }

            objectName: "region-" + row.postal
            width: ListView.view.width
            height: Theme.touchTarget
            highlighted: row.regionId === CallController.regionId
            text: qsTr("%1 (%2)").arg(row.name).arg(row.postal)
            focusPolicy: Qt.StrongFocus
            Accessible.name: row.highlighted ? qsTr("%1, chosen").arg(text) : text
            Accessible.onPressAction: row.choose()
            Keys.onReturnPressed: row.choose()
            Keys.onEnterPressed: row.choose()
            onClicked: row.choose()
        }
    }
}
