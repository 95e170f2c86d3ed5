import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Master-detail: a searchable, sortable table of services; the selected one in detail.
Item {
    id: page
    readonly property int regionColumn: App.sessions.length > 1 ? 72 : 0
    function select(name, protocol) {
        detail.name = name
        detail.protocol = protocol
        const r = services.indexOfKey(name + "|" + (protocol || "go-micro"))
        const alt = r >= 0 ? r : services.indexOfKey(name + "|$SRV")
        table.currentIndex = filtered.proxyRow(alt)
    }

    ServiceListModel { id: services; sessions: App.sessions }
    ServiceFilterModel {
        id: filtered
        model: services
        filterText: search.text
        filterRoles: ["name", "protocol", "zones", "versions", "region"]
        region: App.regionFilter
    }
    ServiceDetail { id: detail; session: App.session }

    SplitView {
        anchors.fill: parent
        anchors.margins: Theme.unit
        orientation: Qt.Horizontal

        Pane {
            SplitView.preferredWidth: App.sessions.length > 1 ? 720 : 560
            SplitView.minimumWidth: 380
            padding: 0
            background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.unit
                spacing: Theme.unit
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: search
                        Layout.fillWidth: true
                        placeholderText: qsTr("Filter by name, protocol, zone or version")
                        Accessible.name: qsTr("Filter services")
                    }
                    Button {
                        text: qsTr("Refresh")
                        Accessible.name: qsTr("Query the registry again")
                        Accessible.onPressAction: App.session.refresh()
                        onClicked: App.session.refresh()
                    }
                }
                // Column headers; a click sorts, a second click reverses.
                RowLayout {
                    id: header
                    Layout.fillWidth: true
                    spacing: 0
                    component SortHeader: AbstractButton {
                        property string role
                        property int columnWidth
                        property bool fill: false
                        Layout.preferredWidth: columnWidth
                        Layout.fillWidth: fill
                        implicitHeight: 24
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: qsTr("Sort by %1").arg(text)
                        Accessible.onPressAction: clicked()
                        onClicked: {
                            if (filtered.sortRoleName === role) filtered.descending = !filtered.descending
                            else { filtered.sortRoleName = role; filtered.descending = false }
                        }
                        contentItem: Label {
                            text: parent.text + (filtered.sortRoleName === parent.role ? (filtered.descending ? " ▾" : " ▴") : "")
                            font.pixelSize: Theme.small
                            font.weight: Font.DemiBold
                            color: Theme.textMuted
                            elide: Text.ElideRight
                        }
                        background: Item {}
                    }
                    Item { Layout.preferredWidth: 22 }
                    SortHeader { text: qsTr("Name"); role: "name"; fill: true }
                    SortHeader { text: page.regionColumn > 0 ? qsTr("Region") : ""; role: "region"; columnWidth: page.regionColumn }
                    SortHeader { text: qsTr("Protocol"); role: "protocol"; columnWidth: 84 }
                    SortHeader { text: qsTr("Versions"); role: "versions"; columnWidth: 80 }
                    SortHeader { text: qsTr("Nodes"); role: "nodes"; columnWidth: 90 }
                    SortHeader { text: qsTr("Zones"); role: "zones"; columnWidth: 140 }
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

                ListView {
                    id: table
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: filtered
                    currentIndex: -1
                    keyNavigationEnabled: true
                    focus: true
                    activeFocusOnTab: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Services")
                    ScrollBar.vertical: ScrollBar {}
                    // The first service is shown until the user picks one: never an empty pane.
                    onCountChanged: if (currentIndex < 0 && count > 0 && detail.name === "") currentIndex = 0
                    onCurrentIndexChanged: {
                        if (currentIndex < 0) return
                        const r = services.get(filtered.sourceRow(currentIndex))
                        detail.session = services.sessionOf(filtered.sourceRow(currentIndex))
                        detail.name = r.name
                        detail.protocol = r.protocol
                    }
                    delegate: ItemDelegate {
                        id: rowItem
                        required property int index
                        required property string name
                        required property string protocol
                        required property string versions
                        required property int nodes
                        required property int stale
                        required property var zones
                        required property string health
                        required property string accessibleText
                        required property string region
                        width: ListView.view.width
                        height: 34
                        highlighted: ListView.isCurrentItem
                        Accessible.name: accessibleText
                        onClicked: { table.currentIndex = index; table.forceActiveFocus() }
                        Keys.onMenuPressed: alertMenu.popup(rowItem, 0, rowItem.height)
                        TapHandler { acceptedButtons: Qt.RightButton; onTapped: alertMenu.popup() }
                        AlertMenu {
                            id: alertMenu
                            choices: [{ text: qsTr("Alert when it has no live node…"), kind: "service-nodes", target: rowItem.name },
                                      { text: qsTr("Alert when its calls fail…"), kind: "service-error-rate", target: rowItem.name }]
                        }
                        contentItem: RowLayout {
                            spacing: 0
                            Item {
                                Layout.preferredWidth: 22
                                implicitHeight: 10
                                HealthDot { health: rowItem.health; anchors.verticalCenter: parent.verticalCenter }
                            }
                            Label { text: rowItem.name; font.family: Theme.mono; Layout.fillWidth: true; elide: Text.ElideRight }
                            // With several regions: which one this row is from (no width with one).
                            Label {
                                text: rowItem.region
                                font.pixelSize: Theme.small
                                color: rowItem.highlighted ? Theme.textOnAccent : Theme.textMuted
                                elide: Text.ElideRight
                                Layout.preferredWidth: page.regionColumn
                            }
                            Item {
                                Layout.preferredWidth: 84
                                implicitHeight: 20
                                Badge { text: rowItem.protocol; anchors.verticalCenter: parent.verticalCenter }
                            }
                            Label { text: rowItem.versions; font.family: Theme.mono; font.pixelSize: Theme.small; Layout.preferredWidth: 80; elide: Text.ElideRight }
                            RowLayout {
                                Layout.preferredWidth: 90
                                spacing: 4
                                Label { text: rowItem.nodes; font.family: Theme.mono }
                                Label { visible: rowItem.stale > 0; text: qsTr("%1 stale").arg(rowItem.stale); color: Theme.degraded; font.pixelSize: Theme.small }
                            }
                            Row {
                                Layout.preferredWidth: 140
                                Layout.fillWidth: false
                                spacing: 3
                                clip: true
                                Repeater {
                                    model: rowItem.zones
                                    Badge { required property string modelData; text: modelData }
                                }
                            }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 48
                        visible: table.count === 0
                        busy: App.session.state === Session.Connecting || (App.session.state === Session.Connected && !App.session.catalogReady)
                              || App.demo.state === DemoHost.Starting
                        title: App.demo.state === DemoHost.Starting ? qsTr("Starting the demo cluster…")
                               : App.session.state === Session.Connecting ? qsTr("Connecting…")
                               : App.session.state !== Session.Connected ? qsTr("Not connected")
                               : !App.session.catalogReady ? qsTr("Asking the registry…")
                               : search.text !== "" ? qsTr("No service matches “%1”").arg(search.text)
                               : qsTr("No services found")
                        detail: App.session.state === Session.Connected && App.session.catalogReady && search.text === ""
                                ? App.session.discoveryText : ""
                        actionText: search.text !== "" ? qsTr("Clear the filter")
                                    : App.session.state === Session.Connected && App.session.catalogReady ? qsTr("Query again") : ""
                        onAction: search.text !== "" ? search.clear() : App.session.refresh()
                    }
                }
                Label {
                    text: qsTr("%1 of %n service(s)", "", services.count).arg(filtered.count)
                    color: Theme.textFaint
                    font.pixelSize: Theme.small
                }
            }
        }

        ServiceDetailPane {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 360
            detail: detail
        }
    }
}
