import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Beside a load run: its errors grouped by code, the nodes that answered (count and p99 each: the
// load balance), and the kept runs — open one, or compare it with the run shown.
ColumnLayout {
    id: side
    property LoadRunController load
    signal compare(string firstId, string secondId)
    /// The nodes' service on the Topology map, selected: where the load lands among the zones.
    signal showOnMap(string service)
    readonly property var store: load ? load.store : null
    spacing: Theme.unit

    Label { text: qsTr("Errors by code"); font.weight: Font.DemiBold }
    Label {
        visible: !side.load || side.load.errorGroups.length === 0
        text: qsTr("None")
        color: Theme.textMuted
    }
    // Counts as models, so the rows refreshed four times a second are updated, not recreated.
    Repeater {
        model: side.load ? Math.min(5, side.load.errorGroups.length) : 0
        delegate: RowLayout {
            required property int index
            readonly property var modelData: side.load.errorGroups[index] || ({})
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 errors: %2 %3, %4").arg(modelData.count).arg(modelData.kind).arg(modelData.code).arg(modelData.detail)
            Label { text: Fmt.number(modelData.count); font.family: Theme.mono; color: Theme.down; Layout.preferredWidth: 60; horizontalAlignment: Text.AlignRight }
            Label { text: modelData.code ? modelData.kind + " " + modelData.code : modelData.kind; font.family: Theme.mono; font.pixelSize: Theme.small }
            Label { text: modelData.detail; Layout.fillWidth: true; elide: Text.ElideRight; color: Theme.textMuted; font.pixelSize: Theme.small }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.unit
        Label { text: qsTr("Nodes that answered"); font.weight: Font.DemiBold; Layout.fillWidth: true; elide: Text.ElideRight }
        Button {
            objectName: "showOnMapButton"
            text: qsTr("Show on the map")
            flat: true
            font.pixelSize: Theme.small
            enabled: side.load !== null && side.load.runService !== ""
            Accessible.name: qsTr("Show the service of this run on the Topology map")
            Accessible.onPressAction: clicked()
            onClicked: side.showOnMap(side.load.runService)
        }
    }
    Label {
        visible: !side.load || side.load.nodes.length === 0
        text: qsTr("None yet")
        color: Theme.textMuted
    }
    Repeater {
        model: side.load ? side.load.nodes.length : 0
        delegate: RowLayout {
            required property int index
            readonly property var modelData: side.load.nodes[index] || ({})
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Node %1: %2 requests, %3 errors, p99 %4").arg(modelData.node || qsTr("(not named)"))
                             .arg(modelData.done).arg(modelData.errors).arg(Fmt.millis(modelData.p99Ms))
            Label { text: modelData.node || qsTr("(not named)"); font.family: Theme.mono; font.pixelSize: Theme.small; Layout.fillWidth: true; elide: Text.ElideMiddle }
            Label { text: Fmt.count(modelData.done); font.family: Theme.mono; Layout.preferredWidth: 56; horizontalAlignment: Text.AlignRight }
            Label { text: "p99 " + Fmt.millis(modelData.p99Ms); font.family: Theme.mono; font.pixelSize: Theme.small; color: Theme.textMuted; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
        }
    }

    Label { text: qsTr("Kept runs"); font.weight: Font.DemiBold; Layout.topMargin: Theme.unit }
    ListView {
        id: runs
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 80
        clip: true
        model: side.store ? side.store.runs : null
        currentIndex: -1
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Kept load runs")
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string runId
            required property string at
            required property string service
            required property string endpoint
            required property string summary
            required property string verdict
            required property bool damaged
            required property string accessibleText
            width: ListView.view.width
            highlighted: side.load && runId === side.load.shownRunId
            Accessible.name: accessibleText
            onClicked: { runs.currentIndex = index; if (!damaged && !side.load.running) side.load.showStored(runId) }
            contentItem: ColumnLayout {
                spacing: 0
                RowLayout {
                    Label {
                        text: row.verdict === "pass" ? "✓" : row.verdict === "fail" ? "✗" : row.damaged ? "⚠" : "·"
                        color: row.verdict === "fail" ? Theme.down : row.damaged ? Theme.degraded : Theme.textMuted
                    }
                    Label { text: row.service + " " + row.endpoint; font.family: Theme.mono; font.pixelSize: Theme.small; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: row.at.substring(5, 16).replace("T", " "); font.pixelSize: Theme.small; color: Theme.textMuted }
                }
                Label { text: row.summary; font.pixelSize: Theme.small; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
            }
        }
        Label {
            anchors.centerIn: parent
            width: parent.width - 20
            visible: runs.count === 0
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            color: Theme.textMuted
            text: qsTr("Finished runs are kept here and in the call history.")
        }
    }
    RowLayout {
        Layout.fillWidth: true
        readonly property var chosen: runs.currentIndex >= 0 && side.store ? side.store.runs.get(runs.currentIndex) : null
        id: actions
        Button {
            text: qsTr("Compare with this run")
            enabled: actions.chosen !== null && !actions.chosen.damaged && side.load && side.load.shownRunId !== ""
                     && actions.chosen.runId !== side.load.shownRunId
            Accessible.name: qsTr("Compare the selected kept run with the run shown")
            Accessible.description: enabled ? "" : qsTr("disabled: select another kept run first")
            Accessible.onPressAction: clicked()
            onClicked: side.compare(actions.chosen.runId, side.load.shownRunId)
        }
        Button {
            text: qsTr("Remove")
            flat: true
            enabled: actions.chosen !== null && !(side.load && side.load.running && actions.chosen.runId === side.load.shownRunId)
            Accessible.name: qsTr("Remove the selected kept run")
            Accessible.onPressAction: clicked()
            onClicked: { side.store.remove(actions.chosen.runId); runs.currentIndex = -1 }
        }
    }
}
