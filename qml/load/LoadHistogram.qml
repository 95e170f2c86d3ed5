import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Latency on log buckets (five a decade) as bars; with `overlay`, a second run's bars drawn over
// the first in the second series colour (the comparison). A bar's exact count is in its tooltip
// and its accessible name; labels under every few bars so that they never touch.
Item {
    id: chart
    /// [{label, share (0…1), count}] or, overlaid, [{label, first, second, firstCount, secondCount}]
    property var buckets: []
    property bool overlay: false
    property string firstName
    property string secondName
    readonly property color firstColor: Theme.series[0]
    readonly property color secondColor: Theme.series[1]
    readonly property int labelEvery: Math.max(1, Math.ceil(buckets.length * 64 / Math.max(1, bars.width)))
    implicitHeight: 150
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Latency histogram, %n bucket(s)", "", buckets.length)

    Label {
        anchors.centerIn: parent
        visible: chart.buckets.length === 0
        text: qsTr("No replies yet")
        color: Theme.textMuted
    }
    Row {
        id: bars
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: axis.top; bottomMargin: 2 }
        spacing: 1
        // A count, not the array: the bars are refreshed four times a second, and a new array
        // as the model would destroy and recreate every delegate each time.
        Repeater {
            model: chart.buckets.length
            delegate: Item {
                id: bucket
                required property int index
                readonly property var modelData: chart.buckets[index] || ({})
                width: Math.max(1, (bars.width - (chart.buckets.length - 1) * bars.spacing) / Math.max(1, chart.buckets.length))
                height: bars.height
                readonly property real a: chart.overlay ? modelData.first : modelData.share
                readonly property real b: chart.overlay ? modelData.second : 0
                Accessible.role: Accessible.StaticText
                Accessible.name: chart.overlay
                                 ? qsTr("from %1: %2 and %3").arg(modelData.label).arg(Fmt.number(modelData.firstCount)).arg(Fmt.number(modelData.secondCount))
                                 : qsTr("from %1: %2").arg(modelData.label).arg(Fmt.number(modelData.count))
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: bucket.a > 0 ? Math.max(1, bucket.a * parent.height) : 0
                    color: chart.firstColor
                    opacity: chart.overlay ? 0.55 : 0.85
                }
                Rectangle {
                    visible: chart.overlay
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.max(1, parent.width * 0.5)
                    height: bucket.b > 0 ? Math.max(1, bucket.b * parent.height) : 0
                    color: chart.secondColor
                }
                HoverHandler { id: hover }
                ToolTip.visible: hover.hovered
                ToolTip.text: Accessible.name
            }
        }
    }
    Item {
        id: axis
        anchors { left: parent.left; right: parent.right; bottom: legend.visible ? legend.top : parent.bottom }
        height: 16
        Repeater {
            model: chart.buckets.length
            delegate: Label {
                required property int index
                readonly property var modelData: chart.buckets[index] || ({})
                visible: index % chart.labelEvery === 0
                x: index * (bars.width + bars.spacing) / Math.max(1, chart.buckets.length)
                text: modelData.label
                font.pixelSize: Theme.small - 1
                color: Theme.textMuted
            }
        }
    }
    RowLayout {
        id: legend
        visible: chart.overlay
        anchors { left: parent.left; bottom: parent.bottom }
        height: visible ? 18 : 0
        spacing: Theme.unit
        Rectangle { width: 10; height: 10; color: chart.firstColor; opacity: 0.55 }
        Label { text: chart.firstName; font.pixelSize: Theme.small; color: Theme.textMuted }
        Rectangle { width: 10; height: 10; color: chart.secondColor }
        Label { text: chart.secondName; font.pixelSize: Theme.small; color: Theme.textMuted }
    }
}
