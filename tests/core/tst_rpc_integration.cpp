// A C++ service on a real nats-server is listed, described and called by the C++ client; every
// kind of failure comes back as the right RpcError.
#include <QtTest>

#include <filesystem>
#include <thread>

#include "GreeterFixture.h"
#include "Connect.h"
#include "NatsServer.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "nats/Connection.h"
#include "nats/Error.h"

using namespace switchboard;
using namespace switchboard::testing;
using Kind = micro::RpcError::Kind;

class TestRpcIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serviceIsListedAndDescribed();
    void successfulCall();
    void goMicroError();
    void frameworkErrors();
    void handlerExceptionIsPlainText();
    void timeout();
    void noResponders();
    void malformedReply();
    void unknownServiceIsNotFound();
    void twoInstancesShareTheCalls();
    void deregisterRemovesTheService();
    void startOnAClosedConnectionFailsCleanly();
    void withoutWorkersHandlersRunOnTheDeliveryThread();

private:
    micro::CallRequest request(const std::string &endpoint, const std::string &body = R"({"name":"Ada"})")
    {
        micro::CallRequest r;
        r.service = "go.micro.srv.greeter";
        r.endpoint = endpoint;
        r.body = body;
        r.timeout = std::chrono::milliseconds(2000);
        return r;
    }

    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_serverConn, m_clientConn;
    std::unique_ptr<micro::RpcServer> m_greeter;
    std::shared_ptr<micro::Registry> m_registry;
    std::unique_ptr<micro::RpcClient> m_client;
};

void TestRpcIntegration::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_serverConn = connectTo(*m_nats);
    m_clientConn = connectTo(*m_nats);
    m_greeter = makeCapturedGreeter(m_serverConn);
    m_greeter->handle("Greeter.Slow", [](const micro::RpcRequest &) {
        std::this_thread::sleep_for(std::chrono::milliseconds(400));
        return std::string("{}");
    });
    m_greeter->handle("Greeter.Crash", [](const micro::RpcRequest &) -> std::string {
        throw std::runtime_error("database is on fire");
    });
    m_greeter->start();
    m_registry = std::make_shared<micro::Registry>(m_clientConn);
    m_client = std::make_unique<micro::RpcClient>(m_clientConn, m_registry);
}

void TestRpcIntegration::cleanupTestCase()
{
    m_client.reset();
    m_registry.reset();
    m_greeter.reset();
    m_serverConn.reset();
    m_clientConn.reset();
    m_nats.reset();
}

void TestRpcIntegration::serviceIsListedAndDescribed()
{
    const auto list = m_registry->listServices();
    QCOMPARE(list.services.size(), size_t(1));
    QCOMPARE(list.services[0].name, std::string("go.micro.srv.greeter"));
    QVERIFY(list.errors.empty());
    // Our service answers on both subject families; the nodes merge into one.
    QCOMPARE(list.services[0].nodes->size(), size_t(1));
    QVERIFY(list.elapsed < std::chrono::milliseconds(100)); // adaptive: not go-micro's fixed 100 ms

    const auto get = m_registry->getService("go.micro.srv.greeter");
    QCOMPARE(get.services.size(), size_t(1));
    const micro::Service &s = get.services[0];
    QCOMPARE(s.version, std::string("1.0.0"));
    QCOMPARE(s.endpoints->size(), size_t(5));
    QCOMPARE(s.endpoints->front().name, std::string("Greeter.Crash")); // handlers sorted, then subscribers
    QCOMPARE(s.endpoints->back().metadata->at("topic"), std::string("go.micro.topic.greeter"));
    const micro::Node &n = s.nodes->at(0);
    QCOMPARE(n.id, m_greeter->node().id);
    QVERIFY(n.id.rfind("go.micro.srv.greeter-", 0) == 0);
    QVERIFY(n.address.rfind("_INBOX.", 0) == 0);
    QCOMPARE(n.metadata->at("protocol"), std::string("mucp"));
    QCOMPARE(n.metadata->at("zone"), std::string("az1"));

    QVERIFY(m_registry->getService("nobody.here").services.empty());
}

