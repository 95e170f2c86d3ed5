import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// One availability zone: health in colour and in words, its servers with their counters, and
// what losing it would take with it.
Rectangle {
    id: card
    required property string name
    required property string health
    required property var reasons
    required property string summary
    required property var nodes
    required property var lost
    required property var reduced
    required property var servers
    required property var spark
    required property string spoken
    signal forgetRequested(string server)

    implicitHeight: column.implicitHeight + Theme.unit * 2
    radius: Theme.radius
    color: Theme.surface
    border.color: health === "healthy" ? Theme.border : Theme.healthColor(health)
    border.width: health === "healthy" ? 1 : 2
    Accessible.role: Accessible.Grouping
    Accessible.name: spoken
    activeFocusOnTab: false // focused when shown from elsewhere (the Timeline), not in the tab chain
    Keys.onMenuPressed: zoneAlertMenu.popup(card, 0, Theme.unit * 3)
    TapHandler { acceptedButtons: Qt.RightButton; onTapped: zoneAlertMenu.popup() }
    AlertMenu {
        id: zoneAlertMenu
        choices: [{ text: qsTr("Alert when this zone degrades…"), kind: "zone-health", target: card.name }]
    }

    /// Marks the card for a moment: where the eye should go after arriving from another page.
    function flash() { flashMark.opacity = 1; flashFade.restart() }
    Rectangle {
        id: flashMark
        anchors.fill: parent
        radius: parent.radius
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        opacity: 0
        SequentialAnimation {
            id: flashFade
            PauseAnimation { duration: 1500 }
            NumberAnimation { target: flashMark; property: "opacity"; to: 0; duration: App.reducedMotion ? 0 : 800 }
        }
    }

    Rectangle { width: 4; height: parent.height - 2 * parent.radius; y: parent.radius; color: Theme.healthColor(card.health) }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.unit
        anchors.leftMargin: Theme.unit * 2
        spacing: Theme.unit / 2

        RowLayout {
            Layout.fillWidth: true
            Label { text: card.name; font.pixelSize: Theme.title; font.weight: Font.DemiBold; font.family: Theme.mono }
            Label { text: card.summary; color: Theme.textMuted; Layout.fillWidth: true; elide: Text.ElideRight }
            Sparkline { values: card.spark; Layout.preferredWidth: 80; Layout.preferredHeight: 20 }
        }
        // Counts as models, not the lists: a new list every second would make the Repeaters
        // destroy and rebuild every row (perf: a third of the page's CPU); with a count the rows
        // stay and only their bindings update.
        Repeater {
            model: card.reasons.length
            Label {
                required property int index
                readonly property string modelData: card.reasons[index] || ""
                Layout.fillWidth: true
                text: "• " + modelData
                wrapMode: Text.Wrap
                color: card.health === "down" ? Theme.down : Theme.degraded
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData
            }
        }
        Repeater {
            model: card.servers.length
            delegate: ColumnLayout {
                id: server
                required property int index
                readonly property var modelData: card.servers[index] || ({})
                Layout.fillWidth: true
                Layout.topMargin: 4
                spacing: 0
                Accessible.role: Accessible.StaticText
                Accessible.name: modelData.spoken
                RowLayout {
                    Layout.fillWidth: true
                    HealthDot { health: server.modelData.reachable ? "healthy" : "down" }
                    Label { text: server.modelData.name; font.family: Theme.mono; font.weight: Font.DemiBold; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label {
                        visible: server.modelData.reachable
                        text: qsTr("in %1 · out %2 · %3/s").arg(Fmt.rate(server.modelData.inRate)).arg(Fmt.rate(server.modelData.outRate))
                              .arg(Fmt.bytes(server.modelData.bytesRate))
                        font.family: Theme.mono
                        font.pixelSize: Theme.small
                    }
                    Sparkline { visible: server.modelData.reachable; values: server.modelData.spark; Layout.preferredWidth: 60; Layout.preferredHeight: 16 }
                    Button {
                        visible: !server.modelData.reachable && server.modelData.remembered
                        text: qsTr("Forget")
                        flat: true
                        Accessible.name: qsTr("Forget server %1").arg(server.modelData.name)
                        Accessible.onPressAction: card.forgetRequested(server.modelData.name)
                        onClicked: card.forgetRequested(server.modelData.name)
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 18
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.small
                    color: server.modelData.reachable ? Theme.textMuted : Theme.down
                    text: !server.modelData.reachable ? qsTr("down: %1").arg(server.modelData.error)
                          : server.modelData.version === "" ? qsTr("connected; no counters from this source")
                          : qsTr("v%1 · up %2 · %3 conns · %4 subs · cpu %5 % · %6 · slow consumers %7")
                            .arg(server.modelData.version).arg(Fmt.duration(server.modelData.uptime))
                            .arg(server.modelData.connections).arg(Fmt.count(server.modelData.subscriptions))
                            .arg(Fmt.number(server.modelData.cpu, 1)).arg(Fmt.bytes(server.modelData.memory))
                            .arg(server.modelData.slowConsumers)
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: 18
                    visible: server.modelData.reachable && server.modelData.routes !== ""
                    text: qsTr("routes %1").arg(server.modelData.routes)
                    elide: Text.ElideRight
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                }
            }
        }
        // A what-if, not a fault: normal text with an icon; red stays for what is failing now.
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 4
            visible: card.nodes.length > 0
            spacing: Theme.unit / 2
            Label {
                Layout.alignment: Qt.AlignTop
                text: "↯" // ↯, "if this breaks"
                font.pixelSize: Theme.small
                color: Theme.textMuted
                Accessible.ignored: true
            }
            Label {
                id: whatIf
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.text
                text: qsTr("If %1 is lost: %n service node(s) go", "", card.nodes.length).arg(card.name)
                      + (card.lost.length > 0 ? "; " + qsTr("no node left for %1").arg(card.lost.join(", ")) : "")
                      + (card.reduced.length > 0 ? "; " + qsTr("fewer nodes for %1").arg(card.reduced.join(", ")) : "")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
