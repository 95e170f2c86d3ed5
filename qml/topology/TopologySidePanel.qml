import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The selection in words, with where to go from it, and the whole map as a list (keyboard and
// screen readers walk it instead of the drawing).
Pane {
    id: panel
    required property TopologyModel model
    signal drillRequested(string key)
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        SectionHeader { text: panel.model.selection.kind ? panel.model.selection.kind : qsTr("Selection") }
        Label {
            Layout.fillWidth: true
            text: panel.model.selection.title || qsTr("Click a zone, service, node or topic. Double-click goes a level down.")
            font.family: panel.model.selection.title ? Theme.mono : font.family
            font.pixelSize: panel.model.selection.title ? Theme.title : Theme.body
            color: panel.model.selection.title ? Theme.text : Theme.textMuted
            wrapMode: panel.model.selection.title ? Text.WrapAnywhere : Text.Wrap
        }
        Repeater {
            model: panel.model.selection.lines || []
            delegate: Label {
                required property string modelData
                Layout.fillWidth: true
                text: modelData
                wrapMode: Text.Wrap
                font.pixelSize: Theme.small
                color: Theme.textMuted
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.unit
            visible: !!panel.model.selection.service || !!panel.model.selection.canDrill
            Button {
                visible: !!panel.model.selection.canDrill
                text: qsTr("Look inside")
                Accessible.name: qsTr("Go a level down into %1").arg(panel.model.selection.title || "")
                Accessible.onPressAction: clicked()
                onClicked: panel.drillRequested(panel.model.selected)
            }
            Button {
                visible: !!panel.model.selection.service
                text: qsTr("Open in Services")
                Accessible.name: text
                Accessible.onPressAction: clicked()
                onClicked: window.showService(panel.model.selection.service, "")
            }
            Button {
                visible: !!panel.model.selection.service
                text: qsTr("Call…")
                Accessible.name: qsTr("Call %1").arg(panel.model.selection.service || "")
                Accessible.onPressAction: clicked()
                onClicked: window.callEndpoint(panel.model.selection.service, "")
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
        SectionHeader { text: qsTr("Everything shown") }
        ListView {
            id: itemList
            objectName: "topologyItems"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: panel.model.items
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Topology items")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property string itemKey
                required property string itemText
                width: ListView.view.width
                height: 26
                text: itemText
                font.pixelSize: Theme.small
                highlighted: panel.model.selected === itemKey
                Accessible.name: itemText
                onClicked: panel.model.selected = itemKey
                ToolTip.visible: hovered && contentItem.truncated === true
                ToolTip.text: itemText
            }
        }
    }
}
