import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// One subscription at the top of the Traffic page: subject, queue group, what it received,
// drops in red, pause/resume and remove.
Rectangle {
    id: chip
    required property string subject
    required property string queue
    required property bool paused
    required property var received
    required property var dropped
    signal pauseToggled()
    signal removed()

    implicitWidth: row.implicitWidth + 12
    implicitHeight: 30
    radius: 15
    color: paused ? Theme.surfaceAlt : Theme.infoBg
    border.color: dropped > 0 ? Theme.degraded : Theme.border
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Subscription %1").arg(subject)

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 4
        Label {
            Layout.leftMargin: 6
            text: chip.subject + (chip.queue !== "" ? "  (" + chip.queue + ")" : "")
            font.family: Theme.mono
            color: chip.paused ? Theme.textMuted : Theme.text
        }
        Label {
            text: Fmt.count(chip.received) + (chip.dropped > 0 ? " · " + qsTr("%1 dropped").arg(Fmt.count(chip.dropped)) : "")
            font.pixelSize: Theme.small
            color: chip.dropped > 0 ? Theme.degraded : Theme.textMuted
        }
        ToolButton {
            implicitWidth: 26
            implicitHeight: 26
            text: chip.paused ? "▶" : "‖"
            Accessible.name: chip.paused ? qsTr("Resume recording %1").arg(chip.subject) : qsTr("Pause recording %1").arg(chip.subject)
            Accessible.onPressAction: chip.pauseToggled()
            ToolTip.visible: hovered
            ToolTip.text: chip.paused ? qsTr("Record its messages again") : qsTr("Keep counting, stop recording its messages")
            onClicked: chip.pauseToggled()
        }
        ToolButton {
            implicitWidth: 26
            implicitHeight: 26
            text: "✕"
            Accessible.name: qsTr("Unsubscribe from %1").arg(chip.subject)
            Accessible.onPressAction: chip.removed()
            onClicked: chip.removed()
        }
    }
}
