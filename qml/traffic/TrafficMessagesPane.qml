import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The newest kept messages (newest first) and the inspector: go-micro envelope, JSON, text, hex.
// Selecting a message pauses the list so it stays put; counting goes on.
SplitView {
    id: pane
    property TrafficController controller
    property var inspected: ({})
    readonly property int inspectorTab: inspector.currentIndex
    readonly property bool hasProtobuf: !!inspected.protobuf && inspected.protobuf.rawRows !== undefined
    property string exportResult: ""
    orientation: Qt.Horizontal

    function inspect(sequence) {
        controller.listFrozen = true
        inspected = controller.inspect(sequence)
        inspector.currentIndex = hasProtobuf ? 1 : inspected.envelope ? 0 : inspected.json !== "" ? 2 : inspected.text !== "" ? 3 : 4
    }

    /// Selects the list's row `row` and inspects it, as a click does.
    function inspectRow(row) {
        list.currentIndex = row
        if (list.currentItem)
            inspect(list.currentItem.sequence)
    }

    Pane {
        SplitView.preferredWidth: pane.width * 0.55
        SplitView.minimumWidth: 340
        padding: 0
        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.unit
            spacing: Theme.unit / 2
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    Layout.preferredWidth: 170
                    font.family: Theme.mono
                    placeholderText: qsTr("subject or pattern")
                    Accessible.name: qsTr("Show messages on subjects matching")
                    onTextChanged: pane.controller.messageSubject = text
                }
                TextField {
                    Layout.fillWidth: true
                    placeholderText: qsTr("payload contains…")
                    Accessible.name: qsTr("Show messages whose payload contains")
                    onTextChanged: pane.controller.messageText = text
                }
                Button {
                    text: pane.controller.listFrozen ? qsTr("Resume list") : qsTr("Pause list")
                    Accessible.name: text
                    Accessible.onPressAction: pane.controller.listFrozen = !pane.controller.listFrozen
                    onClicked: pane.controller.listFrozen = !pane.controller.listFrozen
                }
                Button {
                    text: qsTr("Export…")
                    Accessible.name: qsTr("Export the kept messages as NDJSON")
                    Accessible.onPressAction: exportPopup.open()
                    onClicked: exportPopup.open()
                }
            }
            Label {
                Layout.fillWidth: true
                visible: pane.controller.listFrozen
                text: qsTr("The list is paused; counting goes on. Resume to see new messages.")
                color: Theme.textMuted
                font.pixelSize: Theme.small
                elide: Text.ElideRight
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: pane.controller.messages
                currentIndex: -1
                activeFocusOnTab: true
                keyNavigationEnabled: true
                reuseItems: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Messages")
                ScrollBar.vertical: ScrollBar {}
                onCurrentIndexChanged: if (currentItem && activeFocus) pane.inspect(currentItem.sequence)
                delegate: ItemDelegate {
                    id: msg
                    required property int index
                    required property var sequence
                    required property var time
                    required property string subject
                    required property var size
                    required property string preview
                    required property string spoken
                    width: ListView.view.width
                    height: 24
                    leftPadding: 4
                    rightPadding: 4
                    highlighted: ListView.isCurrentItem
                    Accessible.name: spoken
                    Accessible.onPressAction: pane.inspect(sequence)
                    onClicked: { list.currentIndex = index; pane.inspect(sequence) }
                    // On the selected row's accent background every part of the row is drawn in
                    // the accent's text colour (muted grey or dark text would vanish on blue).
                    readonly property color ink: highlighted ? Theme.textOnAccent : Theme.text
                    readonly property color inkMuted: highlighted ? Theme.textOnAccent : Theme.textMuted
                    contentItem: RowLayout {
                        spacing: Theme.unit
                        Label { text: Qt.formatTime(msg.time, "HH:mm:ss.zzz"); font.family: Theme.mono; font.pixelSize: Theme.small; color: msg.inkMuted }
                        Label { text: msg.subject; font.family: Theme.mono; font.pixelSize: Theme.small; color: msg.ink; Layout.preferredWidth: 170; elide: Text.ElideMiddle }
                        Label { text: Fmt.bytes(msg.size); font.family: Theme.mono; font.pixelSize: Theme.small; color: msg.ink; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 64 }
                        Label { text: msg.preview; font.family: Theme.mono; font.pixelSize: Theme.small; color: msg.inkMuted; Layout.fillWidth: true; elide: Text.ElideRight }
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width - 48
                    visible: list.count === 0
                    title: pane.controller.kept > 0 ? qsTr("No kept message matches the filters") : qsTr("No message yet")
                    detail: pane.controller.kept > 0 ? "" : qsTr("Messages on the subscriptions appear here, newest first.")
                }
            }
        }
    }

    Pane {
        SplitView.fillWidth: true
        SplitView.minimumWidth: 280
        padding: 0
        background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: Theme.unit
            spacing: Theme.unit / 2
            Label {
                Layout.fillWidth: true
                text: pane.inspected.subject !== undefined
                      ? qsTr("%1 · %2").arg(pane.inspected.subject).arg(Fmt.bytes(pane.inspected.size))
                        + (pane.inspected.reply ? " · " + qsTr("reply to %1").arg(pane.inspected.reply) : "")
                      : pane.inspected.missing !== undefined ? pane.inspected.missing : qsTr("Select a message to inspect it.")
                font.family: pane.inspected.subject !== undefined ? Theme.mono : Qt.application.font.family
                color: pane.inspected.subject !== undefined ? Theme.text : Theme.textMuted
                elide: Text.ElideRight
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Label {
                visible: !!pane.inspected.truncated
                text: pane.inspected.truncated || ""
                color: Theme.textMuted
                font.pixelSize: Theme.small
            }
            TabBar {
                id: tabs
                Layout.fillWidth: true
                currentIndex: inspector.currentIndex
                onCurrentIndexChanged: inspector.currentIndex = currentIndex
                TabButton { text: qsTr("Envelope"); Accessible.name: text; enabled: !!pane.inspected.envelope }
                TabButton { text: qsTr("Protobuf"); Accessible.name: text; enabled: pane.hasProtobuf }
                TabButton { text: qsTr("JSON"); Accessible.name: text }
                TabButton { text: qsTr("Text"); Accessible.name: text }
                TabButton { text: qsTr("Hex"); Accessible.name: text }
            }
            StackLayout {
                id: inspector
                Layout.fillWidth: true
                Layout.fillHeight: true
                component Body: ScrollView {
                    id: bodyView
                    property alias text: area.text
                    property string name
                    TextArea {
                        id: area
                        readOnly: true
                        wrapMode: TextEdit.Wrap
                        font.family: Theme.mono
                        font.pixelSize: Theme.small
                        selectByMouse: true
                        Accessible.name: bodyView.name
                    }
                }
                Body {
                    name: qsTr("Envelope")
                    text: pane.inspected.envelope
                          ? qsTr("Header") + "\n" + pane.inspected.envelopeHeaders + "\n\n" + qsTr("Body") + "\n" + pane.inspected.envelopeBody
                            + (pane.inspected.envelopeNote ? "\n\n" + pane.inspected.envelopeNote : "")
                          : pane.inspected.subject !== undefined ? qsTr("Not a go-micro envelope.") : ""
                }
                ProtobufInspector {
                    view: pane.hasProtobuf ? pane.inspected.protobuf : ({})
                    subject: pane.inspected.subject || ""
                    types: pane.controller.session ? pane.controller.session.schemas.messageTypes : []
                    onTypeChosen: fullName => {
                        pane.controller.setMessageType(subject, fullName)
                        pane.inspected = pane.controller.inspect(pane.inspected.sequence)
                    }
                }
                Body {
                    name: qsTr("JSON")
                    text: pane.inspected.json ? pane.inspected.json + (pane.inspected.note ? "\n\n" + pane.inspected.note : "")
                          : pane.inspected.subject !== undefined ? qsTr("Not JSON.") : ""
                }
                Body {
                    name: qsTr("Text")
                    text: pane.inspected.text !== undefined && pane.inspected.text !== "" ? pane.inspected.text
                          : pane.inspected.subject !== undefined ? qsTr("Not text: see Hex.") : ""
                }
                Body { name: qsTr("Hex"); text: pane.inspected.hex || "" }
            }
            Label {
                Layout.fillWidth: true
                visible: !!pane.inspected.headers
                text: qsTr("NATS headers: %1").arg((pane.inspected.headers || "").replace(/\n/g, "; "))
                font.family: Theme.mono
                font.pixelSize: Theme.small
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }

    Popup {
        id: exportPopup
        anchors.centerIn: Overlay.overlay
        modal: true
        width: 520
        padding: Theme.unit * 2
        onOpened: { pathField.text = pane.controller.suggestedExportPath(); pane.exportResult = ""; pathField.forceActiveFocus() }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.unit
            Label { text: qsTr("Export the kept messages that match the filters as NDJSON"); font.weight: Font.DemiBold; wrapMode: Text.Wrap; Layout.fillWidth: true }
            TextField { id: pathField; Layout.fillWidth: true; Accessible.name: qsTr("File to write") }
            Label { Layout.fillWidth: true; visible: pane.exportResult !== ""; text: pane.exportResult; wrapMode: Text.Wrap; color: Theme.textMuted }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button { text: qsTr("Close"); Accessible.name: text; Accessible.onPressAction: exportPopup.close(); onClicked: exportPopup.close() }
                Button {
                    text: qsTr("Export")
                    highlighted: true
                    Accessible.name: qsTr("Write the file")
                    Accessible.onPressAction: pane.exportResult = pane.controller.exportMessages(pathField.text)
                    onClicked: pane.exportResult = pane.controller.exportMessages(pathField.text)
                }
            }
        }
    }
}
