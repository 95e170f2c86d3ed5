import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// NATS cluster health per availability zone, one section per connected cluster (region), or only
// the region chosen in the header.
Item {
    id: page
    /// The first region's view (tests and the end-to-end run read it).
    readonly property ClusterView view: regions.count > 0 && regions.itemAt(0) ? regions.itemAt(0).view : null

    /// Brings zone `zone` of region `region` (any region when empty) into view and gives its card
    /// the focus, so a screen reader says it. False when no region has that zone now.
    function showZone(region, zone) {
        for (let i = 0; i < regions.count; ++i) {
            const r = regions.itemAt(i)
            if (!r || (region !== "" && r.session.label !== region)) continue
            const card = r.zoneCard(zone)
            if (!card) continue
            const y = card.mapToItem(scroll.contentItem.contentItem, 0, 0).y
            scroll.contentItem.contentY = Math.max(0, Math.min(y - Theme.unit, scroll.contentItem.contentHeight - scroll.height))
            card.forceActiveFocus()
            card.flash()
            return true
        }
        return false
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.unit
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.unit * 3
            Repeater {
                id: regions
                model: App.sessions
                ClusterRegion {
                    required property var modelData
                    Layout.fillWidth: true
                    session: modelData
                    showRegion: App.sessions.length > 1
                    visible: App.regionFilter === "" || App.regionFilter === modelData.label
                }
            }
        }
    }
}
