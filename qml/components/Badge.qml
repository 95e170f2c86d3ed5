import QtQuick
import QtQuick.Controls
import Switchboard

// A small neutral label: protocol, zone.
Rectangle {
    property alias text: label.text
    property color tint: Theme.surfaceAlt
    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: 4
    color: tint
    border.color: Theme.border
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text
    Label {
        id: label
        anchors.centerIn: parent
        font.pixelSize: Theme.small
        font.family: Theme.mono
        color: Theme.textMuted
    }
}
