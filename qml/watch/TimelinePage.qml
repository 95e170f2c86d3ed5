import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Everything that changed, newest first and grouped by minute: nodes that came, went stale or
// came back, servers up and down, zones changing health, the connection, alerts. A strip of bars
// shows when over the chosen range; filters narrow it down; the selected event links to its
// service, its zone and the map as it was then.
Item {
    id: page
    property bool shown: true
    readonly property alias model: timeline
    readonly property alias list: list
    /// The start of the map's last hour (ms): "The map at that moment" is offered from there on.
    property double mapHistoryStart: 0

    signal showServiceRequested(string service)
    signal showZoneRequested(string region, string zone)
    signal showMomentRequested(double atMs)

    TimelineModel {
        id: timeline
        active: page.shown
        region: App.regionFilter
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            NamedComboBox {
                id: range
                readonly property var minutes: [15, 60, 360, 1440, 10080]
                model: [qsTr("Last 15 minutes"), qsTr("Last hour"), qsTr("Last 6 hours"), qsTr("Last 24 hours"), qsTr("Last 7 days")]
                currentIndex: minutes.indexOf(timeline.rangeMinutes)
                onActivated: i => timeline.rangeMinutes = minutes[i]
                implicitWidth: 170
                Accessible.name: qsTr("Time range")
            }
            Button {
                id: kindsButton
                text: timeline.kinds.length === 0 ? qsTr("Kinds: all")
                                                  : qsTr("Kinds: %n chosen", "", timeline.kinds.length)
                Accessible.name: qsTr("Kinds of change shown")
                onClicked: kindsMenu.open()
                Menu {
                    id: kindsMenu
                    y: kindsButton.height
                    MenuItem {
                        text: qsTr("All kinds")
                        onTriggered: timeline.kinds = []
                    }
                    MenuSeparator {}
                    Repeater {
                        model: timeline.allKinds
                        MenuItem {
                            required property var modelData
                            text: modelData.text
                            checkable: true
                            checked: timeline.kinds.includes(modelData.name)
                            onTriggered: {
                                const k = timeline.kinds.filter(n => n !== modelData.name)
                                if (checked) k.push(modelData.name)
                                timeline.kinds = k
                            }
                        }
                    }
                }
            }
            TextField {
                id: filter
                Layout.fillWidth: true
                placeholderText: qsTr("Filter by text: a service, node, zone, server or subject")
                Accessible.name: qsTr("Filter the changes by text")
                onTextChanged: filterDelay.restart()
                Timer { id: filterDelay; interval: 250; onTriggered: timeline.text = filter.text }
            }
            Repeater { // the narrowing chosen from an event: said, and undone with a click
                model: [
                    { what: "zone", label: qsTr("zone %1"), value: timeline.zone },
                    { what: "service", label: qsTr("service %1"), value: timeline.service }
                ]
                Button {
                    required property var modelData
                    visible: modelData.value !== ""
                    text: modelData.label.arg(modelData.value) + "  ✕"
                    Accessible.name: qsTr("Stop filtering by %1").arg(modelData.label.arg(modelData.value))
                    onClicked: timeline[modelData.what] = ""
                }
            }
        }

        // Where the history comes from, for regions that read it from a collector.
        Label {
            Layout.fillWidth: true
            visible: App.teamHistory !== ""
            text: App.teamHistory
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: App.teamHistoryWarning ? Theme.degraded : Theme.textMuted
            Accessible.name: text
        }

        // When: one bar per slice of the range, the newest at the right.
        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            Accessible.role: Accessible.Chart
            Accessible.name: qsTr("%n change(s) in the range shown", "", timeline.total)
            Row {
                id: bars
                anchors.fill: parent
                anchors.margins: Theme.unit
                anchors.bottomMargin: Theme.unit + Theme.small + 4
                spacing: 1
                Repeater {
                    model: timeline.histogram
                    // A slot of full height per slice: a positioner skips items of height 0, and an
                    // empty slice must still take its place on the time axis.
                    Item {
                        required property var modelData
                        width: (bars.width - (timeline.histogram.length - 1)) / Math.max(1, timeline.histogram.length)
                        height: bars.height
                        Rectangle {
                            anchors.bottom: parent.bottom
                            width: parent.width
                            height: timeline.histogramMax > 0 ? Math.max(modelData > 0 ? 2 : 0, bars.height * modelData / timeline.histogramMax) : 0
                            color: Theme.accent
                            opacity: 0.7
                        }
                    }
                }
            }
            Label {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: 4
                anchors.leftMargin: Theme.unit
                font.pixelSize: Theme.small
                color: Theme.textMuted
                text: qsTr("since %1").arg(new Date(timeline.sinceMs).toLocaleString(Qt.locale(), timeline.rangeMinutes > 1440 ? "ddd HH:mm" : "HH:mm"))
            }
            Label {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 4
                anchors.rightMargin: Theme.unit
                font.pixelSize: Theme.small
                color: Theme.textMuted
                text: qsTr("now · %n change(s)", "", timeline.total)
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.unit

            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius

                ListView {
                    id: list
                    anchors.fill: parent
                    anchors.margins: 1
                    clip: true
                    model: timeline
                    currentIndex: -1
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Changes, newest first")
                    ScrollBar.vertical: ScrollBar {}
                    section.property: "minute"
                    section.delegate: Label {
                        required property string section
                        width: ListView.view.width
                        leftPadding: Theme.unit
                        topPadding: Theme.unit / 2
                        bottomPadding: 2
                        font.pixelSize: Theme.small
                        font.bold: true
                        color: Theme.textMuted
                        text: section
                    }
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string time
                        required property string sentence
                        required property string kindText
                        required property string tone
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        onClicked: { list.currentIndex = index; list.forceActiveFocus() }
                        Accessible.name: qsTr("%1, %2").arg(time).arg(sentence)
                        contentItem: RowLayout {
                            spacing: Theme.unit
                            Rectangle {
                                Layout.preferredWidth: 4
                                Layout.fillHeight: true
                                radius: 2
                                color: row.tone === "green" ? Theme.healthy : row.tone === "amber" ? Theme.degraded : Theme.stale
                            }
                            Label {
                                text: row.time
                                font.family: Theme.mono
                                font.pixelSize: Theme.small
                                color: row.highlighted ? Theme.textOnAccent : Theme.textMuted
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.sentence
                                elide: Text.ElideRight
                                color: row.highlighted ? Theme.textOnAccent : Theme.text
                            }
                            Label {
                                text: row.kindText
                                font.pixelSize: Theme.small
                                color: row.highlighted ? Theme.textOnAccent : Theme.textFaint
                            }
                        }
                    }
                    onAtYEndChanged: if (atYEnd) timeline.loadMore()
                }

                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width * 0.7
                    visible: list.count === 0
                    busy: timeline.loading
                    title: timeline.problem !== "" ? qsTr("The journal cannot be read")
                           : timeline.loading ? qsTr("Reading the journal…") : qsTr("Nothing changed in this range")
                    detail: timeline.problem !== "" ? timeline.problem
                            : qsTr("Nodes coming and going, servers, zones and the connection are journaled here as they change.")
                }
            }

            // The selected change, and where to look at it.
            Rectangle {
                id: detail
                // Fixed, not a share of the page: the page may be laid out while hidden, at width 0.
                Layout.preferredWidth: 320
                Layout.minimumWidth: 260
                Layout.fillHeight: true
                color: Theme.surface
                border.color: Theme.border
                radius: Theme.radius
                // Read again when the rows change under the same index (new events on top).
                readonly property var event: list.currentIndex >= 0 && list.count > 0 ? timeline.get(list.currentIndex) : null

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.unit
                    spacing: Theme.unit
                    SectionHeader { text: qsTr("Change") }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: detail.event ? detail.event.sentence : qsTr("Select a change to see where it happened.")
                        color: detail.event ? Theme.text : Theme.textMuted
                    }
                    Repeater {
                        model: detail.event ? [
                            { label: qsTr("When"), value: Qt.formatDateTime(new Date(detail.event.atMs), "yyyy-MM-dd HH:mm:ss") },
                            { label: qsTr("Region"), value: detail.event.region },
                            { label: qsTr("Zone"), value: detail.event.zone },
                            { label: qsTr("Server"), value: detail.event.server },
                            { label: qsTr("Service"), value: detail.event.service },
                            { label: qsTr("Node"), value: detail.event.node },
                            { label: qsTr("Subject"), value: detail.event.subject }
                        ].filter(r => r.value) : []
                        RowLayout {
                            required property var modelData
                            Layout.fillWidth: true
                            Label { text: modelData.label; color: Theme.textMuted; Layout.preferredWidth: 70 }
                            Label { text: modelData.value; Layout.fillWidth: true; elide: Text.ElideMiddle; font.family: Theme.mono }
                        }
                    }
                    Button {
                        visible: !!detail.event && detail.event.service !== ""
                        text: qsTr("Show the service")
                        Accessible.name: qsTr("Show service %1").arg(detail.event ? detail.event.service : "")
                        onClicked: page.showServiceRequested(detail.event.service)
                    }
                    Button {
                        visible: !!detail.event && detail.event.service !== ""
                        text: qsTr("Only this service")
                        Accessible.name: qsTr("Show only the changes of service %1").arg(detail.event ? detail.event.service : "")
                        onClicked: timeline.service = detail.event.service
                    }
                    Button {
                        visible: !!detail.event && detail.event.zone !== ""
                        text: qsTr("Show the zone")
                        Accessible.name: qsTr("Show zone %1 on the Cluster page").arg(detail.event ? detail.event.zone : "")
                        onClicked: page.showZoneRequested(detail.event.region, detail.event.zone)
                    }
                    Button {
                        visible: !!detail.event && detail.event.zone !== ""
                        text: qsTr("Only this zone")
                        Accessible.name: qsTr("Show only the changes in zone %1").arg(detail.event ? detail.event.zone : "")
                        onClicked: timeline.zone = detail.event.zone
                    }
                    Button {
                        // The map keeps its last hour only.
                        visible: !!detail.event && page.mapHistoryStart > 0 && detail.event.atMs >= page.mapHistoryStart
                        text: qsTr("The map at that moment")
                        Accessible.name: qsTr("Show the map as it was at %1").arg(detail.event ? detail.event.time : "")
                        onClicked: page.showMomentRequested(detail.event.atMs)
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
}
