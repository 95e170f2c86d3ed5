// NATS micro ($SRV): every recorded Go and JS response decodes; Go's re-encode byte for byte;
// older schema generations parse; a hosted C++ service is discovered and called on a real server.
#include <QtTest>

#include "Captures.h"
#include "GreeterFixture.h"
#include "Connect.h"
#include "NatsServer.h"
#include "micro/JsonRead.h"
#include "nats/Connection.h"
#include "srv/SrvClient.h"
#include "srv/SrvCodec.h"
#include "srv/SrvDiscovery.h"
#include "srv/SrvService.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestSrv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyCapturedResponseDecodes_data();
    void everyCapturedResponseDecodes();
    void goResponsesReencodeExactly();
    void jsAndGoDecodeAlike();
    void olderSchemaGenerations();
    void timestamps();
    void hostedServiceIsDiscoveredAtEveryLevel();
    void hostedServiceMatchesTheCapturedInfo();
    void callsAndErrorHeaders();
    void twoInstancesShareAQueueGroup();
    void noServicesMeansNoResponders();

private:
    std::unique_ptr<srv::SrvService> makeGreeter(const std::string &zone)
    {
        srv::SrvServiceOptions o;
        o.name = "greeter";
        o.version = "1.0.0";
        o.description = "Peer B: greeter on the NATS micro ($SRV) protocol";
        o.metadata = {{"nats.go", "v1.31.0"}, {"peer", "natsmicro-go"}, {"zone", zone}};
        auto s = std::make_unique<srv::SrvService>(m_conn, o);
        s->addEndpoint(
            "hello",
            [](const srv::SrvRequest &r) {
                const auto in = nlohmann::json::parse(r.body, nullptr, false);
                if (in.is_discarded())
                    throw srv::SrvError(400, "request must be JSON {\"name\":\"...\"}");
                return nlohmann::json{{"msg", "Hello " + in.value("name", std::string())}}.dump();
            },
            "greeter.hello",
            srv::Metadata{{"description", "say hello"},
                          {"request_schema", R"({"type":"object","properties":{"name":{"type":"string"}}})"},
                          {"response_schema", R"({"type":"object","properties":{"msg":{"type":"string"}}})"}});
        s->addEndpoint(
            "fail", [](const srv::SrvRequest &) -> std::string {
                throw srv::SrvError(400, "name is not allowed", R"({"error":"name is not allowed"})");
            },
            "greeter.fail", srv::Metadata{{"description", "always fails with 400"}});
        return s;
    }

    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
};

void TestSrv::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_conn = connectTo(*m_nats);
}

void TestSrv::cleanupTestCase()
{
    m_conn.reset();
    m_nats.reset();
}

void TestSrv::everyCapturedResponseDecodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("go") << QStringLiteral("natsmicro/go/capture.jsonl");
    QTest::newRow("js") << QStringLiteral("natsmicro/js/capture.jsonl");
}

void TestSrv::everyCapturedResponseDecodes()
{
    QFETCH(QString, file);
    int decoded = 0;
    for (const auto &m : loadCapture(file.toStdString())) {
        if (m.payload.find("io.nats.micro.v1.") == std::string::npos)
            continue;
        const srv::SrvInstance s = srv::decodeResponse(m.payload);
        QVERIFY(!s.name.empty() && s.id.size() == 22);
        QCOMPARE(s.version, std::string("1.0.0"));
        if (s.type == srv::kInfoType || s.type == srv::kStatsType)
            QCOMPARE(s.endpoints.size(), size_t(2));
        if (s.type == srv::kStatsType)
            QVERIFY(s.startedUnixNs.has_value());
        ++decoded;
    }
    QVERIFY(decoded >= 11); // go: 11 responses, js: 17
}

void TestSrv::goResponsesReencodeExactly()
{
    int checked = 0;
    for (const auto &m : loadCapture("natsmicro/go/capture.jsonl")) {
        if (m.payload.find("io.nats.micro.v1.") == std::string::npos)
            continue;
        const srv::SrvInstance s = srv::decodeResponse(m.payload);
        const std::string again = s.type == srv::kPingType ? srv::encodePing(s)
            : s.type == srv::kInfoType                     ? srv::encodeInfo(s)
                                                           : srv::encodeStats(s);
        QVERIFY2(again == m.payload, qPrintable(QString::number(m.seq)));
        ++checked;
    }
    QCOMPARE(checked, 11);
}

