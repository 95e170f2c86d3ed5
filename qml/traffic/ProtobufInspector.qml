import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// A protobuf body in the inspector (issue 24): the message type it is decoded with (the choice
// for its subject, else the subscriber's request type), its fields as an indented tree, and its
// proto3 JSON; without a type, the schema-less decode (field numbers and wire types, as
// protoc --decode_raw). The type picked here is remembered for the subject.
ColumnLayout {
    id: root
    property var view: ({})          // TrafficController.inspect(…).protobuf
    property string subject
    property var types: []           // the session's message types, full names
    signal typeChosen(string fullName) // a full name, "-" for schema-less, "" for the suggestion

    readonly property bool typed: !!view.type && !view.error
    spacing: Theme.unit / 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        Label { text: qsTr("Decode as"); color: Theme.textMuted }
        ComboBox {
            id: typeBox
            Layout.fillWidth: true
            Layout.minimumWidth: 160
            Layout.maximumWidth: 420
            model: [qsTr("Schema-less")].concat(root.types)
            currentIndex: root.view.type ? root.types.indexOf(root.view.type) + 1 : 0
            Accessible.name: qsTr("Message type to decode the payload with")
            onActivated: index => root.typeChosen(index === 0 ? "-" : root.types[index - 1])
        }
        Button {
            visible: !!root.view.chosen
            text: qsTr("Suggested type")
            Accessible.name: qsTr("Forget the chosen type and use the suggested one")
            Accessible.onPressAction: root.typeChosen("")
            onClicked: root.typeChosen("")
        }
    }
    // Where the type comes from, and the tree or text choice beside it: on a line of their own so
    // that a narrow pane keeps the type's name readable.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.small
            color: Theme.textMuted
            text: root.view.source ? root.view.source
                  : root.types.length === 0 ? qsTr("No .proto files are imported: the payload is decoded without names. Import them in Profiles.")
                  : qsTr("No type is known for %1: pick one to decode with names.").arg(root.subject)
        }
        TabBar {
            id: shape
            Layout.alignment: Qt.AlignTop
            TabButton { text: qsTr("Tree"); Accessible.name: qsTr("Show the fields as a tree"); width: implicitWidth + Theme.unit }
            TabButton { text: root.typed ? qsTr("JSON") : qsTr("Raw text"); Accessible.name: text; width: implicitWidth + Theme.unit }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: !!root.view.error
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.degraded
        text: qsTr("Not a %1: %2. The schema-less decode is shown.").arg(root.view.type || "").arg(root.view.error || "")
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        visible: !root.typed && !!root.view.rawError
        wrapMode: Text.Wrap
        font.pixelSize: Theme.small
        color: Theme.degraded
        text: root.view.rawError || ""
    }
    StackLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        currentIndex: shape.currentIndex
        ListView {
            id: tree
            clip: true
            activeFocusOnTab: true
            model: root.typed ? root.view.rows : root.view.rawRows
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            Accessible.role: Accessible.Tree
            Accessible.name: qsTr("Fields of the message")
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            highlight: Rectangle { color: Theme.selection; visible: tree.activeFocus }
            delegate: Item {
                id: row
                required property var modelData
                required property int index
                width: tree.width
                height: Math.max(nameLabel.implicitHeight, valueLabel.implicitHeight) + 4
                Accessible.role: Accessible.TreeItem
                Accessible.name: (modelData.name + " " + modelData.value + " " + modelData.type).trim()
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 4 + row.modelData.depth * 16
                    anchors.rightMargin: 4
                    spacing: Theme.unit
                    Label {
                        id: nameLabel
                        text: row.modelData.name
                        font.family: Theme.mono
                        font.pixelSize: Theme.small
                        color: Theme.text
                    }
                    Label {
                        id: valueLabel
                        Layout.fillWidth: true
                        text: row.modelData.value
                        font.family: Theme.mono
                        font.pixelSize: Theme.small
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        // Schema-less rows are named by their numbers already.
                        text: row.modelData.number > 0 && row.modelData.name !== String(row.modelData.number)
                              ? qsTr("%1 · #%2").arg(row.modelData.type).arg(row.modelData.number) : row.modelData.type
                        font.family: Theme.mono
                        font.pixelSize: Theme.small
                        color: Theme.typeColor
                        elide: Text.ElideLeft
                        Layout.maximumWidth: tree.width * 0.4
                    }
                }
            }
            footer: Label {
                visible: !!(root.typed ? root.view.rowsCut : root.view.rawRowsCut)
                width: tree.width
                text: qsTr("The tree stops here; the rest is in the other view.")
                font.pixelSize: Theme.small
                color: Theme.textMuted
            }
        }
        ScrollView {
            TextArea {
                readOnly: true
                wrapMode: TextEdit.Wrap
                font.family: Theme.mono
                font.pixelSize: Theme.small
                selectByMouse: true
                text: root.typed ? (root.view.json || "") : (root.view.rawText || "")
                Accessible.name: root.typed ? qsTr("The message as JSON") : qsTr("The schema-less decode as text")
            }
        }
    }
}
