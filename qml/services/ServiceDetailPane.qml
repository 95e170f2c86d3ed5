import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Switchboard

// The selected service: nodes, endpoints with their types, $SRV stats charts, problems.
Pane {
    id: pane
    property ServiceDetail detail
    padding: 0
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    EmptyState {
        anchors.centerIn: parent
        width: parent.width - 48
        visible: !pane.detail.found
        title: pane.detail.name === "" ? qsTr("Select a service") : qsTr("%1 is no longer registered").arg(pane.detail.name)
        detail: pane.detail.name === "" ? qsTr("Its nodes, endpoints and types show here.") : qsTr("Its last node deregistered or was removed after going stale.")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit * 1.5
        visible: pane.detail.found
        spacing: Theme.unit
        RowLayout {
            Layout.fillWidth: true
            Label { text: pane.detail.name; font.pixelSize: Theme.display; font.family: Theme.mono; Accessible.role: Accessible.Heading }
            Badge { text: pane.detail.protocol }
            Label { text: pane.detail.summary; color: Theme.textMuted; Layout.fillWidth: true; elide: Text.ElideRight }
            Button {
                text: qsTr("Call…")
                Accessible.name: qsTr("Call %1").arg(pane.detail.name)
                Accessible.onPressAction: window.callEndpoint(pane.detail.name, "")
                onClicked: window.callEndpoint(pane.detail.name, "")
            }
        }
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Nodes (%1)").arg(pane.detail.nodes.count); Accessible.name: text; width: implicitWidth }
            TabButton { text: qsTr("Endpoints (%1)").arg(pane.detail.endpoints.count); Accessible.name: text; width: implicitWidth }
            TabButton { text: qsTr("Stats"); Accessible.name: text; width: implicitWidth; enabled: pane.detail.protocol === "$SRV"
                        Accessible.description: enabled ? "" : qsTr("only NATS micro services report stats") }
            TabButton { text: qsTr("Problems (%1)").arg(pane.detail.problems.count); Accessible.name: text; width: implicitWidth }
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabs.currentIndex

            // Nodes
            ListView {
                clip: true
                model: pane.detail.nodes
                spacing: 2
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Nodes")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: node
                    required property string id
                    required property string version
                    required property string address
                    required property string zone
                    required property string zoneSource
                    required property string server
                    required property string metadata
                    required property var firstSeen
                    required property var lastSeen
                    required property bool stale
                    required property string accessibleText
                    width: ListView.view.width
                    Accessible.name: accessibleText
                    contentItem: ColumnLayout {
                        spacing: 2
                        RowLayout {
                            spacing: Theme.unit
                            HealthDot { health: node.stale ? "stale" : "live" }
                            Label { text: node.id; font.family: Theme.mono; Layout.fillWidth: true; elide: Text.ElideMiddle }
                            Badge { text: node.zone || qsTr("no zone") }
                            Label { text: node.version; font.family: Theme.mono; font.pixelSize: Theme.small; color: Theme.textMuted }
                        }
                        Label {
                            Layout.fillWidth: true
                            font.pixelSize: Theme.small
                            color: Theme.textMuted
                            elide: Text.ElideRight
                            text: qsTr("zone from %1").arg(node.zoneSource)
                                  + (node.server ? " · " + qsTr("server %1").arg(node.server) : "")
                                  + (node.address ? " · " + node.address : "")
                        }
                        Label {
                            Layout.fillWidth: true
                            font.pixelSize: Theme.small
                            color: node.stale ? Theme.degraded : Theme.textFaint
                            elide: Text.ElideRight
                            text: (node.stale ? qsTr("stale: silent since %1").arg(Fmt.time(node.lastSeen))
                                              : qsTr("last seen %1").arg(Fmt.time(node.lastSeen)))
                                  + " · " + qsTr("first seen %1").arg(Fmt.time(node.firstSeen))
                                  + (node.metadata ? " · " + node.metadata : "")
                        }
                    }
                }
            }

            // Endpoints
            ListView {
                clip: true
                model: pane.detail.endpoints
                spacing: Theme.unit
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Endpoints")
                ScrollBar.vertical: ScrollBar {}
                delegate: Rectangle {
                    id: ep
                    required property string name
                    required property string kind
                    required property string requestType
                    required property string responseType
                    required property string topic
                    required property string subject
                    required property var requests
                    required property var errors
                    required property var averageMs
                    required property string lastError
                    required property string accessibleText
                    width: ListView.view.width - 12
                    implicitHeight: epColumn.implicitHeight + Theme.unit * 2
                    color: Theme.surfaceAlt
                    radius: Theme.radius
                    Accessible.role: Accessible.ListItem
                    Accessible.name: accessibleText
                    ColumnLayout {
                        id: epColumn
                        anchors.fill: parent
                        anchors.margins: Theme.unit
                        RowLayout {
                            Layout.fillWidth: true
                            Label { text: ep.name; font.family: Theme.mono; font.weight: Font.DemiBold }
                            Badge { text: ep.kind === "subscriber" ? qsTr("subscriber") : ep.kind === "srv" ? "$SRV" : "rpc" }
                            Label {
                                Layout.fillWidth: true
                                font.family: Theme.mono
                                font.pixelSize: Theme.small
                                color: Theme.textMuted
                                elide: Text.ElideRight
                                text: ep.kind === "subscriber" ? qsTr("topic %1").arg(ep.topic)
                                      : ep.kind === "srv" ? qsTr("subject %1").arg(ep.subject) : ""
                            }
                            Button {
                                visible: ep.kind !== "subscriber"
                                text: qsTr("Call…")
                                flat: true
                                Accessible.name: qsTr("Call %1").arg(ep.name)
                                Accessible.onPressAction: window.callEndpoint(pane.detail.name, ep.name)
                                onClicked: window.callEndpoint(pane.detail.name, ep.name)
                            }
                        }
                        Label {
                            visible: ep.kind === "srv"
                            font.pixelSize: Theme.small
                            text: ep.requests === undefined ? qsTr("waiting for STATS…")
                                  : qsTr("%1 requests · %2 errors · avg %3").arg(Fmt.count(ep.requests)).arg(Fmt.count(ep.errors)).arg(Fmt.millis(ep.averageMs))
                                    + (ep.lastError ? " · " + qsTr("last error: %1").arg(ep.lastError) : "")
                        }
                        Label {
                            visible: ep.kind !== "srv" && requestTree.protoFile !== ""
                            Layout.fillWidth: true
                            text: qsTr("Described by %1").arg(requestTree.protoFile)
                            font.pixelSize: Theme.small
                            color: Theme.textMuted
                            elide: Text.ElideMiddle
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                        GridLayout {
                            visible: ep.kind !== "srv"
                            columns: 2
                            Layout.fillWidth: true
                            columnSpacing: Theme.unit * 2
                            SectionHeader { Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight; text: ep.kind === "subscriber" ? qsTr("Event %1").arg(ep.requestType) : qsTr("Request %1").arg(ep.requestType) }
                            SectionHeader { Layout.fillWidth: true; Layout.preferredWidth: 1; elide: Text.ElideRight; text: ep.kind === "subscriber" ? "" : qsTr("Response %1").arg(ep.responseType) }
                            SchemaTree { id: requestTree; Layout.fillWidth: true; Layout.preferredWidth: 1; Layout.alignment: Qt.AlignTop; service: pane.detail.name; endpoint: ep.name; response: false }
                            SchemaTree { Layout.fillWidth: true; Layout.preferredWidth: 1; Layout.alignment: Qt.AlignTop; service: pane.detail.name; endpoint: ep.name; response: true; visible: ep.kind !== "subscriber" }
                        }
                    }
                }
            }

            // $SRV stats over time
            ColumnLayout {
                spacing: Theme.unit
                Label {
                    visible: pane.detail.statsEndpoints.length === 0
                    text: qsTr("Waiting for the first STATS answers…")
                    color: Theme.textMuted
                }
                Repeater {
                    model: pane.detail.statsEndpoints
                    delegate: StatsChart {
                        required property string modelData
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        endpoint: modelData
                        detail: pane.detail
                    }
                }
            }

            // Problems: replies that did not decode, with their source
            ListView {
                clip: true
                model: pane.detail.problems
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Problems")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    required property var at
                    required property string source
                    required property string message
                    width: ListView.view.width
                    Accessible.name: source + ": " + message
                    contentItem: ColumnLayout {
                        Label { text: Fmt.time(at) + " · " + source; font.pixelSize: Theme.small; color: Theme.textMuted }
                        Label { text: message; font.family: Theme.mono; font.pixelSize: Theme.small; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: parent.count === 0
                    text: qsTr("Every registry and $SRV reply decoded.")
                    color: Theme.textMuted
                }
            }
        }
    }

    component StatsChart: ChartView {
        id: chart
        property string endpoint
        property ServiceDetail detail
        title: qsTr("%1: requests/s and average time").arg(endpoint)
        titleColor: Theme.text
        backgroundColor: Theme.surface
        legend.labelColor: Theme.textMuted
        antialiasing: true
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("%1: requests/s and average time").arg(endpoint)
        DateTimeAxis { id: timeAxis; format: "HH:mm:ss"; labelsColor: Theme.textMuted; gridLineColor: Theme.border; tickCount: 4 }
        ValueAxis { id: rateAxis; min: 0; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: qsTr("req/s"); titleBrush: Theme.textMuted; labelFormat: "%.1f" }
        ValueAxis { id: msAxis; min: 0; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: qsTr("ms"); titleBrush: Theme.textMuted; labelFormat: "%.2f" }
        LineSeries { id: rateSeries; name: qsTr("requests/s"); axisX: timeAxis; axisY: rateAxis; color: Theme.accent }
        LineSeries { id: msSeries; name: qsTr("avg ms"); axisX: timeAxis; axisYRight: msAxis; color: Theme.series[1] }
        function refill() {
            const pts = detail.statsHistory(endpoint)
            rateSeries.clear(); msSeries.clear()
            let maxRate = 1, maxMs = 0.1
            for (let i = 1; i < pts.length; ++i) {
                const dt = (pts[i].t - pts[i - 1].t) / 1000
                const rate = dt > 0 ? Math.max(0, pts[i].requests - pts[i - 1].requests) / dt : 0
                rateSeries.append(pts[i].t, rate)
                msSeries.append(pts[i].t, pts[i].avgMs)
                maxRate = Math.max(maxRate, rate); maxMs = Math.max(maxMs, pts[i].avgMs)
            }
            if (pts.length > 0) {
                timeAxis.min = new Date(pts[0].t); timeAxis.max = new Date(Math.max(pts[pts.length - 1].t, pts[0].t + 60000))
            }
            rateAxis.max = maxRate * 1.2; msAxis.max = maxMs * 1.2
        }
        Connections { target: chart.detail; function onUpdated() { chart.refill() } }
        Component.onCompleted: refill()
    }
}
