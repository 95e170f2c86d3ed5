import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Connection profiles: the list, an editor (servers, auth, TLS, monitoring, system login,
// registry family, expected servers, protobuf sources with a Check), Test connection with a verdict per login, Connect, and
// natscli context import. Secrets are typed here and go to the keychain (or memory, said so).
Item {
    id: page
    readonly property alias controller: profiles
    property string editing: ""   // the saved name of the profile in the editor ("" = new)
    property string message: ""
    property bool messageOk: true

    ProfilesController { id: profiles }
    SchemaCheck { id: schemaCheck }

    function load(name) {
        const p = profiles.profile(name)
        editing = name
        nameField.text = p.name || ""
        serversField.text = (p.servers || []).join(", ")
        authBox.currentIndex = Math.max(0, authBox.keys.indexOf(p.auth || "none"))
        userField.text = p.user || ""
        passwordField.text = ""; tokenField.text = ""; systemPasswordField.text = ""
        passwordField.placeholderText = p.hasPassword ? qsTr("password kept; type to replace") : qsTr("password")
        tokenField.placeholderText = p.hasToken ? qsTr("token kept; type to replace") : qsTr("token")
        systemPasswordField.placeholderText = p.hasSystemPassword ? qsTr("system-account password kept; type to replace") : qsTr("system-account password")
        nkeyField.text = p.nkey_seed_file || ""
        credsField.text = p.creds_file || ""
        caField.text = p.tls_ca || ""; certField.text = p.tls_cert || ""; keyField.text = p.tls_key || ""
        skipVerify.checked = !!p.tls_skip_verify
        monitorField.text = (p.monitor_urls || []).join(", ")
        systemUserField.text = p.system_user || ""
        registryBox.currentIndex = Math.max(0, registryBox.keys.indexOf(p.registry || "both"))
        expectedField.value = p.expected_servers || 0
        collectorBox.checked = !!p.collector_history
        historyStreamField.text = p.history_stream || "SWITCHBOARD_EVENTS"
        const proto = p.protobuf || {}
        protoPathsField.text = (proto.proto_paths || []).join("\n")
        importPathsField.text = (proto.import_paths || []).join("\n")
        descriptorSetsField.text = (proto.descriptor_sets || []).join("\n")
        schemaCheck.clear()
        message = p.imported_from ? qsTr("Imported from %1.").arg(p.imported_from) : ""
        messageOk = true
    }
    function split(text) { return text.split(/[,\s]+/).filter(s => s.length > 0) }
    // Paths may hold spaces and commas: one a line.
    function lines(text) { return text.split("\n").map(s => s.trim()).filter(s => s.length > 0) }
    function checkSchemas() { schemaCheck.check(lines(protoPathsField.text), lines(importPathsField.text), lines(descriptorSetsField.text)) }
    function fields() {
        return {
            name: nameField.text.trim(), servers: split(serversField.text), auth: authBox.keys[authBox.currentIndex],
            user: userField.text, nkey_seed_file: nkeyField.text, creds_file: credsField.text,
            tls_ca: caField.text, tls_cert: certField.text, tls_key: keyField.text, tls_skip_verify: skipVerify.checked,
            monitor_urls: split(monitorField.text), system_user: systemUserField.text,
            registry: registryBox.keys[registryBox.currentIndex], expected_servers: expectedField.value,
            collector_history: collectorBox.checked, history_stream: historyStreamField.text.trim(),
            protobuf: { proto_paths: lines(protoPathsField.text), import_paths: lines(importPathsField.text),
                        descriptor_sets: lines(descriptorSetsField.text) }
        }
    }
    function saveProfile() {
        const error = profiles.save(fields(), editing, passwordField.text, tokenField.text, systemPasswordField.text)
        messageOk = error === ""
        message = error === "" ? qsTr("Saved %1.").arg(nameField.text.trim()) : error
        if (error === "") load(nameField.text.trim())
        return error
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        Pane {
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            padding: Theme.unit
            background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.unit
                SectionHeader { text: qsTr("Profiles") }
                ListView {
                    id: list
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: profiles.profiles
                    currentIndex: -1
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.role: Accessible.List
                    Accessible.name: qsTr("Connection profiles")
                    onCurrentIndexChanged: if (currentItem) page.load(currentItem.name)
                    delegate: ItemDelegate {
                        required property int index
                        required property string name
                        required property string summary
                        required property string spoken
                        width: ListView.view.width
                        highlighted: ListView.isCurrentItem
                        palette.windowText: highlighted ? Theme.textOnAccent : Theme.text
                        Accessible.name: spoken
                        onClicked: { list.currentIndex = index; page.load(name) }
                        contentItem: ColumnLayout {
                            spacing: 0
                            Label { text: name; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: summary; font.pixelSize: Theme.small; color: highlighted ? Theme.textOnAccent : Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: parent.width - 32
                        visible: list.count === 0
                        title: qsTr("No profiles yet")
                        detail: qsTr("Make one on the right, or import your natscli contexts.")
                    }
                }
                Button {
                    Layout.fillWidth: true
                    text: qsTr("New profile")
                    Accessible.name: text
                    Accessible.onPressAction: { list.currentIndex = -1; page.load("") }
                    onClicked: { list.currentIndex = -1; page.load("") }
                }
                Button {
                    Layout.fillWidth: true
                    text: qsTr("Import natscli contexts")
                    Accessible.name: text
                    Accessible.description: profiles.natsContextDirectory
                    ToolTip.visible: hovered
                    ToolTip.text: profiles.natsContextDirectory
                    Accessible.onPressAction: clicked()
                    onClicked: { page.messageOk = true; page.message = profiles.importNatsContexts() }
                }
            }
        }

        ScrollView {
            id: editor
            // Grows from a small preferred width: taken from its content, it was as wide as the
            // longest line and ran off a 1024 px window.
            Layout.preferredWidth: 400
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: editor.availableWidth
                spacing: Theme.unit
                Banner { Layout.fillWidth: true; visible: profiles.loadError !== ""; kind: "error"; text: profiles.loadError }
                Banner { Layout.fillWidth: true; kind: profiles.secretsPersistent ? "info" : "warning"; text: profiles.secretsText }

                component FieldLabel: Label { font.pixelSize: Theme.small; color: Theme.textMuted; Layout.alignment: Qt.AlignRight | Qt.AlignVCenter }
                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: Theme.unit
                    rowSpacing: Theme.unit / 2

                    FieldLabel { text: qsTr("Name") }
                    TextField { id: nameField; Layout.fillWidth: true; Accessible.name: qsTr("Profile name") }
                    FieldLabel { text: qsTr("Servers") }
                    TextField { id: serversField; Layout.fillWidth: true; font.family: Theme.mono; placeholderText: "nats://nats-1:4222, nats://nats-2:4222"; Accessible.name: qsTr("Server URLs") }
                    FieldLabel { text: qsTr("Login") }
                    NamedComboBox {
                        id: authBox
                        readonly property var keys: ["none", "user", "token", "nkey", "creds"]
                        Layout.fillWidth: true
                        model: [qsTr("None"), qsTr("User and password"), qsTr("Token"), qsTr("NKey seed file"), qsTr("Credentials file (.creds)")]
                        Accessible.name: qsTr("Login method")
                    }
                    FieldLabel { text: qsTr("User"); visible: authBox.currentIndex === 1 }
                    TextField { id: userField; visible: authBox.currentIndex === 1; Layout.fillWidth: true; Accessible.name: qsTr("User") }
                    FieldLabel { text: qsTr("Password"); visible: authBox.currentIndex === 1 }
                    TextField { id: passwordField; visible: authBox.currentIndex === 1; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("password"); Accessible.name: qsTr("Password") }
                    FieldLabel { text: qsTr("Token"); visible: authBox.currentIndex === 2 }
                    TextField { id: tokenField; visible: authBox.currentIndex === 2; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("token"); Accessible.name: qsTr("Token") }
                    FieldLabel { text: qsTr("Seed file"); visible: authBox.currentIndex === 3 }
                    TextField { id: nkeyField; visible: authBox.currentIndex === 3; Layout.fillWidth: true; font.family: Theme.mono; Accessible.name: qsTr("NKey seed file") }
                    FieldLabel { text: qsTr("Credentials"); visible: authBox.currentIndex === 4 }
                    TextField { id: credsField; visible: authBox.currentIndex === 4; Layout.fillWidth: true; font.family: Theme.mono; Accessible.name: qsTr("Credentials file") }
                    FieldLabel { text: qsTr("TLS CA") }
                    TextField { id: caField; Layout.fillWidth: true; font.family: Theme.mono; placeholderText: qsTr("CA file (PEM), empty: no TLS or the system's"); Accessible.name: qsTr("TLS CA file") }
                    FieldLabel { text: qsTr("TLS cert / key") }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField { id: certField; Layout.fillWidth: true; font.family: Theme.mono; placeholderText: qsTr("client certificate"); Accessible.name: qsTr("TLS client certificate") }
                        TextField { id: keyField; Layout.fillWidth: true; font.family: Theme.mono; placeholderText: qsTr("client key"); Accessible.name: qsTr("TLS client key") }
                    }
                    Item { width: 1; height: 1 }
                    CheckBox {
                        id: skipVerify
                        Layout.fillWidth: true
                        text: qsTr("Skip TLS verification (anyone in the middle can read and change the traffic)")
                        Accessible.name: qsTr("Skip TLS verification")
                        palette.windowText: checked ? Theme.degraded : Theme.text
                    }
                    FieldLabel { text: qsTr("Monitoring") }
                    TextField { id: monitorField; Layout.fillWidth: true; font.family: Theme.mono; placeholderText: "http://nats-1:8222, http://nats-2:8222"; Accessible.name: qsTr("HTTP monitoring URLs") }
                    FieldLabel { text: qsTr("System login") }
                    RowLayout {
                        Layout.fillWidth: true
                        TextField { id: systemUserField; Layout.fillWidth: true; placeholderText: qsTr("system-account user (cluster health)"); Accessible.name: qsTr("System account user") }
                        TextField { id: systemPasswordField; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("system-account password"); Accessible.name: qsTr("System account password") }
                    }
                    FieldLabel { text: qsTr("Registry") }
                    NamedComboBox {
                        id: registryBox
                        readonly property var keys: ["both", "plugins", "in-tree"]
                        Layout.fillWidth: true
                        model: [qsTr("Both subject families"), qsTr("micro.registry.nats.* (go-micro plugins)"), qsTr("micro.nats.* (go-micro v5 in-tree)")]
                        Accessible.name: qsTr("Registry subject family")
                    }
                    FieldLabel { text: qsTr("Expected servers") }
                    RowLayout {
                        SpinBox {
                            id: expectedField
                            from: 0
                            to: 999
                            editable: true
                            Accessible.name: qsTr("Expected number of servers")
                            // Its text field is what a screen reader meets: give it the name too.
                            Component.onCompleted: contentItem.Accessible.name = Qt.binding(() => expectedField.Accessible.name)
                        }
                        Label { text: qsTr("0: not set. Fewer servers answering makes the cluster degraded."); font.pixelSize: Theme.small; color: Theme.textMuted; Layout.fillWidth: true; wrapMode: Text.Wrap }
                    }
                    FieldLabel { text: qsTr("Team history") }
                    RowLayout {
                        Layout.fillWidth: true
                        CheckBox {
                            id: collectorBox
                            text: qsTr("Read history from the collector")
                            Accessible.name: qsTr("Read the team's history from switchboard-cli collect on this cluster")
                        }
                        TextField {
                            id: historyStreamField
                            Layout.fillWidth: true
                            enabled: collectorBox.checked
                            font.family: Theme.mono
                            placeholderText: "SWITCHBOARD_EVENTS"
                            Accessible.name: qsTr("The collector's events stream")
                        }
                    }
                    component PathsArea: TextArea {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(implicitHeight, 52)
                        font.family: Theme.mono
                        font.pixelSize: Theme.small
                        wrapMode: TextEdit.NoWrap
                        background: Rectangle { color: palette.base; border.color: parent.activeFocus ? Theme.accent : Theme.border; radius: 4 }
                        // Tab moves on (a path never holds one): the page stays keyboard-driven.
                        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                        Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
                    }
                    FieldLabel { text: qsTr("Protobuf"); Layout.alignment: Qt.AlignRight | Qt.AlignTop }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.unit / 2
                        PathsArea {
                            id: protoPathsField
                            placeholderText: qsTr(".proto files or folders, one a line")
                            Accessible.name: qsTr(".proto files and folders")
                        }
                        PathsArea {
                            id: importPathsField
                            placeholderText: qsTr("import paths (as protoc -I), one a line")
                            Accessible.name: qsTr("Import paths for .proto files")
                        }
                        PathsArea {
                            id: descriptorSetsField
                            placeholderText: qsTr("descriptor sets (protoc -o x.pb --include_imports), one a line")
                            Accessible.name: qsTr("Descriptor set files")
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Button {
                                text: schemaCheck.running ? qsTr("Checking…") : qsTr("Check schemas")
                                enabled: !schemaCheck.running
                                Accessible.name: qsTr("Import the protobuf files now and show what they hold")
                                Accessible.onPressAction: page.checkSchemas()
                                onClicked: page.checkSchemas()
                            }
                            Label {
                                Layout.fillWidth: true
                                text: schemaCheck.summary
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.small
                                color: Theme.textMuted
                                Accessible.role: Accessible.StaticText
                                Accessible.name: text
                            }
                        }
                        Repeater {
                            model: schemaCheck.problems
                            Label {
                                required property string modelData
                                Layout.fillWidth: true
                                text: modelData
                                wrapMode: Text.WrapAnywhere
                                font.family: Theme.mono
                                font.pixelSize: Theme.small
                                color: Theme.degraded
                                Accessible.role: Accessible.StaticText
                                Accessible.name: qsTr("Not imported: %1").arg(modelData)
                            }
                        }
                    }
                }
                RowLayout {
                    Button { text: qsTr("Save"); highlighted: true; Accessible.name: qsTr("Save the profile"); Accessible.onPressAction: page.saveProfile(); onClicked: page.saveProfile() }
                    Button {
                        text: profiles.testing ? qsTr("Testing…") : qsTr("Test connection")
                        enabled: !profiles.testing
                        Accessible.name: qsTr("Test connection")
                        Accessible.onPressAction: profiles.test(page.fields(), passwordField.text, tokenField.text, systemPasswordField.text)
                        onClicked: profiles.test(page.fields(), passwordField.text, tokenField.text, systemPasswordField.text)
                    }
                    Button {
                        text: qsTr("Connect")
                        enabled: page.editing !== ""
                        Accessible.name: qsTr("Connect with this profile")
                        Accessible.description: enabled ? "" : qsTr("Save the profile first")
                        Accessible.onPressAction: profiles.connectTo(page.editing)
                        onClicked: profiles.connectTo(page.editing)
                    }
                    Button {
                        text: qsTr("Add as region")
                        enabled: page.editing !== "" && App.regionNames.indexOf(page.editing) < 0
                        Accessible.name: qsTr("Connect this profile as one more region")
                        Accessible.description: enabled ? "" : qsTr("Save the profile first, or it is connected already")
                        Accessible.onPressAction: App.addRegion(page.editing)
                        onClicked: App.addRegion(page.editing)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Keep the current connection and add this cluster beside it, as another region.")
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        text: qsTr("Delete")
                        enabled: page.editing !== ""
                        Accessible.name: qsTr("Delete the profile")
                        Accessible.onPressAction: { profiles.remove(page.editing); page.load("") }
                        onClicked: { profiles.remove(page.editing); page.load("") }
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: page.message !== ""
                    text: page.message
                    color: page.messageOk ? Theme.textMuted : Theme.down
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Repeater {
                    model: profiles.testResults
                    RowLayout {
                        required property var modelData
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: (modelData.ok ? qsTr("passed") : qsTr("failed")) + ": " + modelData.what + ": " + modelData.result
                        Label { text: modelData.ok ? "✓" : "✗"; color: modelData.ok ? Theme.healthy : Theme.down; font.weight: Font.Bold }
                        Label { text: modelData.what; font.weight: Font.DemiBold }
                        Label { text: modelData.result; Layout.fillWidth: true; wrapMode: Text.Wrap; color: modelData.ok ? Theme.text : Theme.down }
                    }
                }
            }
        }
    }
}
