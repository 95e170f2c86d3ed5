// ClusterMonitor on a real 3-server cluster with zone tags: servers and zones through $SYS and
// through HTTP monitoring; kill -9 turns a zone down within two polls and healthy after restart;
// rates from counter deltas; service nodes placed on their server's zone.
#include <QtTest>

#include "NatsServer.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "micro/Registry.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestClusterMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void zonesThroughSystemAccount();
    void killAndRestartThroughSystemAccount();
    void zonesThroughHttpMonitoring();
    void killAndRestartThroughHttp();
    void ratesFromCounterDeltas();
    void nodesArePlacedInTheirServersZone();
    void withoutRightsOrUrlsSaysSo();
    void withoutRightsFailoverListsOnlyTheConnectedServer();
    void unnamedServerRestartedIsNotKeptAsDown();
    void healthRules();

private:
    std::shared_ptr<nats::Connection> connect(const std::string &user, int server = 0)
    {
        nats::ConnectOptions o;
        o.servers = {m_cluster->url(server)};
        o.user = user;
        o.password = user;
        o.sendAsap = true;
        return nats::Connection::connect(o);
    }
    static const live::ZoneInfo *zone(const live::ClusterSnapshot &s, const std::string &name)
    {
        for (const auto &z : s.zones)
            if (z.name == name)
                return &z;
        return nullptr;
    }
    static bool allHealthy(const live::ClusterSnapshot &s)
    {
        return s.zones.size() == 3 && std::all_of(s.zones.begin(), s.zones.end(), [](const auto &z) { return z.health == live::Health::Healthy; });
    }
    void killAndRestart(live::ClusterMonitor &monitor);

    std::unique_ptr<NatsServer> m_cluster;
};

void TestClusterMonitor::initTestCase()
{
    NatsServerOptions o;
    o.servers = 3;
    o.systemAccount = true;
    m_cluster = std::make_unique<NatsServer>(o);
    m_cluster->start();
}

void TestClusterMonitor::cleanupTestCase()
{
    m_cluster.reset();
}

void TestClusterMonitor::zonesThroughSystemAccount()
{
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    live::ClusterMonitor monitor(connect("sys"), o);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(monitor.snapshot()), 5000);
    const auto s = monitor.snapshot();
    QCOMPARE(s.source, std::string("$SYS"));
    QCOMPARE(s.servers.size(), size_t(3));
    QCOMPARE(s.servers[0].zone, std::string("az-a"));
    QCOMPARE(s.servers[0].name, std::string("n1-az-a"));
    QCOMPARE(s.servers[0].routes.size(), size_t(2));
    QVERIFY(!s.servers[0].routes[0].remoteName.empty());
    QVERIFY(s.servers[0].routes[0].rttMs >= 0);
    QCOMPARE(s.servers[1].version, std::string("2.9.10"));
    QVERIFY(s.servers[1].uptimeSeconds >= 0);
}

void TestClusterMonitor::killAndRestart(live::ClusterMonitor &monitor)
{
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(monitor.snapshot()), 5000);
    const uint64_t pollsBefore = monitor.snapshot().polls;
    m_cluster->kill(1); // n2-az-b, kill -9
    QTRY_VERIFY_WITH_TIMEOUT(zone(monitor.snapshot(), "az-b")->health == live::Health::Down, 5000);
    QVERIFY2(monitor.snapshot().polls - pollsBefore <= 2, "the zone went down within two polls");
    const auto down = monitor.snapshot();
    QVERIFY(!zone(down, "az-b")->reasons.empty());
    QCOMPARE(zone(down, "az-a")->health, live::Health::Healthy); // a dead peer is not their fault
    m_cluster->restart(1);
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(monitor.snapshot()), 10000);
}

void TestClusterMonitor::killAndRestartThroughSystemAccount()
{
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    live::ClusterMonitor monitor(connect("sys"), o); // connected to n1: it survives
    monitor.start();
    killAndRestart(monitor);
}

void TestClusterMonitor::zonesThroughHttpMonitoring()
{
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    for (int i = 0; i < 3; ++i)
        o.monitorUrls.push_back(m_cluster->monitorUrl(i));
    live::ClusterMonitor monitor(connect("app"), o); // no $SYS rights
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(monitor.snapshot()), 5000);
    const auto s = monitor.snapshot();
    QCOMPARE(s.source, std::string("http"));
    QCOMPARE(s.servers.size(), size_t(3));
    QCOMPARE(s.servers[2].zone, std::string("az-c"));
    QCOMPARE(s.servers[2].routes.size(), size_t(2));
}

