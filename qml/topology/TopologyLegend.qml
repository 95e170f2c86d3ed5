import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// What the map's marks mean, with the error thresholds that colour the edges.
Rectangle {
    id: legend
    required property TopologyModel model
    width: row.implicitWidth + 16
    height: row.implicitHeight + 10
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    opacity: 0.95

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.unit
        HealthDot { health: "live"; visible: legend.model.level === "nodes" }
        Label { text: qsTr("live"); font.pixelSize: Theme.small; visible: legend.model.level === "nodes" }
        HealthDot { health: "stale"; visible: legend.model.level === "nodes" }
        Label { text: qsTr("stale"); font.pixelSize: Theme.small; visible: legend.model.level === "nodes" }
        Rectangle { width: 18; height: 3; color: Theme.textFaint }
        Label { text: qsTr("calls (width: rate)"); font.pixelSize: Theme.small }
        Rectangle { width: 18; height: 3; color: Theme.degraded }
        Label { text: qsTr("≥ %1 % errors").arg(Fmt.number(legend.model.amberErrors * 100, 0)); font.pixelSize: Theme.small }
        Rectangle { width: 18; height: 3; color: Theme.down }
        Label { text: qsTr("≥ %1 % errors").arg(Fmt.number(legend.model.redErrors * 100, 0)); font.pixelSize: Theme.small }
        Row { spacing: 2; visible: legend.model.showTopics; Repeater { model: 3; Rectangle { width: 4; height: 1; color: Theme.textFaint } } }
        Label { text: qsTr("subscriptions"); font.pixelSize: Theme.small; visible: legend.model.showTopics }
        Label {
            visible: legend.model.callsNote !== ""
            text: "· " + legend.model.callsNote
            color: Theme.textMuted
            font.pixelSize: Theme.small
            Accessible.name: legend.model.callsNote
        }
    }
}
