// Hostile peers (issue 12 §3), what they send: a registry reply with 10 000 nodes, one with a
// 1 MiB metadata value, invalid UTF-8, a request type nested 10 000 deep, a service with 10 000
// endpoints, and $SRV answers of the wrong types. Each runs against a real nats-server (its
// max_payload raised so the big ones get through) next to a real go-micro service: memory stays
// bounded (asserted), the peer is listed or its problem is, and the real service stays listed.
#include <QtTest>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>

#include "GreeterFixture.h"
#include "NatsServer.h"
#include "PeakMemory.h"
#include "live/ServiceCatalog.h"
#include "micro/RegistryCodec.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

namespace {

const live::CatalogService *find(const live::CatalogSnapshot &s, const std::string &name)
{
    for (const auto &svc : s.services)
        if (svc.name == name)
            return &svc;
    return nullptr;
}

std::string problemWith(const live::CatalogSnapshot &s, const std::string &part)
{
    for (const auto &p : s.problems)
        if (p.message.find(part) != std::string::npos)
            return p.source + ": " + p.message;
    return {};
}

micro::Service serviceNamed(const std::string &name, int nodes)
{
    micro::Service s;
    s.name = name;
    s.version = "1.0.0";
    s.endpoints.emplace();
    s.nodes.emplace();
    for (int i = 0; i < nodes; ++i)
        s.nodes->push_back({name + "-" + std::to_string(i), "_INBOX.node" + std::to_string(i), micro::Metadata{{"zone", "az-a"}}});
    return s;
}

} // namespace

class TestHostilePayloads : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        NatsServerOptions o;
        o.extraConfig = "max_payload: 8MB\n";
        m_server = std::make_unique<NatsServer>(o);
        m_server->start();
        m_serviceConn = connect();
        m_greeter = makeCapturedGreeter(m_serviceConn);
        m_greeter->start();
    }
    void cleanupTestCase()
    {
        m_greeter.reset();
        m_serviceConn.reset();
        m_server.reset();
    }
    void tenThousandNodes();
    void megabyteMetadata();
    void invalidUtf8();
    void deepRequestType();
    void tenThousandEndpoints();
    void srvAnswersOfWrongTypes();

private:
    std::shared_ptr<nats::Connection> connect()
    {
        nats::ConnectOptions o;
        o.servers = {m_server->url()};
        return nats::Connection::connect(o);
    }

    /// Answers every query on `subject` with `answer`, runs catalogue sweeps until two have
    /// been made and `listed` names a service in the snapshot (a big reply can miss a sweep's
    /// window on a slow build), and returns the snapshot; `growthMiB` gets the peak memory
    /// growth meanwhile.
    live::CatalogSnapshot sweepWith(const std::string &subject, const std::string &answer, double *growthMiB = nullptr,
                                    const std::string &listed = {})
    {
        auto peer = connect();
        std::atomic<int> answered{0};
        nats::Subscription sub = peer->subscribe(subject, [&](nats::Message &&m) {
            peer->publish(std::string(m.reply()), answer);
            ++answered;
        });
        peer->flush();
        const double before = memoryMiB();
        PeakMemory peak;
        live::CatalogOptions co;
        co.requeryInterval = 300ms;
        live::ServiceCatalog catalog(connect(), co);
        catalog.start();
        const bool swept = QTest::qWaitFor([&] {
            const auto s = catalog.snapshot();
            return s.sweeps >= 2 && answered >= 2 && (listed.empty() || find(s, listed));
        }, 20000);
        auto snapshot = catalog.snapshot();
        catalog.stop();
        sub.unsubscribe();
        if (growthMiB)
            *growthMiB = peak.peak() - before;
        if (!swept)
            qWarning("two sweeps did not finish in 20 s");
        for (const auto &p : snapshot.problems)
            qDebug("problem: %s: %s", p.source.c_str(), p.message.substr(0, 200).c_str());
        return snapshot;
    }

    std::unique_ptr<NatsServer> m_server;
    std::shared_ptr<nats::Connection> m_serviceConn;
    std::unique_ptr<micro::RpcServer> m_greeter;
};

