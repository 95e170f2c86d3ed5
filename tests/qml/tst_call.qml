import QtQuick
import QtTest
import Switchboard

// The Call page on a real nats-server: the form from the go-micro schema and from a $SRV
// request_schema, form → JSON → form, a go-micro call and a $SRV call with their responses,
// the history, and copy-as-command.
TestCase {
    id: test
    name: "Call"
    when: windowShown
    width: 1280
    height: 760

    Component { id: pageComponent; CallPage { width: 1280; height: 760 } }
    Component { id: treeComponent; SchemaTree { width: 600; height: 400 } }

    // The Services page's type trees (SchemaTree): from the message descriptor when the profile's
    // .proto describes the endpoint — field numbers, enums and the oneof — and from the registry
    // for a service no .proto describes.
    function test_service_types_from_the_proto() {
        verify(App.session.schemas.waitForLoaded(30000))
        const request = createTemporaryObject(treeComponent, test, { service: "shop", endpoint: "Shop.PlaceOrder", response: false })
        tryCompare(request, "protoFile", "shop/v1/shop.proto", 5000)
        tryVerify(() => request.count > 2 && request.itemAtIndex(1) !== null)
        const labels = []
        for (let i = 0; i < request.count; ++i) if (request.itemAtIndex(i)) labels.push(request.itemAtIndex(i).label)
        verify(labels.indexOf("order") >= 0 && labels.indexOf("customer") >= 0, labels.join(","))
        const response = createTemporaryObject(treeComponent, test, { service: "shop", endpoint: "Shop.PlaceOrder", response: true })
        tryCompare(response, "protoFile", "shop/v1/shop.proto", 5000)
        const greeter = createTemporaryObject(treeComponent, test, { service: "greeter", endpoint: "Greeter.Hello", response: false })
        tryVerify(() => greeter.count >= 3 && greeter.itemAtIndex(1) !== null, 5000, "the registry's Request: " + greeter.count)
        compare(greeter.itemAtIndex(1).label, "name")
        compare(greeter.protoFile, "")
    }

    function test_form_send_history() {
        App.history.clearHistory()
        const page = createTemporaryObject(pageComponent, test)
        const call = page.controller
        tryVerify(() => call.services.indexOf("greeter") >= 0 && call.services.indexOf("pricing") >= 0, 5000)
        call.service = "greeter"
        compare(call.endpoint, "Greeter.Hello")
        compare(call.protocol, "go-micro")
        const form = call.form
        compare(form.count, 3)
        form.setValue(form.rowOfPath("name"), "Bo")
        form.addItem(form.rowOfPath("tags"))
        form.setValue(form.rowOfPath("tags[0]"), "t1")
        form.setValue(form.rowOfPath("times"), "99999999999") // beyond int32
        verify(!call.canSend)
        verify(form.firstError.indexOf("times: outside") === 0)
        form.setValue(form.rowOfPath("times"), "3")
        tryVerify(() => call.canSend)
        compare(JSON.parse(call.body), { name: "Bo", tags: ["t1"], times: 3 })

        // JSON → form, and an error that names the field while the form keeps its values.
        call.body = '{"name":"Cy","times":"x"}'
        verify(call.bodyError.indexOf("times: expected a number") === 0)
        compare(form.data(form.index(form.rowOfPath("name"), 0), CallFormModel.ValueRole), "Bo")
        call.body = '{"name":"Cy"}'
        compare(call.bodyError, "")
        compare(form.data(form.index(form.rowOfPath("name"), 0), CallFormModel.ValueRole), "Cy")

        call.send()
        tryVerify(() => call.response.ok === true, 5000)
        verify(call.response.body.indexOf("Hello Cy") >= 0)
        tryCompare(App.history.calls, "count", 1)
        verify(call.command("cli").indexOf("call greeter Greeter.Hello '{\"name\":\"Cy\"}'") > 0)

        // $SRV: the JSON Schema makes the form; the reply comes over a NATS request.
        call.service = "pricing"
        compare(call.protocol, "$SRV")
        compare(call.endpoint, "quote")
        compare(form.count, 1)
        form.setValue(0, "A-1")
        call.send()
        tryVerify(() => call.response.ok === true && call.response.body.indexOf("total") >= 0, 5000)
        verify(call.command("nats").indexOf("nats req") === 0)
        tryCompare(App.history.calls, "count", 2)

        // $SRV: a body from a file, sent as its bytes (here not JSON at all); a missing file is
        // said before anything is sent.
        call.endpoint = "raw"
        call.bodyFile = testDir + "/nothing-here.bin"
        verify(!call.bodyFileOk && !call.canSend)
        verify(call.bodyFileNote.indexOf("is not a file") >= 0, call.bodyFileNote)
        verify(fileWriter.write(testDir + "/body.bin", "plain text, not JSON\n"))
        call.bodyFile = testDir + "/body.bin"
        verify(call.bodyFileOk, call.bodyFileNote)
        compare(call.bodyFileNote, "The body is the 21 bytes of body.bin, sent as they are.")
        tryVerify(() => call.canSend)
        call.send()
        tryVerify(() => !call.busy && call.response.ok === true, 5000)
        verify(call.response.body.indexOf("plain text, not JSON") >= 0, call.response.body)
        compare(App.history.call(0).bodyFile, testDir + "/body.bin")
        verify(call.command("cli").indexOf("call pricing raw --body-file '" + testDir + "/body.bin'") > 0, call.command("cli"))
        call.bodyFile = ""
    }

    // A failed call shows its error and nothing else: the invitation to send goes (it stayed
    // under the error before).
    function test_failed_call_shows_only_its_error() {
        const page = createTemporaryObject(pageComponent, test)
        const call = page.controller
        tryVerify(() => call.services.indexOf("greeter") >= 0, 5000)
        call.service = "greeter"
        const body = findChild(page, "responseBody")
        verify(body !== null)
        compare(body.placeholderText, "Send a request to see the response here.")
        call.body = '{"name":"fail"}'
        call.send()
        tryVerify(() => call.response.ok === false, 5000)
        compare(call.response.errorCode, 400)
        compare(body.text, "")
        compare(body.placeholderText, "")
        call.body = '{"name":"Di"}'
        call.send()
        tryVerify(() => call.response.ok === true, 5000)
        verify(body.text.indexOf("Hello Di") >= 0)
    }

    // A go-micro service described by an imported .proto (tests/data/proto/shop/v1/shop.proto):
    // the form comes from the message descriptor (enum names, an exclusive oneof, a Timestamp,
    // comments as tooltips) and the call goes out in protobuf, then in JSON, both decoded.
    function test_protobuf_form_and_calls() {
        const page = createTemporaryObject(pageComponent, test)
        const call = page.controller
        tryVerify(() => call.services.indexOf("shop") >= 0, 5000)
        call.service = "shop"
        compare(call.endpoint, "Shop.PlaceOrder")
        tryCompare(call, "requestType", "shop.v1.PlaceOrderRequest", 10000)
        compare(call.responseType, "shop.v1.PlaceOrderResponse")
        verify(call.schemaNote.indexOf("shop/v1/shop.proto") >= 0)
        const form = call.form
        const at = (path, role) => form.data(form.index(form.rowOfPath(path), 0), role)
        verify(at("order.status", CallFormModel.ChoicesRole).indexOf("STATUS_PAID") >= 0)
        compare(at("order.card", CallFormModel.OneofRole), "payment")
        verify(at("order.placed_at", CallFormModel.ToolTipRole).indexOf("When the customer pressed") >= 0)
        compare(at("order.placed_at", CallFormModel.PlaceholderRole), "2026-01-31T12:00:00Z")

        form.setValue(form.rowOfPath("customer"), "ada")
        form.setValue(form.rowOfPath("order.id"), "O-1")
        form.setValue(form.rowOfPath("order.status"), "STATUS_PLACED")
        form.setValue(form.rowOfPath("order.placed_at"), "2026-12-06T05:00:00Z")
        form.setValue(form.rowOfPath("order.voucher"), "WINTER")
        // The oneof is exclusive: a card number clears the voucher.
        form.setValue(form.rowOfPath("order.card.number"), "4111")
        compare(at("order.voucher", CallFormModel.ValueRole), "")
        compare(JSON.parse(call.body).order.card.number, "4111")
        verify(JSON.parse(call.body).order.voucher === undefined)

        // google.protobuf.Any: the picker offers the imported types; its value is the type's
        // "@type" and that message's fields, encoded in protobuf below.
        verify(at("order.attachment", CallFormModel.AnyTypesRole).indexOf("shop.v1.Address") >= 0)
        form.setValue(form.rowOfPath("order.attachment"), '{"@type": "type.googleapis.com/shop.v1.Address", "city": "Paris"}')
        compare(JSON.parse(call.body).order.attachment.city, "Paris")

        call.contentType = "application/protobuf"
        compare(App.session.schemas.contentType("shop", "Shop.PlaceOrder"), "application/protobuf")
        tryVerify(() => call.canSend)
        call.send()
        tryVerify(() => call.response.ok !== undefined && !call.busy, 5000)
        verify(call.response.ok, call.response.errorDetail)
        compare(call.response.contentType, "application/protobuf")
        verify(call.response.bodyNote.indexOf("shop.v1.PlaceOrderResponse") >= 0)
        const reply = JSON.parse(call.response.body)
        compare(reply.order_id, "O-1/ada")
        compare(reply.status, "STATUS_PAID")
        compare(reply.accepted_at, "2026-12-06T05:00:00Z")

        call.contentType = "application/json"
        call.send()
        tryVerify(() => !call.busy && call.response.contentType === "application/json", 5000)
        compare(JSON.parse(call.response.body).orderId, "O-1/ada") // the generated class writes lowerCamel

        // A hand-made mapping: the endpoint described by another method of the .proto, then by
        // its own again; the form follows.
        verify(call.protoMethods.indexOf("shop.v1.Shop.Echo") >= 0, call.protoMethods.join(","))
        compare(call.protoMethod, "")
        call.protoMethod = "shop.v1.Shop.Echo"
        compare(call.protoMethod, "shop.v1.Shop.Echo")
        compare(call.requestType, "shop.v1.Order")
        verify(form.rowOfPath("items") >= 0)
        call.protoMethod = ""
        compare(call.requestType, "shop.v1.PlaceOrderRequest")
        verify(form.rowOfPath("customer") >= 0)
        call.service = "greeter"
        compare(call.protoMethods.length, 2, "go-micro endpoints can be mapped to any imported method")

        // History entries keep their content type; loading one brings it back.
        tryVerify(() => App.history.call(0).contentType === "application/json")
        const protobufCall = App.history.call(1)
        compare(protobufCall.contentType, "application/protobuf")
        compare(App.history.calls.get(1).contentType, "application/protobuf")
        call.load(protobufCall, false)
        compare(call.contentType, "application/protobuf")
        call.contentType = "application/json"

        // A body that is not the message is said before anything is sent.
        call.contentType = "application/protobuf"
        call.body = '{"customer": 7}'
        if (call.canSend) {
            call.send()
            tryVerify(() => !call.busy, 5000)
            verify(!call.response.ok)
        }
    }
}
