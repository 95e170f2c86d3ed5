// ServiceCatalog on a real nats-server: both protocols and subject families, deregister, crash
// (kill -9: no delete) → stale → removed, a hung node (SIGSTOP) that comes back (SIGCONT),
// garbage answers listed as problems, and coalesced change signals.
#include <QtTest>

#include <signal.h>

#include "Captures.h"
#include "GreeterFixture.h"
#include "Connect.h"
#include "NatsServer.h"
#include "live/ServiceCatalog.h"
#include "micro/Registry.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestServiceCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void registerAndDeregister();
    void bothFamiliesAndProtocols();
    void crashedNodeGoesStaleThenAway();
    void hungNodeComesBack();
    void srvInstancesFromCapturedShapes();
    void garbageIsAProblemNotASilence();
    void changeSignalsAreCoalesced();

private:
    std::unique_ptr<live::ServiceCatalog> catalog(std::chrono::milliseconds requery = 300ms,
                                                  std::chrono::milliseconds removeAfter = 1500ms)
    {
        live::CatalogOptions o;
        o.requeryInterval = requery;
        o.removeAfter = removeAfter;
        auto c = std::make_unique<live::ServiceCatalog>(m_conn, o);
        c->start();
        return c;
    }
    static const live::CatalogService *find(const live::CatalogSnapshot &s, const std::string &name,
                                            live::Protocol p = live::Protocol::GoMicro)
    {
        for (const auto &svc : s.services)
            if (svc.name == name && svc.protocol == p)
                return &svc;
        return nullptr;
    }
    std::unique_ptr<QProcess> startMock(const QString &name)
    {
        auto p = std::make_unique<QProcess>();
        p->start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                 {QStringLiteral("--server"), QString::fromStdString(m_nats->url()), QStringLiteral("mock"), name,
                  QStringLiteral("--endpoint"), QStringLiteral("Mock.Call"), QStringLiteral("--zone"), QStringLiteral("az-c")});
        p->waitForReadyRead(10000);
        return p;
    }

    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
};

void TestServiceCatalog::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_conn = connectTo(*m_nats);
}

void TestServiceCatalog::cleanupTestCase()
{
    m_conn.reset();
    m_nats.reset();
}

void TestServiceCatalog::registerAndDeregister()
{
    auto c = catalog(10s); // only the first sweep and the watch subject in play
    auto greeter = makeCapturedGreeter(m_conn);
    greeter->start(); // its create arrives on the watch subject
    QTRY_VERIFY(find(c->snapshot(), "go.micro.srv.greeter"));
    const auto s = c->snapshot();
    const live::CatalogService *svc = find(s, "go.micro.srv.greeter");
    QCOMPARE(svc->versions.at(0).endpoints.size(), size_t(3));
    const live::CatalogNode &node = svc->versions[0].nodes.at(0);
    QCOMPARE(node.zone, std::string("az1"));
    QCOMPARE(node.zoneSource, live::ZoneSource::Metadata);
    QVERIFY(!node.stale);
    QVERIFY(node.firstSeen <= node.lastSeen);
    greeter->stop(); // delete on the watch subject: gone without waiting for a sweep
    QTRY_VERIFY_WITH_TIMEOUT(!find(c->snapshot(), "go.micro.srv.greeter"), 2000);
}

void TestServiceCatalog::bothFamiliesAndProtocols()
{
    micro::RegistryOptions pluginsOnly, inTreeOnly;
    pluginsOnly.families = {micro::SubjectFamily::Plugins};
    inTreeOnly.families = {micro::SubjectFamily::InTree};
    micro::Registry v4(m_conn, pluginsOnly), v5(m_conn, inTreeOnly);
    auto svc = [](const std::string &name) {
        return micro::Service{name, "latest", std::nullopt, std::vector<micro::Endpoint>{},
                              std::vector<micro::Node>{{name + "-1", nats::Connection::newInbox(), micro::Metadata{}}}};
    };
    v4.registerService(svc("old.style"));
    v5.registerService(svc("new.style"));
    srv::SrvServiceOptions so;
    so.name = "srv-svc";
    so.metadata = {{"zone", "az-b"}};
    srv::SrvService natsMicro(m_conn, so);
    natsMicro.addEndpoint("work", [](const srv::SrvRequest &) { return std::string("{}"); });
    natsMicro.start();

    auto c = catalog();
    QTRY_VERIFY(find(c->snapshot(), "old.style") && find(c->snapshot(), "new.style")
                && find(c->snapshot(), "srv-svc", live::Protocol::NatsMicro));
    const auto s = c->snapshot();
    QCOMPARE(s.goMicro, live::SweepOutcome::Replies);
    QCOMPARE(s.natsMicro, live::SweepOutcome::Replies);
    const auto *srvEntry = find(s, "srv-svc", live::Protocol::NatsMicro);
    QCOMPARE(srvEntry->versions[0].srvEndpoints.at(0).subject, std::string("work"));
    QCOMPARE(srvEntry->versions[0].nodes.at(0).id, natsMicro.id());
    QCOMPARE(srvEntry->versions[0].nodes[0].zone, std::string("az-b"));
    v4.deregisterService(svc("old.style"));
    v5.deregisterService(svc("new.style"));
    natsMicro.stop(); // $SRV has no delete: stale after a missed sweep, then removed
    QTRY_VERIFY_WITH_TIMEOUT(!find(c->snapshot(), "srv-svc", live::Protocol::NatsMicro), 5000);
}