void TestRpcIntegration::successfulCall()
{
    const auto r = m_client->call(request("Greeter.Hello"));
    QVERIFY2(r.ok(), r.error.message().c_str());
    QCOMPARE(r.body, std::string("{\"msg\":\"Hello Ada\"}\n"));
    QCOMPARE(r.header.at("Content-Type"), std::string("application/json"));
    QCOMPARE(r.nodeId, m_greeter->node().id);
    QVERIFY(r.latency.count() > 0);
}

void TestRpcIntegration::goMicroError()
{
    const auto r = m_client->call(request("Greeter.Fail"));
    QCOMPARE(r.error.kind, Kind::Remote);
    QCOMPARE(r.error.code, 400);
    QCOMPARE(r.error.id, std::string("go.micro.srv.greeter.Greeter.Fail"));
    QCOMPARE(r.error.detail, std::string("name \"Ada\" is not allowed"));
    QCOMPARE(r.error.status, std::string("Bad Request"));
}

void TestRpcIntegration::frameworkErrors()
{
    auto r = m_client->call(request("Greeter.Nope"));
    QCOMPARE(r.error.kind, Kind::Framework);
    QCOMPARE(r.error.detail, std::string("rpc: can't find method Nope"));
    r = m_client->call(request("Other.Hello"));
    QCOMPARE(r.error.detail, std::string("rpc: can't find service Other"));
}

void TestRpcIntegration::handlerExceptionIsPlainText()
{
    const auto r = m_client->call(request("Greeter.Crash"));
    QCOMPARE(r.error.kind, Kind::Framework);
    QCOMPARE(r.error.detail, std::string("database is on fire"));
}

void TestRpcIntegration::timeout()
{
    auto req = request("Greeter.Slow");
    req.timeout = std::chrono::milliseconds(100);
    const auto r = m_client->call(req);
    QCOMPARE(r.error.kind, Kind::Timeout);
    QVERIFY(r.latency >= std::chrono::milliseconds(100));
    QVERIFY(r.latency < std::chrono::milliseconds(400));
    // The late reply is dropped and does not confuse the next call.
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    QVERIFY(m_client->call(request("Greeter.Hello")).ok());
}

void TestRpcIntegration::noResponders()
{
    const micro::Node ghost{"ghost-1", nats::Connection::newInbox(), std::nullopt};
    const auto r = m_client->callNode(ghost, request("Greeter.Hello"));
    QCOMPARE(r.error.kind, Kind::NoResponders);
    QVERIFY(r.latency < std::chrono::milliseconds(1000));
}

void TestRpcIntegration::malformedReply()
{
    const std::string address = nats::Connection::newInbox();
    auto conn = m_serverConn;
    nats::Subscription liar = m_serverConn->subscribe(address, [conn](nats::Message &&m) {
        conn->publish(std::string(m.reply()), "this is not an envelope");
    });
    m_serverConn->flush();
    const auto r = m_client->callNode(micro::Node{"liar-1", address, std::nullopt}, request("Greeter.Hello"));
    QCOMPARE(r.error.kind, Kind::Malformed);
    QVERIFY(r.error.detail.find("malformed JSON") != std::string::npos);
}

void TestRpcIntegration::unknownServiceIsNotFound()
{
    auto req = request("Greeter.Hello");
    req.service = "missing.service";
    const auto r = m_client->call(req);
    QCOMPARE(r.error.kind, Kind::NotFound);
    req.service = "go.micro.srv.greeter";
    req.nodeId = "go.micro.srv.greeter-nonexistent";
    QCOMPARE(m_client->call(req).error.kind, Kind::NotFound);
    req.nodeId = m_greeter->node().id;
    QVERIFY(m_client->call(req).ok());
}

void TestRpcIntegration::twoInstancesShareTheCalls()
{
    auto second = makeCapturedGreeter(m_serverConn);
    second->start();
    const auto list = m_registry->listServices();
    QCOMPARE(list.services.size(), size_t(1));
    QCOMPARE(list.services[0].nodes->size(), size_t(2));
    QVERIFY(list.replies >= 2);
    // An adaptive sweep can end before a slow second reply (TSan once left one node here, and all
    // 20 calls went to it): refresh until the client knows both instances.
    QTRY_COMPARE(m_client->resolve("go.micro.srv.greeter", true).size(), size_t(2));
    const uint64_t firstBefore = m_greeter->requestsServed(), secondBefore = second->requestsServed();
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_client->call(request("Greeter.Hello")).ok());
    QCOMPARE(m_greeter->requestsServed() - firstBefore, uint64_t(10)); // round-robin
    QCOMPARE(second->requestsServed() - secondBefore, uint64_t(10));
    second->stop();
    QCOMPARE(m_registry->listServices().services.at(0).nodes->size(), size_t(1));
    // The client's cache still holds the stopped node: no responders, then a fresh lookup.
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_client->call(request("Greeter.Hello")).ok());
}

