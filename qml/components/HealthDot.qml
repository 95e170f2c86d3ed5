import QtQuick
import Switchboard

Rectangle {
    property string health: "live"
    width: 10
    height: 10
    radius: 5
    color: Theme.healthColor(health)
    Accessible.role: Accessible.Indicator
    Accessible.name: ({ live: qsTr("live"), stale: qsTr("stale"), healthy: qsTr("healthy"), degraded: qsTr("degraded"),
                        down: qsTr("down"), unknown: qsTr("unknown") })[health] || health
}
