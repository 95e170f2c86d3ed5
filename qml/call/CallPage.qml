import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Target line on top; history and collections on the left, request in the middle, response on
// the right (Postman's layout).
Item {
    id: page
    property alias controller: call
    property alias loadController: loadRun
    property alias loadSetup: loadSetup
    property alias comparison: compareView
    /// "request" (history, request, response), "load" (a load run) or "compare" (two kept runs).
    property string view: "request"
    /// A load run's service, to be shown on the Topology map (the shell switches pages).
    signal showOnMapRequested(string service)
    /// A load run opened from the history: the request into the editor and the run on screen.
    function showLoadRun(stored) {
        call.load(stored, false)
        if (loadRun.showStored(stored.loadRun) || loadRun.storedError !== "") view = "load"
    }

    CallController { id: call; session: App.shownSession; history: App.history }
    LoadRunController { id: loadRun; call: call; store: App.loadRuns }
    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; enabled: App.page === "call"; onActivated: call.send() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        // Target: service → endpoint → node, timeout, send.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            NamedComboBox {
                id: serviceBox
                // Narrower on a small window rather than pushing Send off the edge (1024 px).
                Layout.fillWidth: true
                Layout.minimumWidth: 110
                Layout.maximumWidth: 200
                Layout.preferredWidth: 200
                model: call.services
                currentIndex: call.services.indexOf(call.service)
                displayText: call.service || qsTr("service…")
                onActivated: i => call.service = call.services[i]
                Accessible.name: qsTr("Service")
            }
            NamedComboBox {
                id: endpointBox
                Layout.fillWidth: true
                Layout.minimumWidth: 110
                Layout.maximumWidth: 240
                Layout.preferredWidth: 240
                model: call.endpoints
                currentIndex: call.endpoints.indexOf(call.endpoint)
                displayText: call.endpoint || qsTr("endpoint…")
                onActivated: i => call.endpoint = call.endpoints[i]
                Accessible.name: qsTr("Endpoint")
            }
            NamedComboBox {
                id: nodeBox
                Layout.fillWidth: true
                Layout.minimumWidth: 110
                Layout.maximumWidth: 230
                Layout.preferredWidth: 230
                model: call.nodes
                displayText: qsTr("node: %1").arg(call.node || qsTr("any"))
                onActivated: i => call.node = call.nodes[i]
                Accessible.name: qsTr("Node")
            }
            Badge { text: call.protocol || "—" }
            // Only where a .proto describes the endpoint: protobuf needs its message type.
            NamedComboBox {
                id: contentTypeBox
                visible: call.requestType !== ""
                model: [qsTr("JSON"), qsTr("Protobuf")]
                currentIndex: call.contentType === "application/protobuf" ? 1 : 0
                onActivated: (i) => call.contentType = i === 1 ? "application/protobuf" : "application/json"
                Accessible.name: qsTr("Content type")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send the request as application/json or application/protobuf")
                implicitWidth: 120
            }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("timeout") ; color: Theme.textMuted }
            SpinBox {
                id: timeoutBox
                from: 1; to: 600000; stepSize: 500
                editable: true
                value: call.timeoutMs
                onValueModified: call.timeoutMs = value
                textFromValue: (v) => Fmt.millis(v)
                valueFromText: (t) => { const n = parseFloat(t); return t.indexOf("ms") < 0 && t.indexOf("s") >= 0 ? n * 1000 : n }
                Accessible.name: qsTr("Timeout")
                implicitWidth: 120
            }
            Button {
                id: sendButton
                text: call.busy ? qsTr("Sending…") : qsTr("Send  Ctrl+↵")
                highlighted: true
                enabled: call.canSend
                Accessible.name: qsTr("Send the request")
                Accessible.description: enabled ? "" : qsTr("disabled: choose a target and fix the request first")
                Accessible.onPressAction: call.send()
                onClicked: call.send()
            }
            Button {
                text: qsTr("Load…")
                enabled: call.service !== "" && call.endpoint !== "" && !loadRun.running
                Accessible.name: qsTr("Set up a load run of this request")
                Accessible.description: enabled ? "" : loadRun.running ? qsTr("disabled: a load run is going on")
                                                                       : qsTr("disabled: choose a target first")
                Accessible.onPressAction: loadSetup.open()
                onClicked: loadSetup.open()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: call.schemaNote !== "" || call.protoMethods.length > 0
            spacing: Theme.unit
            Label {
                Layout.fillWidth: true
                text: call.schemaNote
                color: Theme.textMuted
                font.pixelSize: Theme.small
                elide: Text.ElideRight
            }
            // A hand-made mapping for endpoints whose names do not fit their .proto (or fit more
            // than one service): remembered per endpoint in the profile.
            Label {
                visible: call.protoMethods.length > 0
                text: qsTr(".proto method")
                color: Theme.textMuted
                font.pixelSize: Theme.small
            }
            NamedComboBox {
                visible: call.protoMethods.length > 0
                Layout.preferredWidth: 260
                model: [qsTr("matched by name")].concat(call.protoMethods)
                currentIndex: call.protoMethod === "" ? 0 : call.protoMethods.indexOf(call.protoMethod) + 1
                onActivated: (i) => call.protoMethod = i === 0 ? "" : call.protoMethods[i - 1]
                Accessible.name: qsTr("The .proto method that describes this endpoint")
            }
        }

        // $SRV: any bytes can be the body (protobuf, text, a file's contents), as `call --body-file`.
        RowLayout {
            Layout.fillWidth: true
            visible: call.protocol === "$SRV"
            spacing: Theme.unit
            Label { text: qsTr("Body from a file"); color: Theme.textMuted; font.pixelSize: Theme.small }
            TextField {
                id: bodyFileField
                Layout.preferredWidth: 320
                font.family: Theme.mono
                font.pixelSize: Theme.small
                placeholderText: qsTr("path; empty: the request below")
                text: call.bodyFile
                onEditingFinished: call.bodyFile = text
                Accessible.name: qsTr("File whose bytes are sent as the request body")
            }
            Label {
                Layout.fillWidth: true
                text: call.bodyFileNote
                color: call.bodyFileOk ? Theme.textMuted : Theme.degraded
                font.pixelSize: Theme.small
                elide: Text.ElideMiddle
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: ["request", "load", "compare"].indexOf(page.view)
            SplitView {

                CallHistoryPane {
                    // Shares that leave the response its room on a 1024 px window.
                    SplitView.preferredWidth: Math.min(270, page.width * 0.26)
                    SplitView.minimumWidth: 200
                    controller: call
                    onLoadRunOpened: stored => page.showLoadRun(stored)
                    onLoadRunAsked: loadSetup.open()
                    onSaveAsked: row => saveDialog.openFor(row)
                }

                // Request: Form | JSON | Headers
                Pane {
                    SplitView.preferredWidth: Math.min(480, page.width * 0.40)
                    SplitView.minimumWidth: 320
                    padding: Theme.unit
                    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
                    ColumnLayout {
                        anchors.fill: parent
                        RowLayout {
                            SectionHeader { text: qsTr("Request") }
                            Item { Layout.fillWidth: true }
                            TabBar {
                                id: requestTabs
                                TabButton { text: qsTr("Form"); Accessible.name: text; width: implicitWidth }
                                TabButton { text: qsTr("JSON"); Accessible.name: text; width: implicitWidth }
                                TabButton { text: qsTr("Headers"); Accessible.name: text; width: implicitWidth }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            visible: call.bodyError !== "" || !call.form.valid
                            text: call.bodyError !== "" ? call.bodyError : call.form.firstError
                            color: Theme.down
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.small
                        }
                        StackLayout {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            currentIndex: requestTabs.currentIndex
                            ListView {
                                id: formList
                                clip: true
                                model: call.form
                                spacing: 2
                                Accessible.role: Accessible.Form
                                Accessible.name: qsTr("Request form")
                                ScrollBar.vertical: ScrollBar {}
                                delegate: FormFieldRow { form: call.form }
                                Label {
                                    anchors.centerIn: parent
                                    width: parent.width - 20
                                    wrapMode: Text.Wrap
                                    horizontalAlignment: Text.AlignHCenter
                                    visible: formList.count === 0
                                    color: Theme.textMuted
                                    text: call.service === "" ? qsTr("Choose a service and an endpoint above.")
                                          : qsTr("No form for this endpoint: write the request on the JSON tab.")
                                }
                            }
                            ScrollView {
                                contentWidth: availableWidth // wrapped text: no implicitWidth loop
                                TextArea {
                                    id: jsonEditor
                                    text: call.body
                                    font.family: Theme.mono
                                    wrapMode: TextEdit.Wrap
                                    selectByMouse: true
                                    Accessible.name: qsTr("Request JSON")
                                    onTextChanged: if (activeFocus) call.body = text
                                }
                            }
                            ScrollView {
                                contentWidth: availableWidth // wrapped text: no implicitWidth loop
                                TextArea {
                                    text: call.headers
                                    font.family: Theme.mono
                                    placeholderText: qsTr("One per line:  Key: Value")
                                    Accessible.name: qsTr("Request headers")
                                    onTextChanged: if (activeFocus) call.headers = text
                                }
                            }
                        }
                        Label { visible: call.headersError !== ""; text: call.headersError; color: Theme.down; font.pixelSize: Theme.small }
                        RowLayout {
                            Label { text: qsTr("Copy as"); color: Theme.textMuted; font.pixelSize: Theme.small }
                            Button { text: "switchboard-cli"; flat: true; Accessible.name: qsTr("Copy as switchboard-cli command"); onClicked: call.copyCommand("cli"); Accessible.onPressAction: clicked()
                                     ToolTip.visible: hovered; ToolTip.text: call.command("cli") }
                            // One button whose command follows the protocol: a RowLayout child that turned
                            // visible after the first layout kept x = 0 in Qt 6.4 (drawn over "Copy as").
                            Button {
                                readonly property string kind: call.protocol === "$SRV" ? "nats" : "micro"
                                text: kind === "nats" ? "nats req" : "micro call"
                                flat: true
                                enabled: call.protocol !== ""
                                Accessible.name: kind === "nats" ? qsTr("Copy as nats req command") : qsTr("Copy as micro call command")
                                onClicked: call.copyCommand(kind)
                                Accessible.onPressAction: clicked()
                                ToolTip.visible: hovered
                                ToolTip.text: call.command(kind)
                            }
                            Item { Layout.fillWidth: true }
                            Button { text: qsTr("Clear"); flat: true; Accessible.name: qsTr("Clear the form"); onClicked: call.form.clear(); Accessible.onPressAction: clicked() }
                        }
                    }
                }

                CallResponsePane {
                    SplitView.fillWidth: true
                    SplitView.minimumWidth: 300
                    controller: call
                }
            }
            // Made when first shown: its two charts are the page's costliest items to create, and
            // most sessions never open a load run (the app's start-up, GUI tests under ASan).
            Loader {
                active: page.view === "load"
                sourceComponent: LoadRunView {
                    load: loadRun
                    onNewRun: loadSetup.open()
                    onBack: page.view = "request"
                    onCompare: (a, b) => { compareView.firstId = a; compareView.secondId = b; page.view = "compare" }
                    onShowOnMap: service => page.showOnMapRequested(service)
                }
            }
            LoadCompareView {
                id: compareView
                store: App.loadRuns
                onBack: page.view = "load"
            }
        }
    }

    LoadSetupDialog { id: loadSetup; load: loadRun; onStarted: page.view = "load" }

    Dialog {
        id: saveDialog
        property int row: -1
        function openFor(r) { row = r; open() }
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Save to a collection")
        standardButtons: Dialog.Save | Dialog.Cancel
        onAccepted: App.history.saveToCollection(row, collectionField.editText, titleField.text)
        ColumnLayout {
            Label { text: qsTr("Collection") }
            NamedComboBox { id: collectionField; editable: true; model: App.history.collections; Accessible.name: qsTr("Collection"); Layout.fillWidth: true }
            Label { text: qsTr("Title") }
            TextField { id: titleField; Accessible.name: qsTr("Title"); Layout.fillWidth: true }
        }
    }
}
