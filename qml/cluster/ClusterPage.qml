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
