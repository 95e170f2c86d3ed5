import QtQuick
import Switchboard

Rectangle {
    property string health: "live"
    width: 10
    height: 10
    radius: 5
    color: Theme.healthColor(health)
    Accessible.role: Accessible.Indicator
    Accessible.name: health
}
