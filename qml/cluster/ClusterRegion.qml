import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// One cluster (region) on the Cluster page: health and source said once, cluster-wide problems,
// a card per zone, and its per-zone and per-server rate charts.
ColumnLayout {
    id: region
    property Session session
    property bool showRegion: false
    readonly property alias view: cluster

    /// The card of zone `name`, or null while this region has no such zone.
    function zoneCard(name) {
        for (let i = 0; i < zoneCards.count; ++i)
            if (zoneCards.itemAt(i) && zoneCards.itemAt(i).name === name) return zoneCards.itemAt(i)
        return null
    }
    spacing: Theme.unit
    ClusterView { id: cluster; session: region.session }

    RowLayout {
        Layout.fillWidth: true
        HealthDot { health: cluster.health }
        Label {
            text: (region.showRegion && region.session ? region.session.label + " · " : "")
                  + (cluster.polls === 0 ? qsTr("Cluster") : qsTr("Cluster %1 · %2 of %3 servers answer").arg(cluster.healthText)
                                                          .arg(cluster.reachableCount).arg(cluster.serverCount))
            font.pixelSize: Theme.title
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Item { Layout.fillWidth: true }
    }
    Label {
        Layout.fillWidth: true
        text: cluster.sourceText + (cluster.moreAccessText !== "" ? " " + cluster.moreAccessText : "")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        model: cluster.problems
        Banner {
            required property string modelData
            Layout.fillWidth: true
            kind: "warning"
            text: modelData
        }
    }
    Banner {
        Layout.fillWidth: true
        visible: cluster.error !== "" && cluster.source !== "$SYS"
        kind: "info"
        text: cluster.error
    }
    GridLayout {
        Layout.fillWidth: true
        columns: Math.max(1, Math.floor(width / 400))
        columnSpacing: Theme.unit
        rowSpacing: Theme.unit
        Repeater {
            id: zoneCards
            model: cluster.zones
            ZoneCard {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                onForgetRequested: server => cluster.forget(server)
            }
        }
    }
    EmptyState {
        Layout.fillWidth: true
        visible: cluster.zones.count === 0
        busy: !!region.session && (region.session.state === Session.Connecting || (region.session.state === Session.Connected && cluster.polls === 0))
        title: !region.session || region.session.state !== Session.Connected ? qsTr("Not connected") : qsTr("Looking at the cluster…")
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: 260
        visible: cluster.zones.count > 0
        spacing: Theme.unit
        ClusterRateChart { Layout.fillWidth: true; Layout.fillHeight: true; view: cluster; zones: true; what: qsTr("Messages per second per zone") }
        ClusterRateChart { Layout.fillWidth: true; Layout.fillHeight: true; view: cluster; zones: false; what: qsTr("Messages per second per server") }
    }
}
