import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Switchboard

// The measured part of a run second by second: latency (p50 and p99) and requests a second, side
// by side on the same time axis. Redrawn when the controller pulls (four times a second), never
// per request.
RowLayout {
    id: charts
    property LoadRunController load
    spacing: Theme.unit

    function redraw() {
        if (!load) return
        const latencyPeak = Math.max(load.fillSeries(p50, "p50"), load.fillSeries(p99, "p99"))
        const ratePeak = load.fillSeries(rate, "rate")
        const last = p99.count > 0 ? p99.at(p99.count - 1).x : 0
        // Whole seconds under the ticks: one a second up to ten, then nice numbers.
        for (const axis of [latencyTime, rateTime]) {
            axis.min = 0
            axis.max = Math.max(5, Math.ceil(last))
            if (axis.max <= 10) axis.tickCount = axis.max + 1
            else { axis.tickCount = 6; axis.applyNiceNumbers() }
        }
        latencyAxis.max = Math.max(1, latencyPeak * 1.15); latencyAxis.applyNiceNumbers()
        rateAxis.max = Math.max(1, ratePeak * 1.15); rateAxis.applyNiceNumbers()
    }
    Connections { target: charts.load; function onRunChanged() { charts.redraw() } }
    Component.onCompleted: redraw()

    component TimeChart: ChartView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 140
        antialiasing: true
        backgroundColor: "transparent"
        legend.visible: false
        margins { left: 0; right: 0; top: 0; bottom: 0 }
        Accessible.role: Accessible.Chart
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // the two charts share the width evenly
        Layout.fillHeight: true
        spacing: 0
        RowLayout {
            spacing: Theme.unit
            Label { text: qsTr("Latency"); font.weight: Font.DemiBold }
            Rectangle { width: 10; height: 10; color: Theme.series[0] }
            Label { text: "p50"; font.pixelSize: Theme.small; color: Theme.textMuted }
            Rectangle { width: 10; height: 10; color: Theme.series[1] }
            Label { text: "p99"; font.pixelSize: Theme.small; color: Theme.textMuted }
        }
        TimeChart {
            Accessible.name: qsTr("Latency over the run, p50 and p99 in milliseconds a second")
            ValueAxis { id: latencyTime; min: 0; max: 5; labelFormat: "%.0f"; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: "s"; titleBrush: Theme.textMuted; tickCount: 5 }
            ValueAxis { id: latencyAxis; min: 0; max: 1; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: "ms"; titleBrush: Theme.textMuted }
            LineSeries { id: p50; axisX: latencyTime; axisY: latencyAxis; color: Theme.series[0]; width: 2 }
            LineSeries { id: p99; axisX: latencyTime; axisY: latencyAxis; color: Theme.series[1]; width: 2 }
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // the two charts share the width evenly
        Layout.fillHeight: true
        spacing: 0
        Label { text: qsTr("Throughput"); font.weight: Font.DemiBold }
        TimeChart {
            Accessible.name: qsTr("Requests finished each second of the run")
            ValueAxis { id: rateTime; min: 0; max: 5; labelFormat: "%.0f"; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: "s"; titleBrush: Theme.textMuted; tickCount: 5 }
            ValueAxis { id: rateAxis; min: 0; max: 1; labelFormat: "%.0f"; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: qsTr("requests/s"); titleBrush: Theme.textMuted }
            LineSeries { id: rate; axisX: rateTime; axisY: rateAxis; color: Theme.series[2]; width: 2 }
        }
    }
}
