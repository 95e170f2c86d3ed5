import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The Call page's left pane: the call history and the saved collections, searchable; a click
// loads a request into the editor (a double-click runs it again), a load run's entry opens the run.
Pane {
    id: pane
    property CallController controller
    signal loadRunOpened(var stored)
    signal loadRunAsked()
    signal saveAsked(int historyRow)
    padding: Theme.unit
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
    ColumnLayout {
        anchors.fill: parent
        TabBar {
            id: historyTabs
            Layout.fillWidth: true
            TabButton { text: qsTr("History"); Accessible.name: text }
            TabButton { text: qsTr("Collections"); Accessible.name: text }
        }
        TextField {
            id: historySearch
            Layout.fillWidth: true
            placeholderText: qsTr("Search…")
            Accessible.name: qsTr("Search the history")
        }
        Banner {
            Layout.fillWidth: true
            visible: App.history.loadError !== ""
            kind: "warning"
            text: App.history.loadError
        }
        ServiceFilterModel {
            id: historyFiltered
            model: historyTabs.currentIndex === 0 ? App.history.calls : App.history.saved
            filterText: historySearch.text
            filterRoles: ["service", "endpoint", "body", "status", "collection", "title"]
            sortRoleName: ""
        }
        ListView {
            id: historyList
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: historyFiltered
            section.property: historyTabs.currentIndex === 1 ? "collection" : ""
            section.delegate: SectionHeader { required property string section; text: section; topPadding: 6 }
            Accessible.role: Accessible.List
            Accessible.name: historyTabs.currentIndex === 0 ? qsTr("Call history") : qsTr("Saved requests")
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: h
                required property int index
                required property string service
                required property string endpoint
                required property bool ok
                required property string status
                required property var at
                required property string title
                required property string accessibleText
                required property var contentType
                required property var loadRun
                width: ListView.view.width
                Accessible.name: accessibleText
                readonly property var stored: historyTabs.currentIndex === 0 ? App.history.call(historyFiltered.sourceRow(index))
                                                                        : App.history.savedCall(historyFiltered.sourceRow(index))
                onClicked: h.loadRun ? pane.loadRunOpened(stored) : pane.controller.load(stored, false)
                onDoubleClicked: h.loadRun ? pane.loadRunOpened(stored) : pane.controller.load(stored, true)
                contentItem: ColumnLayout {
                    spacing: 0
                    RowLayout {
                        Label { text: h.loadRun ? "⇶" : h.ok ? "✓" : "✗"; color: h.ok ? Theme.healthy : Theme.down }
                        Label { text: historyTabs.currentIndex === 1 && h.title ? h.title : h.service + " " + h.endpoint; font.family: Theme.mono; font.pixelSize: Theme.small; Layout.fillWidth: true; elide: Text.ElideRight }
                    }
                    Label {
                        text: (h.at ? h.at.toString().substring(11, 19) : "") + " · " + h.status
                              + (h.contentType === "application/protobuf" ? " · " + qsTr("protobuf") : "")
                        font.pixelSize: Theme.small; color: Theme.textMuted; elide: Text.ElideRight; Layout.fillWidth: true
                    }
                }
                TapHandler { acceptedButtons: Qt.RightButton; onTapped: historyMenu.popup() }
                Menu {
                    id: historyMenu
                    MenuItem { text: qsTr("Edit"); onTriggered: pane.controller.load(h.stored, false) }
                    MenuItem { text: qsTr("Run again"); onTriggered: pane.controller.load(h.stored, true) }
                    MenuItem { text: qsTr("Load run…"); onTriggered: { pane.controller.load(h.stored, false); pane.loadRunAsked() } }
                    MenuItem {
                        text: historyTabs.currentIndex === 0 ? qsTr("Save to collection…") : qsTr("Remove")
                        onTriggered: historyTabs.currentIndex === 0 ? pane.saveAsked(historyFiltered.sourceRow(h.index))
                                                                    : App.history.removeSaved(historyFiltered.sourceRow(h.index))
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                width: parent.width - 20
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                visible: historyList.count === 0
                color: Theme.textMuted
                text: historySearch.text ? qsTr("Nothing matches.")
                      : historyTabs.currentIndex === 0 ? qsTr("Calls you send appear here. Click one to edit it, double-click to run it again.")
                      : qsTr("Save a call from the history (right-click) to keep it in a collection.")
            }
        }
        RowLayout {
            Button {
                text: qsTr("Run again")
                enabled: historyList.currentIndex >= 0 || historyList.count > 0
                Accessible.name: qsTr("Run the selected call again")
                onClicked: {
                    const row = historyFiltered.sourceRow(Math.max(0, historyList.currentIndex))
                    pane.controller.load(historyTabs.currentIndex === 0 ? App.history.call(row) : App.history.savedCall(row), true)
                }
                Accessible.onPressAction: clicked()
            }
            Button {
                visible: historyTabs.currentIndex === 0
                text: qsTr("Save…")
                enabled: historyList.count > 0
                Accessible.name: qsTr("Save the selected call to a collection")
                onClicked: pane.saveAsked(historyFiltered.sourceRow(Math.max(0, historyList.currentIndex)))
                Accessible.onPressAction: clicked()
            }
        }
    }
}
