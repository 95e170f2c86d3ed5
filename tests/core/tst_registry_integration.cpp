// Registry behaviour on a real nats-server: both subject families, heartbeats, watch, garbage
// answers reported (not dropped), quorum, and the adaptive sweep against go-micro's fixed wait.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "GreeterFixture.h"
#include "MessageCollector.h"
#include "NatsServer.h"
#include "micro/Registry.h"
#include "micro/RegistryCodec.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestRegistryIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noRespondersEndsTheSweepAtOnce();
    void bothFamiliesAreQueriedAndMerged();
    void legacyLayoutServiceIsUnderstood();
    void heartbeatReannounces();
    void watchReportsUndecodableMessages();
    void garbageReplyIsReportedNotDropped();
    void quorumStopsEarly();
    void adaptiveSweepFindsEveryServiceFasterThanFixedWait();
    void oneQueryListenerServesEveryServiceOfAProcess();

private:
    micro::Service service(const std::string &name, int nodeIndex = 0)
    {
        micro::Service s;
        s.name = name;
        s.version = "latest";
        s.endpoints = std::vector<micro::Endpoint>{};
        s.nodes = std::vector<micro::Node>{
            micro::Node{name + "-" + std::to_string(nodeIndex), nats::Connection::newInbox(), micro::Metadata{{"protocol", "mucp"}}}};
        return s;
    }

    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    nats::ConnectOptions m_options;
};

void TestRegistryIntegration::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_options.servers = {m_nats->url()};
    m_options.sendAsap = true;
    m_conn = nats::Connection::connect(m_options);
}

void TestRegistryIntegration::cleanupTestCase()
{
    m_conn.reset();
    m_nats.reset();
}

void TestRegistryIntegration::noRespondersEndsTheSweepAtOnce()
{
    micro::Registry client(m_conn);
    const auto empty = client.listServices();
    QVERIFY(empty.services.empty());
    QVERIFY(empty.noResponders); // nobody subscribes to either query subject
    QVERIFY(empty.elapsed < 10ms); // the server said so; no window to wait out
    // With a registered service a get for another name is "not found": responders exist,
    // none answered, and the sweep waits its first-reply window.
    micro::Registry owner(m_conn);
    owner.registerService(service("present"));
    const auto missing = client.getService("absent");
    QVERIFY(missing.services.empty());
    QVERIFY(!missing.noResponders);
    QVERIFY(missing.elapsed >= 30ms);
    owner.deregisterService(service("present"));
}

void TestRegistryIntegration::bothFamiliesAreQueriedAndMerged()
{
    micro::RegistryOptions pluginsOnly, inTreeOnly;
    pluginsOnly.families = {micro::SubjectFamily::Plugins};
    inTreeOnly.families = {micro::SubjectFamily::InTree};
    micro::Registry oldStyle(m_conn, pluginsOnly), newStyle(m_conn, inTreeOnly), both(m_conn);
    oldStyle.registerService(service("v4.service"));
    newStyle.registerService(service("v5.service"));

    auto all = both.listServices();
    QCOMPARE(all.services.size(), size_t(2));
    QCOMPARE(all.services[0].name, std::string("v4.service"));
    QCOMPARE(all.services[1].name, std::string("v5.service"));
    QCOMPARE(oldStyle.listServices().services.size(), size_t(1));
    QCOMPARE(newStyle.listServices().services.at(0).name, std::string("v5.service"));
    oldStyle.deregisterService(service("v4.service"));
    newStyle.deregisterService(service("v5.service"));
    QVERIFY(both.listServices().services.empty());
}

void TestRegistryIntegration::legacyLayoutServiceIsUnderstood()
{
    micro::RegistryOptions legacy;
    legacy.layout = micro::WireLayout::Legacy;
    legacy.families = {micro::SubjectFamily::Plugins};
    micro::Registry old(m_conn, legacy), reader(m_conn);
    MessageCollector watch(*m_conn, "micro.registry.nats.watch");
    old.registerService(service("legacy.service"));
    QVERIFY(watch.waitFor(1));
    QVERIFY(watch.messages()[0].data.rfind("{\"Action\":\"create\",\"Service\":", 0) == 0);
    const auto found = reader.getService("legacy.service");
    QCOMPARE(found.services.size(), size_t(1));
    QCOMPARE(found.services[0].nodes->at(0).id, std::string("legacy.service-0"));
    old.deregisterService(service("legacy.service"));
}

void TestRegistryIntegration::heartbeatReannounces()
{
    micro::RegistryOptions fast;
    fast.heartbeat = 100ms;
    fast.families = {micro::SubjectFamily::Plugins};
    MessageCollector watch(*m_conn, "micro.registry.nats.watch");
    {
        micro::Registry registry(m_conn, fast);
        registry.registerService(service("beating"));
        QVERIFY(watch.waitFor(4, 2s)); // the create, then heartbeats
        registry.deregisterService(service("beating"));
    }
    QTRY_COMPARE(micro::decodeResult(watch.messages().back().data).action, std::string("delete"));
    const auto messages = watch.messages();
    for (size_t i = 0; i + 1 < messages.size(); ++i)
        QCOMPARE(micro::decodeResult(messages[i].data).action, std::string("create"));
    QCOMPARE(micro::decodeResult(messages.back().data).action, std::string("delete"));
}

