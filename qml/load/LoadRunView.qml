import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// A load run, live or kept: big numbers (done, errors, in flight, rate, percentiles) over the
// latency histogram and the latency/throughput charts; errors by code, the nodes that answered
// (load balance) and the kept runs of this endpoint, any of which can be compared with this one.
Pane {
    id: view
    property LoadRunController load
    signal newRun()
    signal back()
    signal compare(string firstId, string secondId)
    signal showOnMap(string service)
    readonly property var f: load ? load.figures : ({})
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    component Figure: ColumnLayout {
        property string caption
        property string value
        property string exact
        property color tint: Theme.text
        spacing: 0
        Accessible.role: Accessible.StaticText
        Accessible.name: caption + ": " + value
        Label { text: parent.caption; color: Theme.textMuted; font.pixelSize: Theme.small }
        Label {
            text: parent.value
            color: parent.tint
            // One row of figures on a 1024 px window too.
            font.pixelSize: view.width < 1100 ? Theme.title : Theme.display
            font.family: Theme.mono
            HoverHandler { id: figureHover }
            ToolTip.visible: figureHover.hovered && parent.exact !== ""
            ToolTip.text: parent.exact
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            SectionHeader { text: qsTr("Load run") }
            Label {
                Layout.fillWidth: true
                text: view.load ? view.load.runTitle : ""
                font.family: Theme.mono
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            BusyIndicator { running: view.load && view.load.running; visible: running; implicitWidth: 22; implicitHeight: 22; Accessible.name: qsTr("Load run going on") }
            Label {
                text: view.load ? view.load.stateText : ""
                Layout.maximumWidth: 260
                elide: Text.ElideRight
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("State: %1").arg(text)
            }
            Button {
                visible: view.load && view.load.running
                text: qsTr("Stop")
                Accessible.name: qsTr("Stop the load run")
                Accessible.onPressAction: view.load.cancel()
                onClicked: view.load.cancel()
            }
            Button {
                visible: view.load && !view.load.running
                text: qsTr("New run…")
                Accessible.name: qsTr("Set up a new load run")
                Accessible.onPressAction: view.newRun()
                onClicked: view.newRun()
            }
            Button {
                visible: view.load && !view.load.running && view.load.hasRun
                text: qsTr("Export…")
                Accessible.name: qsTr("Export the run as JSON or CSV")
                Accessible.onPressAction: exportPopup.open()
                onClicked: exportPopup.open()
            }
            Button {
                text: qsTr("Back to the request")
                enabled: !(view.load && view.load.running)
                Accessible.name: text
                Accessible.onPressAction: view.back()
                onClicked: view.back()
            }
        }
        Banner {
            Layout.fillWidth: true
            visible: text !== ""
            kind: view.load && view.load.verdict === "fail" ? "error" : "info"
            text: view.load ? view.load.verdictText : ""
        }
        Banner {
            Layout.fillWidth: true
            visible: text !== ""
            kind: "warning"
            text: view.load ? (view.load.storedError || (view.load.store ? view.load.store.saveError : "")) : ""
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit * 3
            Figure { caption: qsTr("Requests done"); value: Fmt.count(view.f.done || 0); exact: Fmt.number(view.f.done || 0) }
            Figure { caption: qsTr("Errors"); value: Fmt.count(view.f.errors || 0) + " · " + Fmt.number(view.f.errorPercent || 0, 1) + " %"
                     exact: Fmt.number(view.f.errors || 0); tint: (view.f.errors || 0) > 0 ? Theme.down : Theme.text }
            Figure { caption: qsTr("In flight"); value: Fmt.number(view.f.inFlight || 0) }
            Figure { caption: view.f.open ? qsTr("Rate (target %1)").arg(Fmt.rate(view.f.targetRate || 0)) : qsTr("Rate")
                     value: Fmt.rate(view.f.rate || 0); exact: Fmt.number(view.f.rate || 0, 1) }
            Figure { caption: "p50"; value: Fmt.millis(view.f.p50Ms || 0) }
            Figure { caption: "p90"; value: Fmt.millis(view.f.p90Ms || 0) }
            Figure { caption: "p99"; value: Fmt.millis(view.f.p99Ms || 0) }
            Figure { caption: "p99.9"; value: Fmt.millis(view.f.p999Ms || 0) }
            Figure { caption: qsTr("max"); value: Fmt.millis(view.f.maxMs || 0) }
            Figure { visible: !!view.f.open; caption: qsTr("p50 corrected"); value: Fmt.millis(view.f.correctedP50Ms || 0) }
            Figure { visible: !!view.f.open; caption: qsTr("p99 corrected"); value: Fmt.millis(view.f.correctedP99Ms || 0) }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.unit * 2
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: Theme.unit
                Label { text: qsTr("Latency histogram"); font.weight: Font.DemiBold }
                LoadHistogram {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 130
                    buckets: view.load ? view.load.histogram : []
                }
                LoadTimeCharts {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    load: view.load
                }
            }
            LoadRunSidebar {
                Layout.fillWidth: false // its rows fill it; it does not take the charts' room
                Layout.preferredWidth: Math.min(400, view.width * 0.34)
                Layout.fillHeight: true
                load: view.load
                onCompare: (a, b) => view.compare(a, b)
                onShowOnMap: service => view.showOnMap(service)
            }
        }
    }

    LoadExportPopup { id: exportPopup; load: view.load }
}
