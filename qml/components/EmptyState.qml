import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// What is missing and what to do, instead of an empty pane.
ColumnLayout {
    id: empty
    property string title
    property string detail
    property string actionText
    property bool busy: false
    signal action()
    spacing: Theme.unit
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: empty.busy
        running: visible
        Accessible.name: qsTr("Loading")
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: empty.title
        font.pixelSize: Theme.title
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        horizontalAlignment: Text.AlignHCenter
        text: empty.detail
        color: Theme.textMuted
        wrapMode: Text.Wrap
        visible: text !== ""
    }
    Button {
        Layout.alignment: Qt.AlignHCenter
        visible: empty.actionText !== ""
        text: empty.actionText
        Accessible.name: text
        Accessible.onPressAction: empty.action()
        onClicked: empty.action()
    }
}
