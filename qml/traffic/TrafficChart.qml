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

    // 0: live, the last five minutes as sampled here; else the collector's last N minutes.
    readonly property int historyMinutes: history.spanMinutes
    readonly property bool showingHistory: historyMinutes > 0 && history.available
    TrafficHistory {
        id: history
        session: pane.controller.session
        onChanged: if (pane.shown && pane.showingHistory) pane.redraw()
    }

    property var seriesBySubject: ({})
    property var charted: [] // the subjects drawn now, live or from the collector
    function chartedSubjects() {
        const live = controller.chart.map(c => c.subject)
        if (!showingHistory || !controller.chartAutomatic) return live
        return history.busiest(historyMinutes, 6) // no choice made: the day's busiest, not now's
    }
    function redraw() {
        const wanted = chartedSubjects()
        if (wanted.join("\n") !== charted.join("\n")) charted = wanted // bindings only on a change
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
            peak = Math.max(peak, showingHistory ? history.fillSeries(series, wanted[i], historyMinutes)
                                                 : controller.fillSeries(series, wanted[i]))
            if (series.count > 0) first = Math.min(first, series.at(0).x)
        }
        if (showingHistory) first = Date.now() - historyMinutes * 60000
        timeAxis.format = showingHistory ? "HH:mm" : "HH:mm:ss"
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
    Connections { target: pane.controller; function onSampled() { if (pane.shown && !pane.showingHistory) pane.redraw() } }
    onShownChanged: if (shown) redraw()
    onShowingHistoryChanged: redraw()
    onHistoryMinutesChanged: redraw()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        RowLayout {
            Layout.fillWidth: true
            SectionHeader {
                // Elided, not pushing the pane wider than its split (it ran off a 1024 px window).
                Layout.fillWidth: true
                elide: Text.ElideRight
                text: pane.showingHistory
                      ? (pane.controller.chartAutomatic ? qsTr("Busiest subjects")
                                                        : qsTr("Selected subjects"))
                      : (pane.controller.chartAutomatic ? qsTr("Rate of the busiest subjects (click subjects to choose)")
                                                        : qsTr("Rate of the selected subjects"))
            }
            // The collector's history, when the profile reads it: the last hour or day.
            NamedComboBox {
                id: span
                visible: history.available
                readonly property var minutes: [0, 60, 1440]
                model: [qsTr("Live"), qsTr("Last hour"), qsTr("Last 24 hours")]
                currentIndex: Math.max(0, minutes.indexOf(pane.historyMinutes))
                onActivated: i => history.spanMinutes = minutes[i]
                implicitWidth: 140
                Accessible.name: qsTr("Time span of the rate chart")
            }
        }
        ChartView {
            id: chart
            Layout.fillWidth: true
            Layout.fillHeight: true
            antialiasing: true
            backgroundColor: "transparent"
            // Our own legend below: Qt Charts' elides subjects to fit one row.
            legend.visible: false
            margins { left: 0; right: 0; top: 0; bottom: 0 }
            Accessible.role: Accessible.Chart
            Accessible.name: pane.charted.length === 0 ? qsTr("Rate chart, empty")
                             : qsTr("Rate chart of %1").arg(pane.charted.join(", "))
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
                visible: pane.charted.length === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: pane.showingHistory ? qsTr("The collector counted no messages on these subjects in this time span.")
                                          : qsTr("No traffic to chart yet. Click subjects in the table to chart them (up to six).")
            }
        }
        // The key: every charted subject whole, wrapping to a second row when the pane is narrow.
        Flow {
            id: legendFlow
            Layout.fillWidth: true
            Layout.leftMargin: Theme.unit
            visible: pane.charted.length > 0
            spacing: Theme.unit * 1.5
            Repeater {
                model: pane.charted
                delegate: Row {
                    required property string modelData
                    required property int index
                    spacing: Theme.unit / 2
                    Rectangle {
                        width: 10; height: 10; radius: 2
                        anchors.verticalCenter: parent.verticalCenter
                        color: pane.palette[index % pane.palette.length]
                    }
                    Label {
                        // A subject longer than the pane keeps both ends: they tell subjects apart.
                        width: Math.min(implicitWidth, legendFlow.width - Theme.unit * 3)
                        elide: Text.ElideMiddle
                        text: modelData; color: Theme.text; font.pixelSize: Theme.small
                    }
                }
            }
        }
        // Where the longer spans come from: the header stays short enough for a narrow pane.
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.unit
            visible: pane.showingHistory
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.small
            text: qsTr("Average msgs/s of each minute, counted by the collector (stream %1)").arg(history.stream)
        }
    }
}
