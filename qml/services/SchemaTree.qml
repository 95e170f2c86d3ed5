import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// A request or response type as an expandable tree; virtualised, so huge types stay cheap.
ListView {
    id: tree
    property alias service: treeModel.service
    property alias endpoint: treeModel.endpoint
    property alias response: treeModel.response
    /// The .proto file the type comes from, when one describes the endpoint.
    readonly property alias protoFile: treeModel.protoFile
    implicitHeight: Math.min(contentHeight, 260)
    clip: true
    interactive: contentHeight > height
    boundsBehavior: Flickable.StopAtBounds
    model: SchemaTreeModel { id: treeModel; session: App.shownSession }
    Accessible.role: Accessible.Tree
    Accessible.name: (response ? qsTr("Response type of %1") : qsTr("Request type of %1")).arg(endpoint)
    ScrollBar.vertical: ScrollBar {}
    delegate: ItemDelegate {
        id: row
        required property int index
        required property string label
        required property string typeName
        required property int depth
        required property bool expandable
        required property bool expanded
        required property string note
        required property string accessibleText
        width: ListView.view.width
        height: 24
        padding: 0
        Accessible.role: Accessible.TreeItem
        Accessible.name: accessibleText
        Accessible.onPressAction: treeModel.toggle(index)
        onClicked: treeModel.toggle(index)
        contentItem: RowLayout {
            spacing: 4
            Item { Layout.preferredWidth: Math.min(row.depth, 30) * 16 }
            Label {
                Layout.preferredWidth: 12
                text: row.expandable ? (row.expanded ? "▾" : "▸") : ""
                color: Theme.textMuted
            }
            Label { text: row.label; font.family: Theme.mono; font.pixelSize: Theme.small }
            Label { text: row.typeName; font.family: Theme.mono; font.pixelSize: Theme.small; color: Theme.typeColor }
            Label {
                Layout.fillWidth: true
                text: row.note + (row.depth > 30 ? qsTr(" (level %1)").arg(row.depth + 1) : "")
                color: Theme.textFaint
                font.pixelSize: Theme.small
                elide: Text.ElideRight
            }
        }
    }
}
