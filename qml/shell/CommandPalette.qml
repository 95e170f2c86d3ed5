import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Ctrl+K: jump to a service, endpoint, node or server by fuzzy name.
Popup {
    id: popup
    signal chosen(string page, string service, string endpoint)
    function openPalette() { field.text = ""; open(); field.forceActiveFocus() }

    parent: Overlay.overlay
    x: (parent.width - width) / 2
    y: 80
    width: Math.min(640, parent.width - 80)
    height: Math.min(460, parent.height - 120)
    modal: true
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    PaletteModel { id: results; session: App.shownSession; query: field.text }

    function accept(i) {
        const r = results.get(i)
        if (!r.page) return
        popup.close()
        popup.chosen(r.page, r.service, r.endpoint)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit
        TextField {
            id: field
            Layout.fillWidth: true
            placeholderText: qsTr("Jump to a service, endpoint, node or server…")
            Accessible.name: qsTr("Command palette search")
            Keys.onDownPressed: list.incrementCurrentIndex()
            Keys.onUpPressed: list.decrementCurrentIndex()
            Keys.onReturnPressed: popup.accept(list.currentIndex)
            Keys.onEnterPressed: popup.accept(list.currentIndex)
            onTextChanged: list.currentIndex = 0
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: results
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Matches")
            delegate: ItemDelegate {
                required property int index
                required property string kind
                required property string title
                required property string subtitle
                required property string accessibleText
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                palette.windowText: highlighted ? Theme.textOnAccent : Theme.text
                Accessible.name: accessibleText
                onClicked: popup.accept(index)
                contentItem: RowLayout {
                    spacing: Theme.unit
                    Badge { text: kind; Layout.preferredWidth: 78 }
                    Label { text: title; font.family: Theme.mono; Layout.fillWidth: true; elide: Text.ElideRight }
                    Label { text: subtitle; color: highlighted ? Theme.textOnAccent : Theme.textMuted; font.pixelSize: Theme.small }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: field.text ? qsTr("Nothing matches “%1”.").arg(field.text) : qsTr("Nothing discovered yet.")
                color: Theme.textMuted
            }
        }
    }
}
