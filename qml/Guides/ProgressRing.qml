// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import Harbor.Ui

// How much of a checklist is done, as a ring with the percentage inside.
Item {
    id: ring

    property real value: 0 // 0–1
    readonly property int percent: Math.round(Math.max(0, Math.min(1, ring.value)) * 100)

    implicitWidth: 72
    implicitHeight: 72
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("%1 percent done").arg(ring.percent)

    Shape {
        anchors.fill: parent
        ShapePath {
            strokeColor: Theme.surfaceVariant
            strokeWidth: 8
            fillColor: "transparent"
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: ring.width / 2 - 6
                radiusY: ring.height / 2 - 6
                startAngle: 0
                sweepAngle: 360
            }
        }
        ShapePath {
            strokeColor: Theme.accent
            strokeWidth: 8
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            PathAngleArc {
                centerX: ring.width / 2
                centerY: ring.height / 2
                radiusX: ring.width / 2 - 6
                radiusY: ring.height / 2 - 6
                startAngle: -90
                sweepAngle: 360 * Math.max(0, Math.min(1, ring.value))
            }
        }
    }
    Label {
        anchors.centerIn: parent
        text: ring.percent + "%"
        color: Theme.text
        font.bold: true
    }
}
