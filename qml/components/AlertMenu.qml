import QtQuick
import QtQuick.Controls
import Switchboard

// "Alert when…" for a subject, a service or a zone: each item opens the alert form on the Alerts
// page, filled in for that thing. Opened by a right click or the Menu key on the row.
Menu {
    id: menu
    /// [{ text: qsTr("Alert when this stops…"), kind: "subject-rate", target: "orders.created" }, …]
    property var choices: []
    Repeater {
        model: menu.choices
        MenuItem {
            required property var modelData
            text: modelData.text
            onTriggered: App.alertRequested(modelData.kind, modelData.target, modelData.comparison || "")
        }
    }
}
