import QtQuick
import Switchboard

// End-to-end, inside the real executable on the embedded demo (switchboard --demo --autotest):
// a call form filled like a user would (a nested field, a list element, a number), sent, the
// response seen, the call re-run from the history; a demo node killed and seen stale on the
// Services and Topology pages; the Traffic page subscribed to the demo's topics with rates moving,
// an event published from the form and seen arriving; a demo server stopped and its zone seen
// down with the nodes it takes; a natscli context imported and tested; the second region
// (--regions 2) listed and chosen; every page saved light and dark into screenshots/, and in
// Chinese after switching the language in the running app; the About dialog with the commit.
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
                // With two regions greeter is listed twice; the node was killed in the first.
                if (row && row.name === "greeter" && row.stale >= 1) return row.Accessible.name.indexOf("stale") >= 0
            }
            return false
        },
        () => { App.theme = "light"; shoot("e2e-services-stale"); return true },
        () => {
            App.page = "topology"
            const items = window.topology.items
            for (let i = 0; i < items.count; ++i) {
                const text = items.get(i).itemText
                if (text.indexOf("greeter in") === 0 && text.indexOf("stale") >= 0)
                    return true
            }
            return false
        },
        () => { shoot("e2e-topology-stale"); return true },

        // Traffic: subscribe to the demo's topics and see the rates move.
        () => {
            App.page = "traffic"
            return window.traffic.active && window.traffic.subscribe("orders.>") === "" && window.traffic.subscribe("payments.>") === ""
        },
        () => {
            const r = window.traffic.subjects.indexOfKey("orders.created")
            if (r < 0) return false
            e2e.ordersSeen = window.traffic.subjects.get(r).total
            return window.traffic.subjects.get(r).rate > 0
        },
        () => {
            const r = window.traffic.subjects.indexOfKey("orders.created")
            return window.traffic.subjects.get(r).total > e2e.ordersSeen // still moving
        },
        // Publish from the form (the notifications subscriber's request type) and see it arrive.
        () => {
            const p = window.publisher
            p.subject = "orders.created"
            if (!p.hasForm) return false
            p.form.setValue(p.form.rowOfPath("order_id"), "e2e-published-order")
            p.publish("", "", true)
            return true
        },
        () => window.publisher.published === 1 && window.publisher.resultOk,
        () => {
            // The filter looks into go-micro envelopes' (base64) bodies too.
            window.traffic.messageText = "e2e-published-order"
            return window.traffic.messages.count === 1 && window.traffic.messages.get(0).subject === "orders.created"
        },
        () => {
            const m = window.traffic.inspect(window.traffic.messages.get(0).sequence)
            if (!m.envelope || m.envelopeBody.indexOf("e2e-published-order") < 0) fail("not the published event: " + JSON.stringify(m))
            window.traffic.messageText = ""
            return true
        },
        () => { App.theme = "light"; shoot("e2e-traffic-light"); return true },
        () => { App.theme = "dark"; shoot("e2e-traffic-dark"); return true },

        // Cluster: stop a server, see its zone down and the nodes it takes, then bring it back.
        () => { App.theme = "light"; App.page = "cluster"; return window.cluster && window.cluster.health === "healthy" && window.cluster.zones.count >= 3 },
        () => { App.demo.chaos("stop-server 1"); return true },
        () => {
            const r = window.cluster.zones.indexOfKey("az-b")
            if (r < 0) return false
            const zone = window.cluster.zones.get(r)
            return window.cluster.health === "degraded" && zone.health === "down" && zone.nodes.length > 0 && zone.reasons.length > 0
        },
        () => { shoot("e2e-cluster-down"); return true },
        () => { App.demo.chaos("restart-server 1"); return true },
        () => window.cluster.health === "healthy",
        () => { shoot("e2e-cluster-light"); App.theme = "dark"; shoot("e2e-cluster-dark"); App.theme = "light"; return true },

        // Profiles: import a natscli context, and Test connection says nobody answers there.
        () => {
            App.page = "connections"
            const dir = Qt.resolvedUrl("natscli/context").toString().replace("file://", "")
            const text = window.profiles.importNatsContexts(dir)
            if (text !== "Imported 1 context: e2e-nowhere. natscli has e2e-nowhere selected.") fail(text)
            return window.profiles.profiles.indexOfKey("e2e-nowhere") >= 0
        },
        () => { window.profiles.test(window.profiles.profile("e2e-nowhere"), "", "", ""); return true },
        () => !window.profiles.testing && window.profiles.testResults.length === 1
               && window.profiles.testResults[0].result.indexOf("No server answered") === 0,
        () => { shoot("e2e-profiles-light"); window.profiles.remove("e2e-nowhere"); return true },

        // The second region (--regions 2): listed beside the first, chosen in the header.
        () => App.sessions.length === 2 && App.sessions[1].state === Session.Connected && App.sessions[1].serviceCount >= 7,
        () => {
            App.page = "services"
            const list = find(window.contentItem, "Services", Accessible.List)
            return list && list.count >= 14
        },
        () => {
            App.regionFilter = "us-east"
            const list = find(window.contentItem, "Services", Accessible.List)
            return list.count === 7 && App.shownSession === App.sessions[1]
        },
        () => { App.regionFilter = ""; App.page = "cluster"; shoot("e2e-regions-cluster"); return true },

        // Chinese, switched in the running app: the rail says 拓扑, every page saved in zh_CN.
        () => { App.language = "zh_CN"; return App.effectiveLanguage === "zh_CN" },
        () => find(window.contentItem, "拓扑") !== null && find(window.contentItem, "Topology") === null,
    ].concat(["topology", "services", "call", "traffic", "cluster", "connections"].map(page => () => {
        App.page = page
        shoot("e2e-" + page + "-zh_CN")
        return true
    })).concat([
        () => { App.language = "en"; return find(window.contentItem, "Topology") !== null },
        // About, from the version in the status bar: the version and the build's commit.
        () => { find(window.contentItem, "About Switchboard", Accessible.Button).clicked(); return true },
        () => {
            const copy = find(window.contentItem.parent, "Copy version details")
            if (!copy || !copy.visible) return false
            if (App.buildCommit === "unknown" || copy.Accessible.description.indexOf(App.buildCommit) < 0)
                fail("About does not name the build's commit: " + copy.Accessible.description)
            return true
        },
        () => { shoot("e2e-about-light"); App.theme = "dark"; return true },
        () => { shoot("e2e-about-dark"); return true },
        () => { App.theme = "light"; find(window.contentItem.parent, "Close About").clicked(); return true },
    ])
    property int ordersSeen: 0

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
