import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// Creates or edits an alert rule: what to watch (kind and target), when it fires (comparison,
// threshold, for how long) and when it resolves (clear threshold, for how long). Saving checks
// the rule as an imported file would be checked and says what is wrong in place.
Dialog {
    id: dialog
    property var fields: ({})
    readonly property bool editing: !!fields.id
    title: editing ? qsTr("Edit alert rule") : qsTr("New alert rule")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(560, parent ? parent.width - 40 : 560)
    readonly property string kindName: kind.currentIndex >= 0 ? App.alerts.kinds[kind.currentIndex].name : "subject-rate"
    readonly property bool hasComparison: ["subject-rate", "service-nodes"].includes(kindName)
    readonly property bool hasThreshold: !(kindName === "subject-rate" && comparison.currentIndex === 2)
                                         && kindName !== "server-down" && kindName !== "slow-consumers"

    /// Opens the form on `f` (a rule's fields, or a draft from App.alerts.draft()).
    function edit(f) {
        fields = f
        name.text = f.name || ""
        kind.currentIndex = Math.max(0, App.alerts.kinds.findIndex(k => k.name === (f.kind || "subject-rate")))
        target.text = f.target || ""
        comparison.currentIndex = Math.max(0, ["below", "above", "stopped"].indexOf(f.comparison || "above"))
        threshold.text = f.threshold !== undefined ? String(f.threshold) : ""
        clearThreshold.text = f.clearThreshold !== undefined ? String(f.clearThreshold) : ""
        forSeconds.value = f.forSeconds !== undefined ? f.forSeconds : 30
        clearSeconds.value = f.clearSeconds !== undefined ? f.clearSeconds : 30
        region.text = f.region || ""
        enabledBox.checked = f.enabled !== false
        error.text = ""
        open()
        name.forceActiveFocus()
    }

    // Saving is the button box's: a rule with a mistake keeps the form open with the mistake said.
    footer: DialogButtonBox {
        Button {
            text: qsTr("Save")
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            Accessible.name: qsTr("Save the alert rule")
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        onAccepted: {
            const f = {
                name: name.text, kind: dialog.kindName, target: target.text, region: region.text,
                comparison: dialog.hasComparison ? ["below", "above", "stopped"][comparison.currentIndex] : "above",
                forSeconds: forSeconds.value, clearSeconds: clearSeconds.value, enabled: enabledBox.checked
            }
            if (dialog.fields.id) f.id = dialog.fields.id
            if (dialog.fields.silencedUntil) f.silencedUntil = dialog.fields.silencedUntil
            const number = t => Number(t.replace(",", "."))
            if (dialog.hasThreshold) f.threshold = threshold.text.trim() === "" ? NaN : number(threshold.text)
            else f.threshold = 0
            if (clearThreshold.text.trim() !== "") f.clearThreshold = number(clearThreshold.text)
            if (dialog.hasThreshold && !isFinite(f.threshold)) { error.text = qsTr("The threshold must be a number."); return }
            const problem = App.alerts.saveRule(f)
            if (problem !== "") { error.text = problem; return }
            dialog.close()
        }
        onRejected: dialog.close()
    }

    GridLayout {
        anchors.fill: parent
        columns: 2
        columnSpacing: Theme.unit
        rowSpacing: Theme.unit

        Label { text: qsTr("Name") }
        TextField { id: name; Layout.fillWidth: true; Accessible.name: qsTr("Rule name"); placeholderText: qsTr("What the notification will say") }

        Label { text: qsTr("Watch") }
        NamedComboBox {
            id: kind
            Layout.fillWidth: true
            model: App.alerts.kinds.map(k => k.text)
            Accessible.name: qsTr("What the rule watches")
        }

        Label { text: dialog.kindName === "subject-rate" ? qsTr("Subject") : dialog.kindName === "zone-health" ? qsTr("Zone")
                      : dialog.kindName.startsWith("service-") ? qsTr("Service") : qsTr("Server") }
        TextField {
            id: target
            Layout.fillWidth: true
            font.family: Theme.mono
            placeholderText: dialog.kindName === "subject-rate" ? qsTr("orders.created, orders.> …")
                             : dialog.kindName.startsWith("service-") ? qsTr("service name") : qsTr("empty: any")
            Accessible.name: qsTr("What it applies to")
        }

        Label { text: qsTr("Fires when"); visible: dialog.hasComparison }
        NamedComboBox {
            id: comparison
            visible: dialog.hasComparison
            Layout.fillWidth: true
            model: dialog.kindName === "subject-rate" ? [qsTr("below the threshold"), qsTr("above the threshold"), qsTr("it stops (no messages)")]
                                                      : [qsTr("below the threshold"), qsTr("above the threshold")]
            Accessible.name: qsTr("When the rule fires")
        }

        Label { text: qsTr("Threshold"); visible: dialog.hasThreshold }
        TextField {
            id: threshold
            visible: dialog.hasThreshold
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            placeholderText: dialog.kindName === "subject-rate" ? qsTr("msgs/s") : dialog.kindName === "service-nodes" ? qsTr("live nodes")
                             : dialog.kindName === "service-error-rate" ? qsTr("% of calls") : dialog.kindName === "service-latency" ? qsTr("ms (p99)")
                             : qsTr("0: degraded or down; 1: down only")
            Accessible.name: qsTr("Threshold")
        }

        Label { text: qsTr("For (seconds)") }
        SpinBox { id: forSeconds; from: 0; to: 86400; editable: true; Accessible.name: qsTr("Seconds the condition must hold before the rule fires") }

        Label { text: qsTr("Resolve after (seconds)") }
        SpinBox { id: clearSeconds; from: 0; to: 86400; editable: true; Accessible.name: qsTr("Seconds the condition must be gone before the rule resolves") }

        Label { text: qsTr("Clear threshold"); visible: dialog.hasThreshold }
        TextField {
            id: clearThreshold
            visible: dialog.hasThreshold
            Layout.fillWidth: true
            placeholderText: qsTr("optional: resolve only past this value")
            Accessible.name: qsTr("Clear threshold")
        }

        Label { text: qsTr("Region") }
        TextField { id: region; Layout.fillWidth: true; placeholderText: qsTr("empty: every region"); Accessible.name: qsTr("Region") }

        Item { width: 1; height: 1 }
        CheckBox { id: enabledBox; text: qsTr("Enabled"); Accessible.name: qsTr("Rule enabled") }

        Label {
            id: error
            Layout.columnSpan: 2
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.Wrap
            color: Theme.down
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
