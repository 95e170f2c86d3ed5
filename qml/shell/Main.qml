import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    minimumWidth: 900
    minimumHeight: 560
    visible: true
    title: qsTr("Switchboard") + (App.session.label ? " — " + App.session.label : "")
    color: Theme.window

    // Fusion draws from the palette: one theme object feeds it, light or dark.
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.highlight
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.textFaint
    palette.mid: Theme.border
    palette.dark: Theme.border
    palette.light: Theme.surface
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    font.pixelSize: Theme.body

    /// The pages that exist, in rail order; Ctrl+N opens the N-th.
    readonly property var pages: [
        { name: "topology", label: qsTr("Topology"), icon: "⎔", key: "Ctrl+1" },
        { name: "services", label: qsTr("Services"), icon: "≡", key: "Ctrl+2" },
        { name: "call", label: qsTr("Call"), icon: "⇄", key: "Ctrl+3" },
        { name: "traffic", label: qsTr("Traffic"), icon: "∿", key: "Ctrl+4" },
        { name: "cluster", label: qsTr("Cluster"), icon: "▦", key: "Ctrl+5" },
        { name: "connections", label: qsTr("Profiles"), icon: "⚙", key: "Ctrl+6" },
        { name: "timeline", label: qsTr("Timeline"), icon: "◷", key: "Ctrl+7" },
        { name: "alerts", label: qsTr("Alerts"), icon: "⚑", key: "Ctrl+8" }
    ]
    readonly property string pageTitle: {
        for (const p of pages) if (p.name === App.page) return p.label
        return ""
    }

    /// The Call page's controller (the end-to-end test drives it like the form does).
    readonly property alias callController: callPage.controller
    readonly property alias callPageItem: callPage
    readonly property alias topology: topologyPage.model
    readonly property alias traffic: trafficPage.controller
    readonly property alias publisher: trafficPage.publisher
    readonly property alias trafficMessages: trafficPage.messagesPane
    readonly property alias cluster: clusterPage.view
    readonly property alias profiles: connectionsPage.controller
    readonly property alias connectionsPage: connectionsPage
    readonly property alias timeline: timelinePage.model
    readonly property alias timelinePage: timelinePage
    readonly property alias alertsPage: alertsPage

    function openPage(name) { App.page = name }
    function callEndpoint(service, endpoint) {
        callPage.controller.service = service
        if (endpoint) callPage.controller.endpoint = endpoint
        App.page = "call"
    }
    function showZone(region, zone) {
        App.page = "cluster"
        // Once the page is current: a hidden page's layout has not placed the card yet.
        Qt.callLater(() => clusterPage.showZone(region, zone))
    }
    function showService(name, protocol) {
        servicesPage.select(name, protocol)
        App.page = "services"
    }

    Component.onCompleted: {
        const g = App.savedGeometry()
        if (g.width && !Qt.application.arguments.includes("--screenshot")) {
            x = g.x; y = g.y; width = g.width; height = g.height
            if (g.maximized) showMaximized()
        }
    }
    onClosing: close => {
        App.saveGeometry(x, y, width, height, visibility === Window.Maximized)
        // Kept running in the tray: the window hides, the alerts go on.
        if (App.keepInTray && App.trayAvailable) {
            close.accepted = false
            window.hide()
        }
    }

    Shortcut { sequence: "Ctrl+K"; onActivated: palettePopup.openPalette() }
    Shortcut { sequence: "Ctrl+1"; onActivated: window.openPage("topology") }
    Shortcut { sequence: "Ctrl+2"; onActivated: window.openPage("services") }
    Shortcut { sequence: "Ctrl+3"; onActivated: window.openPage("call") }
    Shortcut { sequence: "Ctrl+4"; onActivated: window.openPage("traffic") }
    Shortcut { sequence: "Ctrl+5"; onActivated: window.openPage("cluster") }
    Shortcut { sequence: "Ctrl+6"; onActivated: window.openPage("connections") }
    Shortcut { sequence: "Ctrl+7"; onActivated: window.openPage("timeline") }
    Shortcut { sequence: "Ctrl+8"; onActivated: window.openPage("alerts") }

    // A notification's "Show": the app comes forward on the Alerts page, the rule selected.
    Connections {
        target: App
        function onShowRequested(target) {
            window.show()
            window.raise()
            window.requestActivate()
            if (target === "window") return
            App.page = "alerts"
            if (target.startsWith("alert:")) alertsPage.select(target.slice(6))
        }
        function onAlertRequested(kind, target, comparison) {
            App.page = "alerts"
            alertsPage.newRule(kind, target, comparison)
        }
    }
    Shortcut { sequence: "F1"; onActivated: aboutDialog.open() }

    RowLayout {
        anchors.fill: parent
        anchors.bottomMargin: statusBar.height
        spacing: 0

        NavRail {
            Layout.fillHeight: true
            pages: window.pages
            current: App.page
            onActivated: name => window.openPage(name)
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            // Header: page title, palette, theme switch.
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: 48
                color: Theme.surface
                Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.unit * 2
                    anchors.rightMargin: Theme.unit * 2
                    spacing: Theme.unit * 2
                    Label {
                        text: window.pageTitle
                        font.pixelSize: Theme.title
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        visible: App.demoMode
                        text: qsTr("demo cluster")
                        color: Theme.textMuted
                        font.pixelSize: Theme.small
                    }
                    NamedComboBox {
                        id: regionBox
                        visible: App.sessions.length > 1
                        Layout.preferredWidth: 180
                        model: [qsTr("All regions")].concat(App.regionNames)
                        currentIndex: Math.max(0, App.regionNames.indexOf(App.regionFilter) + 1)
                        Accessible.name: qsTr("Region")
                        onActivated: index => App.regionFilter = index === 0 ? "" : App.regionNames[index - 1]
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Services and Cluster show every region, or the one chosen; Topology, Call and Traffic show one (the first when all are chosen).")
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        text: qsTr("Search…  Ctrl+K")
                        flat: true
                        Accessible.name: qsTr("Open the command palette")
                        Accessible.onPressAction: palettePopup.openPalette()
                        onClicked: palettePopup.openPalette()
                    }
                    Button {
                        text: qsTr("Connect…")
                        flat: true
                        Accessible.name: qsTr("Connect to a NATS server")
                        Accessible.onPressAction: connectDialog.open()
                        onClicked: connectDialog.open()
                    }
                    NamedComboBox {
                        id: languageBox
                        // Each language in its own words; the first entry follows the system.
                        model: [""].concat(App.languages).map(code => App.languageName(code))
                        currentIndex: Math.max(0, [""].concat(App.languages).indexOf(App.language))
                        onActivated: i => App.language = [""].concat(App.languages)[i]
                        implicitWidth: 170 // "System language" whole
                        Accessible.name: qsTr("Language")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Language of the interface; numbers and times follow it")
                    }
                    NamedComboBox {
                        id: themeBox
                        model: [qsTr("System"), qsTr("Light"), qsTr("Dark")]
                        readonly property var values: ["system", "light", "dark"]
                        currentIndex: values.indexOf(App.theme)
                        onActivated: i => App.theme = values[i]
                        implicitWidth: 110
                        Accessible.name: qsTr("Theme")
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Light, dark, or follow the system")
                    }
                }
            }

            // A problem with the connection is said where the user looks, with what to do.
            Banner {
                Layout.fillWidth: true
                Layout.margins: Theme.unit
                visible: App.session.state === Session.Failed || App.session.state === Session.Reconnecting
                         || App.demo.state === DemoHost.Failed || App.session.state === Session.Idle
                         || App.session.state === Session.Closed
                         || (App.session.state === Session.Connected && App.session.errorText !== "")
                kind: App.session.state === Session.Reconnecting ? "warning"
                      : App.session.state === Session.Connected ? "info" : "error"
                text: {
                    if (App.demo.state === DemoHost.Failed && App.demo.natsServerMissing)
                        return qsTr("The demo needs nats-server, which is not installed. Install it with: sudo apt install nats-server")
                    if (App.demo.state === DemoHost.Failed)
                        return qsTr("The demo could not start: %1").arg(App.demo.error)
                    if (App.session.state === Session.Idle || App.session.state === Session.Closed)
                        return qsTr("Not connected. Connect to a NATS server, or start the demo cluster.")
                    if (App.session.state === Session.Reconnecting)
                        return qsTr("Connection lost to %1; reconnecting. What is shown may be out of date.").arg(App.session.serverUrl)
                    if (App.session.state === Session.Connected)
                        return App.session.errorText
                    return qsTr("Could not connect to %1: %2").arg(App.session.configuredServers.join(", ")).arg(App.session.errorText)
                }
                actionText: App.session.state === Session.Reconnecting || App.session.state === Session.Connected ? ""
                            : App.demo.state === DemoHost.Failed ? qsTr("Connect…") : qsTr("Retry")
                secondActionText: App.session.state === Session.Idle || App.session.state === Session.Closed
                                  || App.session.state === Session.Failed ? qsTr("Start the demo") : ""
                onAction: App.demo.state === DemoHost.Failed || App.session.state !== Session.Failed
                          ? connectDialog.open() : App.session.reconnect()
                onSecondAction: App.startDemo()
            }

            // The journal of changes cannot be written (or its damaged file was set aside): said
            // once, the app goes on.
            Banner {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.unit
                Layout.rightMargin: Theme.unit
                visible: App.journalStatus.text !== ""
                kind: App.journalStatus.kind
                text: App.journalStatus.text
                actionText: App.journalStatus.kind === "info" ? qsTr("OK") : ""
                onAction: App.journalStatus.acknowledge()
            }

            StackLayout {
                id: stack
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: window.pages.map(p => p.name).indexOf(App.page)
                TopologyPage { id: topologyPage; objectName: "topologyPage"; shown: App.page === "topology" }
                ServicesPage { id: servicesPage }
                CallPage {
                    id: callPage
                    onShowOnMapRequested: service => {
                        topologyPage.showService(service)
                        App.page = "topology"
                    }
                }
                TrafficPage { id: trafficPage; shown: App.page === "traffic" }
                ClusterPage { id: clusterPage }
                ConnectionsPage { id: connectionsPage }
                TimelinePage {
                    id: timelinePage
                    shown: App.page === "timeline"
                    mapHistoryStart: window.topology.historyStart
                    onShowServiceRequested: service => window.showService(service, "")
                    onShowZoneRequested: (region, zone) => window.showZone(region, zone)
                    onShowMomentRequested: atMs => {
                        window.topology.showTime(atMs)
                        App.page = "topology"
                    }
                }
                AlertsPage { id: alertsPage }
            }
        }
    }

    StatusBar {
        id: statusBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        onAboutRequested: aboutDialog.open()
        onAlertsRequested: window.openPage("alerts")
    }

    CommandPalette {
        id: palettePopup
        onChosen: (page, service, endpoint) => {
            if (page === "about") aboutDialog.open()
            else if (page === "call") window.callEndpoint(service, endpoint)
            else if (page === "services") window.showService(service, "")
            else window.openPage(page)
        }
    }

    ConnectDialog { id: connectDialog }
    AboutDialog { id: aboutDialog }
}
