import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The service map: zones, services or nodes (drill down with a double-click, back up with the
// breadcrumb), calls and subscriptions routed around the boxes, words that keep their size on
// screen. Filter first, draw less; a panel for the selection and the map as a list.
Item {
    id: page
    /// False while another page is in front (Main.qml): the map is not laid out every second.
    property bool shown: true
    property real zoom: 1
    property real panX: 0
    property real panY: 0
    readonly property alias model: topo
    readonly property alias canvas: canvas
    readonly property alias toolbar: toolbar
    readonly property alias timeline: timeline
    readonly property alias flow: flow

    TopologyModel {
        id: topo
        session: App.shownSession
        active: page.shown
        zoom: page.zoom
        aspect: canvas.width > 0 && page.mapHeight > 0 ? canvas.width / page.mapHeight : 1.4
    }

    /// The canvas above the legend: Fit fills it, and the layout shapes the map to it.
    readonly property real mapHeight: Math.max(100, canvas.height - legend.height - Theme.unit)
    function fit() {
        const b = topo.bounds
        if (b.width <= 0 || b.height <= 0) return
        zoom = Math.max(0.05, Math.min(3, Math.min(canvas.width / b.width, mapHeight / b.height)))
        panX = (canvas.width - b.width * zoom) / 2 - b.x * zoom
        panY = (mapHeight - b.height * zoom) / 2 - b.y * zoom
    }
    function zoomBy(f, cx, cy) {
        userMoved = true
        const nz = Math.max(0.05, Math.min(4, zoom * f))
        panX = cx - (cx - panX) * nz / zoom
        panY = cy - (cy - panY) * nz / zoom
        zoom = nz
    }
    /// Brings a point of the scene to the middle of the canvas (find, keyboard moves).
    function centreOn(x, y) {
        userMoved = true
        panX = canvas.width / 2 - x * zoom
        panY = canvas.height / 2 - y * zoom
    }
    function select(key) {
        topo.selected = key
        const r = topo.rectOf(key)
        if (r.width > 0 && (r.x * zoom + panX < 0 || r.right * zoom + panX > canvas.width
                            || r.y * zoom + panY < 0 || r.bottom * zoom + panY > canvas.height))
            centreOn(r.x + r.width / 2, r.y + r.height / 2)
    }
    /// From elsewhere in the app (a load run's "Show on the map"): the services level, whole, with
    /// the service selected — its calls and the zones it runs in stand out, the rest is dimmed.
    function showService(name) {
        topo.level = "services" // leaves a drill-down for the whole level; nothing when already there
        select("service:" + name)
    }
    /// The scene as laid out and seen, for --dump-scene; empty or what went wrong.
    function dumpScene(file) {
        topo.placeLabelsNow()
        return topo.dumpScene(file, { zoom: zoom, panX: panX, panY: panY, width: canvas.width, height: canvas.height,
                                      x: -panX / zoom, y: -panY / zoom, w: canvas.width / zoom, h: canvas.height / zoom })
    }
    // Fitted to every new picture until the user zooms or pans; then the view is left alone.
    property bool userMoved: false
    Connections {
        target: topo
        function onSceneChanged() { if (!page.userMoved && topo.boxCount > 0) page.fit() }
        function onLevelChanged() { page.userMoved = false }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        TopologyToolbar {
            id: toolbar
            Layout.fillWidth: true
            model: topo
            onFitRequested: { page.userMoved = false; page.fit() }
            onZoomRequested: factor => page.zoomBy(factor, canvas.width / 2, canvas.height / 2)
            onExportRequested: exporter.open()
            onFindRequested: text => {
                const key = topo.find(text, topo.selected)
                findMissed = key === ""
                if (key !== "") page.select(key)
            }
        }
        Shortcut {
            sequence: StandardKey.Find
            enabled: page.shown
            onActivated: { toolbar.findField.forceActiveFocus(); toolbar.findField.selectAll() }
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
                activeFocusOnTab: true
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Service map: %n box(es); arrow keys move between them, Enter goes inside, Backspace goes back, [ and ] step through the last hour's changes; the list on the right reads it as text", "", topo.boxCount)
                Accessible.focusable: true

                Keys.onPressed: ev => {
                    const d = ev.key === Qt.Key_Left ? [-1, 0] : ev.key === Qt.Key_Right ? [1, 0]
                            : ev.key === Qt.Key_Up ? [0, -1] : ev.key === Qt.Key_Down ? [0, 1] : null
                    if (d) {
                        const next = topo.neighbour(topo.selected, d[0], d[1])
                        if (next !== "") page.select(next)
                        ev.accepted = true
                    } else if (ev.key === Qt.Key_Return || ev.key === Qt.Key_Enter) {
                        topo.drillDown(topo.selected)
                        ev.accepted = true
                    } else if (ev.key === Qt.Key_Backspace) {
                        topo.goUp()
                        ev.accepted = true
                    } else if (ev.key === Qt.Key_Escape) {
                        topo.selected = ""
                        ev.accepted = true
                    } else if (ev.key === Qt.Key_BracketLeft || ev.key === Qt.Key_BracketRight) {
                        timeline.jump(ev.key === Qt.Key_BracketRight ? 1 : -1) // the last hour's changes
                        ev.accepted = true
                    } else if (ev.key === Qt.Key_End) {
                        topo.goLive()
                        ev.accepted = true
                    }
                }

                Item {
                    id: content
                    x: page.panX
                    y: page.panY
                    scale: page.zoom
                    transformOrigin: Item.TopLeft
                    TopologyView {
                        id: view
                        model: topo
                        viewScale: page.zoom
                        visibleArea: Qt.rect(-page.panX / page.zoom, -page.panY / page.zoom,
                                             canvas.width / page.zoom, canvas.height / page.zoom)
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
                    TrafficFlow {
                        id: flow
                        model: topo
                        running: topo.motion && !App.reducedMotion && page.shown && topo.live
                        color: Theme.textFaint
                        amberColor: Theme.degraded
                        redColor: Theme.down
                    }
                }

                // Words in screen pixels over the scaled drawing: they keep their size at any zoom.
                // One item follows the pan (a drag moves it alone, not every word); while a zoom
                // gesture goes on the words are re-placed only once it rests, hidden meanwhile so
                // that they never overlap (TopologyModel::labelsPending).
                Item {
                    x: page.panX
                    y: page.panY
                    visible: !topo.labelsPending
                Repeater {
                    model: topo.labels
                    delegate: Rectangle {
                        id: word
                        required property string owner
                        required property string text
                        required property real sx
                        required property real sy
                        required property real sw
                        required property real sh
                        required property real px
                        required property string tone
                        required property int kind
                        readonly property bool edge: kind === 2
                        readonly property bool dim: topo.selected !== "" && !topo.isRelated(owner)
                        x: sx * page.zoom
                        y: sy * page.zoom
                        width: edge ? sw * page.zoom : labelText.implicitWidth
                        height: sh * page.zoom
                        color: edge ? Theme.surface : "transparent"
                        border.color: edge ? (tone === "red" ? Theme.down : tone === "amber" ? Theme.degraded : Theme.border) : "transparent"
                        radius: 3
                        opacity: dim ? 0.3 : 1
                        Label {
                            id: labelText
                            anchors.horizontalCenter: word.edge ? word.horizontalCenter : undefined
                            anchors.verticalCenter: word.verticalCenter
                            text: word.text
                            font.pixelSize: word.px
                            font.family: word.kind === 0 && word.px > 11 ? Qt.application.font.family : Theme.mono
                            font.weight: word.kind === 0 && word.px > 11 ? Font.DemiBold : Font.Normal
                            color: word.tone === "red" ? Theme.down : word.tone === "amber" ? Theme.degraded
                                 : word.tone === "muted" || word.edge ? Theme.textMuted : Theme.text
                        }
                    }
                }
                }

                HoverHandler {
                    id: hover
                    onPointChanged: {
                        const sx = (point.position.x - page.panX) / page.zoom, sy = (point.position.y - page.panY) / page.zoom
                        const edge = topo.edgeAt(sx, sy, 6 / page.zoom)
                        tip.text = edge.text ? edge.text : topo.describe(topo.keyAt(sx, sy))
                    }
                }
                ToolTip {
                    id: tip
                    visible: hover.hovered && text !== ""
                    x: hover.point.position.x + 14
                    y: hover.point.position.y + 18
                    delay: 300
                }
                WheelHandler {
                    onWheel: ev => page.zoomBy(ev.angleDelta.y > 0 ? 1.15 : 1 / 1.15, ev.x, ev.y)
                }
                DragHandler {
                    target: null
                    property real startX: 0
                    property real startY: 0
                    onActiveChanged: if (active) { startX = page.panX; startY = page.panY; page.userMoved = true }
                    onTranslationChanged: { page.panX = startX + translation.x; page.panY = startY + translation.y }
                }
                TapHandler {
                    onTapped: ev => {
                        canvas.forceActiveFocus()
                        topo.selected = topo.keyAt((ev.position.x - page.panX) / page.zoom, (ev.position.y - page.panY) / page.zoom)
                    }
                    onDoubleTapped: ev => topo.drillDown(topo.keyAt((ev.position.x - page.panX) / page.zoom, (ev.position.y - page.panY) / page.zoom))
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 80
                    visible: topo.boxCount === 0
                    busy: App.session.state === Session.Connecting || App.demo.state === DemoHost.Starting
                    title: toolbar.filterField.text !== "" ? qsTr("Nothing matches “%1”").arg(toolbar.filterField.text)
                           : App.session.state === Session.Connected ? qsTr("No service nodes to draw yet") : qsTr("Not connected")
                    detail: App.session.state === Session.Connected && toolbar.filterField.text === "" ? App.session.discoveryText : ""
                }

                TopologyMinimap {
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.unit
                    model: topo
                    page: page
                    viewWidth: canvas.width
                    viewHeight: canvas.height
                }

                TopologyLegend {
                    id: legend
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    anchors.margins: Theme.unit
                    model: topo
                }
            }

            TopologySidePanel {
                SplitView.preferredWidth: 300
                SplitView.minimumWidth: 220
                model: topo
                onDrillRequested: key => topo.drillDown(key)
            }
        }

        TopologyExport {
            id: exporter
            model: topo
            canvas: canvas
        }

        TopologyTimeline {
            id: timeline
            Layout.fillWidth: true
            model: topo
        }
    }
}
