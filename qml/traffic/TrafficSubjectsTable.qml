import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Subjects seen on the subscriptions: rate, bytes/s, total, last seen and the last minute as a
// sparkline; sortable, filterable (text, or a wildcard pattern). A click charts the subject.
Pane {
    id: pane
    property TrafficController controller
    signal subscribeRequested(string subject)
    padding: 0
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit / 2
        TextField {
            id: filter
            Layout.fillWidth: true
            placeholderText: qsTr("Filter subjects: text, or a pattern such as orders.*")
            Accessible.name: qsTr("Filter subjects")
            onTextChanged: pane.controller.subjectFilter = text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            component SortHeader: AbstractButton {
                property string role
                property int columnWidth
                property bool fill: false
                property bool numeric: true
                Layout.preferredWidth: columnWidth
                Layout.fillWidth: fill
                implicitHeight: 24
                Accessible.role: Accessible.ColumnHeader
                Accessible.name: qsTr("Sort by %1").arg(text)
                Accessible.onPressAction: clicked()
                onClicked: {
                    if (pane.controller.sortRole === role) pane.controller.sortDescending = !pane.controller.sortDescending
                    else { pane.controller.sortRole = role; pane.controller.sortDescending = numeric }
                }
                contentItem: Label {
                    text: parent.text + (pane.controller.sortRole === parent.role ? (pane.controller.sortDescending ? " ▾" : " ▴") : "")
                    font.pixelSize: Theme.small
                    font.weight: Font.DemiBold
                    color: Theme.textMuted
                    horizontalAlignment: parent.numeric ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                }
                background: Item {}
            }
            Item { Layout.preferredWidth: 14 }
            SortHeader { text: qsTr("Subject"); role: "subject"; fill: true; numeric: false }
            SortHeader { text: qsTr("msgs/s"); role: "rate"; columnWidth: 80 }
            // Wide enough for the longest rate, "1,023 bytes/s" (at 100 px it ran into msgs/s).
            SortHeader { text: qsTr("bytes/s"); role: "bytesRate"; columnWidth: 116 }
            SortHeader { text: qsTr("Total"); role: "total"; columnWidth: 70 }
            SortHeader { text: qsTr("Last"); role: "lastSeen"; columnWidth: 72 }
            Item { Layout.preferredWidth: 72 }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: pane.controller.subjects
            currentIndex: -1
            activeFocusOnTab: true
            keyNavigationEnabled: true
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Subjects")
            ScrollBar.vertical: ScrollBar {}
            Keys.onSpacePressed: if (currentItem) pane.controller.toggleCharted(currentItem.subject)
            delegate: ItemDelegate {
                id: rowItem
                required property int index
                required property string subject
                required property double rate
                required property double bytesRate
                required property var total
                required property var bytes
                required property var lastSeen
                required property var spark
                required property bool charted
                required property string spoken
                width: ListView.view.width
                height: 28
                leftPadding: 0
                rightPadding: 4
                highlighted: ListView.isCurrentItem
                // Labels take the row's text colour from the palette: white on the selection.
                palette.windowText: highlighted ? Theme.textOnAccent : Theme.text
                Accessible.name: spoken + (charted ? ", " + qsTr("on the chart") : "")
                Accessible.onPressAction: pane.controller.toggleCharted(subject)
                onClicked: { list.currentIndex = index; pane.controller.toggleCharted(subject) }
                Keys.onMenuPressed: alertMenu.popup(rowItem, 0, rowItem.height)
                TapHandler { acceptedButtons: Qt.RightButton; onTapped: alertMenu.popup() }
                AlertMenu {
                    id: alertMenu
                    choices: [{ text: qsTr("Alert when this stops…"), kind: "subject-rate", target: rowItem.subject },
                              { text: qsTr("Alert when its rate passes…"), kind: "subject-rate", target: rowItem.subject, comparison: "above" }]
                }
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("%1 messages, %2 in all; the last at %3. Click to chart it.")
                              .arg(Fmt.number(total)).arg(Fmt.bytes(bytes)).arg(Fmt.time(lastSeen))
                contentItem: RowLayout {
                    spacing: 0
                    Rectangle {
                        Layout.preferredWidth: 14
                        implicitHeight: 8
                        color: "transparent"
                        Rectangle { visible: rowItem.charted; width: 8; height: 8; radius: 4; color: rowItem.highlighted ? Theme.textOnAccent : Theme.accent; anchors.verticalCenter: parent.verticalCenter }
                    }
                    Label { text: rowItem.subject; font.family: Theme.mono; Layout.fillWidth: true; elide: Text.ElideMiddle }
                    Label { text: Fmt.rate(rowItem.rate); font.family: Theme.mono; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 80 }
                    Label { text: Fmt.bytes(rowItem.bytesRate) + "/s"; font.family: Theme.mono; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 116; elide: Text.ElideLeft }
                    Label { text: Fmt.count(rowItem.total); font.family: Theme.mono; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
                    Label { text: Fmt.age(rowItem.lastSeen); font.pixelSize: Theme.small; color: rowItem.highlighted ? Theme.textOnAccent : Theme.textMuted; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 72 }
                    Sparkline { values: rowItem.spark; Layout.preferredWidth: 60; Layout.leftMargin: 12; Layout.preferredHeight: 18 }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 48
                visible: list.count === 0
                title: !pane.controller.active ? qsTr("Not connected")
                       : pane.controller.subscriptions.count === 0 ? qsTr("Nothing subscribed yet")
                       : filter.text !== "" ? qsTr("No subject matches “%1”").arg(filter.text)
                       : qsTr("No message yet on these subscriptions")
                readonly property var topics: pane.controller.catalogRevision >= 0
                                              ? pane.controller.suggestions().filter(t => t !== ">") : []
                detail: !pane.controller.active || pane.controller.subscriptions.count > 0 ? ""
                        : topics.length > 0 ? qsTr("Subscribe to a subject or a wildcard above. Known topics: %1").arg(topics.join("  "))
                        : qsTr("Subscribe to a subject or a wildcard above.")
                actionText: pane.controller.active && pane.controller.subscriptions.count === 0 ? qsTr("Subscribe to everything (>)")
                            : filter.text !== "" ? qsTr("Clear the filter") : ""
                onAction: filter.text !== "" ? filter.clear() : pane.subscribeRequested(">")
            }
        }
        Label {
            text: pane.controller.subjectsMatching > list.count
                  ? qsTr("the first %1 of %2 matching subjects (%3 seen)").arg(list.count).arg(pane.controller.subjectsMatching).arg(pane.controller.subjectCount)
                  : qsTr("%1 of %2 subjects").arg(list.count).arg(pane.controller.subjectCount)
            color: Theme.textFaint
            font.pixelSize: Theme.small
        }
    }
}
