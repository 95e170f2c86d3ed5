import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtCharts
import Switchboard

// Messages per second (in + out) over the last 15 minutes, one line per zone or per server; the
// same time range as every other chart on the page. Lines are filled from C++ (QXYSeries::replace).
// Until 15 minutes of history exist the chart spans what there is, and its title says since when
// (a line squeezed against the right edge of an empty quarter hour read as "no data").
ColumnLayout {
    id: root
    property ClusterView view
    property bool zones: true
    /// What is charted; the title adds the time range.
    property string what
    /// The first time with data while the history is shorter than the window; null once it is full.
    property var since: null
    readonly property string title: since ? qsTr("%1, since %2").arg(what).arg(Fmt.clock(since))
                                          : qsTr("%1, last 15 minutes").arg(what)
    readonly property var names: zones ? view.zoneNames : view.serverNames
    readonly property var palette: Theme.series
    property var seriesByName: ({})
    property int lastStep: -1
    property string lastNames: ""

    function sync() {
        // The lines move in 5-second steps: redrawing the chart between them would repaint the
        // same picture (a chart is the page's most expensive item in the software renderer).
        const step = Math.floor(Date.now() / 5000)
        if (step === lastStep && names.join() === lastNames)
            return
        lastStep = step
        lastNames = names.join()
        const wanted = names
        for (const name in seriesByName) {
            if (wanted.indexOf(name) < 0) { chart.removeSeries(seriesByName[name]); delete seriesByName[name] }
        }
        let peak = 1
        const now = Date.now(), window = 15 * 60 * 1000
        let first = now
        for (let i = 0; i < wanted.length; ++i) {
            let s = seriesByName[wanted[i]]
            if (!s) {
                s = chart.createSeries(ChartView.SeriesTypeLine, wanted[i], timeAxis, rateAxis)
                s.color = palette[i % palette.length]
                s.width = 2
                seriesByName[wanted[i]] = s
            }
            peak = Math.max(peak, view.fillSeries(s, wanted[i], zones))
            if (s.count > 0) first = Math.min(first, s.at(0).x)
        }
        // At least a minute wide, so the first points do not fill the chart edge to edge.
        const start = Math.max(now - window, Math.min(first, now - 60 * 1000))
        root.since = first > now - window + 5000 ? new Date(first) : null
        timeAxis.min = new Date(start)
        timeAxis.max = new Date(now)
        // Minutes alone would repeat on a range of a few minutes ("16:22, 16:22, 16:23").
        timeAxis.format = now - start < 5 * 60 * 1000 ? "HH:mm:ss" : "HH:mm"
        rateAxis.max = peak * 1.15
        rateAxis.applyNiceNumbers()
        // Labels with as few decimals as the range allows, and no two alike.
        const labels = Fmt.rateAxisLabels(rateAxis.max, rateAxis.tickCount)
        rateAxis.tickCount = labels.ticks
        rateAxis.labelFormat = labels.format
    }
    Connections { target: root.view; function onUpdated() { root.sync() } }

    Label { text: root.title; font.pixelSize: Theme.small; font.weight: Font.DemiBold; color: Theme.textMuted; Accessible.role: Accessible.Heading; Accessible.name: text }
    ChartView {
        id: chart
        Layout.fillWidth: true
        Layout.fillHeight: true
        antialiasing: true
        backgroundColor: "transparent"
        legend.labelColor: Theme.text
        legend.alignment: Qt.AlignBottom
        margins { left: 0; right: 0; top: 0; bottom: 0 }
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("%1: %2").arg(root.title).arg(root.names.join(", "))
        DateTimeAxis { id: timeAxis; format: "HH:mm"; labelsColor: Theme.textMuted; gridLineColor: Theme.border; tickCount: 4 }
        ValueAxis { id: rateAxis; min: 0; max: 1; labelsColor: Theme.textMuted; gridLineColor: Theme.border; titleText: qsTr("msgs/s"); titleBrush: Theme.textMuted; labelFormat: "%.0f" }
    }
}
