import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The response: status and latency on top, the error large when there is one, the body
// (pretty JSON, text or hex), the headers on demand.
Pane {
    id: pane
    property CallController controller
    readonly property var r: controller.response
    readonly property bool has: r.kind !== undefined
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        RowLayout {
            Layout.fillWidth: true
            SectionHeader { text: qsTr("Response") }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: pane.controller.busy; visible: running; implicitWidth: 22; implicitHeight: 22; Accessible.name: qsTr("Waiting for the response") }
            Label {
                visible: pane.has
                text: pane.has ? (pane.r.statusText + " · " + Fmt.millis(pane.r.latencyMs) + " · " + Fmt.bytes(pane.r.size)) : ""
                color: pane.r.ok ? Theme.healthy : Theme.down
                font.family: Theme.mono
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                elide: Text.ElideMiddle
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        // An error: code and status large, detail below.
        Rectangle {
            Layout.fillWidth: true
            visible: pane.has && !pane.r.ok
            implicitHeight: errorColumn.implicitHeight + Theme.unit * 2
            color: Theme.errorBg
            radius: Theme.radius
            ColumnLayout {
                id: errorColumn
                anchors.fill: parent
                anchors.margins: Theme.unit
                Label {
                    text: pane.r.errorCode ? pane.r.errorCode + " " + (pane.r.errorStatus || "") : (pane.r.kind || "")
                    font.pixelSize: Theme.display
                    color: Theme.down
                }
                Label { Layout.fillWidth: true; text: pane.r.errorDetail || ""; wrapMode: Text.Wrap; font.family: Theme.mono }
                Label { visible: !!pane.r.errorId; text: qsTr("id %1").arg(pane.r.errorId || ""); color: Theme.textMuted; font.pixelSize: Theme.small }
            }
        }
        Label {
            visible: pane.has && pane.r.bodyNote !== ""
            text: pane.r.bodyNote || ""
            // "decoded as …" only informs; a cut or undecodable body is worth a second look.
            color: pane.r.bodyNoteInfo ? Theme.textMuted : Theme.degraded
            font.pixelSize: Theme.small
            Layout.fillWidth: true
            wrapMode: Text.Wrap
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth // wrapped text: no implicitWidth loop
            TextArea {
                objectName: "responseBody"
                readOnly: true
                selectByMouse: true
                text: pane.has ? pane.r.body : ""
                font.family: Theme.mono
                wrapMode: TextEdit.WrapAnywhere
                // After an answer the invitation to send goes: a failed call shows only its error,
                // an answer without a body says so.
                placeholderText: pane.controller.busy ? qsTr("Waiting…")
                                 : !pane.has ? qsTr("Send a request to see the response here.")
                                 : pane.r.ok ? qsTr("The response has no body.") : ""
                Accessible.name: qsTr("Response body")
            }
        }
        Button {
            id: headersToggle
            visible: pane.has
            checkable: true
            flat: true
            text: (checked ? "▾ " : "▸ ") + qsTr("headers")
            Accessible.name: qsTr("Show the response headers")
        }
        Label {
            visible: headersToggle.checked && pane.has
            Layout.fillWidth: true
            text: pane.r.headers || qsTr("(none)")
            font.family: Theme.mono
            font.pixelSize: Theme.small
            wrapMode: Text.WrapAnywhere
            color: Theme.textMuted
        }
    }
}