void TestClusterMonitor::killAndRestartThroughHttp()
{
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    for (int i = 0; i < 3; ++i)
        o.monitorUrls.push_back(m_cluster->monitorUrl(i));
    live::ClusterMonitor monitor(connect("app"), o);
    monitor.start();
    killAndRestart(monitor);
    QVERIFY(monitor.snapshot().servers.size() == 3); // the dead server kept its row and name
}

void TestClusterMonitor::ratesFromCounterDeltas()
{
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    live::ClusterMonitor monitor(connect("sys"), o);
    monitor.start();
    auto app = connect("app");
    QTRY_VERIFY(monitor.snapshot().polls >= 1);
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < 500; ++i)
            app->publish("rates.test", "payload");
        app->flush();
        QTest::qWait(100);
    }
    QTRY_VERIFY(!monitor.serverHistory("n1-az-a").empty());
    const auto history = monitor.serverHistory("n1-az-a");
    const double peak = std::max_element(history.begin(), history.end(), [](const auto &a, const auto &b) {
                            return a.inMsgsPerSecond < b.inMsgsPerSecond;
                        })->inMsgsPerSecond;
    QVERIFY2(peak > 1000, qPrintable(QString::number(peak))); // ~5000 msg/s published
    QVERIFY(!monitor.zoneHistory("az-a").empty());
}

void TestClusterMonitor::nodesArePlacedInTheirServersZone()
{
    auto service = connect("app", 2); // the node lives on n3-az-c
    micro::Registry registry(service);
    micro::Service svc{"placed", "latest", std::nullopt, std::vector<micro::Endpoint>{},
                       std::vector<micro::Node>{{"placed-1", nats::Connection::newInbox(), micro::Metadata{}}}};
    nats::Subscription address = service->subscribe(svc.nodes->at(0).address, [](nats::Message &&) {});
    registry.registerService(svc);

    live::ClusterOptions o;
    o.pollInterval = 300ms;
    live::ClusterMonitor monitor(connect("sys"), o);
    monitor.start();
    QTRY_VERIFY(monitor.placement(svc.nodes->at(0).address).has_value());
    QCOMPARE(monitor.placement(svc.nodes->at(0).address)->serverName, std::string("n3-az-c"));
    QCOMPARE(monitor.placement(svc.nodes->at(0).address)->zone, std::string("az-c"));

    live::CatalogOptions co;
    co.requeryInterval = 300ms;
    live::ServiceCatalog catalog(connect("app"), co);
    catalog.setPlacementResolver([&monitor](const std::string &subject) { return monitor.placement(subject); });
    catalog.start();
    QTRY_VERIFY([&] {
        const auto s = catalog.snapshot();
        return !s.services.empty() && s.services[0].versions[0].nodes[0].zoneSource == live::ZoneSource::Server;
    }());
    const auto node = catalog.snapshot().services[0].versions[0].nodes[0];
    QCOMPARE(node.zone, std::string("az-c"));
    QCOMPARE(node.serverName, std::string("n3-az-c"));
    auto zones = monitor.snapshot().zones;
    live::addServiceNodes(zones, catalog.snapshot());
    QCOMPARE(zone(monitor.snapshot(), "az-c")->serviceNodes.size(), size_t(0)); // the monitor alone knows no services
    const auto withNodes = std::find_if(zones.begin(), zones.end(), [](const auto &z) { return z.name == "az-c"; });
    QCOMPARE(withNodes->serviceNodes, std::vector<std::string>{"placed/placed-1"});
    registry.deregisterService(svc);
}

void TestClusterMonitor::withoutRightsOrUrlsSaysSo()
{
    live::ClusterMonitor monitor(connect("app"));
    monitor.start();
    QTRY_VERIFY(monitor.snapshot().polls >= 1);
    const auto s = monitor.snapshot();
    QCOMPARE(s.source, std::string("none"));
    QVERIFY(s.error.find("no system-account rights") != std::string::npos);
    // The other two servers are named from the INFO connect_urls.
    QVERIFY2(s.error.find(std::to_string(m_cluster->clientPort(1))) != std::string::npos, s.error.c_str());
    QCOMPARE(s.servers.size(), size_t(1));
}

