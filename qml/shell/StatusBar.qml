import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Always visible: connection state, server, RTT, services and nodes, dropped messages, and the
// alerts firing now (red: they are failing now), which opens the Alerts page.
Rectangle {
    id: bar
    implicitHeight: 28
    color: Theme.surface
    readonly property var s: App.session
    readonly property color stateColor: s.state === Session.Connected ? Theme.healthy
                                        : s.state === Session.Reconnecting || s.state === Session.Connecting ? Theme.degraded
                                        : s.state === Session.Failed ? Theme.down : Theme.stale
    Rectangle { anchors.top: parent.top; width: parent.width; height: 1; color: Theme.border }
    Accessible.role: Accessible.StatusBar
    Accessible.name: summary.text
    signal aboutRequested()
    signal alertsRequested()

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.unit * 1.5
        anchors.rightMargin: Theme.unit * 1.5
        spacing: Theme.unit
        Rectangle { width: 9; height: 9; radius: 5; color: bar.stateColor }
        Label {
            id: summary
            Layout.fillWidth: true
            elide: Text.ElideRight
            font.pixelSize: Theme.small
            color: Theme.textMuted
            text: {
                const parts = [bar.s.stateText]
                if (bar.s.serverUrl) parts[0] += " " + bar.s.serverUrl
                if (bar.s.state === Session.Connected) {
                    parts.push(qsTr("RTT %1").arg(Fmt.millis(bar.s.rttMs)))
                    parts.push(qsTr("%n service(s)", "", bar.s.serviceCount))
                    parts.push(qsTr("%n node(s)", "", bar.s.nodeCount)
                               + (bar.s.staleCount ? " " + qsTr("(%1 stale)").arg(bar.s.staleCount) : ""))
                    parts.push(qsTr("%1 dropped").arg(Fmt.count(bar.s.dropped)))
                }
                return parts.join("  ·  ")
            }
        }
        AbstractButton {
            id: firingButton
            visible: App.alerts.firingCount > 0
            implicitWidth: firingLabel.implicitWidth + Theme.unit * 1.5
            implicitHeight: 20
            focusPolicy: Qt.StrongFocus
            background: Rectangle { radius: 10; color: Theme.down }
            contentItem: Label {
                id: firingLabel
                text: qsTr("%n alert(s) firing", "", App.alerts.firingCount)
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.small
                font.bold: true
                font.underline: firingButton.visualFocus
                color: "white"
            }
            Accessible.role: Accessible.Button
            Accessible.name: firingLabel.text
            Accessible.onPressAction: clicked()
            onClicked: bar.alertsRequested()
        }
        Label {
            text: App.demoMode ? qsTr("demo") : ""
            font.pixelSize: Theme.small
            color: Theme.textFaint
        }
        // The version opens About (commit, libraries, copy for a bug report).
        AbstractButton {
            id: versionButton
            implicitWidth: versionLabel.implicitWidth + Theme.unit
            implicitHeight: versionLabel.implicitHeight + 4
            focusPolicy: Qt.StrongFocus
            contentItem: Label {
                id: versionLabel
                text: "v" + App.version
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.small
                font.underline: versionButton.hovered || versionButton.visualFocus
                color: versionButton.hovered || versionButton.visualFocus ? Theme.accent : Theme.textFaint
            }
            background: null
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("About Switchboard")
            Accessible.onPressAction: clicked()
            onClicked: bar.aboutRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("About Switchboard (F1)")
        }
    }
}
