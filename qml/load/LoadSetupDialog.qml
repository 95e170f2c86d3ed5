import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The run setup sheet (Call page → Load…): closed model (N in flight) or open model (a fixed
// rate), how long, warm-up, when to stop, thresholds and the body template. Every field is
// checked as it is typed and its problem is said under it; Start stays off until all is well.
Dialog {
    id: dialog
    property LoadRunController load
    readonly property var problems: load ? load.problems : ({})
    signal started()
    // The template written here stays until the Call page's request changes under it.
    property string lastCallBody: ""

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(620, parent ? parent.width - 40 : 620)
    height: Math.min(implicitHeight, parent ? parent.height - 40 : implicitHeight)
    modal: true
    title: load && load.call ? qsTr("Load run of %1 %2").arg(load.call.service).arg(load.call.endpoint) : qsTr("Load run")
    onAboutToShow: {
        if (load.call && load.call.body !== lastCallBody) { lastCallBody = load.call.body; load.body = lastCallBody }
        lengthBox.currentIndex = load.requests > 0 ? 0 : 1
        for (const f of [concurrencyField, rateField, lengthField, warmupField, stopField, p99Field, errorsField]) f.reset()
        bodyEditor.text = load.body
    }

    function start() {
        if (load.start()) { close(); started() }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "startButton"
            text: qsTr("Start")
            highlighted: true
            enabled: dialog.load && dialog.load.canStart
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: qsTr("Start the load run")
            Accessible.description: enabled ? "" : qsTr("disabled: fix the fields marked first")
            Accessible.onPressAction: dialog.start()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            Accessible.name: qsTr("Close without running")
            Accessible.onPressAction: dialog.reject()
        }
        onAccepted: dialog.start()
        onRejected: dialog.reject()
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth
            spacing: Theme.unit

            Banner {
                Layout.fillWidth: true
                visible: text !== ""
                kind: "warning"
                text: dialog.problems.connection || dialog.problems.endpoint || ""
            }
            Label {
                Layout.fillWidth: true
                text: dialog.load && dialog.load.call
                      ? qsTr("Node: %1 · timeout %2 · headers and content type as on the Call page")
                            .arg(dialog.load.call.node || qsTr("any")).arg(Fmt.millis(dialog.load.call.timeoutMs))
                      : ""
                color: Theme.textMuted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: !!dialog.problems.timeout
                text: dialog.problems.timeout || ""
                color: Theme.down
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }

            SectionHeader { text: qsTr("Shape") }
            ButtonGroup { id: modelGroup }
            RadioButton {
                text: qsTr("Keep a number of requests in flight (closed model)")
                checked: dialog.load && !dialog.load.openModel
                ButtonGroup.group: modelGroup
                onToggled: if (checked) dialog.load.openModel = false
                Accessible.name: text
            }
            RadioButton {
                text: qsTr("Send at a fixed rate, latency from when each was due (open model)")
                checked: dialog.load && dialog.load.openModel
                ButtonGroup.group: modelGroup
                onToggled: if (checked) dialog.load.openModel = true
                Accessible.name: text
            }
            LoadField {
                id: rateField
                objectName: "rateField"
                visible: dialog.load && dialog.load.openModel
                label: qsTr("Rate")
                unit: qsTr("requests a second")
                decimals: true
                value: dialog.load ? String(dialog.load.rate) : ""
                problem: dialog.problems.rate || ""
                onEdited: (t) => dialog.load.rate = Number(t.replace(",", ".")) || 0
            }
            LoadField {
                id: concurrencyField
                objectName: "concurrencyField"
                label: dialog.load && dialog.load.openModel ? qsTr("At most in flight") : qsTr("Requests in flight")
                unit: qsTr("at once")
                value: dialog.load ? String(dialog.load.concurrency) : ""
                problem: dialog.problems.concurrency || ""
                onEdited: (t) => dialog.load.concurrency = Math.min(2147483647, Number(t) || 0)
            }

            SectionHeader { text: qsTr("Length") }
            RowLayout {
                spacing: Theme.unit
                Label { text: qsTr("Run for"); Layout.preferredWidth: 190 }
                NamedComboBox {
                    id: lengthBox
                    model: [qsTr("a number of requests"), qsTr("a number of seconds")]
                    Accessible.name: qsTr("Run for a number of requests or of seconds")
                    implicitWidth: 220
                    onActivated: (i) => {
                        if (i === 0) { dialog.load.durationSeconds = 0; dialog.load.requests = Number(lengthField.text) || 0 }
                        else { dialog.load.requests = 0; dialog.load.durationSeconds = Number(lengthField.text) || 0 }
                    }
                }
            }
            LoadField {
                id: lengthField
                objectName: "lengthField"
                label: lengthBox.currentIndex === 0 ? qsTr("Requests") : qsTr("Seconds")
                unit: lengthBox.currentIndex === 0 ? qsTr("requests") : qsTr("seconds")
                decimals: lengthBox.currentIndex === 1
                value: !dialog.load ? "" : lengthBox.currentIndex === 0 ? String(dialog.load.requests) : String(dialog.load.durationSeconds)
                problem: dialog.problems.requests || dialog.problems.duration || ""
                onEdited: (t) => {
                    const n = Number(t.replace(",", ".")) || 0
                    if (lengthBox.currentIndex === 0) dialog.load.requests = Math.min(2147483647, n)
                    else dialog.load.durationSeconds = n
                }
            }
            LoadField {
                id: warmupField
                objectName: "warmupField"
                label: qsTr("Warm-up, not counted")
                unit: qsTr("seconds")
                decimals: true
                value: dialog.load ? String(dialog.load.warmupSeconds) : ""
                problem: dialog.problems.warmup || ""
                onEdited: (t) => dialog.load.warmupSeconds = Number(t.replace(",", ".")) || 0
            }
            LoadField {
                id: stopField
                objectName: "stopField"
                label: qsTr("Stop when errors pass")
                unit: qsTr("% (0: never)")
                decimals: true
                value: dialog.load ? String(dialog.load.stopErrorPercent) : ""
                problem: dialog.problems.stopErrorPercent || ""
                onEdited: (t) => dialog.load.stopErrorPercent = Number(t.replace(",", ".")) || 0
            }

            SectionHeader { text: qsTr("Thresholds for the verdict") }
            LoadField {
                id: p99Field
                objectName: "p99Field"
                label: qsTr("p99 below")
                unit: qsTr("ms (empty: none)")
                decimals: true
                value: dialog.load && dialog.load.maxP99Ms > 0 ? String(dialog.load.maxP99Ms) : ""
                problem: dialog.problems["thresholds.p99"] || ""
                onEdited: (t) => dialog.load.maxP99Ms = Number(t.replace(",", ".")) || 0
            }
            LoadField {
                id: errorsField
                objectName: "errorsField"
                label: qsTr("Errors below")
                unit: qsTr("% (empty: none)")
                decimals: true
                value: dialog.load && dialog.load.maxErrorPercent > 0 ? String(dialog.load.maxErrorPercent) : ""
                problem: dialog.problems["thresholds.errors"] || ""
                onEdited: (t) => dialog.load.maxErrorPercent = Number(t.replace(",", ".")) || 0
            }

            SectionHeader { text: qsTr("Body") }
            Label {
                Layout.fillWidth: true
                text: qsTr("{{seq}}, {{uuid}}, {{randInt 1 100}} and {{now}} make each request differ.")
                color: Theme.textMuted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
            TextArea {
                id: bodyEditor
                objectName: "bodyEditor"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(70, contentHeight + 16)
                font.family: Theme.mono
                font.pixelSize: Theme.small
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                Accessible.name: qsTr("Body template")
                Accessible.description: dialog.problems.body || ""
                background: Rectangle { color: Theme.surfaceAlt; border.color: dialog.problems.body ? Theme.down : Theme.border; radius: Theme.radius }
                onTextChanged: if (activeFocus) dialog.load.body = text
                // Set from elsewhere (a history entry, a script) while not being typed in.
                Connections {
                    target: dialog.load
                    function onSetupChanged() { if (!bodyEditor.activeFocus && bodyEditor.text !== dialog.load.body) bodyEditor.text = dialog.load.body }
                }
            }
            Label {
                Layout.fillWidth: true
                visible: !!dialog.problems.body
                text: dialog.problems.body || ""
                color: Theme.down
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