void TestSrv::jsAndGoDecodeAlike()
{
    const auto js = loadCapture("natsmicro/js/capture.jsonl");
    const srv::SrvInstance stats = srv::decodeResponse(js.at(23).payload); // after calls
    QCOMPARE(stats.endpoints[0].numRequests, int64_t(2));
    QCOMPARE(stats.endpoints[0].processingTimeNs, int64_t(1000000));
    QVERIFY(!stats.endpoints[0].lastError.has_value()); // JS omits it without an error
    QCOMPARE(stats.endpoints[0].queueGroup.value(), std::string("q"));
    QCOMPARE(*stats.startedUnixNs % 1'000'000, int64_t(0)); // millisecond precision
    const srv::SrvInstance info = srv::decodeResponse(js.at(9).payload);
    QCOMPARE(info.endpoints[0].metadata->at("description"), std::string("say hello"));
}

void TestSrv::olderSchemaGenerations()
{
    // nats.go v1.22: one subject for the service.
    auto s = srv::decodeResponse(R"({"name":"a","id":"1","version":"0.1.0","type":"io.nats.micro.v1.info_response","subject":"a.do"})");
    QCOMPARE(s.endpoints.size(), size_t(1));
    QCOMPARE(s.endpoints[0].subject, std::string("a.do"));
    // v1.24–1.27: a list of subjects.
    s = srv::decodeResponse(R"({"name":"a","id":"1","version":"0.1.0","subjects":["a.x","a.y"]})");
    QCOMPARE(s.endpoints.size(), size_t(2));
    QCOMPARE(s.endpoints[1].name, std::string("a.y"));
    // v1.28–1.29: endpoint objects without queue_group; durations as Go strings are tolerated.
    s = srv::decodeResponse(
        R"({"name":"a","id":"1","version":"0.1.0","endpoints":[{"name":"x","subject":"a.x","processing_time":"1.5ms","num_requests":3}]})");
    QVERIFY(!s.endpoints[0].queueGroup.has_value());
    QCOMPARE(s.endpoints[0].processingTimeNs, int64_t(1500000));
    // Bad input is an error with a message, not a crash.
    for (const char *bad : {"", "{", "[]", R"({"name":"a"})", R"({"name":"a","id":"1","endpoints":{}})",
                            R"({"name":"a","id":"1","endpoints":[{"num_requests":"x"}]})",
                            // A count as a float beyond int64 (fuzz_srv under UBSan: 8.9e64).
                            R"({"name":"a","id":"1","endpoints":[{"name":"x","subject":"a.x","num_requests":8.88889e64}]})"}) {
        try {
            (void)srv::decodeResponse(bad);
            QFAIL(bad);
        } catch (const micro::DecodeError &) {
        }
    }
}

void TestSrv::timestamps()
{
    QCOMPARE(srv::parseRfc3339("2026-11-25T08:35:18.569844994Z").value(), int64_t(1795595718569844994));
    QCOMPARE(srv::parseRfc3339("2026-11-25T08:35:29.664Z").value(), int64_t(1795595729664000000));
    QCOMPARE(srv::parseRfc3339("2026-11-25T09:35:29+01:00").value(), int64_t(1795595729000000000));
    QVERIFY(!srv::parseRfc3339("yesterday").has_value());
    // Found by fuzzing: negative and out-of-range fields must not overflow.
    for (const char *bad : {"-999-11-25T08:35:18Z", "0000-01-01T00:00:00Z", "2026-13-25T08:35:18Z", "2026-11-25T25:35:18Z", "2026-11-25T08:35:18",
                            "2026-11-25T08:35:18.Z", "2026-11-25T08:35:18+1:00", "2026-11-25T08:35:18Zjunk"})
        QVERIFY2(!srv::parseRfc3339(bad).has_value(), bad);
    QCOMPARE(srv::formatRfc3339Nano(1795595718569844994), std::string("2026-11-25T08:35:18.569844994Z"));
    QCOMPARE(srv::formatRfc3339Nano(1795595729664000000), std::string("2026-11-25T08:35:29.664Z"));
}

void TestSrv::hostedServiceIsDiscoveredAtEveryLevel()
{
    auto greeter = makeGreeter("az1");
    greeter->start();
    for (srv::Verb verb : {srv::Verb::Ping, srv::Verb::Info, srv::Verb::Stats}) {
        for (const auto &[name, id] : {std::pair<std::string, std::string>{"", ""}, {"greeter", ""}, {"greeter", greeter->id()}}) {
            const auto r = srv::discover(*m_conn, verb, name, id);
            QCOMPARE(r.instances.size(), size_t(1));
            QCOMPARE(r.instances[0].id, greeter->id());
        }
    }
    QVERIFY(srv::discover(*m_conn, srv::Verb::Ping, "other").instances.empty());
}

