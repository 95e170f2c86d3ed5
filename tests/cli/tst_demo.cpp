// `switchboard-cli demo` as a user runs it: ≥ 6 services in 3 zones, one endpoint of each called
// successfully, traffic on the event topics, all zones healthy; chaos controls work; Ctrl-C/TERM
// stop everything and no process is left; a missing nats-server is one clear error, exit 3.
#include <QtTest>

#include <algorithm>

#include <signal.h>

#include <nlohmann/json.hpp>

#include "NatsServer.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "live/TrafficMonitor.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "nats/Connection.h"
#include "srv/SrvClient.h"

using namespace switchboard;
using namespace std::chrono_literals;

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void servicesInThreeZones();
    void everyServiceAnswers();
    void eventsFlow();
    void allZonesHealthy();
    void chaosKillsNodesAndServers();
    void stopsWithoutLeftovers();
    void missingNatsServerIsExplained();

private:
    std::shared_ptr<nats::Connection> connect(bool dashboard)
    {
        nats::ConnectOptions o;
        o.servers = nats::ConnectOptions::splitServers(m_info["urls"].get<std::string>());
        o.user = m_info[dashboard ? "dashboard_user" : "services_user"].get<std::string>();
        o.password = m_info[dashboard ? "dashboard_password" : "services_password"].get<std::string>();
        o.sendAsap = true;
        return nats::Connection::connect(o);
    }
    void chaos(const char *command, const char *expect)
    {
        m_demo.write(command);
        m_demo.write("\n");
        QTRY_VERIFY_WITH_TIMEOUT((m_out += m_demo.readAllStandardOutput()).contains(expect), 15000);
    }

    QProcess m_demo;
    std::vector<pid_t> m_servers; ///< this demo's nats-servers (other demos may run: a user's, a soak)
    QByteArray m_out;
    nlohmann::json m_info;
};

namespace {
pid_t parentOf(pid_t pid)
{
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ')'.
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? static_cast<pid_t>(fields[1].toInt()) : -1;
}
} // namespace

void TestDemo::initTestCase()
{
    m_demo.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--json"), QStringLiteral("--chaos")});
    QTRY_VERIFY_WITH_TIMEOUT((m_out += m_demo.readAllStandardOutput()).contains('\n'), 20000);
    const QByteArray first = m_out.left(m_out.indexOf('\n'));
    m_out.remove(0, first.size() + 1);
    m_info = nlohmann::json::parse(first.toStdString());
    qInfo("demo up in %.0f ms", m_info["startup_ms"].get<double>());
    QVERIFY(m_info["startup_ms"].get<double>() < 3000);
    // This demo's servers are its children.
    for (pid_t p : testing::natsServersMentioning("/tmp/switchboard-demo-"))
        if (parentOf(p) == static_cast<pid_t>(m_demo.processId()))
            m_servers.push_back(p);
    QCOMPARE(m_servers.size(), size_t(3));
}

void TestDemo::cleanupTestCase()
{
    if (m_demo.state() != QProcess::NotRunning) {
        m_demo.kill();
        m_demo.waitForFinished();
    }
}

void TestDemo::servicesInThreeZones()
{
    live::ServiceCatalog catalog(connect(false));
    catalog.start();
    QTRY_VERIFY(catalog.snapshot().services.size() >= 6);
    std::set<std::string> zones;
    for (const auto &s : catalog.snapshot().services)
        for (const auto &v : s.versions)
            for (const auto &n : v.nodes)
                zones.insert(n.zone);
    QCOMPARE(zones, (std::set<std::string>{"az-a", "az-b", "az-c"}));
}

