import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The live graph: zones side by side with their servers and service nodes, topics below, calls
// and subscriptions as edges. Filter first, draw less; a panel for the selection.
Item {
    id: page
    /// False while another page is in front (Main.qml): the scene is not rebuilt every second.
    property bool shown: true
    property real zoom: 1
    property real panX: 0
    property real panY: 0
    readonly property alias model: topo

    TopologyModel { id: topo; session: App.shownSession; active: page.shown; filterText: filterField.text }

    function fit() {
        const b = topo.bounds
        if (b.width <= 0 || b.height <= 0) return
        zoom = Math.max(0.1, Math.min(2, Math.min(canvas.width / b.width, canvas.height / b.height)))
        panX = (canvas.width - b.width * zoom) / 2 - b.x * zoom
        panY = (canvas.height - b.height * zoom) / 2 - b.y * zoom
    }
    function zoomBy(f, cx, cy) {
        userMoved = true
        const nz = Math.max(0.1, Math.min(4, zoom * f))
        panX = cx - (cx - panX) * nz / zoom
        panY = cy - (cy - panY) * nz / zoom
        zoom = nz
    }
    // Fitted to every new picture until the user zooms or pans; then the view is left alone.
    property bool userMoved: false
    Connections {
        target: topo
        function onSceneChanged() { if (!page.userMoved && topo.nodeCount > 0) page.fit() }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            TextField {
                id: filterField
                Layout.preferredWidth: 240
                placeholderText: qsTr("Filter by service or node")
                Accessible.name: qsTr("Filter the topology")
            }
            CheckBox { text: "go-micro"; checked: topo.showGoMicro; onToggled: topo.showGoMicro = checked; Accessible.name: qsTr("Show go-micro services") }
            CheckBox { text: "$SRV"; checked: topo.showNatsMicro; onToggled: topo.showNatsMicro = checked; Accessible.name: qsTr("Show NATS micro services") }
            Rectangle { width: 1; height: 22; color: Theme.border }
            Repeater {
                model: topo.allZones
                delegate: CheckBox {
                    required property string modelData
                    text: modelData
                    checked: !topo.hiddenZones.includes(modelData)
                    Accessible.name: qsTr("Show zone %1").arg(modelData)
                    onToggled: {
                        const hidden = topo.hiddenZones.filter(z => z !== modelData)
                        if (!checked) hidden.push(modelData)
                        topo.hiddenZones = hidden
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Button { text: qsTr("Fit"); onClicked: { page.userMoved = false; page.fit() } Accessible.name: qsTr("Fit the graph to the view"); Accessible.onPressAction: page.fit() }
            Button { text: "−"; implicitWidth: 32; onClicked: page.zoomBy(0.8, canvas.width / 2, canvas.height / 2); Accessible.name: qsTr("Zoom out"); Accessible.onPressAction: clicked() }
            Button { text: "+"; implicitWidth: 32; onClicked: page.zoomBy(1.25, canvas.width / 2, canvas.height / 2); Accessible.name: qsTr("Zoom in"); Accessible.onPressAction: clicked() }
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Rectangle {
                id: canvas
                SplitView.fillWidth: true
                SplitView.minimumWidth: 400
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                clip: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Topology graph: %n node(s); the list on the right reads it as text", "", topo.nodeCount)

                Item {
                    id: content
                    x: page.panX
                    y: page.panY
                    scale: page.zoom
                    transformOrigin: Item.TopLeft

                    TopologyView {
                        id: view
                        model: topo
                        zoneColor: Theme.surfaceAlt
                        groupColor: Theme.surface
                        borderColor: Theme.border
                        liveColor: Theme.healthy
                        staleColor: Theme.stale
                        freshColor: Theme.accent
                        edgeColor: Theme.textFaint
                        downColor: Theme.down
                        degradedColor: Theme.degraded
                    }
                    Repeater {
                        model: topo.zones
                        delegate: Column {
                            required property var modelData
                            x: modelData.x + 10; y: modelData.y + 6
                            width: modelData.width - 20
                            opacity: modelData.dim ? 0.3 : 1
                            Label {
                                width: parent.width
                                elide: Text.ElideRight
                                text: modelData.name
                                font.weight: Font.DemiBold
                            }
                            Label {
                                width: parent.width
                                elide: Text.ElideRight
                                text: modelData.summary
                                font.pixelSize: Theme.small
                                color: modelData.health === "down" ? Theme.down : modelData.health === "degraded" ? Theme.degraded : Theme.textMuted
                                ToolTip.visible: zoneHover.hovered && modelData.reason !== ""
                                ToolTip.text: modelData.reason
                                HoverHandler { id: zoneHover }
                            }
                        }
                    }
                    Repeater {
                        model: topo.servers
                        delegate: Label {
                            required property var modelData
                            x: modelData.x + 6; y: modelData.y + 4
                            width: modelData.width - 12
                            elide: Text.ElideRight
                            text: "⛁ " + modelData.name
                            font.pixelSize: Theme.small
                            font.family: Theme.mono
                            color: modelData.reachable ? Theme.textMuted : Theme.down
                        }
                    }
                    Repeater {
                        model: topo.groups
                        delegate: Label {
                            required property var modelData
                            x: modelData.x + 8; y: modelData.y + 4
                            width: modelData.width - 16
                            elide: Text.ElideRight
                            text: modelData.service + (modelData.protocol === "$SRV" ? " ($SRV)" : "")
                            font.pixelSize: Theme.small
                            font.family: Theme.mono
                            color: Theme.text
                            opacity: modelData.dim ? 0.3 : 1
                        }
                    }
                    Repeater {
                        model: topo.topics
                        delegate: Label {
                            required property var modelData
                            x: modelData.x + 8; y: modelData.y + 5
                            width: modelData.width - 16
                            elide: Text.ElideRight
                            text: "◇ " + modelData.name
                            font.pixelSize: Theme.small
                            font.family: Theme.mono
                            color: Theme.text
                            opacity: modelData.dim ? 0.3 : 1
                        }
                    }
                    Label {
                        visible: topo.unknownCallers.width > 0
                        x: topo.unknownCallers.x + 8; y: topo.unknownCallers.y + 7
                        text: qsTr("unknown callers")
                        font.pixelSize: Theme.small
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: topo.edgeLabels
                        delegate: Rectangle {
                            required property var modelData
                            x: modelData.x - width / 2; y: modelData.y - height / 2
                            width: rateLabel.implicitWidth + 8; height: rateLabel.implicitHeight + 2
                            radius: 3
                            color: Theme.surface
                            border.color: modelData.errorRatio > 0.05 ? Theme.down : Theme.border
                            Label {
                                id: rateLabel
                                anchors.centerIn: parent
                                // "42/s · 2 % err"; the error share only where replies are seen
                                text: Fmt.rate(modelData.perSecond)
                                      + (modelData.errorRatio > 0 ? " · " + qsTr("%1 % err").arg(Fmt.number(modelData.errorRatio * 100, 1)) : "")
                                font.pixelSize: 10
                                font.family: Theme.mono
                                color: Theme.textMuted
                            }
                        }
                    }
                }

                WheelHandler {
                    onWheel: ev => page.zoomBy(ev.angleDelta.y > 0 ? 1.15 : 1 / 1.15, ev.x, ev.y)
                }
                DragHandler {
                    id: drag
                    target: null
                    property real startX: 0
                    property real startY: 0
                    onActiveChanged: if (active) { startX = page.panX; startY = page.panY; page.userMoved = true }
                    onTranslationChanged: { page.panX = startX + translation.x; page.panY = startY + translation.y }
                }
                TapHandler {
                    onTapped: ev => topo.selected = topo.keyAt((ev.position.x - page.panX) / page.zoom, (ev.position.y - page.panY) / page.zoom)
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 80
                    visible: topo.nodeCount === 0
                    busy: App.session.state === Session.Connecting || App.demo.state === DemoHost.Starting
                    title: filterField.text !== "" ? qsTr("Nothing matches “%1”").arg(filterField.text)
                           : App.session.state === Session.Connected ? qsTr("No service nodes to draw yet") : qsTr("Not connected")
                    detail: App.session.state === Session.Connected && filterField.text === "" ? App.session.discoveryText : ""
                }

                // Legend
                Rectangle {
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.unit
                    width: legend.implicitWidth + 16
                    height: legend.implicitHeight + 10
                    color: Theme.surface
                    border.color: Theme.border
                    radius: Theme.radius
                    opacity: 0.95
                    RowLayout {
                        id: legend
                        anchors.centerIn: parent
                        spacing: Theme.unit
                        HealthDot { health: "live" }
                        Label { text: qsTr("live"); font.pixelSize: Theme.small }
                        HealthDot { health: "stale" }
                        Label { text: qsTr("stale"); font.pixelSize: Theme.small }
                        Rectangle { width: 10; height: 10; radius: 5; color: "transparent"; border.color: Theme.accent; border.width: 2 }
                        Label { text: qsTr("new"); font.pixelSize: Theme.small }
                        Rectangle { width: 18; height: 3; color: Theme.textFaint }
                        Label { text: qsTr("calls (width: rate)"); font.pixelSize: Theme.small }
                        Row { spacing: 2; Repeater { model: 3; Rectangle { width: 4; height: 1; color: Theme.textFaint } } }
                        Label { text: qsTr("subscriptions"); font.pixelSize: Theme.small }
                        Label {
                            visible: topo.callsNote !== ""
                            text: "· " + topo.callsNote
                            color: Theme.textMuted
                            font.pixelSize: Theme.small
                            Accessible.name: topo.callsNote
                        }
                    }
                }
            }

            // Selection panel, and the graph as a list (keyboard and screen readers).
            Pane {
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                padding: Theme.unit
                background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.unit
                    SectionHeader { text: topo.selection.kind ? topo.selection.kind : qsTr("Selection") }
                    Label {
                        Layout.fillWidth: true
                        text: topo.selection.title || qsTr("Click a zone, node, service or topic.")
                        font.family: topo.selection.title ? Theme.mono : font.family
                        font.pixelSize: topo.selection.title ? Theme.title : Theme.body
                        color: topo.selection.title ? Theme.text : Theme.textMuted
                        wrapMode: Text.WrapAnywhere
                    }
                    Repeater {
                        model: topo.selection.lines || []
                        delegate: Label {
                            required property string modelData
                            Layout.fillWidth: true
                            text: modelData
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.small
                            color: Theme.textMuted
                        }
                    }
                    RowLayout {
                        visible: !!topo.selection.service
                        Button {
                            text: qsTr("Open in Services")
                            Accessible.name: text
                            Accessible.onPressAction: clicked()
                            onClicked: window.showService(topo.selection.service, "")
                        }
                        Button {
                            text: qsTr("Call…")
                            Accessible.name: qsTr("Call %1").arg(topo.selection.service || "")
                            Accessible.onPressAction: clicked()
                            onClicked: window.callEndpoint(topo.selection.service, "")
                        }
                    }
                    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                    SectionHeader { text: qsTr("Everything shown") }
                    ListView {
                        id: itemList
                        objectName: "topologyItems"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: topo.items
                        Accessible.role: Accessible.List
                        Accessible.name: qsTr("Topology items")
                        ScrollBar.vertical: ScrollBar {}
                        delegate: ItemDelegate {
                            required property string itemKey
                            required property string itemText
                            width: ListView.view.width
                            height: 26
                            text: itemText
                            font.pixelSize: Theme.small
                            highlighted: topo.selected === itemKey
                            Accessible.name: itemText
                            onClicked: topo.selected = itemKey
                        }
                    }
                }
            }
        }
    }
}
