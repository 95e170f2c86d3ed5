import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Two kept runs side by side: each one's shape, time and verdict; every figure of both with the
// change (worse in the second run marked, better said so); both histograms overlaid.
Pane {
    id: view
    property alias firstId: comparison.firstId
    property alias secondId: comparison.secondId
    property alias store: comparison.store
    readonly property alias comparison: comparison
    signal back()
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    LoadCompareController { id: comparison }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        RowLayout {
            Layout.fillWidth: true
            SectionHeader { text: qsTr("Two load runs compared"); Layout.fillWidth: true }
            Button {
                text: qsTr("Back to the run")
                Accessible.name: text
                Accessible.onPressAction: view.back()
                onClicked: view.back()
            }
        }
        Banner { Layout.fillWidth: true; visible: !comparison.ready; kind: "warning"; text: comparison.problem }

        GridLayout {
            visible: comparison.ready
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.unit * 2
            rowSpacing: 2
            Rectangle { width: 12; height: 12; color: Theme.series[0]; opacity: 0.55 }
            Label { text: qsTr("First: %1").arg(comparison.firstTitle); font.family: Theme.mono; Layout.fillWidth: true; elide: Text.ElideRight }
            Label { text: comparison.firstVerdict; color: comparison.firstVerdict === qsTr("Thresholds not met") ? Theme.down : Theme.textMuted }
            Rectangle { width: 12; height: 12; color: Theme.series[1] }
            Label { text: qsTr("Second: %1").arg(comparison.secondTitle); font.family: Theme.mono; Layout.fillWidth: true; elide: Text.ElideRight }
            Label { text: comparison.secondVerdict; color: comparison.secondVerdict === qsTr("Thresholds not met") ? Theme.down : Theme.textMuted }
        }

        RowLayout {
            visible: comparison.ready
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.unit * 2
            ListView {
                id: table
                Layout.preferredWidth: Math.min(520, view.width * 0.48)
                Layout.fillHeight: true
                clip: true
                model: comparison.rows
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Figures of both runs")
                ScrollBar.vertical: ScrollBar {}
                header: RowLayout {
                    width: table.width
                    spacing: Theme.unit
                    Label { text: qsTr("Figure"); color: Theme.textMuted; Layout.fillWidth: true }
                    Label { text: qsTr("First"); color: Theme.textMuted; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight }
                    Label { text: qsTr("Second"); color: Theme.textMuted; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight }
                    Label { text: qsTr("Change"); color: Theme.textMuted; Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                }
                delegate: RowLayout {
                    required property var modelData
                    width: table.width
                    spacing: Theme.unit
                    Accessible.role: Accessible.Row
                    Accessible.name: qsTr("%1: %2 then %3, %4%5").arg(modelData.name).arg(modelData.first).arg(modelData.second).arg(modelData.change)
                                     .arg(modelData.worse ? qsTr(", worse") : modelData.better ? qsTr(", better") : "")
                    Label { text: modelData.name; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: modelData.first; font.family: Theme.mono; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight }
                    Label { text: modelData.second; font.family: Theme.mono; Layout.preferredWidth: 110; horizontalAlignment: Text.AlignRight }
                    Label {
                        text: modelData.change
                        font.family: Theme.mono
                        font.weight: modelData.worse ? Font.DemiBold : Font.Normal
                        // Worse is a regression worth the eye, but not a failure: amber, not red.
                        color: modelData.worse ? Theme.degraded : modelData.better ? Theme.text : Theme.textMuted
                        Layout.preferredWidth: 90
                        horizontalAlignment: Text.AlignRight
                    }
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Label { text: qsTr("Latency histograms, each as a share of its own requests"); font.weight: Font.DemiBold; Layout.fillWidth: true; elide: Text.ElideRight }
                LoadHistogram {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    overlay: true
                    buckets: comparison.buckets
                    firstName: qsTr("first")
                    secondName: qsTr("second")
                }
            }
        }
    }
}
