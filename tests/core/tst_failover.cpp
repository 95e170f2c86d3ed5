// Failover (issue 12 §1) on a real 3-server cluster: kill -9 the server a client is connected to.
// The connection moves to another server within 3 s, and every subscription works again there:
// the catalogue's registry watch and sweeps, a traffic subscription, RPC replies, a hosted
// service. Calls in flight fail with a clear error within their timeout. The cluster monitor
// marks the server down and its zone degraded; after a restart everything is healthy again.
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

#include "GreeterFixture.h"
#include "NatsServer.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "live/TrafficMonitor.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

namespace {

/// Publishes on `publisher` until `traffic` counts one more message. In a cluster the
/// subscription's interest reaches the other servers over the routes a moment after the SUB: a
/// message published on another server just before that is not forwarded (seen under ASan load).
bool arrives(nats::Connection &publisher, live::TrafficMonitor &traffic)
{
    const uint64_t before = traffic.snapshot().messages;
    return QTest::qWaitFor([&] {
        publisher.publish("orders.created", "{}");
        publisher.flush();
        return QTest::qWaitFor([&] { return traffic.snapshot().messages > before; }, 200);
    }, 5000);
}

} // namespace

class TestFailover : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void clientMovesAndEverythingWorksAgain();
    void hostedServiceMovesWithItsConnection();
    void callInFlightFailsWithinItsTimeout();

private:
    /// A login to the whole cluster, first URL first (the options keep the order).
    std::shared_ptr<nats::Connection> connect(const std::string &user, int first = 0)
    {
        nats::ConnectOptions o;
        for (int i = 0; i < m_cluster->size(); ++i)
            o.servers.push_back(m_cluster->url((first + i) % m_cluster->size()));
        o.user = o.password = user;
        o.sendAsap = true;
        o.maxReconnect = -1;
        return nats::Connection::connect(o);
    }
    int serverOf(const nats::Connection &c) const
    {
        for (int i = 0; i < m_cluster->size(); ++i)
            if (c.connectedUrl() == m_cluster->url(i))
                return i;
        return -1;
    }
    /// Milliseconds from the kill until the connection is on another server and answers a flush.
    qint64 killAndTimeTheMove(nats::Connection &c, int server)
    {
        const std::string from = c.connectedUrl();
        QElapsedTimer t;
        t.start();
        m_cluster->kill(server);
        while (t.elapsed() < 10000) {
            if (!c.connectedUrl().empty() && c.connectedUrl() != from) {
                try {
                    c.flush(500);
                    return t.elapsed();
                } catch (const std::exception &) {
                }
            }
            std::this_thread::sleep_for(20ms);
        }
        return -1;
    }
    static micro::CallRequest hello(std::chrono::milliseconds timeout = 2000ms)
    {
        micro::CallRequest r;
        r.service = "go.micro.srv.greeter";
        r.endpoint = "Greeter.Hello";
        r.body = R"({"name":"Ada"})";
        r.timeout = timeout;
        return r;
    }
    static bool listsGreeter(const live::CatalogSnapshot &s)
    {
        for (const auto &svc : s.services)
            if (svc.name == "go.micro.srv.greeter")
                return !svc.versions.empty() && !svc.versions.front().nodes.empty();
        return false;
    }

    std::unique_ptr<NatsServer> m_cluster;
};

void TestFailover::init()
{
    NatsServerOptions o;
    o.servers = 3;
    o.systemAccount = true;
    m_cluster = std::make_unique<NatsServer>(o);
    m_cluster->start();
}

void TestFailover::cleanup()
{
    m_cluster.reset();
}

