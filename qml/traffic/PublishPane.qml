import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Publish to a subject: a go-micro event (broker envelope) or raw bytes with NATS headers. A
// known subscriber's request type becomes a form.
Pane {
    id: pane
    property TrafficPublisher publisher
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    function send() {
        const useForm = publisher.hasForm && modeTabs.currentIndex === 0
        publisher.publish(body.text, headers.text, useForm)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        SectionHeader { text: qsTr("Publish") }
        NamedComboBox {
            id: subject
            Layout.fillWidth: true
            editable: true
            model: pane.publisher.knownTopics()
            font.family: Theme.mono
            Accessible.name: qsTr("Subject to publish to")
            onEditTextChanged: pane.publisher.subject = editText
            onActivated: pane.publisher.subject = currentText
            Component.onCompleted: editText = ""
            onPressedChanged: if (pressed) model = pane.publisher.knownTopics()
        }
        RowLayout {
            RadioButton {
                text: qsTr("go-micro event")
                checked: pane.publisher.asEvent
                Accessible.name: text
                onToggled: pane.publisher.asEvent = true
            }
            RadioButton {
                text: qsTr("raw payload")
                checked: !pane.publisher.asEvent
                Accessible.name: text
                onToggled: pane.publisher.asEvent = false
            }
        }
        RowLayout {
            // Only where a .proto gives the topic's type: protobuf needs the message type.
            visible: pane.publisher.protoType !== ""
            Label { text: qsTr("Body as"); color: Theme.textMuted }
            ComboBox {
                model: [qsTr("JSON"), qsTr("Protobuf")]
                currentIndex: pane.publisher.contentType === "application/protobuf" ? 1 : 0
                onActivated: index => pane.publisher.contentType = index === 1 ? "application/protobuf" : "application/json"
                Accessible.name: qsTr("Send the event body as JSON or protobuf")
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.textMuted
            text: pane.publisher.asEvent
                  ? qsTr("Sent as go-micro's broker sends it: a JSON envelope with Micro-Topic, Micro-ID and Content-Type; your headers go into the envelope.")
                  : qsTr("Sent as the bytes below; headers become NATS headers.")
        }
        TabBar {
            id: modeTabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Form"); Accessible.name: text; enabled: pane.publisher.hasForm }
            TabButton { text: qsTr("Payload"); Accessible.name: text }
            onCurrentIndexChanged: if (currentIndex === 1 && pane.publisher.hasForm) body.text = pane.publisher.formJson()
        }
        Binding { target: modeTabs; property: "currentIndex"; value: pane.publisher.hasForm ? 0 : 1; when: !pane.publisher.hasForm }
        Label {
            Layout.fillWidth: true
            visible: pane.publisher.formNote !== ""
            text: pane.publisher.formNote
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.textMuted
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: modeTabs.currentIndex
            ListView {
                clip: true
                model: pane.publisher.form
                Accessible.role: Accessible.Form
                Accessible.name: qsTr("Event form")
                ScrollBar.vertical: ScrollBar {}
                delegate: FormFieldRow { form: pane.publisher.form }
            }
            ScrollView {
                TextArea {
                    id: body
                    font.family: Theme.mono
                    placeholderText: qsTr("{\"id\": 1}")
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Payload")
                }
            }
        }
        Label { text: qsTr("Headers (Key: Value, one per line)"); font.pixelSize: Theme.small; color: Theme.textMuted }
        TextArea {
            id: headers
            Layout.fillWidth: true
            Layout.preferredHeight: 64
            font.family: Theme.mono
            Accessible.name: qsTr("Headers")
            background: Rectangle { color: Theme.surfaceAlt; border.color: Theme.border; radius: 4 }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Publish")
                highlighted: true
                enabled: !pane.publisher.busy && pane.publisher.subject !== ""
                Accessible.name: text
                Accessible.description: enabled ? "" : qsTr("Type a subject first")
                Accessible.onPressAction: pane.send()
                onClicked: pane.send()
            }
            Label {
                Layout.fillWidth: true
                text: pane.publisher.result
                color: pane.publisher.resultOk ? Theme.textMuted : Theme.down
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
