import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Switchboard

// About Switchboard: the version, the git commit it was built from and the libraries in use,
// with a button that copies them for a bug report. Opened from the version in the status bar,
// the command palette, or F1.
Dialog {
    id: dialog
    title: qsTr("About Switchboard")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: 460
    padding: Theme.unit * 2
    // The rest of the window is dimmed while About is open. Colours from the theme, not the
    // palette: a popup takes a theme switch late.
    Overlay.modal: Rectangle { color: Theme.dark ? "#99000000" : "#55000000" }
    background: Rectangle { color: Theme.surface; border.color: Theme.border; radius: Theme.radius }
    palette.window: Theme.surface
    palette.windowText: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    header: Label {
        text: dialog.title
        padding: Theme.unit * 2
        bottomPadding: 0
        font.weight: Font.DemiBold
        color: Theme.textMuted
    }
    onOpened: copyButton.forceActiveFocus()

    readonly property string details: qsTr("Switchboard %1 (commit %2), %3").arg(App.version).arg(App.buildCommit).arg(App.libraryVersions)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.unit * 2
        RowLayout {
            spacing: Theme.unit * 2
            Image {
                source: "qrc:/qt/qml/Switchboard/icons/switchboard.png"
                sourceSize.width: 64
                sourceSize.height: 64
                Layout.preferredWidth: 64
                Layout.preferredHeight: 64
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("Switchboard icon")
            }
            ColumnLayout {
                spacing: 2
                Label {
                    text: "Switchboard"
                    color: Theme.text
                    font.pixelSize: Theme.title
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                }
                Label { text: qsTr("Version %1").arg(App.version); color: Theme.text }
                Label {
                    text: qsTr("Commit %1").arg(App.buildCommit)
                    font.family: Theme.mono
                    font.pixelSize: Theme.small
                    color: Theme.textMuted
                }
                Label { text: App.libraryVersions; font.pixelSize: Theme.small; color: Theme.textMuted }
            }
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.text
            text: qsTr("A dashboard for go-micro and NATS micro services: their topology by zone, their endpoints, calls, traffic and the health of the NATS cluster.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.small
            text: qsTr("Licensed under the Apache License, version 2.0.")
        }
        Button {
            id: copyButton
            text: copied ? qsTr("Copied") : qsTr("Copy version details")
            property bool copied: false
            palette.button: Theme.surfaceAlt // set here too: a popup's palette does not reach its buttons in Qt 6.4
            palette.buttonText: Theme.text
            Accessible.name: qsTr("Copy version details")
            Accessible.description: dialog.details
            Accessible.onPressAction: clicked()
            onClicked: { App.copyText(dialog.details); copied = true }
        }
    }
    footer: DialogButtonBox {
        background: null
        padding: Theme.unit * 2
        topPadding: 0
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            palette.button: Theme.surfaceAlt
            palette.buttonText: Theme.text
            Accessible.name: qsTr("Close About")
            Accessible.onPressAction: dialog.reject()
        }
    }
    onClosed: copyButton.copied = false
}
