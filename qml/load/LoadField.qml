import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// One setup field of a load run: its label, the value as typed (not clamped, so that 0 or
// 1 000 000 reach the plan's check and are worded), a unit, and what is wrong with it below.
ColumnLayout {
    id: field
    property string label
    property string unit
    property string problem
    property string value
    property string hint
    property bool decimals: false
    readonly property alias text: input.text
    signal edited(string text)
    spacing: 2
    // Set from `value` when the sheet opens, not bound: a bound text would be rewritten from the
    // parsed number while typing ("0." back to "0").
    function reset() { input.text = value }
    Component.onCompleted: reset()

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.unit
        Label {
            text: field.label
            Layout.preferredWidth: 190
            elide: Text.ElideRight
        }
        TextField {
            id: input
            objectName: "input"
            Layout.preferredWidth: 110
            horizontalAlignment: Text.AlignRight
            font.family: Theme.mono
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            validator: RegularExpressionValidator { regularExpression: field.decimals ? /[0-9]*[.,]?[0-9]*/ : /[0-9]*/ }
            placeholderText: field.hint
            Accessible.name: field.label
            Accessible.description: field.problem
            onTextEdited: field.edited(text)
        }
        Label { text: field.unit; color: Theme.textMuted }
    }
    Label {
        Layout.fillWidth: true
        Layout.leftMargin: 190 + Theme.unit
        visible: field.problem !== ""
        text: field.problem
        color: Theme.down
        font.pixelSize: Theme.small
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
