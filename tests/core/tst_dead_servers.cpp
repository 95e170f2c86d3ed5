// Servers that are already dead when Switchboard starts must not vanish: a route URL the others
// are configured with and nobody answers on, a server remembered from an earlier run, and an
// expected server count each make the cluster degraded with the reason. Unit cases for the
// address matching (wildcard listeners, servers listing themselves, DNS names), then a real
// 3-server cluster with one server killed before the monitor starts.
#include <QtTest>

#include "NatsServer.h"
#include "live/ClusterMonitor.h"
#include "live/ConfiguredRoutes.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestDeadServers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void splitsHostAndPort_data();
    void splitsHostAndPort();
    void routesMatchServersSeenThroughTheirPeers();
    void wildcardListenerListingItselfIsNotMissing();
    void aServerSeenAliveEarlierIsNotReportedTwice();
    void killedBeforeStartIsReported();
    void rememberedAndExpectedServers();

private:
    static live::ServerInfo server(const std::string &name, const std::string &id, int clusterPort,
                                   std::vector<std::string> urls, std::string addr = "127.0.0.1")
    {
        live::ServerInfo s;
        s.name = name;
        s.id = id;
        s.reachable = true;
        s.clusterAddr = std::move(addr);
        s.clusterPort = clusterPort;
        s.configuredRoutes = std::move(urls);
        return s;
    }
    std::shared_ptr<nats::Connection> connectSys(int index)
    {
        nats::ConnectOptions o;
        o.servers = {m_cluster->url(index)};
        o.user = o.password = "sys";
        return nats::Connection::connect(o);
    }
    std::unique_ptr<NatsServer> m_cluster;
};

void TestDeadServers::splitsHostAndPort_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("plain") << "127.0.0.1:6222" << "127.0.0.1" << 6222;
    QTest::newRow("scheme") << "nats-route://nats-2.internal:6222" << "nats-2.internal" << 6222;
    QTest::newRow("userinfo") << "nats-route://ruser:secret@10.0.0.3:6222/" << "10.0.0.3" << 6222;
    QTest::newRow("ipv6") << "[fd00::3]:6222" << "fd00::3" << 6222;
    QTest::newRow("no port") << "nats-3" << "nats-3" << 0;
    QTest::newRow("bad port") << "nats-3:x" << "nats-3" << 0;
}

void TestDeadServers::splitsHostAndPort()
{
    QFETCH(QString, address);
    const live::HostPort hp = live::splitHostPort(address.toStdString());
    QTEST(QString::fromStdString(hp.host), "host");
    QTEST(hp.port, "port");
}

void TestDeadServers::routesMatchServersSeenThroughTheirPeers()
{
    // Three hosts, all on port 6222, listening on 0.0.0.0: only the peers' route IPs say where
    // each one is. nats-3 (10.0.0.3) is dead.
    const std::vector<std::string> urls{"nats-1:6222", "nats-2:6222", "nats-3:6222"};
    auto a = server("n1", "A", 6222, urls, "0.0.0.0");
    auto b = server("n2", "B", 6222, urls, "0.0.0.0");
    a.routes = {{"B", "", 0.3, "10.0.0.2"}};
    b.routes = {{"A", "", 0.3, "10.0.0.1"}};
    std::vector<live::ServerInfo> servers{a, b};
    live::learnEndpoints(servers, {});
    QCOMPARE(servers[0].endpoints, std::vector<std::string>{"10.0.0.1:6222"});
    const auto dns = [](const std::string &host) { return "10.0.0." + host.substr(host.size() - 1); };
    const auto missing = live::unansweredRoutes(servers, dns);
    QCOMPARE(missing.size(), size_t(1));
    QCOMPARE(missing[0].address, std::string("nats-3:6222"));
    QCOMPARE(missing[0].namedBy, (std::vector<std::string>{"n1", "n2"}));
}

