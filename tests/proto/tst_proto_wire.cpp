// Protobuf on the wire, against a real nats-server:
// - byte for byte what go-micro v4 sends with application/protobuf (tests/data/captures/
//   gomicro-protobuf: derived from the recording, its README says how);
// - a go-micro service hosted on our RpcServer whose handlers use protoc's generated classes (the
//   other side), called with bodies our SchemaSet encoded, in both content types;
// - a protobuf broker event, decoded with the schema and without.
#include <QtTest>

#include <google/protobuf/util/json_util.h>

#include "Captures.h"
#include "Connect.h"
#include "MessageCollector.h"
#include "NatsServer.h"
#include "micro/Broker.h"
#include "micro/Envelope.h"
#include "micro/MicroError.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "proto/MethodMatcher.h"
#include "proto/ProtoCodec.h"
#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"
#include "shop/v1/shop.pb.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace switchboard::proto;

namespace {

constexpr const char *kProtobuf = "application/protobuf";

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// The other side: the generated classes, in whichever content type the request came.
template<typename Message>
Message readRequest(const micro::RpcRequest &r)
{
    Message m;
    if (r.contentType == "application/json") {
        if (!google::protobuf::util::JsonStringToMessage(r.body, &m).ok())
            throw micro::MicroError::badRequest("shop", "not JSON of " + m.GetTypeName());
    } else if (!m.ParseFromString(r.body)) {
        throw micro::MicroError::badRequest("shop", "not protobuf of " + m.GetTypeName());
    }
    return m;
}

std::string writeReply(const micro::RpcRequest &r, const google::protobuf::Message &m)
{
    if (r.contentType != "application/json")
        return m.SerializeAsString();
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    (void)google::protobuf::util::MessageToJsonString(m, &json, options);
    return json;
}

} // namespace