void TestRegistryIntegration::watchReportsUndecodableMessages()
{
    micro::Registry registry(m_conn);
    std::atomic<int> results{0}, errors{0};
    auto watch = registry.watch([&](const micro::RegistryResult &) { ++results; },
                                [&](const std::string &, const std::string &payload) {
                                    if (payload == "{broken")
                                        ++errors;
                                });
    m_conn->flush();
    m_conn->publish("micro.registry.nats.watch", "{broken");
    registry.registerService(service("watched"));
    QTRY_COMPARE(errors.load(), 1);
    QTRY_VERIFY(results.load() >= 1);
    registry.deregisterService(service("watched"));
}

void TestRegistryIntegration::garbageReplyIsReportedNotDropped()
{
    micro::Registry registry(m_conn);
    registry.registerService(service("honest"));
    auto conn = m_conn;
    nats::Subscription liar = m_conn->subscribe("micro.registry.nats.query", [conn](nats::Message &&m) {
        conn->publish(std::string(m.reply()), "<html>not json</html>");
    });
    m_conn->flush();
    const auto result = registry.listServices();
    QCOMPARE(result.services.size(), size_t(1));
    QCOMPARE(result.errors.size(), size_t(1));
    QVERIFY(result.errors[0].find("<html>") != std::string::npos);
    registry.deregisterService(service("honest"));
}

void TestRegistryIntegration::quorumStopsEarly()
{
    micro::Registry registry(m_conn);
    for (int i = 0; i < 3; ++i)
        registry.registerService(service("replicated", i));
    micro::SweepOptions patient;
    patient.firstReplyWindow = 500ms;
    const auto quick = registry.getService("replicated", patient, /*quorum=*/1);
    QCOMPARE(quick.services.size(), size_t(1));
    QVERIFY(!quick.services[0].nodes->empty());
    QVERIFY(quick.elapsed < 8ms); // no quiet period: the first node was enough
    // A full sweep finds all three nodes, merged into one name-version.
    QCOMPARE(registry.getService("replicated").services.at(0).nodes->size(), size_t(3));
    for (int i = 0; i < 3; ++i)
        registry.deregisterService(service("replicated", i));
}

void TestRegistryIntegration::adaptiveSweepFindsEveryServiceFasterThanFixedWait()
{
    // 20 services on 20 connections, as 20 processes would be.
    std::vector<std::shared_ptr<nats::Connection>> conns;
    std::vector<std::unique_ptr<micro::Registry>> registries;
    for (int i = 0; i < 20; ++i) {
        conns.push_back(nats::Connection::connect(m_options));
        registries.push_back(std::make_unique<micro::Registry>(conns.back()));
        registries.back()->registerService(service("svc" + std::to_string(i)));
    }
    micro::Registry client(m_conn);
    micro::SweepOptions fixed;
    fixed.fixedWait = 100ms;
    std::vector<double> adaptiveMs, fixedMs;
    for (int round = 0; round < 10; ++round) {
        const auto a = client.listServices();
        QCOMPARE(a.services.size(), size_t(20));
        QVERIFY(a.errors.empty());
        adaptiveMs.push_back(a.elapsed.count() / 1000.0);
        const auto f = client.listServices(fixed);
        QCOMPARE(f.services.size(), size_t(20));
        fixedMs.push_back(f.elapsed.count() / 1000.0);
    }
    std::sort(adaptiveMs.begin(), adaptiveMs.end());
    std::sort(fixedMs.begin(), fixedMs.end());
    qInfo("sweep of 20 services: adaptive p50 %.2f ms (max %.2f), fixed p50 %.2f ms", adaptiveMs[5], adaptiveMs[9], fixedMs[5]);
    QVERIFY(adaptiveMs[5] < fixedMs[5]);
    for (int i = 0; i < 20; ++i)
        registries[static_cast<size_t>(i)]->deregisterService(service("svc" + std::to_string(i)));
}

void TestRegistryIntegration::oneQueryListenerServesEveryServiceOfAProcess()
{
    nats::ConnectOptions named = m_options;
    named.name = "multi-service-host";
    auto hostConn = nats::Connection::connect(named);
    micro::Registry host(hostConn), client(m_conn);
    for (int i = 0; i < 6; ++i)
        host.registerService(service("multi.svc" + std::to_string(i)));
    auto subscriptionsOfHost = [&] {
        const auto connz = nlohmann::json::parse(httpGet(m_nats->monitorPort(), "/connz"));
        for (const auto &c : connz["connections"])
            if (c.value("name", "") == "multi-service-host")
                return c["subscriptions"].get<int>();
        return -1;
    };
    // One listener per query subject (two families), not one per service: a query wakes one
    // delivery thread of this process instead of six.
    QCOMPARE(subscriptionsOfHost(), 2);
    const auto all = client.listServices();
    QCOMPARE(all.services.size(), size_t(6));
    QCOMPARE(all.replies, 12); // a reply per service on each family, as go-micro sends
    const auto one = client.getService("multi.svc3");
    QCOMPARE(one.services.size(), size_t(1));
    QCOMPARE(one.services[0].nodes->at(0).id, std::string("multi.svc3-0"));
    for (int i = 0; i < 6; ++i)
        host.deregisterService(service("multi.svc" + std::to_string(i)));
    QTRY_COMPARE(subscriptionsOfHost(), 0);
    QVERIFY(client.listServices().services.empty());
}

QTEST_GUILESS_MAIN(TestRegistryIntegration)
#include "tst_registry_integration.moc"