void TestHostilePayloads::tenThousandNodes()
{
    const std::string answer = micro::encodeService(serviceNamed("hostile.many.nodes", 10'000), micro::WireLayout::Modern);
    double growth = 0;
    const auto s = sweepWith("micro.registry.nats.query", answer, &growth, "hostile.many.nodes");
    qInfo("a %zu-byte reply with 10 000 nodes: peak memory +%.1f MiB", answer.size(), growth);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    const auto *many = find(s, "hostile.many.nodes");
    QVERIFY2(many, "a big deployment is still a deployment: listed");
    QCOMPARE(many->nodeCount(), size_t(10'000));
    QVERIFY2(growth < 64, std::to_string(growth).c_str());
}

void TestHostilePayloads::megabyteMetadata()
{
    auto svc = serviceNamed("hostile.big.metadata", 1);
    (*svc.nodes)[0].metadata = micro::Metadata{{"blob", std::string(1 << 20, 'm')}};
    double growth = 0;
    const auto s = sweepWith("micro.registry.nats.query", micro::encodeService(svc, micro::WireLayout::Modern), &growth,
                             "hostile.big.metadata");
    qInfo("a 1 MiB metadata value: peak memory +%.1f MiB", growth);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    const auto *big = find(s, "hostile.big.metadata");
    QVERIFY(big);
    QCOMPARE(big->versions.at(0).nodes.at(0).metadata.at("blob").size(), size_t(1 << 20));
    QVERIFY2(growth < 64, std::to_string(growth).c_str());
}

void TestHostilePayloads::invalidUtf8()
{
    // Raw bytes that are not UTF-8 make the JSON invalid: a problem naming the cause. A lone
    // surrogate escape is valid JSON but not text; the name must come out as valid UTF-8, or
    // every consumer that re-encodes it (the CLI's --json, the app) would have to cope.
    const std::string raw = R"({"name":"bad.)" + std::string("\xff\xfe") + R"(","version":"1","nodes":[{"id":"x","address":"a"}]})";
    auto s = sweepWith("micro.registry.nats.query", raw);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    const std::string why = problemWith(s, "not UTF-8 text (byte 0xFF at offset 13)");
    QVERIFY2(!why.empty(), "the reply's fault is named");
    QVERIFY2(why.find("bad.\\xFF\\xFE") != std::string::npos, why.c_str()); // quoted, not raw
    for (const auto &p : s.problems)
        QVERIFY_THROWS_NO_EXCEPTION((void)nlohmann::json(p.message).dump());

    const std::string surrogate = R"({"name":"lone.\ud800.surrogate","version":"1","nodes":[{"id":"x","address":"a"}]})";
    s = sweepWith("micro.registry.nats.query", surrogate);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    for (const auto &svc : s.services) {
        // nlohmann refuses to dump invalid UTF-8 (type_error 316): the CLI's --json would throw.
        QVERIFY_THROWS_NO_EXCEPTION((void)nlohmann::json(svc.name).dump());
    }
    for (const auto &p : s.problems)
        QVERIFY_THROWS_NO_EXCEPTION((void)nlohmann::json(p.message).dump());
}

void TestHostilePayloads::deepRequestType()
{
    // go-micro describes types three levels deep; a peer sends 10 000.
    std::string value;
    for (int i = 0; i < 10'000; ++i)
        value += R"({"name":"f","type":"T","values":[)";
    value += R"({"name":"leaf","type":"string","values":null})";
    for (int i = 0; i < 10'000; ++i)
        value += "]}";
    const std::string answer = R"({"name":"hostile.deep","version":"1","endpoints":[{"name":"Deep.Call","request":)" + value
        + R"(,"response":null,"metadata":null}],"nodes":[{"id":"deep-1","address":"a","metadata":null}]})";
    double growth = 0;
    const auto s = sweepWith("micro.registry.nats.query", answer, &growth);
    qInfo("a request type 10 000 levels deep (%zu bytes): peak memory +%.1f MiB", answer.size(), growth);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    const std::string why = problemWith(s, "deeper than");
    QVERIFY2(!why.empty(), "the depth is named as the reply's fault");
    qInfo("%s", why.c_str());
    QVERIFY2(growth < 64, std::to_string(growth).c_str());
}

void TestHostilePayloads::tenThousandEndpoints()
{
    auto svc = serviceNamed("hostile.many.endpoints", 1);
    for (int i = 0; i < 10'000; ++i) {
        micro::Endpoint e;
        e.name = "Handler.Call" + std::to_string(i);
        e.request = micro::Value{"Request", "Request", std::vector<micro::Value>{{"name", "string", std::nullopt}}};
        e.response = micro::Value{"Response", "Response", std::vector<micro::Value>{{"msg", "string", std::nullopt}}};
        svc.endpoints->push_back(std::move(e));
    }
    const std::string answer = micro::encodeService(svc, micro::WireLayout::Modern);
    double growth = 0;
    const auto s = sweepWith("micro.registry.nats.query", answer, &growth, "hostile.many.endpoints");
    qInfo("a %zu-byte reply with 10 000 endpoints: peak memory +%.1f MiB", answer.size(), growth);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    const auto *many = find(s, "hostile.many.endpoints");
    QVERIFY(many);
    QCOMPARE(many->versions.at(0).endpoints.size(), size_t(10'000));
    QVERIFY2(growth < 64, std::to_string(growth).c_str());
}

void TestHostilePayloads::srvAnswersOfWrongTypes()
{
    const std::string answer = R"({"type":"io.nats.micro.v1.info_response","name":5,"id":["x"],"version":{},"endpoints":"nope"})";
    const auto s = sweepWith("$SRV.INFO", answer);
    QVERIFY(find(s, "go.micro.srv.greeter"));
    const std::string why = problemWith(s, "name: expected a string, got number");
    QVERIFY2(!why.empty(), "the wrong types are named");
    qInfo("%s", why.c_str());
    QCOMPARE(s.natsMicro, live::SweepOutcome::Replies);
}

QTEST_GUILESS_MAIN(TestHostilePayloads)
#include "tst_hostile_payloads.moc"
