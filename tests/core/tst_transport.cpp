// Transport on a real nats-server: virtual connections keyed by reply subject with an idle
// timeout, blocking dial/recv, and many RPC calls in flight over one wildcard subscription.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "GreeterFixture.h"
#include "NatsServer.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/TransportClient.h"
#include "micro/TransportListener.h"
#include "nats/Connection.h"
#include "nats/Error.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestTransport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void virtualConnectionsByReplySubjectExpireWhenIdle();
    void dialSendRecv();
    void recvTimesOutAndReportsNoResponders();
    void manyCallsInFlightShareOneSubscription();
    void answeredCallsReuseReplySubjects();
    void strayReplyOnAReusedSubjectIsIgnored();

private:
    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    nats::ConnectOptions m_options;
};

void TestTransport::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_options.servers = {m_nats->url()};
    m_options.sendAsap = true;
    m_conn = nats::Connection::connect(m_options);
}

void TestTransport::cleanupTestCase()
{
    m_conn.reset();
    m_nats.reset();
}

void TestTransport::virtualConnectionsByReplySubjectExpireWhenIdle()
{
    std::atomic<int> received{0};
    micro::TransportListener listener(
        m_conn, {}, [&](const std::shared_ptr<micro::ServerSocket> &, micro::Envelope &&) { ++received; }, {}, 200ms);
    QVERIFY(listener.address().rfind("_INBOX.", 0) == 0);
    auto client = micro::TransportClient::create(m_conn);
    auto a = client->dial(listener.address());
    auto b = client->dial(listener.address());
    micro::Envelope e;
    e.header["Micro-ID"] = "1";
    for (int i = 0; i < 3; ++i) {
        a->send(e);
        b->send(e);
    }
    QTRY_COMPARE(received.load(), 6);
    QCOMPARE(listener.openSockets(), size_t(2)); // two reply subjects, six messages
    QTRY_COMPARE_WITH_TIMEOUT(listener.openSockets(), size_t(0), 2000);
    a->send(e);
    QTRY_COMPARE(listener.openSockets(), size_t(1));
}

void TestTransport::dialSendRecv()
{
    micro::TransportListener echo(m_conn, "echo.service", [](const std::shared_ptr<micro::ServerSocket> &s, micro::Envelope &&e) {
        e.header["Echoed"] = "yes";
        s->send(e);
    });
    m_conn->flush();
    auto client = micro::TransportClient::create(m_conn);
    auto socket = client->dial("echo.service");
    micro::Envelope e;
    e.body = std::string("\x00\xff binary", 9);
    socket->send(e);
    const micro::Received r = socket->recv(2s);
    QCOMPARE(r.status, micro::Received::Status::Ok);
    QCOMPARE(r.envelope.body, e.body);
    QCOMPARE(r.envelope.get("Echoed"), std::string("yes"));
    QCOMPARE(client->openSockets(), size_t(1));
    socket.reset();
    QCOMPARE(client->openSockets(), size_t(0));
}

void TestTransport::recvTimesOutAndReportsNoResponders()
{
    auto client = micro::TransportClient::create(m_conn);
    micro::TransportListener silent(m_conn, {}, [](const std::shared_ptr<micro::ServerSocket> &, micro::Envelope &&) {});
    auto socket = client->dial(silent.address());
    socket->send(micro::Envelope{});
    QCOMPARE(socket->recv(100ms).status, micro::Received::Status::Timeout);
    auto nowhere = client->dial(nats::Connection::newInbox());
    nowhere->send(micro::Envelope{});
    QCOMPARE(nowhere->recv(2s).status, micro::Received::Status::NoResponders);
    bool threw = false;
    try {
        (void)client->dial("has spaces");
    } catch (const nats::Error &e) {
        threw = e.kind() == nats::ErrorKind::InvalidArgument;
    }
    QVERIFY(threw);
}