void TestClusterMonitor::withoutRightsFailoverListsOnlyTheConnectedServer()
{
    // Only the connected server is visible. A failover (or a restart) brings a server with
    // another id; the one before it used to stay listed as up for good, and every pair of such
    // servers made a "route missing" finding (the soak's app grew 1 MiB a minute from them).
    nats::ConnectOptions co;
    co.servers = {m_cluster->url(0), m_cluster->url(1), m_cluster->url(2)};
    co.user = co.password = "app";
    co.sendAsap = true;
    auto connection = nats::Connection::connect(co);
    live::ClusterOptions o;
    o.pollInterval = 200ms;
    live::ClusterMonitor monitor(connection, o);
    monitor.start();
    QTRY_VERIFY(monitor.snapshot().polls >= 1);
    auto connectedIndex = [&] {
        for (int i = 0; i < 3; ++i)
            if (connection->connectedUrl().find(":" + std::to_string(m_cluster->clientPort(i))) != std::string::npos)
                return i;
        return -1;
    };
    for (int round = 0; round < 2; ++round) {
        const int index = connectedIndex();
        QVERIFY(index >= 0);
        const std::string before = connection->connectedServerId();
        m_cluster->kill(index);
        QTRY_VERIFY_WITH_TIMEOUT(!connection->connectedServerId().empty() && connection->connectedServerId() != before, 10000);
        const uint64_t polls = monitor.snapshot().polls;
        QTRY_VERIFY(monitor.snapshot().polls >= polls + 2);
        m_cluster->restart(index);
    }
    const auto s = monitor.snapshot();
    QCOMPARE(s.source, std::string("none"));
    QCOMPARE(s.servers.size(), size_t(1));
    QCOMPARE(s.servers[0].id, connection->connectedServerId());
    for (const auto &z : s.zones)
        QVERIFY2(z.reasons.empty(), z.reasons.empty() ? "" : live::describe(z.reasons).front().c_str());
}

void TestClusterMonitor::unnamedServerRestartedIsNotKeptAsDown()
{
    // Without server_name a server goes by its id, and a restart gives it a new one: the old id
    // is listed as down for a while, then dropped, not kept (or remembered) for good.
    NatsServerOptions no;
    no.servers = 3;
    no.systemAccount = true;
    no.serverNames = false;
    NatsServer cluster(no);
    cluster.start();
    nats::ConnectOptions co;
    co.servers = {cluster.url(0)};
    co.user = co.password = "sys";
    co.sendAsap = true;
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    o.unnamedGoneAfter = 2s;
    live::ClusterMonitor monitor(nats::Connection::connect(co), o);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(allHealthy(monitor.snapshot()), 5000);
    QCOMPARE(monitor.snapshot().servers[1].name, monitor.snapshot().servers[1].id);
    cluster.kill(1);
    QTRY_VERIFY_WITH_TIMEOUT(zone(monitor.snapshot(), "az-b")->health == live::Health::Down, 5000);
    cluster.restart(1);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().servers.size() == 4, 10000); // the new id, and the old one down
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().servers.size() == 3 && allHealthy(monitor.snapshot()), 10000);
    QVERIFY(monitor.knownServers().empty());
}

void TestClusterMonitor::healthRules()
{
    live::ServerInfo a, b;
    a.name = "a";
    a.id = "A";
    a.zone = "z1";
    a.reachable = true;
    b = a;
    b.name = "b";
    b.id = "B";
    b.zone = "z2";
    a.routes = {{"B", "b", 120.0}};
    b.routes = {{"A", "a", 0.2}};
    b.slowConsumersDelta = 3;
    auto zones = live::evaluateZones({a, b}, live::HealthRules{50});
    QCOMPARE(zones[0].health, live::Health::Degraded);
    QVERIFY(live::describe(zones[0].reasons[0]).find("RTT 120.0 ms") != std::string::npos);
    QCOMPARE(zones[1].health, live::Health::Degraded);
    QVERIFY(live::describe(zones[1].reasons[0]).find("slow consumers rising") != std::string::npos);
    b.slowConsumersDelta = 0;
    b.routes.clear();
    zones = live::evaluateZones({a, b}, live::HealthRules{500});
    QCOMPARE(zones[0].health, live::Health::Healthy);
    QVERIFY(live::describe(zones[1].reasons[0]).find("route b → a missing") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestClusterMonitor)
#include "tst_cluster_monitor.moc"