void TestDemo::everyServiceAnswers()
{
    auto conn = connect(false);
    auto registry = std::make_shared<micro::Registry>(conn);
    micro::RpcClient client(conn, registry);
    const std::vector<std::tuple<std::string, std::string, std::string>> calls = {
        {"greeter", "Greeter.Hello", R"({"name":"test"})"},
        {"catalog", "Catalog.Get", R"({"sku":"A-100"})"},
        {"inventory", "Inventory.Stock", R"({"sku":"A-100"})"},
        {"orders", "Orders.Get", R"({"order_id":"ord-1"})"},
        {"payments", "Payments.Charge", R"({"order_id":"ord-1","amount":{"amount":100,"currency":"EUR"}})"},
        {"notifications", "Notifications.Send", R"({"to":"a@example.com","template":"welcome"})"},
    };
    for (const auto &[service, endpoint, body] : calls) {
        micro::CallRequest r;
        r.service = service;
        r.endpoint = endpoint;
        r.body = body;
        micro::CallResult result;
        // Payments declines 3 % of charges on purpose: a few attempts make success certain enough.
        for (int attempt = 0; attempt < 5 && !result.ok(); ++attempt)
            result = client.call(r);
        QVERIFY2(result.ok(), (service + ": " + result.error.message()).c_str());
    }
    const auto quote = srv::callEndpoint(*conn, "pricing.quote", R"({"sku":"A-100","quantity":2})", {}, 2000ms);
    QVERIFY2(quote.ok(), quote.error.message().c_str());
    QCOMPARE(nlohmann::json::parse(quote.body)["total"], 3998);
}

void TestDemo::eventsFlow()
{
    live::TrafficMonitor traffic(connect(false));
    for (const char *topic : {"orders.created", "payments.settled", "inventory.low"})
        traffic.addSubject(topic);
    auto flowing = [&] {
        std::map<std::string, uint64_t> counts;
        for (const auto &subject : traffic.snapshot().subjects)
            counts[subject.subject] = subject.messages;
        return counts["orders.created"] > 0 && counts["payments.settled"] > 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(flowing(), 10000);
}

void TestDemo::allZonesHealthy()
{
    live::ClusterOptions o;
    o.pollInterval = 300ms;
    live::ClusterMonitor monitor(connect(true), o);
    monitor.start();
    auto healthy = [&] {
        const auto s = monitor.snapshot();
        return s.source == "$SYS" && s.zones.size() == 3
            && std::all_of(s.zones.begin(), s.zones.end(), [](const auto &z) { return z.health == live::Health::Healthy; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(healthy(), 5000);
}

void TestDemo::chaosKillsNodesAndServers()
{
    live::CatalogOptions co;
    co.requeryInterval = 300ms;
    live::ServiceCatalog catalog(connect(false), co);
    catalog.start();
    auto paymentsNodes = [&] {
        for (const auto &s : catalog.snapshot().services)
            if (s.name == "payments")
                return s.nodeCount();
        return size_t(0);
    };
    QTRY_COMPARE(paymentsNodes(), size_t(2)); // known before the crash, so it can go stale
    chaos("kill-node payments", "killed payments node");
    auto paymentsStale = [&] {
        for (const auto &s : catalog.snapshot().services)
            if (s.name == "payments")
                return s.staleCount() == 1;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(paymentsStale(), 5000);
    chaos("restart-node payments", "started payments node");

    live::ClusterOptions o;
    o.pollInterval = 300ms;
    live::ClusterMonitor monitor(connect(true), o);
    monitor.start();
    auto zoneHealth = [&](const std::string &name) {
        for (const auto &z : monitor.snapshot().zones)
            if (z.name == name)
                return z.health;
        return live::Health::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(zoneHealth("az-c"), live::Health::Healthy, 5000); // known before it stops
    chaos("stop-server 2", "stopped server n3-az-c");
    QTRY_COMPARE_WITH_TIMEOUT(zoneHealth("az-c"), live::Health::Down, 5000);
    chaos("restart-server 2", "restarted server n3-az-c");
    QTRY_COMPARE_WITH_TIMEOUT(zoneHealth("az-c"), live::Health::Healthy, 10000);
}

void TestDemo::stopsWithoutLeftovers()
{
    ::kill(static_cast<pid_t>(m_demo.processId()), SIGTERM);
    QVERIFY(m_demo.waitForFinished(15000));
    QCOMPARE(m_demo.exitCode(), 0);
    std::vector<pid_t> left = testing::natsServersMentioning("/tmp/switchboard-demo-");
    std::erase_if(left, [this](pid_t p) { return std::find(m_servers.begin(), m_servers.end(), p) == m_servers.end(); });
    QVERIFY2(left.empty(), "the demo left nats-server processes behind");
}

void TestDemo::missingNatsServerIsExplained()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NATS_SERVER_BIN"), QStringLiteral("/nonexistent/nats-server"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("demo")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 3);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("apt-get install nats-server"), err.constData());
    QCOMPARE(err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
