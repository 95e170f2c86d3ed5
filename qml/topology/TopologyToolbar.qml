import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The map's controls: level (Zones, Services, Nodes) and where the drill-down went, what to
// draw (filter, topics, protocols, zones), and the view (Fit, zoom, export).
ColumnLayout {
    id: bar
    required property TopologyModel model
    signal fitRequested()
    signal zoomRequested(real factor)
    signal exportRequested()
    /// Enter in the find field: the page selects and centres the next match.
    signal findRequested(string text)
    property alias filterField: filterField
    property alias findField: findField
    /// Set by the page: whether the last find matched anything.
    property bool findMissed: false
    spacing: Theme.unit / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        Row {
            spacing: 0
            Repeater {
                model: [
                    { level: "zones", text: qsTr("Zones"), tip: qsTr("One box per zone, calls between zones") },
                    { level: "services", text: qsTr("Services"), tip: qsTr("One box per service, calls between services") },
                    { level: "nodes", text: qsTr("Nodes"), tip: qsTr("Every node, in its service and zone") }
                ]
                delegate: Button {
                    required property var modelData
                    text: modelData.text
                    checkable: true
                    checked: bar.model.breadcrumb.length > 0 && bar.model.breadcrumb[0].level === modelData.level
                    highlighted: checked
                    enabled: modelData.level !== "zones" || bar.model.hasZones
                    ToolTip.visible: hovered
                    ToolTip.text: modelData.tip
                    Accessible.name: qsTr("Show the %1 level").arg(modelData.text)
                    Accessible.onPressAction: clicked()
                    onClicked: bar.model.level = modelData.level
                }
            }
        }
        // Breadcrumb: "All zones › az-a"; every part but the last goes back there.
        Row {
            spacing: 4
            Layout.fillWidth: true
            clip: true
            Repeater {
                model: bar.model.breadcrumb
                delegate: Row {
                    required property var modelData
                    required property int index
                    readonly property bool last: index === bar.model.breadcrumb.length - 1
                    spacing: 4
                    Label {
                        visible: index > 0
                        text: "›"
                        color: Theme.textFaint
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    AbstractButton {
                        id: crumb
                        enabled: !parent.last
                        focusPolicy: Qt.StrongFocus
                        implicitWidth: crumbText.implicitWidth
                        implicitHeight: crumbText.implicitHeight + 8
                        Accessible.role: Accessible.Link
                        Accessible.name: parent.last ? qsTr("Showing %1").arg(modelData.text) : qsTr("Back to %1").arg(modelData.text)
                        Accessible.onPressAction: clicked()
                        onClicked: bar.model.goUp(index)
                        contentItem: Label {
                            id: crumbText
                            text: modelData.text
                            verticalAlignment: Text.AlignVCenter
                            font.weight: crumb.enabled ? Font.Normal : Font.DemiBold
                            font.underline: crumb.enabled && (crumb.hovered || crumb.visualFocus)
                            color: crumb.enabled ? Theme.accent : Theme.text
                        }
                    }
                }
            }
        }
        Button {
            text: qsTr("Fit")
            onClicked: bar.fitRequested()
            Accessible.name: qsTr("Fit the map to the view")
            Accessible.onPressAction: clicked()
        }
        Button { text: "−"; implicitWidth: 32; onClicked: bar.zoomRequested(0.8); Accessible.name: qsTr("Zoom out"); Accessible.onPressAction: clicked() }
        Button { text: "+"; implicitWidth: 32; onClicked: bar.zoomRequested(1.25); Accessible.name: qsTr("Zoom in"); Accessible.onPressAction: clicked() }
        Button {
            text: qsTr("Export…")
            onClicked: bar.exportRequested()
            Accessible.name: qsTr("Export the map as SVG or PNG")
            Accessible.onPressAction: clicked()
        }
    }

    // A Row, not a RowLayout: Qt 6.4's RowLayout left the zones button at x = 0, over the filter
    // field, when it turned visible after the level changed while the page was hidden (a load
    // run's "Show on the map"); a positioner places what turns visible whenever it does.
    Row {
        Layout.fillWidth: true
        spacing: Theme.unit
        TextField {
            id: filterField
            anchors.verticalCenter: parent.verticalCenter
            width: 220
            placeholderText: qsTr("Filter by service or node")
            Accessible.name: qsTr("Filter the topology")
            onTextChanged: bar.model.filterText = text
        }
        TextField {
            id: findField
            anchors.verticalCenter: parent.verticalCenter
            width: 160
            placeholderText: qsTr("Find (Ctrl+F)")
            Accessible.name: qsTr("Find on the map; Enter goes to the next match")
            onAccepted: bar.findRequested(text)
            onTextChanged: bar.findMissed = false
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            visible: bar.findMissed && findField.text !== ""
            text: qsTr("not on the map")
            color: Theme.textMuted
            font.pixelSize: Theme.small
        }
        CheckBox { anchors.verticalCenter: parent.verticalCenter; text: qsTr("Topics"); checked: bar.model.showTopics; onToggled: bar.model.showTopics = checked; Accessible.name: qsTr("Show topics and their subscribers") }
        CheckBox { anchors.verticalCenter: parent.verticalCenter; text: "go-micro"; checked: bar.model.showGoMicro; onToggled: bar.model.showGoMicro = checked; Accessible.name: qsTr("Show go-micro services") }
        CheckBox { anchors.verticalCenter: parent.verticalCenter; text: "$SRV"; checked: bar.model.showNatsMicro; onToggled: bar.model.showNatsMicro = checked; Accessible.name: qsTr("Show NATS micro services") }
        CheckBox {
            id: motionBox
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Motion")
            enabled: !App.reducedMotion
            checked: bar.model.motion && !App.reducedMotion
            onToggled: bar.model.motion = checked
            Accessible.name: qsTr("Show traffic as dots moving along the edges")
            ToolTip.visible: hovered
            ToolTip.text: App.reducedMotion ? qsTr("Off: the system asks for reduced motion")
                                            : qsTr("Dots travel along the edges, more on busier ones")
        }
        Button {
            id: zonesButton
            anchors.verticalCenter: parent.verticalCenter
            visible: bar.model.allZones.length > 1
            text: bar.model.hiddenZones.length > 0 ? qsTr("Zones: %1 of %2").arg(bar.model.allZones.length - bar.model.hiddenZones.length).arg(bar.model.allZones.length)
                                                   : qsTr("Zones: all")
            Accessible.name: qsTr("Choose the zones to show")
            Accessible.onPressAction: clicked()
            onClicked: zonesMenu.open()
            Menu {
                id: zonesMenu
                y: zonesButton.height
                Repeater {
                    model: bar.model.allZones
                    delegate: MenuItem {
                        required property string modelData
                        text: modelData
                        checkable: true
                        checked: !bar.model.hiddenZones.includes(modelData)
                        Accessible.name: qsTr("Show zone %1").arg(modelData)
                        onTriggered: {
                            const hidden = bar.model.hiddenZones.filter(z => z !== modelData)
                            if (!checked) hidden.push(modelData)
                            bar.model.hiddenZones = hidden
                        }
                    }
                }
            }
        }
    }
}
