import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// The profile's alert rules: each with its state (firing in red, pending in amber), the value it
// measured, when it last fired and whether it is silenced. New rules from the form here or from
// a subject, service or zone elsewhere ("Alert when…"); silence, switch off, edit, delete;
// import and export as JSON (the format `switchboard-cli watch --rules` reads).
Item {
    id: page
    readonly property alias list: list
    readonly property alias ruleDialog: ruleDialog

    /// Opens the form on a new rule of `kind` about `target` (the context menus' "Alert when…").
    function newRule(kind, target, comparison) {
        const d = App.alerts.draft(kind, target)
        if (comparison) d.comparison = comparison
        if (comparison === "above" && kind === "subject-rate") {
            d.threshold = 100
            d.name = qsTr("%1 above %2 msgs/s").arg(target).arg(d.threshold)
        }
        ruleDialog.edit(d)
    }
    /// Selects the rule `ruleId` (a notification's "Show").
    function select(ruleId) {
        for (let i = 0; i < list.count; ++i)
            if (list.itemAtIndex(i) && list.itemAtIndex(i).ruleId === ruleId) { list.currentIndex = i; break }
        list.forceActiveFocus()
    }

    AlertRuleDialog { id: ruleDialog }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.unit
        spacing: Theme.unit

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.unit
            Button {
                text: qsTr("New rule…")
                Accessible.name: qsTr("New alert rule")
                onClicked: page.newRule("subject-rate", "")
            }
            Label {
                Layout.fillWidth: true
                color: Theme.textMuted
                text: list.count === 0 ? "" : qsTr("%n rule(s)", "", list.count) + " · "
                      + qsTr("%n firing", "", App.alerts.firingCount) + " · " + qsTr("%n pending", "", App.alerts.pendingCount)
            }
            CheckBox {
                text: qsTr("Keep running in the tray")
                visible: App.trayAvailable
                checked: App.keepInTray
                onToggled: App.keepInTray = checked
                Accessible.name: qsTr("Keep running in the tray when the window is closed")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Closing the window hides it; alerts are still evaluated and notified.")
            }
            TextField {
                id: filePath
                Layout.preferredWidth: 280
                font.family: Theme.mono
                text: App.alerts.defaultExportPath
                Accessible.name: qsTr("Rules file to import or export")
            }
            Button {
                text: qsTr("Import")
                Accessible.name: qsTr("Import alert rules from the file")
                onClicked: fileResult.show(App.alerts.importFrom(filePath.text), qsTr("Rules imported from %1.").arg(filePath.text))
            }
            Button {
                text: qsTr("Export")
                enabled: list.count > 0
                Accessible.name: qsTr("Export the alert rules to the file")
                onClicked: fileResult.show(App.alerts.exportTo(filePath.text), qsTr("Rules exported to %1.").arg(filePath.text))
            }
        }

        Banner {
            id: fileResult
            Layout.fillWidth: true
            visible: text !== ""
            actionText: qsTr("OK")
            onAction: text = ""
            function show(problem, done) { kind = problem === "" ? "info" : "error"; text = problem === "" ? done : problem }
        }
        Banner {
            Layout.fillWidth: true
            visible: App.alerts.problem !== ""
            kind: "warning"
            text: App.alerts.problem
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ListView {
                id: list
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: App.alerts
                activeFocusOnTab: true
                keyNavigationEnabled: true
                currentIndex: -1
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Alert rules")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string ruleId
                    required property string name
                    required property string condition
                    required property string state
                    required property string stateText
                    required property string valueText
                    required property string where
                    required property string since
                    required property string lastFired
                    required property bool silenced
                    required property string silencedUntil
                    required property bool enabled
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: list.currentIndex = index
                    onDoubleClicked: ruleDialog.edit(App.alerts.rule(ruleId))
                    Keys.onReturnPressed: ruleDialog.edit(App.alerts.rule(ruleId))
                    Accessible.name: qsTr("%1: %2, %3").arg(name).arg(stateText).arg(valueText)
                    readonly property color ink: highlighted ? Theme.textOnAccent : Theme.text
                    readonly property color muted: highlighted ? Theme.textOnAccent : Theme.textMuted
                    contentItem: RowLayout {
                        spacing: Theme.unit
                        Rectangle { // the state: red only while firing
                            Layout.preferredWidth: 76
                            Layout.preferredHeight: 22
                            radius: 11
                            color: row.state === "firing" ? Theme.down : row.state === "pending" ? Theme.degraded
                                   : row.state === "inactive" ? Theme.healthy : Theme.stale
                            Label {
                                anchors.centerIn: parent
                                text: row.stateText
                                color: "white"
                                font.pixelSize: Theme.small
                                font.bold: true
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label { text: row.name; font.bold: true; color: row.ink; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: row.condition; color: row.muted; font.pixelSize: Theme.small; elide: Text.ElideRight; Layout.fillWidth: true }
                        }
                        ColumnLayout {
                            spacing: 0
                            Layout.preferredWidth: 200
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignRight
                                text: row.valueText + (row.where !== "" && row.state !== "inactive" ? " · " + row.where : "")
                                color: row.ink
                                elide: Text.ElideMiddle
                            }
                            Label {
                                Layout.fillWidth: true
                                horizontalAlignment: Text.AlignRight
                                font.pixelSize: Theme.small
                                color: row.muted
                                text: row.silenced ? qsTr("silenced until %1").arg(row.silencedUntil)
                                      : row.since !== "" ? qsTr("since %1").arg(row.since)
                                      : row.lastFired !== "" ? qsTr("last fired %1").arg(row.lastFired) : qsTr("never fired")
                            }
                        }
                        Button {
                            text: qsTr("Edit…")
                            Accessible.name: qsTr("Edit rule %1").arg(row.name)
                            onClicked: ruleDialog.edit(App.alerts.rule(row.ruleId))
                        }
                        Button {
                            id: silenceButton
                            text: row.silenced ? qsTr("Unsilence") : qsTr("Silence…")
                            Accessible.name: row.silenced ? qsTr("Lift the silence of %1").arg(row.name) : qsTr("Silence %1").arg(row.name)
                            onClicked: row.silenced ? App.alerts.silence(row.ruleId, 0) : silenceMenu.open()
                            Menu {
                                id: silenceMenu
                                y: silenceButton.height
                                Repeater {
                                    model: [15, 60, 240, 1440]
                                    MenuItem {
                                        required property int modelData
                                        text: modelData < 60 ? qsTr("for %n minute(s)", "", modelData) : qsTr("for %n hour(s)", "", modelData / 60)
                                        onTriggered: App.alerts.silence(row.ruleId, modelData)
                                    }
                                }
                            }
                        }
                        Switch {
                            checked: row.enabled
                            Accessible.name: qsTr("Rule %1 enabled").arg(row.name)
                            onToggled: App.alerts.setEnabled(row.ruleId, checked)
                        }
                        Button {
                            // A second press within 4 s deletes: a rule is not lost to a stray click.
                            id: deleteButton
                            property bool armed: false
                            text: armed ? qsTr("Really delete") : qsTr("Delete")
                            Accessible.name: armed ? qsTr("Press again to delete rule %1").arg(row.name) : qsTr("Delete rule %1").arg(row.name)
                            onClicked: {
                                if (!armed) { armed = true; disarm.restart(); return }
                                App.alerts.removeRule(row.ruleId)
                            }
                            Timer { id: disarm; interval: 4000; onTriggered: deleteButton.armed = false }
                        }
                    }
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width * 0.7
                visible: list.count === 0
                title: qsTr("No alert rules yet")
                detail: qsTr("A rule fires when a subject stops or passes a rate, a service loses nodes or its calls fail, a zone degrades or a server goes down. Create one here, or from a subject, service or zone (right-click → Alert when…).")
                actionText: qsTr("New rule…")
                onAction: page.newRule("subject-rate", "")
            }
        }
    }
}
