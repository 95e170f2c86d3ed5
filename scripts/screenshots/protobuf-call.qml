import QtQuick
import Switchboard

// Drives the app (scripts/screenshots/protobuf.sh) to the Call page on the "shop" mock, whose
// .proto the profile imports: the form from the message descriptor (an enum, the payment oneof,
// a Timestamp), filled, sent as protobuf and the decoded reply shown. Saves protobuf-call-shot.png
// in the working directory.
QtObject {
    id: drive
    property var window
    property int step: 0
    property var stepStarted: Date.now()
    readonly property string picture: "protobuf-call-shot.png" // the script names it

    function fail(text) { console.error("protobuf-call: " + text); Qt.exit(1) }
    function call() { return window.callController }

    readonly property var steps: [
        () => { App.page = "call"; return App.session.state === Session.Connected && call().services.indexOf("shop") >= 0 },
        () => { call().service = "shop"; return call().requestType === "shop.v1.PlaceOrderRequest" },
        () => {
            const c = call(), f = c.form
            f.setValue(f.rowOfPath("customer"), "ada@example.com")
            f.setValue(f.rowOfPath("order.id"), "ORD-2026-0042")
            f.setValue(f.rowOfPath("order.status"), "STATUS_PLACED")
            f.addItem(f.rowOfPath("order.items"))
            f.setValue(f.rowOfPath("order.items[0].sku"), "MUG-RED")
            f.setValue(f.rowOfPath("order.items[0].quantity"), "2")
            f.setValue(f.rowOfPath("order.card.number"), "4111 1111 1111 1111")
            f.setValue(f.rowOfPath("order.card.expiry_month"), "12")
            f.setValue(f.rowOfPath("order.placed_at"), "2026-12-06T05:00:00Z")
            c.contentType = "application/protobuf"
            return c.canSend
        },
        () => { call().send(); return true },
        () => !call().busy && call().response.ok === true,
        () => Date.now() - stepStarted > 2000,
        () => {
            if (!App.saveWindowImage(window, picture)) fail("could not save the picture")
            Qt.exit(0)
            return true
        },
    ]
    property Timer timer: Timer {
        interval: 100; running: true; repeat: true
        onTriggered: {
            if (Date.now() - drive.stepStarted > 30000) drive.fail("step " + drive.step + " did not finish")
            if (drive.steps[drive.step]()) { drive.step++; drive.stepStarted = Date.now() }
        }
    }
}