void TestFailover::clientMovesAndEverythingWorksAgain()
{
    // The service lives on n3; the dashboard's connections start on n1, the one that dies.
    auto serviceConn = connect("app", 2);
    auto greeter = makeCapturedGreeter(serviceConn);
    greeter->start();
    auto client = connect("app", 0);
    QCOMPARE(serverOf(*client), 0);
    auto registry = std::make_shared<micro::Registry>(client);
    micro::RpcClient rpc(client, registry);
    QVERIFY(rpc.call(hello()).ok());

    live::CatalogOptions co;
    co.requeryInterval = 1000ms;
    live::ServiceCatalog catalog(client, co);
    catalog.start();
    QTRY_VERIFY_WITH_TIMEOUT(listsGreeter(catalog.snapshot()), 5000);

    live::TrafficMonitor traffic(client);
    traffic.addSubject("orders.>");
    client->flush();
    QVERIFY2(arrives(*serviceConn, traffic), "traffic is counted before the kill");

    live::ClusterOptions clo;
    clo.pollInterval = 300ms;
    live::ClusterMonitor cluster(connect("sys", 0), clo);
    cluster.start();
    QTRY_VERIFY_WITH_TIMEOUT(cluster.snapshot().health == live::Health::Healthy && cluster.snapshot().servers.size() == 3, 5000);

    const qint64 moved = killAndTimeTheMove(*client, 0); // kill -9 n1-az-a
    QVERIFY2(moved >= 0 && moved <= 3000, ("moved after " + std::to_string(moved) + " ms").c_str());
    qInfo("client moved to %s after %lld ms", client->connectedUrl().c_str(), moved);

    // RPC replies arrive on the new server.
    const micro::CallResult again = rpc.call(hello());
    QVERIFY2(again.ok(), again.error.message().c_str());
    // The traffic subscription was re-made there.
    QVERIFY2(arrives(*serviceConn, traffic), "traffic is counted after the move");
    // The catalogue is complete again within one sweep after the move.
    const uint64_t sweeps = catalog.snapshot().sweeps;
    QTRY_VERIFY_WITH_TIMEOUT(catalog.snapshot().sweeps > sweeps + 1, 5000);
    QVERIFY(listsGreeter(catalog.snapshot()));
    // The cluster view (its own connection moved too) marks n1 down and az-a not healthy.
    QTRY_VERIFY_WITH_TIMEOUT(cluster.snapshot().health == live::Health::Degraded, 5000);
    const auto down = cluster.snapshot();
    const auto n1 = std::find_if(down.servers.begin(), down.servers.end(), [](const auto &s) { return s.name == "n1-az-a"; });
    QVERIFY(n1 != down.servers.end() && !n1->reachable);
    const auto azA = std::find_if(down.zones.begin(), down.zones.end(), [](const auto &z) { return z.name == "az-a"; });
    QVERIFY(azA != down.zones.end() && azA->health != live::Health::Healthy);

    m_cluster->restart(0);
    QTRY_VERIFY_WITH_TIMEOUT(cluster.snapshot().health == live::Health::Healthy && cluster.snapshot().servers.size() == 3, 10000);
    QVERIFY(rpc.call(hello()).ok());
    greeter->stop();
}

void TestFailover::hostedServiceMovesWithItsConnection()
{
    // A service hosted by Switchboard (switchboard-cli mock) whose server dies: its connection
    // moves, its subscriptions are re-made by cnats, and calls reach it again.
    auto serviceConn = connect("app", 1);
    QCOMPARE(serverOf(*serviceConn), 1);
    auto greeter = makeCapturedGreeter(serviceConn);
    greeter->start();
    auto client = connect("app", 0);
    auto registry = std::make_shared<micro::Registry>(client);
    micro::RpcClient rpc(client, registry);
    QVERIFY(rpc.call(hello()).ok());

    const qint64 moved = killAndTimeTheMove(*serviceConn, 1);
    QVERIFY2(moved >= 0 && moved <= 3000, ("moved after " + std::to_string(moved) + " ms").c_str());
    // Same node id and address: the registry entry stays right, the subscription followed.
    QTRY_VERIFY_WITH_TIMEOUT(rpc.call(hello(500ms)).ok(), 5000);
    greeter->stop();
}

void TestFailover::callInFlightFailsWithinItsTimeout()
{
    // A handler that takes 1.5 s on n2; its server dies while the call waits. The caller (n1)
    // gets an error by its 1 s timeout plus a margin, not a hang.
    auto serviceConn = connect("app", 1);
    micro::ServerOptions so;
    so.name = "slow";
    micro::RpcServer slow(serviceConn, so);
    std::atomic<bool> entered{false};
    slow.handle("Slow.Wait", [&](const micro::RpcRequest &) {
        entered = true;
        std::this_thread::sleep_for(1500ms);
        return std::string("{}");
    });
    slow.start();
    auto client = connect("app", 0);
    auto registry = std::make_shared<micro::Registry>(client);
    micro::RpcClient rpc(client, registry);
    micro::CallRequest r;
    r.service = "slow";
    r.endpoint = "Slow.Wait";
    r.body = "{}";
    r.timeout = 1000ms;
    micro::PendingCall pending = rpc.start(r);
    QTRY_VERIFY_WITH_TIMEOUT(entered.load(), 5000);
    QElapsedTimer t;
    t.start();
    m_cluster->kill(1);
    const micro::CallResult result = pending.wait();
    QVERIFY(!result.ok());
    QVERIFY2(!result.error.message().empty(), "the error says what happened");
    QVERIFY2(t.elapsed() <= 2000, ("returned after " + std::to_string(t.elapsed()) + " ms").c_str());
    qInfo("in-flight call: %s after %lld ms", result.error.message().c_str(), t.elapsed());
    slow.stop();
}

QTEST_GUILESS_MAIN(TestFailover)
#include "tst_failover.moc"
