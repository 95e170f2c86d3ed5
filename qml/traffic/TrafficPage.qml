import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Topic traffic: subscriptions at the top; subjects with rates and sparklines beside a chart of
// the selected ones; the newest messages and an inspector below; a publish pane on demand.
// The counter line never lies: received is exact, shown says how many of the kept ones are listed.
Item {
    id: page
    readonly property alias controller: traffic
    /// False while another page is in front (Main.qml): the chart is not redrawn.
    property bool shown: true
    readonly property alias publisher: publisher
    readonly property alias messagesPane: messagesPane

    TrafficController {
        id: traffic
        session: App.shownSession
        property bool startupDone: false
        // --subscribe: once, when the first connection is up.
        onActiveChanged: if (active && !startupDone) {
            startupDone = true
            for (const s of App.startupSubscriptions) subscribe(s, "")
        }
    }
    TrafficPublisher { id: publisher; session: App.shownSession }

    function subscribeTo(subject, queue) {
        const error = traffic.subscribe(subject, queue || "")
        subscribeError.text = error
        if (error === "") subjectField.clear()
        return error
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.unit

            // Subscriptions: one chip each, then the field that adds one.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.unit
                Repeater {
                    model: traffic.subscriptions
                    SubscriptionChip {
                        onPauseToggled: traffic.setPaused(subject, !paused)
                        onRemoved: traffic.unsubscribe(subject)
                    }
                }
                TextField {
                    id: subjectField
                    width: 220
                    font.family: Theme.mono
                    placeholderText: qsTr("subject, e.g. orders.> or >")
                    Accessible.name: qsTr("Subject to subscribe to")
                    onAccepted: page.subscribeTo(text, queueField.text)
                }
                TextField {
                    id: queueField
                    width: 130
                    placeholderText: qsTr("queue group")
                    Accessible.name: qsTr("Queue group (optional)")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("With a queue group this subscription shares messages with the services in it: it takes some away from them.")
                    onAccepted: page.subscribeTo(subjectField.text, text)
                }
                Button {
                    text: qsTr("+ Subscribe")
                    enabled: traffic.active
                    Accessible.name: qsTr("Subscribe")
                    Accessible.description: traffic.active ? "" : qsTr("Not connected")
                    Accessible.onPressAction: page.subscribeTo(subjectField.text, queueField.text)
                    onClicked: page.subscribeTo(subjectField.text, queueField.text)
                }
                Button {
                    text: publishPane.visible ? qsTr("Hide publish") : qsTr("Publish…")
                    checkable: true
                    checked: publishPane.visible
                    Accessible.name: qsTr("Show the publish form")
                    Accessible.onPressAction: publishPane.visible = !publishPane.visible
                    onClicked: publishPane.visible = !publishPane.visible
                }
            }
            Label {
                id: subscribeError
                Layout.fillWidth: true
                visible: text !== ""
                color: Theme.down
                wrapMode: Text.Wrap
            }
            Banner {
                Layout.fillWidth: true
                visible: traffic.error !== ""
                kind: "warning"
                text: traffic.error
            }
            // Counters: exact, with what is shown and what was dropped.
            Label {
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.family: Theme.mono
                font.pixelSize: Theme.small
                color: traffic.dropped > 0 ? Theme.degraded : Theme.textMuted
                text: qsTr("received %1 · %2 · %3/s · shown %4 of %5 kept · dropped %6")
                      .arg(Fmt.number(traffic.received)).arg(Fmt.rate(traffic.messagesPerSecond))
                      .arg(Fmt.bytes(traffic.bytesPerSecond)).arg(Fmt.number(traffic.messages.count))
                      .arg(Fmt.number(traffic.kept)).arg(Fmt.number(traffic.dropped))
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            SplitView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                orientation: Qt.Vertical

                SplitView {
                    SplitView.preferredHeight: page.height * 0.48
                    SplitView.minimumHeight: 160
                    orientation: Qt.Horizontal
                    TrafficSubjectsTable {
                        SplitView.preferredWidth: Math.max(600, page.width * 0.52)
                        SplitView.minimumWidth: 360
                        controller: traffic
                        onSubscribeRequested: subject => page.subscribeTo(subject, "")
                    }
                    TrafficChart {
                        shown: page.shown
                        SplitView.fillWidth: true
                        SplitView.minimumWidth: 260
                        controller: traffic
                    }
                }
                TrafficMessagesPane {
                    id: messagesPane
                    SplitView.fillHeight: true
                    SplitView.minimumHeight: 160
                    controller: traffic
                }
            }
        }

        PublishPane {
            id: publishPane
            visible: false
            Layout.preferredWidth: 380
            Layout.fillHeight: true
            publisher: publisher
        }
    }
}
