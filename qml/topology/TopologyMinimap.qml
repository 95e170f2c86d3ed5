import QtQuick
import QtQuick.Controls
import Switchboard

// The whole map, small, in a corner of the canvas when the view shows only part of it: the
// top-level boxes and a frame for what is on screen. Click or drag in it to move the view.
Rectangle {
    id: mini
    required property TopologyModel model
    /// The page: its zoom and pan, and centreOn() to move the view.
    required property Item page
    required property real viewWidth
    required property real viewHeight
    readonly property rect bounds: model.bounds
    readonly property real k: bounds.width > 0 && bounds.height > 0 ? Math.min((width - 8) / bounds.width, (height - 8) / bounds.height) : 0
    readonly property real ox: (width - bounds.width * k) / 2
    readonly property real oy: (height - bounds.height * k) / 2
    /// Shown only when part of the map is off screen.
    readonly property bool needed: bounds.width > 0 && (bounds.x * page.zoom + page.panX < -1 || bounds.y * page.zoom + page.panY < -1
                                   || bounds.right * page.zoom + page.panX > viewWidth + 1 || bounds.bottom * page.zoom + page.panY > viewHeight + 1)
    visible: needed
    width: 180
    height: bounds.width > 0 ? Math.max(60, Math.min(140, width * bounds.height / bounds.width)) : 100
    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    opacity: 0.95
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Overview of the whole map; click to move the view there")

    property var boxes: []
    Connections {
        target: mini.model
        function onSceneChanged() { mini.boxes = mini.model.overview() }
    }
    Component.onCompleted: boxes = model.overview()

    Repeater {
        model: mini.boxes
        delegate: Rectangle {
            required property var modelData
            x: mini.ox + (modelData.x - mini.bounds.x) * mini.k
            y: mini.oy + (modelData.y - mini.bounds.y) * mini.k
            width: Math.max(1, modelData.w * mini.k)
            height: Math.max(1, modelData.h * mini.k)
            color: modelData.frame ? Theme.surfaceAlt : Theme.border
            border.color: Theme.border
        }
    }
    Rectangle { // what the view shows
        x: mini.ox + (-mini.page.panX / mini.page.zoom - mini.bounds.x) * mini.k
        y: mini.oy + (-mini.page.panY / mini.page.zoom - mini.bounds.y) * mini.k
        width: mini.viewWidth / mini.page.zoom * mini.k
        height: mini.viewHeight / mini.page.zoom * mini.k
        color: "transparent"
        border.color: Theme.accent
        border.width: 2
    }
    function moveTo(px, py) {
        if (k <= 0) return
        page.centreOn(bounds.x + (px - ox) / k, bounds.y + (py - oy) / k)
    }
    TapHandler { onTapped: ev => mini.moveTo(ev.position.x, ev.position.y) }
    DragHandler {
        target: null
        onCentroidChanged: if (active) mini.moveTo(centroid.position.x, centroid.position.y)
    }
}