void TestDeadServers::wildcardListenerListingItselfIsNotMissing()
{
    // The last server standing, no routes, on 0.0.0.0, its own URL among its routes: itself,
    // unless the client connection says where it is.
    std::vector<live::ServerInfo> servers{server("n1", "A", 6222, {"nats-1:6222", "nats-2:6222"}, "0.0.0.0")};
    live::learnEndpoints(servers, {});
    auto missing = live::unansweredRoutes(servers, [](const std::string &h) { return h == "nats-1" ? "10.0.0.1" : "10.0.0.2"; });
    QCOMPARE(missing.size(), size_t(0)); // both share its port: it cannot tell, so it reports nothing it is unsure of
    live::learnEndpoints(servers, [](const live::ServerInfo &) { return std::vector<std::string>{"10.0.0.1"}; });
    missing = live::unansweredRoutes(servers, [](const std::string &h) { return h == "nats-1" ? "10.0.0.1" : "10.0.0.2"; });
    QCOMPARE(missing.size(), size_t(1));
    QCOMPARE(missing[0].address, std::string("nats-2:6222"));
}

void TestDeadServers::aServerSeenAliveEarlierIsNotReportedTwice()
{
    auto a = server("n1", "A", 7001, {"127.0.0.1:7002"});
    auto b = server("n2", "B", 7002, {"127.0.0.1:7001"});
    a.routes = {{"B", "n2", 0.2, "127.0.0.1"}};
    b.routes = {{"A", "n1", 0.2, "127.0.0.1"}};
    std::vector<live::ServerInfo> servers{a, b};
    live::learnEndpoints(servers, {});
    servers[1].reachable = false; // it died; it keeps where it was seen
    servers[0].routes.clear();
    live::learnEndpoints(servers, {});
    QCOMPARE(servers[1].endpoints, std::vector<std::string>{"127.0.0.1:7002"});
    QVERIFY(live::unansweredRoutes(servers, {}).empty());
}

void TestDeadServers::killedBeforeStartIsReported()
{
    NatsServerOptions o;
    o.servers = 3;
    o.systemAccount = true;
    m_cluster = std::make_unique<NatsServer>(o);
    m_cluster->start();
    m_cluster->kill(1); // n2-az-b dies before anyone looks

    live::ClusterOptions co;
    co.pollInterval = 300ms;
    live::ClusterMonitor monitor(connectSys(0), co);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().polls >= 1, 5000);
    auto s = monitor.snapshot();
    QCOMPARE(s.servers.size(), size_t(2));
    QCOMPARE(s.health, live::Health::Degraded);
    QCOMPARE(s.missing.size(), size_t(1));
    QVERIFY2(s.missing[0].address.find(":") != std::string::npos, s.missing[0].address.c_str());
    QCOMPARE(s.missing[0].namedBy, (std::vector<std::string>{"n1-az-a", "n3-az-c"}));
    QVERIFY(live::describe(s.problems[0]).find("no server answers at " + s.missing[0].address) != std::string::npos);

    m_cluster->restart(1);
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().health == live::Health::Healthy, 15000);
    s = monitor.snapshot();
    QCOMPARE(s.servers.size(), size_t(3));
    QVERIFY(s.missing.empty());
    // What the next run remembers: all three, with where they listen.
    const auto known = monitor.knownServers();
    QCOMPARE(known.size(), size_t(3));
    QCOMPARE(known[1].name, std::string("n2-az-b"));
    QCOMPARE(known[1].zone, std::string("az-b"));
    QVERIFY(!known[1].endpoints.empty());
}

void TestDeadServers::rememberedAndExpectedServers()
{
    QVERIFY(m_cluster);
    live::ClusterOptions co;
    co.pollInterval = 300ms;
    co.rememberedServers = {{"n4-az-b", "az-b", {"127.0.0.1:1"}}};
    co.expectedServers = 5;
    live::ClusterMonitor monitor(connectSys(0), co);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().polls >= 1 && monitor.snapshot().servers.size() == 4, 5000);
    const auto s = monitor.snapshot();
    QCOMPARE(s.health, live::Health::Degraded);
    const auto zoneB = std::find_if(s.zones.begin(), s.zones.end(), [](const auto &z) { return z.name == "az-b"; });
    QCOMPARE(zoneB->health, live::Health::Degraded); // n2 answers, n4 does not
    QVERIFY(live::describe(zoneB->reasons[0]).find("n4-az-b") != std::string::npos);
    QVERIFY(live::describe(zoneB->reasons[0]).find("earlier run") != std::string::npos);
    QCOMPARE(live::describe(s.problems), std::vector<std::string>{"the profile expects 5 servers, 3 answer"});
    monitor.forget("n4-az-b");
    QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().servers.size() == 3, 5000);
    m_cluster.reset();
}

QTEST_GUILESS_MAIN(TestDeadServers)
#include "tst_dead_servers.moc"
