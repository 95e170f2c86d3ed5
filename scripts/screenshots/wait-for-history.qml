import QtQuick
import Switchboard
// Waits for the connection and a read of the collector's history (the first comes on connect,
// then every 5 s), then saves shot.png in the working directory and exits.
QtObject {
    property var window
    property var started: Date.now()
    property Timer t: Timer {
        interval: 500; repeat: true; running: true
        onTriggered: {
            if (App.session && App.session.state === Session.Connected && Date.now() - started > 9000) {
                App.saveWindowImage(window, "shot.png")
                Qt.exit(0)
            }
            if (Date.now() - started > 30000) { console.error("not connected"); Qt.exit(1) }
        }
    }
}