class TestProtoWire : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_capture = loadCapture("gomicro-protobuf/capture.jsonl");
        QCOMPARE(m_capture.size(), size_t(3));
        auto greeter = SchemaSet::load({{std::string(SB_CAPTURE_PROTO_DIR) + "/greeter.proto"}, {}, {}});
        QVERIFY2(greeter.ok(), joinProblems(greeter.problems).c_str());
        m_greeter = greeter.set;
        auto shop = SchemaSet::load({{std::string(SB_PROTO_DIR) + "/shop/v1/shop.proto"}, {SB_PROTO_DIR}, {}});
        QVERIFY2(shop.ok(), joinProblems(shop.problems).c_str());
        m_shop = shop.set;

        m_nats = std::make_unique<NatsServer>();
        m_nats->start();
        m_conn = connectTo(*m_nats);
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        m_nats.reset();
    }

    void aRequestIsWhatGoMicroSendsInProtobuf()
    {
        micro::CallRequest request;
        request.service = "go.micro.srv.greeter";
        request.endpoint = "Greeter.Hello";
        request.contentType = kProtobuf;
        const auto body = ProtoCodec::fromJson(*m_greeter, m_greeter->findMessage("greeter.Request"), R"({"name":"John"})");
        QVERIFY2(body.ok(), body.error.c_str());
        request.body = body.data;
        request.headers = {{"X-Peer-Test", "gomicro-client"}};
        // As in tst_wire_golden: we also send the pre-v4.10 spelling "Micro-Id" (WIRE.md §3.2).
        const std::string expected = replaceAll(m_capture.at(0).payload, R"("Micro-ID":"0",)", R"("Micro-ID":"0","Micro-Id":"0",)");
        QCOMPARE(micro::RpcClient::encodeRequest(request, "0"), expected);
    }

    void theServerRepliesWhatGoMicroRepliesInProtobuf()
    {
        micro::ServerOptions options;
        options.name = "go.micro.srv.greeter";
        options.address = "_INBOX.GeA9ce9wC00EIRN0u5yYTm"; // the capture's node address
        micro::RpcServer server(m_conn, options);
        const auto set = m_greeter;
        server.handle("Greeter.Hello", [set](const micro::RpcRequest &r) {
            const auto in = ProtoCodec::toJson(*set, set->findMessage("greeter.Request"), r.body, {false, false, false});
            const auto name = nlohmann::json::parse(in.data).value("name", std::string());
            return ProtoCodec::fromJson(*set, set->findMessage("greeter.Response"),
                                        nlohmann::json{{"msg", "Hello " + name}}.dump()).data;
        });
        server.start();
        const std::string inbox = nats::Connection::newInbox();
        MessageCollector replies(*m_conn, inbox);
        m_conn->publishRequest(options.address, inbox, m_capture.at(0).payload);
        QVERIFY(replies.waitFor(1));
        QCOMPARE(replies.messages().front().data, m_capture.at(1).payload);
        server.stop();
    }

    void anEventIsWhatGoMicroPublishesInProtobuf()
    {
        MessageCollector topic(*m_conn, "go.micro.topic.greeter");
        micro::Broker broker(m_conn);
        const auto body = ProtoCodec::fromJson(*m_greeter, m_greeter->findMessage("greeter.Event"),
                                               R"({"id":"evt-1","timestamp":"1795595677","message":"hello from John"})");
        QVERIFY2(body.ok(), body.error.c_str());
        const std::string id = broker.publish("go.micro.topic.greeter", body.data, {{"X-Peer-Test", "gomicro-client"}}, kProtobuf);
        QVERIFY(topic.waitFor(1));
        QCOMPARE(topic.messages().at(0).data, replaceAll(m_capture.at(2).payload, "a7d89d2f-8d5a-47b8-a713-0da186af0fb2", id));

        // Decoded as the inspector and `subscribe` do: with the schema, and without it.
        const auto event = micro::decodeEnvelope(topic.messages().at(0).data);
        QCOMPARE(event.get("Content-Type"), std::string(kProtobuf));
        const auto json = ProtoCodec::toJson(*m_greeter, m_greeter->findMessage("greeter.Event"), event.body, {false, false, false});
        QCOMPARE(json.data, std::string(R"({"id":"evt-1","timestamp":"1795595677","message":"hello from John"})"));
        QCOMPARE(rawText(event.body, decodeRaw(event.body)), std::string("1: \"evt-1\"\n2: 1795595677\n3: \"hello from John\"\n"));
    }

    void aServiceOfGeneratedClassesIsCalledInBothContentTypes()
    {
        micro::ServerOptions options;
        options.name = "shop";
        micro::RpcServer server(m_conn, options);
        server.handle("Shop.PlaceOrder", [](const micro::RpcRequest &r) {
            const auto in = readRequest<shop::v1::PlaceOrderRequest>(r);
            if (in.order().items_size() == 0)
                throw micro::MicroError::badRequest("shop", "an order needs items");
            shop::v1::PlaceOrderResponse out;
            out.set_order_id(in.order().id() + "-" + in.customer());
            out.set_status(in.order().has_card() ? shop::v1::STATUS_PAID : shop::v1::STATUS_PLACED);
            *out.mutable_accepted_at() = in.order().placed_at();
            return writeReply(r, out);
        });
        server.start();
        auto registry = std::make_shared<micro::Registry>(m_conn);
        micro::RpcClient client(m_conn, registry);

        const auto *method = matchEndpoint(*m_shop, "Shop.PlaceOrder").method;
        QVERIFY(method);
        const std::string requestJson = R"({"customer":"ada","order":{"id":"ORD-7","status":"STATUS_PLACED",
            "items":[{"sku":"MUG","quantity":2,"labels":{"colour":"red"}}],"card":{"number":"4111","expiry_month":12},
            "placed_at":"2026-12-06T05:00:00Z","counters":{"views":"3"}}})";
        for (const std::string contentType : {kProtobuf, "application/json"}) {
            micro::CallRequest call;
            call.service = "shop";
            call.endpoint = "Shop.PlaceOrder";
            call.contentType = contentType;
            if (contentType == kProtobuf) {
                const auto body = ProtoCodec::fromJson(*m_shop, method->input_type(), requestJson);
                QVERIFY2(body.ok(), body.error.c_str());
                call.body = body.data;
            } else {
                call.body = requestJson;
            }
            const auto result = client.call(call);
            QVERIFY2(result.ok(), result.error.message().c_str());
            QCOMPARE(result.header.at("Content-Type"), contentType);
            const std::string replyJson = contentType == kProtobuf
                                              ? ProtoCodec::toJson(*m_shop, method->output_type(), result.body, {false, false, false}).data
                                              : nlohmann::json::parse(result.body).dump();
            QCOMPARE(nlohmann::json::parse(replyJson),
                     nlohmann::json::parse(R"({"order_id":"ORD-7-ada","status":"STATUS_PAID","accepted_at":"2026-12-06T05:00:00Z"})"));
        }

        // A go-micro error comes back the same way whatever the content type.
        micro::CallRequest empty;
        empty.service = "shop";
        empty.endpoint = "Shop.PlaceOrder";
        empty.contentType = kProtobuf;
        empty.body = ProtoCodec::fromJson(*m_shop, method->input_type(), R"({"order":{"id":"x"}})").data;
        const auto refused = client.call(empty);
        QCOMPARE(refused.error.kind, micro::RpcError::Kind::Remote);
        QCOMPARE(refused.error.detail, std::string("an order needs items"));
        server.stop();
    }

private:
    std::vector<CapturedMessage> m_capture;
    SchemaSetPtr m_greeter, m_shop;
    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
};

QTEST_GUILESS_MAIN(TestProtoWire)
#include "tst_proto_wire.moc"
