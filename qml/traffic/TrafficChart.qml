import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Switchboard

// Messages per second of the charted subjects over the last five minutes, one line each.
Pane {
    id: pane
    property TrafficController controller
    property bool shown: true
    padding: 0
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
    readonly property var palette: Theme.series

    property var seriesBySubject: ({})
    function redraw() {
        const wanted = controller.chart.map(c => c.subject)
        for (const subject in seriesBySubject) {
            if (wanted.indexOf(subject) < 0) { chart.removeSeries(seriesBySubject[subject]); delete seriesBySubject[subject] }
        }
        let peak = 1, first = Date.now() - 60000
        for (let i = 0; i < wanted.length; ++i) {
            let series = seriesBySubject[wanted[i]]
            if (!series) {
                series = chart.createSeries(ChartView.SeriesTypeLine, wanted[i], timeAxis, rateAxis)
                series.width = 2
                seriesBySubject[wanted[i]] = series
            }
            series.color = palette[i % palette.length]
            peak = Math.max(peak, controller.fillSeries(series, wanted[i]))
            if (series.count > 0) first = Math.min(first, series.at(0).x)
        }
        timeAxis.min = new Date(first)
        timeAxis.max = new Date(Date.now())
        rateAxis.max = peak * 1.15
        rateAxis.applyNiceNumbers()
        // Labels with as few decimals as the range allows, and no two alike.
        const labels = Fmt.rateAxisLabels(rateAxis.max, rateAxis.tickCount)
        rateAxis.tickCount = labels.ticks
        rateAxis.labelFormat = labels.format
    }
    // Redrawn only while shown: a chart is the page's most expensive item to paint.
    Connections { target: pane.controller; function onSampled() { if (pane.shown) pane.redraw() } }
    onShownChanged: if (shown) redraw()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        SectionHeader {
            // Elided, not pushing the pane wider than its split (it ran off a 1024 px window).
            Layout.fillWidth: true
            elide: Text.ElideRight
            text: pane.controller.chartAutomatic ? qsTr("Rate of the busiest subjects (click subjects to choose)")
                                                 : qsTr("Rate of the selected subjects")
        }
        ChartView {
            id: chart
            Layout.fillWidth: true
            Layout.fillHeight: true
            antialiasing: true
            backgroundColor: "transparent"
            legend.labelColor: Theme.text
            legend.visible: pane.controller.chart.length > 0
            legend.alignment: Qt.AlignBottom
            margins { left: 0; right: 0; top: 0; bottom: 0 }
            Accessible.role: Accessible.Chart
            Accessible.name: pane.controller.chart.length === 0 ? qsTr("Rate chart, empty")
                             : qsTr("Rate chart of %1").arg(pane.controller.chart.map(c => c.subject).join(", "))
            DateTimeAxis { id: timeAxis; format: "HH:mm:ss"; labelsColor: Theme.textMuted; gridLineColor: Theme.border; tickCount: 4 }
            ValueAxis { id: rateAxis; min: 0; max: 1; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: qsTr("msgs/s"); titleBrush: Theme.textMuted; labelFormat: "%.0f" }
            // Inside the plot area, on the chart's own background: centred on the whole chart it
            // ran over the axis title and the grid lines.
            Label {
                x: chart.plotArea.x + Theme.unit * 2
                y: chart.plotArea.y + (chart.plotArea.height - height) / 2
                width: Math.max(0, chart.plotArea.width - Theme.unit * 4)
                padding: Theme.unit / 2
                background: Rectangle { color: Theme.surface; radius: Theme.radius }
                visible: pane.controller.chart.length === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: qsTr("No traffic to chart yet. Click subjects in the table to chart them (up to six).")
            }
        }
    }
}