void TestServiceCatalog::crashedNodeGoesStaleThenAway()
{
    auto c = catalog(300ms, 1500ms);
    auto mock = startMock(QStringLiteral("crashy"));
    QTRY_VERIFY(find(c->snapshot(), "crashy"));
    ::kill(static_cast<pid_t>(mock->processId()), SIGKILL); // no delete is ever sent
    mock->waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(find(c->snapshot(), "crashy") && find(c->snapshot(), "crashy")->staleCount() == 1, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!find(c->snapshot(), "crashy"), 5000);
}

void TestServiceCatalog::hungNodeComesBack()
{
    auto c = catalog(300ms, 60s);
    auto mock = startMock(QStringLiteral("sleepy"));
    QTRY_VERIFY(find(c->snapshot(), "sleepy"));
    const pid_t pid = static_cast<pid_t>(mock->processId());
    ::kill(pid, SIGSTOP);
    QTRY_VERIFY_WITH_TIMEOUT(find(c->snapshot(), "sleepy")->staleCount() == 1, 3000);
    ::kill(pid, SIGCONT);
    QTRY_VERIFY_WITH_TIMEOUT(find(c->snapshot(), "sleepy")->staleCount() == 0, 3000);
    ::kill(pid, SIGINT);
    QVERIFY(mock->waitForFinished(5000));
    QTRY_VERIFY(!find(c->snapshot(), "sleepy"));
}

void TestServiceCatalog::srvInstancesFromCapturedShapes()
{
    // A responder that answers $SRV.INFO with the recorded JS and Go payloads, bytes as captured.
    const auto js = loadCapture("natsmicro/js/capture.jsonl");
    const std::vector<std::string> payloads = {js.at(34).payload, js.at(35).payload, js.at(36).payload};
    auto conn = m_conn;
    nats::Subscription replay = m_conn->subscribe("$SRV.INFO", [conn, payloads](nats::Message &&m) {
        for (const auto &p : payloads)
            conn->publish(std::string(m.reply()), p);
    });
    m_conn->flush();
    auto c = catalog();
    QTRY_VERIFY(find(c->snapshot(), "greeter-js", live::Protocol::NatsMicro) && find(c->snapshot(), "greeter", live::Protocol::NatsMicro));
    const auto s = c->snapshot();
    const auto *jsService = find(s, "greeter-js", live::Protocol::NatsMicro);
    QCOMPARE(jsService->nodeCount(), size_t(2));
    QCOMPARE(jsService->versions[0].srvEndpoints.size(), size_t(2));
    QCOMPARE(find(s, "greeter", live::Protocol::NatsMicro)->versions[0].nodes[0].zone, std::string("az3"));
}

void TestServiceCatalog::garbageIsAProblemNotASilence()
{
    auto greeter = makeCapturedGreeter(m_conn);
    greeter->start();
    auto conn = m_conn;
    nats::Subscription liar = m_conn->subscribe("micro.registry.nats.query", [conn](nats::Message &&m) {
        conn->publish(std::string(m.reply()), "{\"name\": 42}");
    });
    m_conn->flush();
    auto c = catalog();
    QTRY_VERIFY(!c->snapshot().problems.empty());
    const auto s = c->snapshot();
    QVERIFY(find(s, "go.micro.srv.greeter"));
    QCOMPARE(s.problems.back().source, std::string("registry query"));
    QVERIFY(s.problems.back().message.find("42") != std::string::npos);
}

void TestServiceCatalog::changeSignalsAreCoalesced()
{
    auto c = catalog(10s);
    QSignalSpy spy(c.get(), &live::ServiceCatalog::changed);
    QTRY_VERIFY(c->snapshot().sweeps >= 1);
    spy.clear();
    micro::Registry burst(m_conn);
    std::vector<micro::Service> services;
    for (int i = 0; i < 50; ++i) {
        services.push_back(micro::Service{"burst" + std::to_string(i), "latest", std::nullopt, std::vector<micro::Endpoint>{},
                                          std::vector<micro::Node>{{"b" + std::to_string(i), nats::Connection::newInbox(), micro::Metadata{}}}});
        burst.registerService(services.back());
    }
    QTRY_COMPARE(c->snapshot().services.size(), size_t(50));
    QTest::qWait(50);
    QVERIFY(spy.count() >= 1);
    QVERIFY2(spy.count() < 50, qPrintable(QString::number(spy.count()))); // batches, not one per message
    for (const auto &s : services)
        burst.deregisterService(s);
}

QTEST_GUILESS_MAIN(TestServiceCatalog)
#include "tst_service_catalog.moc"
