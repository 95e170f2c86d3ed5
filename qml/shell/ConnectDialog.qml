import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Connect to a NATS cluster: URLs, then user/password or a token. (Profiles come with the
// Connections page.) The password is never stored.
Dialog {
    id: dialog
    title: qsTr("Connect to NATS")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 460
    standardButtons: Dialog.Cancel
    onOpened: urls.forceActiveFocus()

    function go() {
        App.connectTo(urls.text, user.text, password.text, token.text)
        password.text = ""
        dialog.close()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Server URLs (comma-separated)") }
        TextField {
            id: urls
            Layout.fillWidth: true
            text: App.lastServer || "nats://127.0.0.1:4222"
            font.family: Theme.mono
            Accessible.name: qsTr("Server URLs")
            onAccepted: dialog.go()
        }
        GridLayout {
            columns: 2
            Layout.fillWidth: true
            Label { text: qsTr("User") }
            TextField { id: user; Layout.fillWidth: true; Accessible.name: qsTr("User") }
            Label { text: qsTr("Password") }
            TextField { id: password; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("password"); Accessible.name: qsTr("Password"); onAccepted: dialog.go() }
            Label { text: qsTr("Token") }
            TextField { id: token; Layout.fillWidth: true; echoMode: TextInput.Password; placeholderText: qsTr("token"); Accessible.name: qsTr("Token"); onAccepted: dialog.go() }
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                text: qsTr("Start the demo instead")
                flat: true
                Accessible.name: text
                Accessible.onPressAction: { App.startDemo(); dialog.close() }
                onClicked: { App.startDemo(); dialog.close() }
            }
            Item { Layout.fillWidth: true }
            Button {
                text: qsTr("Connect")
                highlighted: true
                Accessible.name: qsTr("Connect")
                Accessible.onPressAction: dialog.go()
                onClicked: dialog.go()
            }
        }
    }
}
