import QtQuick
import Switchboard

// End-to-end, inside the real executable on the embedded demo (switchboard --demo --autotest):
// a call form filled like a user would (a nested field, a list element, a number), sent, the
// response seen, the call re-run from the history; a demo node killed and seen stale on the
// Services and Topology pages; every page saved light and dark into screenshots/.
QtObject {
    id: e2e
    property var window
    property int step: 0
    property int waited: 0
    property var stepStarted: Date.now()

    function log(text) { console.warn("e2e: " + text) }
    function fail(text) { console.error("e2e FAILED at step " + step + ": " + text); Qt.exit(1) }
    function next(text) { log("ok " + step + " " + text); step += 1; stepStarted = Date.now() }

    // Finds an item by accessible name (and role), the way a screen reader would.
    function find(item, name, role) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && (role === undefined || item.Accessible.role === role)) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = find(kids[i], name, role); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return find(item.contentItem, name, role)
        return null
    }
    function shoot(name) {
        if (!App.saveWindowImage(window, "screenshots/" + name + ".png")) fail("could not save " + name)
    }

    // Each step returns true when it is done; it is polled until then (or its time runs out).
    readonly property var steps: [
        () => { App.history.clearHistory(); return App.session.state === Session.Connected && App.session.serviceCount >= 7 && App.session.nodeCount >= 13 },
        () => {
            App.page = "call"
            window.callEndpoint("orders", "Orders.Create")
            return window.callController.endpoint === "Orders.Create" && window.callController.form.count > 5
        },
        () => {
            const form = window.callController.form
            form.setValue(form.rowOfPath("customer.id"), "c-e2e")          // nested
            form.addItem(form.rowOfPath("lines"))                           // repeated
            form.setValue(form.rowOfPath("lines[0].sku"), "A-100")
            form.setValue(form.rowOfPath("lines[0].quantity"), "2")        // a number
            const body = JSON.parse(window.callController.body)
            if (body.customer.id !== "c-e2e" || body.lines[0].quantity !== 2) fail("the JSON did not follow the form: " + window.callController.body)
            const send = find(window.contentItem, "Send the request")
            if (!send || !send.enabled) return false
            send.clicked()
            return true
        },
        () => {
            const r = window.callController.response
            if (r.kind === undefined) return false
            // The demo declines a few percent of orders on purpose: either answer is a response.
            if (r.ok && r.body.indexOf("order_id") < 0) fail("no order in " + r.body)
            if (!r.ok && !(r.errorCode >= 400)) fail("an error without a code: " + JSON.stringify(r))
            log("response " + r.statusText + " in " + r.latencyMs + " ms")
            return App.history.calls.count === 1
        },
        () => { shoot("e2e-call-light"); return true },
        () => {
            // Re-run from the history: the stored request goes out again.
            window.callController.load(App.history.call(0), true)
            return true
        },
        () => App.history.calls.count === 2 && App.history.call(0).body === App.history.call(1).body,
        () => { App.theme = "dark"; shoot("e2e-call-dark"); return true },
        () => { App.theme = "light"; App.page = "services"; shoot("e2e-services-light"); return true },
        () => { App.theme = "dark"; shoot("e2e-services-dark"); return true },
        () => { App.theme = "light"; App.page = "topology"; shoot("e2e-topology-light"); return true },
        () => { App.theme = "dark"; shoot("e2e-topology-dark"); return true },
        () => { App.demo.chaos("kill-node greeter"); return true },
        // Killed without deregistering: the next sweep misses it and it turns stale.
        () => { App.session.refresh(); return App.session.staleCount >= 1 },
        () => {
            App.page = "services"
            const list = find(window.contentItem, "Services", Accessible.List)
            for (let i = 0; list && i < list.count; ++i) {
                const row = list.itemAtIndex(i)
                if (row && row.name === "greeter") return row.stale >= 1 && row.Accessible.name.indexOf("stale") >= 0
            }
            return false
        },
        () => { App.theme = "light"; shoot("e2e-services-stale"); return true },
        () => {
            App.page = "topology"
            return window.topology.items.some(i => i.text.indexOf("of greeter") >= 0 && i.text.indexOf("stale") >= 0)
        },
        () => { shoot("e2e-topology-stale"); return true },
    ]

    property Timer ticker: Timer {
        interval: 100
        repeat: true
        running: true
        onTriggered: {
            if (e2e.step >= e2e.steps.length) {
                e2e.log("all " + e2e.steps.length + " steps passed")
                running = false
                Qt.exit(0)
                return
            }
            if (Date.now() - e2e.stepStarted > 60000) {
                e2e.fail("timed out")
                running = false
                return
            }
            if (e2e.steps[e2e.step]()) e2e.next("")
        }
    }
}
