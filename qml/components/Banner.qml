import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// A problem said in place, with the action that fixes it.
Rectangle {
    id: banner
    property string kind: "error" // error, warning, info
    property string text
    property string actionText
    property string secondActionText
    signal action()
    signal secondAction()

    implicitHeight: row.implicitHeight + Theme.unit * 2
    radius: Theme.radius
    color: kind === "error" ? Theme.errorBg : kind === "warning" ? Theme.warningBg : Theme.infoBg
    border.color: kind === "error" ? Theme.down : kind === "warning" ? Theme.degraded : Theme.accent
    border.width: 1
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit
        Label {
            text: banner.kind === "error" ? "⚠" : banner.kind === "warning" ? "↻" : "ℹ"
            color: banner.border.color
            font.pixelSize: Theme.title
        }
        Label {
            Layout.fillWidth: true
            text: banner.text
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Button {
            visible: banner.secondActionText !== ""
            text: banner.secondActionText
            Accessible.name: text
            Accessible.onPressAction: banner.secondAction()
            onClicked: banner.secondAction()
        }
        Button {
            visible: banner.actionText !== ""
            text: banner.actionText
            Accessible.name: text
            Accessible.onPressAction: banner.action()
            onClicked: banner.action()
        }
    }
}
