import QtQuick
import Switchboard

// Drives the app (scripts/screenshots/protobuf.sh) to the Traffic page while protobuf events of
// shop.v1.Order arrive on shop.orders: the newest one inspected with the type chosen for the
// subject (tree), then schema-less (field numbers, as protoc --decode_raw). Saves
// protobuf-traffic-shot.png and protobuf-traffic-raw-shot.png in the working directory.
QtObject {
    id: drive
    property var window
    property int step: 0
    property var stepStarted: Date.now()

    function fail(text) { console.error("protobuf-traffic: " + text); Qt.exit(1) }
    function save(picture) { if (!App.saveWindowImage(window, picture)) fail("could not save " + picture) }
    function traffic() { return window.traffic }

    readonly property var steps: [
        () => { App.page = "traffic"; return App.session.state === Session.Connected && App.session.schemas.messageTypes.indexOf("shop.v1.Order") >= 0 },
        () => { traffic().setMessageType("shop.orders", "shop.v1.Order"); return traffic().subscribe("shop.orders", "") === "" },
        () => { traffic().sampleNow(); return traffic().messages.count >= 4 },
        () => { traffic().listFrozen = true; window.trafficMessages.inspectRow(0); return window.trafficMessages.hasProtobuf },
        () => Date.now() - stepStarted > 1500,
        () => { save("protobuf-traffic-shot.png"); traffic().setMessageType("shop.orders", "-"); window.trafficMessages.inspectRow(0); return true },
        () => Date.now() - stepStarted > 1000,
        () => { save("protobuf-traffic-raw-shot.png"); Qt.exit(0); return true },
    ]
    property Timer timer: Timer {
        interval: 100; running: true; repeat: true
        onTriggered: {
            if (Date.now() - drive.stepStarted > 30000) drive.fail("step " + drive.step + " did not finish")
            if (drive.steps[drive.step]()) { drive.step++; drive.stepStarted = Date.now() }
        }
    }
}
