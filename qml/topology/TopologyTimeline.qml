import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The map's last hour under it: drag (or arrow keys, 5 s a step) to a moment of the past and the
// map shows it as it was; marks where nodes came, went or went stale and where a zone's health
// changed; [ and ] jump between them; Live comes back to now.
RowLayout {
    id: timeline
    required property TopologyModel model
    readonly property alias slider: slider
    readonly property alias liveButton: liveButton
    spacing: Theme.unit

    readonly property real start: model.historyStart
    readonly property real end: model.historyEnd
    readonly property bool hasPast: end > start

    function jump(direction) {
        const at = model.markNear(model.shownTime, direction)
        if (at >= 0) model.showTime(at)
        else if (direction > 0) model.goLive()
    }

    Button {
        id: liveButton
        text: qsTr("Live")
        enabled: !timeline.model.live // greyed while live: there is nothing to come back to
        onClicked: timeline.model.goLive()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Show the map as it is now")
        Accessible.name: timeline.model.live ? qsTr("Live: the map shows now") : qsTr("Back to live")
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: slider.implicitHeight + 4

        // The marks, under the slider's handle: one tick per moment something changed.
        Repeater {
            model: timeline.model.marks
            delegate: Rectangle {
                required property real at
                required property string tone
                required property string text
                readonly property real f: timeline.hasPast ? (at - timeline.start) / (timeline.end - timeline.start) : 1
                x: Math.round(slider.leftPadding + f * slider.availableWidth - width / 2)
                y: Math.round((parent.height - height) / 2)
                width: 3
                height: 14
                radius: 1
                color: tone === "zone" ? Theme.degraded : tone === "down" ? Theme.stale : Theme.healthy
                opacity: 0.85
            }
        }

        Rectangle { // before the first snapshots: the track alone, no handle to mistake for a box
            visible: !timeline.hasPast
            y: Math.round((parent.height - height) / 2)
            x: slider.leftPadding
            width: slider.availableWidth
            height: 2
            color: Theme.border
        }
        Slider {
            id: slider
            anchors.fill: parent
            visible: timeline.hasPast
            enabled: timeline.hasPast
            // Without a past yet, a unit range with the handle at its right end (now).
            from: timeline.hasPast ? timeline.start : 0
            to: timeline.hasPast ? timeline.end : 1
            stepSize: 5000
            snapMode: Slider.NoSnap
            value: timeline.model.live ? to : timeline.model.shownTime // live sits at the right end
            live: true
            background: Rectangle {
                x: slider.leftPadding
                // Whole pixels: a track on a half pixel came out notched where the software
                // renderer repainted only part of it.
                y: Math.round(slider.topPadding + slider.availableHeight / 2 - height / 2)
                width: slider.availableWidth
                height: 2
                color: Theme.border
            }
            onMoved: timeline.model.showTime(value)
            Keys.onPressed: ev => {
                if (ev.key === Qt.Key_BracketLeft || ev.key === Qt.Key_BracketRight) {
                    timeline.jump(ev.key === Qt.Key_BracketRight ? 1 : -1)
                    ev.accepted = true
                } else if (ev.key === Qt.Key_End) {
                    timeline.model.goLive()
                    ev.accepted = true
                }
            }
            Accessible.name: qsTr("Moment shown on the map: %1").arg(timeline.model.timeText)
            ToolTip.visible: hovered && !pressed
            ToolTip.delay: 500
            ToolTip.text: qsTr("Drag to a moment of the last hour; [ and ] jump between changes")
        }
        TapHandler { // a click on a mark goes to its moment and names the change
            onTapped: ev => {
                if (!timeline.hasPast) return
                const f = (ev.position.x - slider.leftPadding) / slider.availableWidth
                const t = timeline.start + f * (timeline.end - timeline.start)
                const near = [timeline.model.markNear(t + 1, -1), timeline.model.markNear(t - 1, 1)]
                    .filter(m => m >= 0)
                    .sort((a, b) => Math.abs(a - t) - Math.abs(b - t))
                const reach = 6 / slider.availableWidth * (timeline.end - timeline.start) // 6 px
                timeline.model.showTime(near.length > 0 && Math.abs(near[0] - t) <= reach ? near[0] : t)
            }
        }
    }

    ColumnLayout {
        spacing: 0
        Layout.fillWidth: false // its labels fill it, not the row
        // Fixed: a width bound to the row's own would loop through the layout (it stuck at its first value).
        Layout.preferredWidth: 280
        Layout.maximumWidth: 280
        Label {
            Layout.fillWidth: true
            readonly property int keptMinutes: Math.ceil((timeline.end - timeline.start) / 60000)
            text: !timeline.model.live ? timeline.model.timeText
                : timeline.hasPast ? qsTr("Live · the last %n min kept", "", keptMinutes)
                : qsTr("Live · keeping the last hour from now")
            font.pixelSize: Theme.small
            font.weight: timeline.model.live ? Font.Normal : Font.DemiBold
            elide: Text.ElideRight
        }
        Label {
            id: change
            Layout.fillWidth: true
            visible: text !== ""
            text: timeline.model.changeText
            color: Theme.textMuted
            font.pixelSize: Theme.small
            elide: Text.ElideRight
            HoverHandler { id: changeHover }
            ToolTip.visible: changeHover.hovered && change.truncated
            ToolTip.text: change.text
        }
    }
}