void TestTransport::manyCallsInFlightShareOneSubscription()
{
    auto server = makeCapturedGreeter(m_conn);
    server->start();
    nats::ConnectOptions named = m_options;
    named.name = "rpc-client-under-test";
    auto clientConn = nats::Connection::connect(named);
    auto registry = std::make_shared<micro::Registry>(clientConn);
    micro::RpcClient client(clientConn, registry);
    (void)client.resolve("go.micro.srv.greeter");

    std::vector<micro::PendingCall> calls;
    for (int i = 0; i < 64; ++i) {
        micro::CallRequest r;
        r.service = "go.micro.srv.greeter";
        r.endpoint = "Greeter.Hello";
        r.body = "{\"name\":\"" + std::to_string(i) + "\"}";
        calls.push_back(client.start(r));
    }
    for (int i = 0; i < 64; ++i) {
        const micro::CallResult r = calls[static_cast<size_t>(i)].wait();
        QVERIFY2(r.ok(), r.error.message().c_str());
        // Each reply went to its own call, not a neighbour's.
        QCOMPARE(nlohmann::json::parse(r.body)["msg"], "Hello " + std::to_string(i));
    }
    // The server sees one subscription for replies on this connection, whatever the number of calls.
    const auto connz = nlohmann::json::parse(httpGet(m_nats->monitorPort(), "/connz?subs=1"));
    bool found = false;
    for (const auto &c : connz["connections"]) {
        if (c.value("name", "") != "rpc-client-under-test")
            continue;
        found = true;
        QCOMPARE(c["subscriptions"].get<int>(), 1);
        QVERIFY(c["subscriptions_list"][0].get<std::string>().ends_with(".*"));
    }
    QVERIFY(found);
    server->stop();
}

namespace {

/// A node that answers every request with the request's id and the given body.
micro::Envelope answer(const micro::Envelope &request, const std::string &body)
{
    micro::Envelope reply;
    reply.header = {{"Content-Type", "application/json"}, {"Micro-ID", request.get("Micro-ID")},
                    {"X-Micro-ID", request.get("Micro-ID")}};
    reply.body = body;
    return reply;
}

micro::Node nodeAt(const std::string &address)
{
    micro::Node n;
    n.id = "raw-node";
    n.address = address;
    return n;
}

} // namespace

void TestTransport::answeredCallsReuseReplySubjects()
{
    micro::TransportListener listener(m_conn, {}, [](const std::shared_ptr<micro::ServerSocket> &socket, micro::Envelope &&request) {
        socket->send(answer(request, "{}\n"));
    });
    micro::RpcClient client(m_conn, std::make_shared<micro::Registry>(m_conn));
    micro::CallRequest request;
    request.service = "raw";
    request.endpoint = "Raw.Call";
    for (int i = 0; i < 50; ++i)
        QVERIFY(client.callNode(nodeAt(listener.address()), request).ok());
    // One virtual connection on the server for 50 sequential calls, as with go-micro's socket
    // pool; a new reply subject per call would leave 50 until the idle timeout.
    QCOMPARE(listener.openSockets(), size_t(1));
}

void TestTransport::strayReplyOnAReusedSubjectIsIgnored()
{
    // A misbehaving node sends the previous call's reply again before the right one.
    std::mutex mutex;
    std::optional<micro::Envelope> previous;
    micro::TransportListener listener(m_conn, {}, [&](const std::shared_ptr<micro::ServerSocket> &socket, micro::Envelope &&request) {
        std::lock_guard lock(mutex);
        if (previous)
            socket->send(*previous);
        previous = answer(request, "\"" + request.body.substr(0, request.body.size() - 1) + "\"\n");
        socket->send(*previous);
    });
    micro::RpcClient client(m_conn, std::make_shared<micro::Registry>(m_conn));
    micro::CallRequest request;
    request.service = "raw";
    request.endpoint = "Raw.Call";
    for (int i = 0; i < 20; ++i) {
        request.body = std::to_string(i);
        const micro::CallResult r = client.callNode(nodeAt(listener.address()), request);
        QVERIFY2(r.ok(), r.error.message().c_str());
        QCOMPARE(r.body, "\"" + std::to_string(i) + "\"\n");
    }
    QCOMPARE(listener.openSockets(), size_t(1));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
