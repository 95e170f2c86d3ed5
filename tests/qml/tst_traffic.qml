import QtQuick
import QtTest
import Switchboard

// The Traffic page on a real nats-server: subscribe, publish from the form (a go-micro event)
// and see it arrive with exact counts, inspect its envelope, pause one subscription (counted,
// not recorded), chart a subject, filter, export NDJSON, unsubscribe; bad subjects get a reason.
TestCase {
    id: test
    name: "Traffic"
    when: windowShown
    width: 1280
    height: 800

    Component { id: pageComponent; TrafficPage { width: 1280; height: 800 } }

    function find(item, name, role) {
        if (!item) return null
        if (item.Accessible && item.Accessible.name === name && (role === undefined || item.Accessible.role === role)) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) { const f = find(kids[i], name, role); if (f) return f }
        if (item.contentItem && item.contentItem !== item) return find(item.contentItem, name, role)
        return null
    }
    function rowOf(model, key) { return model.indexOfKey(key) >= 0 ? model.get(model.indexOfKey(key)) : null }

    function test_subscribe_publish_inspect_pause_export() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        const traffic = page.controller
        tryVerify(() => traffic.active, 5000, "a monitor on the connection")

        // Bad input: a reason, nothing subscribed.
        compare(page.subscribeTo(""), "Type a subject: orders.created, orders.*, or > for everything.")
        verify(page.subscribeTo("bad subject with spaces").indexOf("Cannot subscribe") === 0)
        compare(traffic.subscriptions.count, 0)

        compare(page.subscribeTo("test.>"), "")
        compare(page.subscribeTo("test.>").indexOf("Already subscribed"), 0)
        compare(page.subscribeTo("other"), "")
        tryCompare(traffic.subscriptions, "count", 2)

        // Publish a go-micro event from the pane: raw text payload, one header.
        const publisher = page.publisher
        publisher.subject = "test.created"
        publisher.asEvent = true
        publisher.publish('{"id": 7}', "X-Trace: abc", false)
        tryCompare(publisher, "published", 1, 5000)
        verify(publisher.resultOk, publisher.result)
        // And three raw ones.
        publisher.asEvent = false
        for (let i = 0; i < 3; ++i) publisher.publish("raw " + i, "", false)
        tryCompare(publisher, "published", 4, 5000)
        publisher.subject = "test.*"
        publisher.publish("x", "", false)
        tryVerify(() => !publisher.busy)
        verify(!publisher.resultOk)
        verify(publisher.result.indexOf("without wildcards") > 0, publisher.result)

        traffic.sampleNow()
        tryVerify(() => traffic.received === 4, 5000, "exact count: " + traffic.received)
        const subject = rowOf(traffic.subjects, "test.created")
        verify(subject)
        compare(subject.total, 4)
        tryCompare(traffic.messages, "count", 4)
        // Newest first; the oldest (the event) is the last row.
        const event = traffic.messages.get(3)
        compare(event.subject, "test.created")
        const inspected = traffic.inspect(event.sequence)
        verify(inspected.envelope)
        verify(inspected.envelopeHeaders.indexOf("Micro-Topic: test.created") >= 0, inspected.envelopeHeaders)
        verify(inspected.envelopeHeaders.indexOf("X-Trace: abc") >= 0)
        verify(inspected.envelopeBody.indexOf('"id": 7') >= 0, inspected.envelopeBody)
        verify(traffic.inspect(999999).missing.length > 0)

        // Pause one subscription: counted, not recorded.
        traffic.setPaused("test.>", true)
        publisher.subject = "test.created"
        publisher.publish("while paused", "", false)
        tryCompare(publisher, "published", 5, 5000)
        traffic.sampleNow()
        tryVerify(() => traffic.received === 5, 5000)
        compare(traffic.kept, 4)
        verify(rowOf(traffic.subscriptions, "test.>").paused)
        traffic.setPaused("test.>", false)

        // Filters: by content; the table by pattern; the chart takes a chosen subject.
        traffic.messageText = "raw 1"
        tryCompare(traffic.messages, "count", 1)
        traffic.messageText = ""
        traffic.subjectFilter = "nomatch.*"
        tryCompare(traffic.subjects, "count", 0)
        traffic.subjectFilter = ""
        tryCompare(traffic.subjects, "count", 1)
        traffic.toggleCharted("test.created")
        compare(traffic.chartSubjects, ["test.created"])
        // The sample after the choice (an earlier one may still show the automatic pick).
        tryVerify(() => !traffic.chartAutomatic && traffic.chart.length === 1 && traffic.chart[0].subject === "test.created"
                  && traffic.chart[0].points.length > 0)

        // Export: the kept messages, one JSON per line.
        verify(traffic.suggestedExportPath().endsWith(".ndjson"))
        const path = testDir + "/traffic-export.ndjson"
        compare(traffic.exportMessages(path), "4 messages written to " + path)
        verify(traffic.exportMessages("/nonexistent-dir/x.ndjson").indexOf("Cannot write") === 0)

        traffic.unsubscribe("other")
        tryCompare(traffic.subscriptions, "count", 1)

        // The server dies and comes back: cnats reconnects the same connection, so the counts
        // and the subscription stay, and new messages are counted on top.
        const before = traffic.received
        testCluster.kill(0)
        tryVerify(() => App.session.state === Session.Reconnecting, 10000, "reconnecting")
        testCluster.restart(0)
        tryVerify(() => App.session.state === Session.Connected, 20000, "reconnected")
        verify(traffic.active)
        compare(traffic.subscriptions.count, 1)
        publisher.subject = "test.after"
        publisher.publish("after the restart", "", false)
        traffic.sampleNow()
        tryVerify(() => traffic.received === before + 1, 10000, "counted on top: " + traffic.received + " vs " + before)
    }

    // Issue 24: an event published in protobuf from the pane (the .proto type chosen for its
    // subject) decodes in the inspector as a tree and JSON with the schema, field by field
    // without it; a body that is not the type's JSON is refused with a reason.
    function test_protobuf_event_with_and_without_schema() {
        const page = createTemporaryObject(pageComponent, test)
        verify(page)
        const traffic = page.controller
        tryVerify(() => traffic.active, 5000, "a monitor on the connection")
        const schemas = traffic.session.schemas
        verify(schemas.waitForLoaded(30000))
        verify(schemas.messageTypes.indexOf("shop.v1.Order") >= 0, schemas.messageTypes.join(","))
        compare(page.subscribeTo("shop.orders"), "")
        tryCompare(traffic.subscriptions, "count", 1)

        traffic.setMessageType("shop.orders", "shop.v1.Order")
        const publisher = page.publisher
        publisher.asEvent = true
        publisher.subject = "shop.orders"
        compare(publisher.protoType, "shop.v1.Order")
        verify(publisher.hasForm)
        publisher.contentType = "application/protobuf"
        compare(publisher.contentType, "application/protobuf")
        const before = publisher.published
        publisher.publish('{"id": 7, "bogus": 1}', "", false)
        verify(!publisher.resultOk)
        verify(publisher.result.indexOf("shop.v1.Order") >= 0, publisher.result)
        publisher.publish('{"id": "ORD-7", "status": "STATUS_PAID", "placed_at": "2026-12-06T10:00:00Z"}', "", false)
        tryCompare(publisher, "published", before + 1, 5000)
        verify(publisher.resultOk, publisher.result)

        tryVerify(() => { traffic.sampleNow(); return traffic.messages.count === 1 }, 5000, "the event kept")
        // The list's row decodes the body with the subject's type, in text format on one line.
        tryVerify(() => { traffic.sampleNow(); return traffic.messages.get(0).preview.indexOf('id: "ORD-7" status: STATUS_PAID placed_at {') === 0 },
                  5000, "the row decoded with the type: " + traffic.messages.get(0).preview)
        const sequence = traffic.messages.get(0).sequence
        const inspected = traffic.inspect(sequence)
        verify(inspected.envelope)
        verify(inspected.envelopeHeaders.indexOf("Content-Type: application/protobuf") >= 0, inspected.envelopeHeaders)
        let view = inspected.protobuf
        compare(view.type, "shop.v1.Order")
        verify(view.chosen)
        compare(view.rows[0].name, "id")
        compare(view.rows[0].value, '"ORD-7"')
        compare(view.rows[1].value, "STATUS_PAID")
        compare(view.rows[2].value, "2026-12-06T10:00:00Z")
        verify(view.json.indexOf('"status": "STATUS_PAID"') >= 0, view.json)

        // The pane opens on the Protobuf tab with the tree.
        const pane = page.messagesPane
        pane.inspect(sequence)
        compare(pane.inspectorTab, 1)
        const tree = find(pane, "Fields of the message", Accessible.Tree)
        verify(tree)
        tryCompare(tree, "count", view.rows.length)

        // Without the schema: field numbers and wire types, as protoc --decode_raw.
        traffic.setMessageType("shop.orders", "-")
        view = traffic.inspect(sequence).protobuf
        verify(!view.type)
        compare(view.rawRows[0].name, "1")
        compare(view.rawRows[0].value, '"ORD-7"')
        compare(view.rawRows[1].value, "2")
        verify(view.rawText.indexOf('1: "ORD-7"\n2: 2\n') === 0, view.rawText)
        compare(publisher.protoType, "")
        traffic.listFrozen = false
        tryVerify(() => { traffic.sampleNow(); return traffic.messages.get(0).preview.indexOf('1: "ORD-7" 2: 2 6 {') === 0 },
                  5000, "the row decoded schema-less: " + traffic.messages.get(0).preview)

        // Forgetting the choice brings back the suggestion: the type the subscriber registered.
        traffic.setMessageType("shop.orders", "")
        view = traffic.inspect(sequence).protobuf
        compare(view.type, "shop.v1.Order")
        verify(!view.chosen)
    }
}
