import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// One row of the generated call form: a field, a list element or a map entry.
Item {
    id: row
    required property int index
    required property string label
    required property string path
    required property int depth
    required property string kind
    required property string typeName
    required property string value
    required property string key
    required property string error
    required property string range
    required property string note
    required property bool canAdd
    required property bool canRemove
    required property var choices
    required property string accessibleText
    required property string toolTip
    required property string placeholder
    required property string oneof
    required property var anyTypes
    property CallFormModel form

    readonly property bool leaf: kind !== "object" && kind !== "array" && kind !== "map"
    readonly property bool entry: label === qsTr("key") && canRemove

    width: ListView.view ? ListView.view.width : 400
    implicitHeight: column.implicitHeight + 6

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Math.min(row.depth, 12) * 18
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Label {
                visible: !row.entry
                text: row.label
                font.family: Theme.mono
                Layout.preferredWidth: 130
                elide: Text.ElideRight
                color: row.leaf ? Theme.text : Theme.textMuted
                ToolTip.visible: hoverArea.hovered && (truncated || row.toolTip !== "")
                ToolTip.text: row.toolTip !== "" ? row.path + "\n" + row.toolTip : row.path
                HoverHandler { id: hoverArea }
            }
            TextField {
                id: keyField
                visible: row.entry
                Layout.preferredWidth: 130
                text: row.key
                placeholderText: qsTr("key")
                font.family: Theme.mono
                Accessible.name: qsTr("Key of %1").arg(row.path)
                onEditingFinished: if (text !== row.key) row.form.setValue(row.index, text, true)
            }
            Loader {
                Layout.fillWidth: true
                active: row.leaf
                visible: active
                sourceComponent: row.kind === "bool" || row.choices.length > 0 ? choiceEditor : textEditor
            }
            // google.protobuf.Any: picking a type writes its "@type"; its fields follow in the JSON.
            NamedComboBox {
                visible: row.anyTypes.length > 0
                Layout.preferredWidth: 96 // the JSON beside it keeps most of the row
                model: [qsTr("type…")].concat(row.anyTypes)
                currentIndex: 0
                onActivated: (i) => {
                    if (i > 0)
                        row.form.setValue(row.index, JSON.stringify({ "@type": "type.googleapis.com/" + row.anyTypes[i - 1] }))
                    currentIndex = 0
                }
                Accessible.name: qsTr("Message type inside %1").arg(row.path)
            }
            Label {
                visible: !row.leaf
                Layout.fillWidth: true
                text: row.oneof !== "" ? qsTr("%1 · one of %2").arg(row.typeName).arg(row.oneof) : row.typeName
                font.family: Theme.mono
                font.pixelSize: Theme.small
                color: Theme.typeColor
            }
            Label {
                visible: row.leaf
                text: row.oneof !== "" ? qsTr("%1 · one of %2").arg(row.typeName).arg(row.oneof) : row.typeName
                font.family: Theme.mono
                font.pixelSize: Theme.small
                color: Theme.typeColor
                Layout.preferredWidth: row.oneof !== "" ? 150 : 90
                elide: Text.ElideRight
            }
            Button {
                visible: row.canAdd
                text: "+"
                implicitWidth: 32
                Accessible.name: qsTr("Add an element to %1").arg(row.path)
                Accessible.onPressAction: row.form.addItem(row.index)
                onClicked: row.form.addItem(row.index)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }
            Button {
                visible: row.canRemove
                text: "–"
                implicitWidth: 32
                Accessible.name: qsTr("Remove %1").arg(row.path)
                Accessible.onPressAction: row.form.removeItem(row.index)
                onClicked: row.form.removeItem(row.index)
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name
            }
        }
        Label {
            visible: row.error !== "" || row.note !== ""
            Layout.fillWidth: true
            Layout.leftMargin: 138
            text: row.error !== "" ? row.error : row.note
            color: row.error !== "" ? Theme.down : Theme.textFaint
            font.pixelSize: Theme.small
            wrapMode: Text.Wrap
        }
    }

    Component {
        id: textEditor
        TextField {
            text: row.value
            font.family: Theme.mono
            placeholderText: row.placeholder !== "" ? row.placeholder : row.range !== "" ? row.range
                             : row.kind === "json" ? qsTr("JSON") : ""
            Accessible.name: row.path
            Accessible.description: row.toolTip !== "" ? row.typeName + ", " + row.toolTip : row.typeName
            color: row.error !== "" ? Theme.down : Theme.text
            inputMethodHints: row.kind === "int" || row.kind === "uint" ? Qt.ImhFormattedNumbersOnly : Qt.ImhNone
            onTextEdited: row.form.setValue(row.index, text)
        }
    }
    Component {
        id: choiceEditor
        NamedComboBox {
            readonly property var options: row.kind === "bool" ? ["", "true", "false"] : [""].concat(row.choices)
            model: options.map(o => o === "" ? qsTr("(unset)") : o)
            currentIndex: Math.max(0, options.indexOf(row.value))
            Accessible.name: row.path
            onActivated: i => row.form.setValue(row.index, options[i])
        }
    }
}
