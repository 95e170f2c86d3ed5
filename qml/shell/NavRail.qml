import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The navigation rail: icon + short label per page, shortcut in the tooltip.
Rectangle {
    id: rail
    property var pages: []
    property string current: ""
    signal activated(string name)

    implicitWidth: 76
    color: Theme.rail
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Pages")

    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.unit
        spacing: Theme.unit / 2

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: Theme.unit
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
            source: "qrc:/qt/qml/Switchboard/icons/switchboard.png"
            sourceSize.width: 64 // drawn at 2× and scaled down smoothly: crisp on HiDPI too
            sourceSize.height: 64
            smooth: true
            mipmap: true
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("Switchboard")
        }

        Repeater {
            model: rail.pages
            delegate: AbstractButton {
                id: item
                required property var modelData
                readonly property bool selected: rail.current === modelData.name
                Layout.fillWidth: true
                Layout.leftMargin: 6
                Layout.rightMargin: 6
                implicitHeight: 56
                focusPolicy: Qt.StrongFocus
                checkable: false
                Accessible.role: Accessible.PageTab
                Accessible.name: modelData.label
                Accessible.description: qsTr("Shortcut %1").arg(modelData.key)
                Accessible.onPressAction: rail.activated(modelData.name)
                onClicked: rail.activated(modelData.name)
                ToolTip.visible: hovered
                ToolTip.delay: 400
                ToolTip.text: modelData.label + "  (" + modelData.key + ")"
                background: Rectangle {
                    radius: Theme.radius
                    color: item.selected ? Theme.selection : item.hovered ? Theme.hover : "transparent"
                    border.width: item.visualFocus ? 2 : 0
                    border.color: Theme.accent
                }
                contentItem: Column {
                    spacing: 2
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: item.modelData.icon
                        font.pixelSize: 20
                        color: item.selected ? Theme.accent : Theme.textMuted
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: item.modelData.label
                        font.pixelSize: Theme.small
                        font.weight: item.selected ? Font.DemiBold : Font.Normal
                        color: item.selected ? Theme.text : Theme.textMuted
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
