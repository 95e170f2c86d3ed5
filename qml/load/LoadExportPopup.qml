import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Export the run shown: JSON (the object `switchboard-cli bench --json` prints, histogram
// counters included) or CSV (one line a second). What happened is said in the popup, a folder
// that cannot be written included.
Popup {
    id: popup
    property LoadRunController load
    property string result: ""
    anchors.centerIn: Overlay.overlay
    modal: true
    width: Math.min(540, Overlay.overlay ? Overlay.overlay.width - 40 : 540)
    padding: Theme.unit * 2
    onOpened: { json.checked = true; pathField.text = load.suggestedExportPath("json"); result = ""; pathField.forceActiveFocus() }

    function write() {
        const path = pathField.text
        const error = json.checked ? load.exportJson(path) : load.exportCsv(path)
        result = error !== "" ? error : qsTr("The run was written to %1").arg(path)
    }
    function switchTo(extension) {
        pathField.text = pathField.text.replace(/\.(json|csv)$/i, "") + "." + extension
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Export the load run"); font.weight: Font.DemiBold; Layout.fillWidth: true }
        RowLayout {
            spacing: Theme.unit
            RadioButton { id: json; text: qsTr("JSON: the whole run"); onToggled: if (checked) popup.switchTo("json"); Accessible.name: text }
            RadioButton { text: qsTr("CSV: one line a second"); onToggled: if (checked) popup.switchTo("csv"); Accessible.name: text }
        }
        TextField { id: pathField; Layout.fillWidth: true; Accessible.name: qsTr("File to write"); onAccepted: popup.write() }
        Label { Layout.fillWidth: true; visible: popup.result !== ""; text: popup.result; wrapMode: Text.Wrap; color: Theme.textMuted
                Accessible.role: Accessible.StaticText; Accessible.name: text }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            Button { text: qsTr("Close"); Accessible.name: text; Accessible.onPressAction: popup.close(); onClicked: popup.close() }
            Button {
                text: qsTr("Export")
                highlighted: true
                Accessible.name: qsTr("Write the file")
                Accessible.onPressAction: popup.write()
                onClicked: popup.write()
            }
        }
    }
}
