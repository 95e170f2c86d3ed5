import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Export the map: SVG (the whole map at this level, boxes, nodes, edges and words as elements)
// or PNG (the view as it is on screen). The path is suggested in the pictures folder; what
// happened is said in the popup, errors included (a folder that cannot be written).
Popup {
    id: popup
    required property TopologyModel model
    /// The item whose pixels the PNG holds (the map's canvas).
    required property Item canvas
    property string result: ""
    anchors.centerIn: Overlay.overlay
    modal: true
    width: 540
    padding: Theme.unit * 2
    onOpened: { svg.checked = true; pathField.text = model.suggestedExportPath("svg"); result = ""; pathField.forceActiveFocus() }

    function write() {
        const path = pathField.text
        if (svg.checked) {
            result = model.exportSvg(path, { background: Theme.surface, zone: Theme.surfaceAlt, group: Theme.surface,
                                             border: Theme.border, text: Theme.text, muted: Theme.textMuted,
                                             edge: Theme.textFaint, live: Theme.healthy, stale: Theme.stale,
                                             amber: Theme.degraded, red: Theme.down })
            return
        }
        result = qsTr("Writing…")
        canvas.grabToImage(image => {
            popup.result = image.saveToFile(path) ? qsTr("The view was written to %1").arg(path)
                                                  : qsTr("Could not write %1").arg(path)
        })
    }
    function switchTo(extension) {
        pathField.text = pathField.text.replace(/\.(svg|png)$/i, "") + "." + extension
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        Label { text: qsTr("Export the map"); font.weight: Font.DemiBold; Layout.fillWidth: true }
        RowLayout {
            spacing: Theme.unit
            RadioButton { id: svg; text: qsTr("SVG: the whole map"); onToggled: if (checked) popup.switchTo("svg"); Accessible.name: text }
            RadioButton { id: png; text: qsTr("PNG: the view as shown"); onToggled: if (checked) popup.switchTo("png"); Accessible.name: text }
        }
        TextField { id: pathField; Layout.fillWidth: true; Accessible.name: qsTr("File to write"); onAccepted: popup.write() }
        Label { Layout.fillWidth: true; visible: popup.result !== ""; text: popup.result; wrapMode: Text.Wrap; color: Theme.textMuted }
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