void TestRpcIntegration::deregisterRemovesTheService()
{
    std::mutex mutex;
    std::vector<micro::RegistryResult> seen;
    micro::RegistryWatch watch = m_registry->watch([&](const micro::RegistryResult &r) {
        std::lock_guard lock(mutex);
        seen.push_back(r);
    });
    m_clientConn->flush();
    m_greeter->stop();
    QVERIFY(m_registry->listServices().services.empty());
    QTRY_VERIFY([&] {
        std::lock_guard lock(mutex);
        return std::any_of(seen.begin(), seen.end(), [](const auto &r) { return r.action == "delete"; });
    }());
    QCOMPARE(m_client->call(request("Greeter.Hello")).error.kind, Kind::NotFound);
}

void TestRpcIntegration::startOnAClosedConnectionFailsCleanly()
{
    auto conn = connectTo(*m_nats);
    auto server = makeCapturedGreeter(conn);
    conn->close();
    bool threw = false;
    try {
        server->start();
    } catch (const nats::Error &e) {
        threw = e.kind() == nats::ErrorKind::ConnectionClosed;
    }
    QVERIFY(threw);
    server.reset(); // tears down what start() had set up (checked under ASan)
}

namespace {
size_t threadsOfThisProcess()
{
    size_t n = 0;
    for ([[maybe_unused]] const auto &entry : std::filesystem::directory_iterator("/proc/self/task"))
        ++n;
    return n;
}

/// The count once it has stayed the same for 100 ms: threads of a connection closed just before
/// (the previous server's) end asynchronously and must not be counted as this one's.
size_t settledThreadCount()
{
    size_t last = threadsOfThisProcess();
    for (int stable = 0, i = 0; stable < 5 && i < 200; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        const size_t now = threadsOfThisProcess();
        stable = now == last ? stable + 1 : 0;
        last = now;
    }
    return last;
}

/// Threads a started server adds to the process, and the answer it gives to one call and one event.
std::pair<size_t, std::string> startedServer(NatsServer &nats, int workers, micro::RpcClient &client)
{
    auto conn = connectTo(nats);
    micro::ServerOptions options;
    options.name = "workers." + std::to_string(workers);
    options.workers = workers;
    micro::RpcServer server(conn, options);
    server.handle("Echo.Call", [](const micro::RpcRequest &r) { return r.body; });
    std::atomic<int> events{0};
    server.subscribe("workers.topic", [&events](const micro::BrokerEvent &) { ++events; });
    const size_t before = settledThreadCount();
    server.start();
    const size_t added = settledThreadCount() - before;
    micro::CallRequest request;
    request.service = options.name;
    request.endpoint = "Echo.Call";
    request.body = R"({"n":1})";
    const auto reply = client.call(request);
    micro::Broker broker(conn);
    broker.publish("workers.topic", R"({"e":1})");
    for (int i = 0; i < 500 && events == 0; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    server.stop();
    return {added, (reply.ok() ? reply.body : reply.error.detail) + " events:" + std::to_string(events.load())};
}
} // namespace

void TestRpcIntegration::withoutWorkersHandlersRunOnTheDeliveryThread()
{
    // workers = 0 (a mock's canned replies): no handler thread at all, calls and events answered
    // on the subscription's own delivery thread; one worker adds exactly that thread.
    const auto [inlineThreads, inlineAnswer] = startedServer(*m_nats, 0, *m_client);
    const auto [pooledThreads, pooledAnswer] = startedServer(*m_nats, 1, *m_client);
    QVERIFY2(inlineAnswer == "{\"n\":1}\n events:1", inlineAnswer.c_str()); // Go's json.Encoder ends with a newline
    QCOMPARE(pooledAnswer, inlineAnswer);
    QCOMPARE(pooledThreads, inlineThreads + 1);
}

QTEST_GUILESS_MAIN(TestRpcIntegration)
#include "tst_rpc_integration.moc"