void TestSrv::hostedServiceMatchesTheCapturedInfo()
{
    auto greeter = makeGreeter("az1");
    greeter->start();
    const auto capture = loadCapture("natsmicro/go/capture.jsonl");
    const auto info = srv::discover(*m_conn, srv::Verb::Info, "greeter");
    QCOMPARE(srv::encodeInfo(info.instances.at(0)),
             replaceAll(capture.at(9).payload, "L6MxHRvpnR8wVSPbY7tdWR", greeter->id()));
    // And the raw bytes on the wire are exactly that.
    const std::string inbox = nats::Connection::newInbox();
    std::string wire;
    std::mutex mutex;
    auto sub = m_conn->subscribe(inbox, [&](nats::Message &&m) {
        std::lock_guard lock(mutex);
        wire = std::string(m.data());
    });
    m_conn->publishRequest("$SRV.PING.greeter." + greeter->id(), inbox, "");
    QTRY_VERIFY([&] { std::lock_guard lock(mutex); return !wire.empty(); }());
    QCOMPARE(wire, replaceAll(capture.at(1).payload, "L6MxHRvpnR8wVSPbY7tdWR", greeter->id()));
}

void TestSrv::callsAndErrorHeaders()
{
    auto greeter = makeGreeter("az1");
    greeter->start();
    auto r = srv::callEndpoint(*m_conn, "greeter.hello", R"({"name":"John"})", {{"X-Peer-Test", "natscap"}}, 2000ms);
    QVERIFY2(r.ok(), r.error.message().c_str());
    QCOMPARE(r.body, std::string(R"({"msg":"Hello John"})"));
    r = srv::callEndpoint(*m_conn, "greeter.hello", "not json", {}, 2000ms);
    QCOMPARE(r.error.kind, micro::RpcError::Kind::Remote);
    QCOMPARE(r.error.code, 400);
    QCOMPARE(r.error.detail, std::string("request must be JSON {\"name\":\"...\"}"));
    r = srv::callEndpoint(*m_conn, "greeter.fail", R"({"name":"John"})", {}, 2000ms);
    QCOMPARE(r.error.code, 400);
    QCOMPARE(r.body, std::string(R"({"error":"name is not allowed"})"));
    QCOMPARE(srv::callEndpoint(*m_conn, "greeter.nothing", "{}", {}, 2000ms).error.kind, micro::RpcError::Kind::NoResponders);

    const auto stats = srv::discover(*m_conn, srv::Verb::Stats, "greeter", greeter->id());
    const srv::SrvEndpoint &hello = stats.instances.at(0).endpoints.at(0);
    QCOMPARE(hello.numRequests, int64_t(2));
    QCOMPARE(hello.numErrors, int64_t(1));
    QCOMPARE(hello.lastError.value(), std::string("request must be JSON {\"name\":\"...\"}"));
    QVERIFY(hello.processingTimeNs > 0);

    // On the wire, our error reply carries what nats.go's did in the capture (seq 22).
    const auto captured = loadCapture("natsmicro/go/capture.jsonl").at(21);
    const std::string inbox = nats::Connection::newInbox();
    std::mutex mutex;
    nats::HeaderList headers;
    std::string body;
    bool got = false;
    auto sub = m_conn->subscribe(inbox, [&](nats::Message &&m) {
        std::lock_guard lock(mutex);
        headers = m.headers();
        body = std::string(m.data());
        got = true;
    });
    m_conn->publishRequest("greeter.fail", inbox, R"({"name":"John"})");
    QTRY_VERIFY([&] { std::lock_guard lock(mutex); return got; }());
    QCOMPARE(body, captured.payload);
    std::map<std::string, std::string> ours(headers.begin(), headers.end());
    QCOMPARE(ours.at("Nats-Service-Error"), captured.headers["Nats-Service-Error"][0].get<std::string>());
    QCOMPARE(ours.at("Nats-Service-Error-Code"), captured.headers["Nats-Service-Error-Code"][0].get<std::string>());
}

void TestSrv::twoInstancesShareAQueueGroup()
{
    auto a = makeGreeter("az1");
    auto b = makeGreeter("az2");
    a->start();
    b->start();
    const auto ping = srv::discover(*m_conn, srv::Verb::Ping);
    QCOMPARE(ping.instances.size(), size_t(2));
    for (int i = 0; i < 20; ++i)
        QVERIFY(srv::callEndpoint(*m_conn, "greeter.hello", "{}", {}, 2000ms).ok());
    const auto stats = srv::discover(*m_conn, srv::Verb::Stats);
    int64_t total = 0;
    for (const auto &s : stats.instances)
        total += s.endpoints[0].numRequests;
    QCOMPARE(total, int64_t(20)); // each call answered by exactly one instance
}

void TestSrv::noServicesMeansNoResponders()
{
    const auto r = srv::discover(*m_conn, srv::Verb::Ping);
    QVERIFY(r.instances.empty());
    QVERIFY(r.noResponders);
    QVERIFY(r.elapsed < 10ms);
}

QTEST_GUILESS_MAIN(TestSrv)
#include "tst_srv.moc"
