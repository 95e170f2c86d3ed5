// Live byte-for-byte checks: what our server and client put on a real nats-server equals what
// go-micro v4.11 put on the wire in the recorded capture (node id and address aside).
#include <QtTest>

#include "Captures.h"
#include "GreeterFixture.h"
#include "MessageCollector.h"
#include "Connect.h"
#include "NatsServer.h"
#include "micro/Broker.h"
#include "micro/Envelope.h"
#include "micro/RegistrySweep.h"
#include "micro/RpcClient.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;

class TestWireGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registerAnnouncesTheCapturedCreate();
    void queriesAreAnsweredWithTheCapturedService();
    void callRepliesMatchTheCapture();
    void unknownMethodGivesGoMicroText();
    void clientRequestMatchesTheCapture();
    void queriesMatchTheCapture();
    void brokerPublishMatchesTheCapture();
    void deregisterAnnouncesTheCapturedDelete();

private:
    std::string ours(const std::string &captured) const
    {
        return replaceAll(replaceAll(captured, m_capturedId, m_server->node().id), m_capturedAddress,
                          m_server->node().address);
    }
    std::string roundTrip(const std::string &subject, const std::string &payload)
    {
        const std::string inbox = nats::Connection::newInbox();
        MessageCollector replies(*m_conn, inbox);
        m_conn->publishRequest(subject, inbox, payload);
        if (!replies.waitFor(1))
            return "<no reply>";
        return replies.messages().front().data;
    }

    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    std::unique_ptr<MessageCollector> m_watch;
    std::unique_ptr<micro::RpcServer> m_server;
    std::vector<CapturedMessage> m_capture;
    const std::string m_capturedId = "go.micro.srv.greeter-f6c9459b-7ddf-4b05-9739-1707c0cb9808";
    const std::string m_capturedAddress = "_INBOX.GeA9ce9wC00EIRN0u5yYTm";
};

void TestWireGolden::initTestCase()
{
    m_capture = loadCapture("gomicro/capture.jsonl");
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_conn = connectTo(*m_nats);
    m_watch = std::make_unique<MessageCollector>(*m_conn, "micro.registry.nats.watch");
    micro::RegistryOptions registry;
    registry.families = {micro::SubjectFamily::Plugins};
    m_server = makeCapturedGreeter(m_conn, registry);
    m_server->start();
}

void TestWireGolden::cleanupTestCase()
{
    m_server.reset();
    m_watch.reset();
    m_conn.reset();
    m_nats.reset();
}

void TestWireGolden::registerAnnouncesTheCapturedCreate()
{
    QVERIFY(m_watch->waitFor(1));
    QCOMPARE(m_watch->messages().at(0).data, ours(m_capture.at(0).payload));
}

void TestWireGolden::queriesAreAnsweredWithTheCapturedService()
{
    // seq 2: the captured client's list query; seq 3: the captured service's answer.
    QCOMPARE(roundTrip("micro.registry.nats.query", m_capture.at(1).payload), ours(m_capture.at(2).payload));
    // seq 4/5: get.
    QCOMPARE(roundTrip("micro.registry.nats.query", m_capture.at(3).payload), ours(m_capture.at(4).payload));
}

void TestWireGolden::callRepliesMatchTheCapture()
{
    const std::string address = m_server->node().address;
    QCOMPARE(roundTrip(address, m_capture.at(7).payload), m_capture.at(8).payload);   // Hello → reply
    QCOMPARE(roundTrip(address, m_capture.at(9).payload), m_capture.at(10).payload);  // Fail → error
    QCOMPARE(roundTrip(address, m_capture.at(22).payload), m_capture.at(23).payload); // Hello Alice
}

void TestWireGolden::unknownMethodGivesGoMicroText()
{
    const std::string request = replaceAll(m_capture.at(7).payload, "Greeter.Hello", "Greeter.Nope");
    const micro::Envelope reply = micro::decodeEnvelope(roundTrip(m_server->node().address, request));
    QCOMPARE(reply.get("Micro-Error"), std::string("rpc: can't find method Nope"));
    QCOMPARE(reply.get("X-Micro-Error"), std::string("rpc: can't find method Nope"));
    QCOMPARE(reply.get("X-Peer-Test"), std::string("gomicro-client")); // request headers echoed
    QVERIFY(!reply.bodyNull);
    QCOMPARE(reply.body, std::string());
    const std::string otherType = replaceAll(m_capture.at(7).payload, "Greeter.Hello", "Nope.Hello");
    QCOMPARE(micro::decodeEnvelope(roundTrip(m_server->node().address, otherType)).get("Micro-Error"),
             std::string("rpc: can't find service Nope"));
    const std::string illFormed = replaceAll(m_capture.at(7).payload, "Greeter.Hello", "Hello");
    QCOMPARE(micro::decodeEnvelope(roundTrip(m_server->node().address, illFormed)).get("Micro-Error"),
             std::string("rpc: service/endpoint request ill-formed: Hello"));
}

void TestWireGolden::clientRequestMatchesTheCapture()
{
    micro::CallRequest request;
    request.service = "go.micro.srv.greeter";
    request.endpoint = "Greeter.Hello";
    request.body = R"({"name":"John"})";
    request.headers = {{"X-Peer-Test", "gomicro-client"}};
    const std::string wire = micro::RpcClient::encodeRequest(request, "0");
    QCOMPARE(micro::encodeEnvelope(micro::RpcClient::buildRequest(request, "0")), wire);
    // Deliberate difference: we also send the pre-v4.10 spelling "Micro-Id" so old servers
    // multiplex correctly (WIRE.md §3.2). Everything else is the captured v4.11 request.
    const std::string expected = replaceAll(m_capture.at(7).payload, R"("Micro-ID":"0",)", R"("Micro-ID":"0","Micro-Id":"0",)");
    QCOMPARE(wire, expected);
}

void TestWireGolden::queriesMatchTheCapture()
{
    QCOMPARE(micro::encodeQuery("", micro::WireLayout::Modern), m_capture.at(1).payload);
    QCOMPARE(micro::encodeQuery("go.micro.srv.greeter", micro::WireLayout::Modern), m_capture.at(3).payload);
}

void TestWireGolden::brokerPublishMatchesTheCapture()
{
    MessageCollector topic(*m_conn, "go.micro.topic.greeter");
    micro::Broker broker(m_conn);
    const std::string id = broker.publish("go.micro.topic.greeter",
                                          "{\"id\":\"evt-1\",\"timestamp\":1795595677,\"message\":\"hello from John\"}\n",
                                          {{"X-Peer-Test", "gomicro-client"}});
    QVERIFY(topic.waitFor(1));
    const std::string captured = replaceAll(m_capture.at(11).payload, "a7d89d2f-8d5a-47b8-a713-0da186af0fb2", id);
    QCOMPARE(topic.messages().at(0).data, captured);
}

void TestWireGolden::deregisterAnnouncesTheCapturedDelete()
{
    const size_t before = m_watch->count();
    const std::string id = m_server->node().id, address = m_server->node().address;
    m_server->stop();
    QVERIFY(m_watch->waitFor(before + 1));
    const std::string expected = replaceAll(replaceAll(m_capture.at(30).payload, m_capturedId, id), m_capturedAddress, address);
    QCOMPARE(m_watch->messages().back().data, expected);
}

QTEST_GUILESS_MAIN(TestWireGolden)
#include "tst_wire_golden.moc"
