// Load runs against real nats-server processes and services of the core's own RpcServer and
// SrvService: known delays measured, errors counted by code, a node lost mid-run, the open
// model's correction on a stalled server, templates, cancellation and bad plans refused before
// anything is sent.
#include <QtTest>

#include <signal.h>

#include <set>

#include <nlohmann/json.hpp>
#include <thread>

#include "Connect.h"
#include "NatsServer.h"
#include "load/GoMicroTarget.h"
#include "load/LoadRunner.h"
#include "load/SrvTarget.h"
#include "micro/MicroError.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "srv/SrvService.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;
using load::LoadPlan;
using load::LoadRunner;
using State = load::LoadSnapshot::State;

class TestLoadRunner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void latencyOfAKnownDelay();
    void errorsGroupedByCode();
    void aNodeKilledMidRun();
    void openModelKeepsItsRate();
    void correctionShowsAStalledServer();
    void templatesMakeRequestsDiffer();
    void badPlansSendNothing();
    void cancelStopsAtOnce();
    void srvEndpoint();
    void aRunLetGoEndsByItself();

private:
    std::unique_ptr<micro::RpcServer> server(const std::string &name, int workers, std::shared_ptr<nats::Connection> conn = {});
    std::shared_ptr<load::LoadTarget> goMicro(const std::string &service, const std::string &endpoint);
    static load::LoadSnapshot run(const LoadPlan &plan, std::shared_ptr<load::LoadTarget> target, std::chrono::seconds limit = 60s);

    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_serverConn, m_clientConn;
    std::shared_ptr<micro::Registry> m_registry;
    std::shared_ptr<micro::RpcClient> m_rpc;
    std::unique_ptr<micro::RpcServer> m_bench;
    std::atomic<int> m_calls{0};
    load::LatencyHistogram m_handlerTime; ///< what Bench.Sleep's 5 ms sleep really took
    std::mutex m_bodiesMutex;
    std::vector<std::string> m_bodies;
};

std::unique_ptr<micro::RpcServer> TestLoadRunner::server(const std::string &name, int workers, std::shared_ptr<nats::Connection> conn)
{
    micro::ServerOptions o;
    o.name = name;
    o.workers = workers;
    return std::make_unique<micro::RpcServer>(conn ? conn : m_serverConn, o);
}

std::shared_ptr<load::LoadTarget> TestLoadRunner::goMicro(const std::string &service, const std::string &endpoint)
{
    micro::CallRequest r;
    r.service = service;
    r.endpoint = endpoint;
    r.timeout = 2s;
    return std::make_shared<load::GoMicroTarget>(m_clientConn, m_rpc, r);
}

load::LoadSnapshot TestLoadRunner::run(const LoadPlan &plan, std::shared_ptr<load::LoadTarget> target, std::chrono::seconds limit)
{
    auto runner = LoadRunner::create(plan, std::move(target));
    if (!runner->start())
        return runner->snapshot();
    if (!runner->waitUntilOver(limit))
        qWarning("the run did not end within its limit");
    return runner->snapshot();
}

void TestLoadRunner::initTestCase()
{
    NatsServerOptions so;
    so.extraConfig = "max_payload: 65536";
    m_nats = std::make_unique<NatsServer>(so);
    m_nats->start();
    m_serverConn = connectTo(*m_nats);
    m_clientConn = connectTo(*m_nats);
    m_registry = std::make_shared<micro::Registry>(m_clientConn);
    m_rpc = std::make_shared<micro::RpcClient>(m_clientConn, m_registry);
    m_bench = server("bench", 8);
    m_bench->handle("Bench.Sleep", [this](const micro::RpcRequest &) {
        const auto start = std::chrono::steady_clock::now();
        std::this_thread::sleep_for(5ms);
        m_handlerTime.record(std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start).count());
        return std::string("{}");
    });
    m_bench->handle("Bench.Echo", [this](const micro::RpcRequest &r) {
        ++m_calls;
        std::lock_guard lock(m_bodiesMutex);
        m_bodies.push_back(r.body);
        return std::string("{}");
    });
    m_bench->handle("Bench.Flaky", [this](const micro::RpcRequest &) -> std::string {
        const int n = ++m_calls;
        if (n % 20 == 0)
            throw micro::MicroError::internal("bench", "database is on fire");
        if (n % 20 == 10)
            throw micro::MicroError::badRequest("bench", "no such order");
        return "{}";
    });
    m_bench->start();
}

void TestLoadRunner::cleanupTestCase()
{
    m_bench.reset();
    m_rpc.reset();
    m_registry.reset();
    m_serverConn.reset();
    m_clientConn.reset();
}

void TestLoadRunner::latencyOfAKnownDelay()
{
    LoadPlan plan;
    plan.service = "bench";
    plan.endpoint = "Bench.Sleep";
    plan.concurrency = 4; // fewer than the server's workers: nothing queues behind the sleep
    plan.requests = 400;
    plan.warmup = 200ms;
    // The service's known delay is its sleep as the handler saw it (a 5 ms sleep takes ~5.1 ms)
    // plus one empty round trip (~0.3 ms on this machine's loopback, through nats-server twice).
    // The run's p50 must be within 10 % of that, and of what the core's RPC client measures one
    // call at a time: the harness adds nothing a user would see. On two busy cores one
    // measurement can be pushed past 10 % by other processes (6.26 ms against 5.15 + 0.47 ms,
    // once in four ./test runs), so up to three are made; a harness that adds its own delay
    // fails all three.
    for (int attempt = 1;; ++attempt) {
        m_handlerTime.reset();
        const auto s = run(plan, goMicro("bench", "Bench.Sleep"));
        QCOMPARE(s.state, State::Finished);
        QCOMPARE(s.done, uint64_t(400));
        QCOMPARE(s.sent, uint64_t(400));
        QCOMPARE(s.errors, uint64_t(0));
        QVERIFY(s.warmupDone > 0);
        QCOMPARE(s.latency.count(), uint64_t(400));
        QCOMPARE(s.nodes.size(), size_t(1));
        QCOMPARE(s.nodes[0].done, uint64_t(400));
        QVERIFY(!s.seconds.empty());
        QVERIFY(s.achievedRate > 400 && s.achievedRate < 4 / 0.005 * 1.01); // 4 lanes of 5 ms: at most 800/s
        const auto p50 = s.latency.percentileMicros(50);
        const auto delay = m_handlerTime.snapshot().percentileMicros(50);
        micro::CallRequest r;
        r.service = "bench";
        r.endpoint = "Bench.Echo";
        load::LatencyHistogram empty, direct;
        for (int i = 0; i < 200; ++i)
            empty.record(m_rpc->call(r).latency.count());
        r.endpoint = "Bench.Sleep";
        for (int i = 0; i < 200; ++i)
            direct.record(m_rpc->call(r).latency.count());
        const auto roundTrip = empty.snapshot().percentileMicros(50), one = direct.snapshot().percentileMicros(50);
        const QString figures = QStringLiteral("attempt %5: p50 %1 µs; handler %2 µs, empty round trip %3 µs, one call at a time %4 µs")
                                    .arg(p50).arg(delay).arg(roundTrip).arg(one).arg(attempt);
        QVERIFY(delay >= 5000);
        QVERIFY2(p50 >= delay, qPrintable(figures));
#if defined(__SANITIZE_THREAD__)
        // ThreadSanitizer slows every memory access of client and server alike (the empty round
        // trip alone takes ~0.9 ms there): absolute bounds say nothing about the harness, so only
        // the comparison with the core's own client is kept, more loosely.
        const bool within = std::abs(double(p50 - one)) <= 0.25 * double(one);
#else
        const bool within = double(p50) <= 1.1 * double(delay + roundTrip) && std::abs(double(p50 - one)) <= 0.1 * double(one);
#endif
        if (within)
            break;
        QVERIFY2(attempt < 3, qPrintable(figures));
        qInfo("%s: measured again", qPrintable(figures));
    }
}

void TestLoadRunner::errorsGroupedByCode()
{
    m_calls = 0;
    LoadPlan plan;
    plan.service = "bench";
    plan.endpoint = "Bench.Flaky";
    plan.concurrency = 8;
    plan.requests = 2000;
    const auto s = run(plan, goMicro("bench", "Bench.Flaky"));
    QCOMPARE(s.state, State::Finished);
    QCOMPARE(s.done, uint64_t(2000));
    QVERIFY2(std::abs(s.errorPercent() - 10.0) <= 2.0, qPrintable(QString::number(s.errorPercent())));
    QCOMPARE(s.errorGroups.size(), size_t(2));
    std::set<int> codes;
    uint64_t grouped = 0;
    for (const auto &g : s.errorGroups) {
        QCOMPARE(g.kind, micro::RpcError::Kind::Remote);
        codes.insert(g.code);
        grouped += g.count;
        QVERIFY(g.detail == "database is on fire" || g.detail == "no such order");
        QVERIFY2(std::abs(double(g.count) - 100.0) <= 20, qPrintable(QString::number(g.count)));
    }
    QCOMPARE(codes, (std::set<int>{400, 500}));
    QCOMPARE(grouped, s.errors);

    // Stopping at an error rate: more than 5 % fail, so the run stops long before 100 000.
    plan.requests = 100'000;
    plan.stopErrorPercent = 5;
    const auto stopped = run(plan, goMicro("bench", "Bench.Flaky"));
    QCOMPARE(stopped.state, State::StoppedOnErrors);
    QVERIFY(stopped.done < 5000);
    QVERIFY2(QString::fromStdString(stopped.failure).contains(QLatin1String("% of requests failed")), stopped.failure.c_str());
}

void TestLoadRunner::aNodeKilledMidRun()
{
    auto connA = connectTo(*m_nats), connB = connectTo(*m_nats);
    auto a = server("pair", 4, connA), b = server("pair", 4, connB);
    for (auto *s : {a.get(), b.get()}) {
        s->handle("Pair.Do", [](const micro::RpcRequest &) {
            std::this_thread::sleep_for(1ms);
            return std::string("{}");
        });
        s->start();
    }
    LoadPlan plan;
    plan.service = "pair";
    plan.endpoint = "Pair.Do";
    plan.concurrency = 4;
    plan.duration = 4s;
    plan.timeout = 500ms;
    auto runner = LoadRunner::create(plan, goMicro("pair", "Pair.Do"));
    QVERIFY(runner->start());
    std::this_thread::sleep_for(1500ms);
    QCOMPARE(runner->snapshot().errors, uint64_t(0));
    connA->close(); // as a crash: no deregistration, its subscriptions gone with the connection
    QVERIFY(runner->waitUntilOver(30s));
    const auto s = runner->snapshot();
    QCOMPARE(s.state, State::Finished);
    QVERIFY2(s.errors > 0, "the lost node's requests are counted as errors");
    QVERIFY2(s.errorPercent() < 20, qPrintable(QString::number(s.errorPercent())));
    QCOMPARE(s.nodes.size(), size_t(2));
    const auto &lost = s.nodes[0].done < s.nodes[1].done ? s.nodes[0] : s.nodes[1];
    const auto &kept = s.nodes[0].done < s.nodes[1].done ? s.nodes[1] : s.nodes[0];
    QVERIFY(lost.errors > 0);
    QCOMPARE(kept.errors, uint64_t(0));
    QVERIFY2(kept.done > 2 * lost.done, qPrintable(QStringLiteral("%1 vs %2").arg(kept.done).arg(lost.done)));
    for (const auto &g : s.errorGroups)
        QVERIFY2(g.kind == micro::RpcError::Kind::NoResponders || g.kind == micro::RpcError::Kind::Timeout,
                 micro::kindName(g.kind));
    // The run went on: the second half was served by the other node.
    uint64_t late = 0;
    for (const auto &second : s.seconds)
        if (second.atSeconds > 2.5)
            late += second.done - second.errors;
    QVERIFY(late > 100);
    b.reset();
    a.reset();
}

void TestLoadRunner::openModelKeepsItsRate()
{
    LoadPlan plan;
    plan.service = "bench";
    plan.endpoint = "Bench.Echo";
    plan.model = LoadPlan::Model::Open;
    plan.rate = 2000;
    plan.concurrency = 1000;
    plan.duration = 3s;
    const auto s = run(plan, goMicro("bench", "Bench.Echo"));
    QCOMPARE(s.state, State::Finished);
    QVERIFY2(std::abs(double(s.sent) - 6000) <= 60, qPrintable(QString::number(s.sent))); // within 1 %
    QCOMPARE(s.done, s.sent);
    QCOMPARE(s.targetRate, 2000.0);
    QCOMPARE(s.corrected.count(), s.done);
    QVERIFY(s.corrected.percentileMicros(50) >= s.latency.percentileMicros(50));
}

void TestLoadRunner::correctionShowsAStalledServer()
{
    // wrk2's case: at most 8 in flight, 1 000 requests/s, and the server stops for 1 s. The 8
    // requests caught in the stall are the only slow samples sent; the ~1 000 due meanwhile go
    // out late, and only the corrected histogram (from when they were due) shows the wait.
    LoadPlan plan;
    plan.service = "bench";
    plan.endpoint = "Bench.Echo";
    plan.model = LoadPlan::Model::Open;
    plan.rate = 1000;
    plan.concurrency = 8;
    plan.duration = 5s;
    plan.timeout = 5s;
    auto runner = LoadRunner::create(plan, goMicro("bench", "Bench.Echo"));
    QVERIFY(runner->start());
    std::this_thread::sleep_for(2s);
    ::kill(m_nats->pid(), SIGSTOP);
    std::this_thread::sleep_for(1s);
    ::kill(m_nats->pid(), SIGCONT);
    QVERIFY(runner->waitUntilOver(30s));
    const auto s = runner->snapshot();
    QCOMPARE(s.state, State::Finished);
    QCOMPARE(s.errors, uint64_t(0));
    const auto uncorrected = s.latency.percentileMicros(99), corrected = s.corrected.percentileMicros(99);
    QVERIFY2(corrected >= 700'000, qPrintable(QStringLiteral("corrected p99 %1 µs").arg(corrected)));
    QVERIFY2(uncorrected < 100'000, qPrintable(QStringLiteral("uncorrected p99 %1 µs").arg(uncorrected)));
    QVERIFY(s.latency.maxMicros() >= 900'000); // the 8 caught in the stall
}

void TestLoadRunner::templatesMakeRequestsDiffer()
{
    {
        std::lock_guard lock(m_bodiesMutex);
        m_bodies.clear();
    }
    LoadPlan plan;
    plan.service = "bench";
    plan.endpoint = "Bench.Echo";
    plan.body = R"({"n": {{seq}}, "id": "{{uuid}}", "k": {{randInt 1 3}}})";
    plan.concurrency = 4;
    plan.requests = 100;
    const auto s = run(plan, goMicro("bench", "Bench.Echo"));
    QCOMPARE(s.done, uint64_t(100));
    std::lock_guard lock(m_bodiesMutex);
    QCOMPARE(m_bodies.size(), size_t(100));
    std::set<int64_t> seqs;
    std::set<std::string> ids;
    for (const auto &body : m_bodies) {
        const auto j = nlohmann::json::parse(body);
        seqs.insert(j["n"].get<int64_t>());
        ids.insert(j["id"].get<std::string>());
        QVERIFY(j["k"].get<int>() >= 1 && j["k"].get<int>() <= 3);
    }
    QCOMPARE(seqs.size(), size_t(100));
    QCOMPARE(*seqs.begin(), int64_t(0));
    QCOMPARE(*seqs.rbegin(), int64_t(99));
    QCOMPARE(ids.size(), size_t(100));
}

void TestLoadRunner::badPlansSendNothing()
{
    m_calls = 0;
    auto refused = [&](LoadPlan plan, const char *says) {
        plan.service = plan.service.empty() ? "bench" : plan.service;
        plan.endpoint = "Bench.Echo";
        if (!plan.requests && !plan.duration.count())
            plan.requests = 10;
        auto runner = LoadRunner::create(plan, goMicro(plan.service, "Bench.Echo"));
        QVERIFY(!runner->start());
        const auto s = runner->snapshot();
        QCOMPARE(s.state, State::Failed);
        QVERIFY2(s.failure.find(says) != std::string::npos, s.failure.c_str());
        QCOMPARE(s.sent, uint64_t(0));
    };
    LoadPlan p;
    p.concurrency = 0;
    refused(p, "concurrency must be from 1");
    p = {};
    p.concurrency = 1'000'000;
    refused(p, "concurrency must be from 1");
    p = {};
    p.model = LoadPlan::Model::Open;
    p.rate = 0;
    refused(p, "rate must be above 0");
    p = {};
    p.body = R"({"a": {{randInt 1}}})";
    refused(p, "column 7");
    p = {};
    p.body = R"({"blob": ")" + std::string(70'000, 'x') + R"("})";
    refused(p, "larger than the server's limit of 65536 bytes");
    p = {};
    p.service = "nobody";
    refused(p, "no node of nobody is registered");
    QCOMPARE(m_calls.load(), 0);
}

void TestLoadRunner::cancelStopsAtOnce()
{
    LoadPlan plan;
    plan.service = "bench";
    plan.endpoint = "Bench.Sleep";
    plan.concurrency = 4;
    plan.duration = 600s;
    auto runner = LoadRunner::create(plan, goMicro("bench", "Bench.Sleep"));
    QVERIFY(runner->start());
    std::this_thread::sleep_for(300ms);
    QElapsedTimer clock;
    clock.start();
    runner->cancel();
    QVERIFY(runner->waitUntilOver(5s));
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    const auto s = runner->snapshot();
    QCOMPARE(s.state, State::Cancelled);
    QVERIFY(s.done > 20);
    QCOMPARE(s.errors, uint64_t(0)); // given-up requests are not errors of the service
    QCOMPARE(s.inFlight, uint64_t(0));
}

void TestLoadRunner::srvEndpoint()
{
    srv::SrvServiceOptions o;
    o.name = "pricing";
    o.workers = 4;
    srv::SrvService pricing(m_serverConn, o);
    std::atomic<int> n{0};
    pricing.addEndpoint("quote", [&n](const srv::SrvRequest &r) -> std::string {
        if (++n % 10 == 0)
            throw srv::SrvError(503, "busy");
        return r.body;
    }, "pricing.quote");
    pricing.start();
    LoadPlan plan;
    plan.kind = LoadPlan::Kind::Srv;
    plan.endpoint = "pricing.quote";
    plan.contentType = "text/plain";
    plan.body = "sku {{seq}}";
    plan.concurrency = 8;
    plan.requests = 1000;
    const auto s = run(plan, load::SrvTarget::create(m_clientConn, "pricing.quote", {}));
    QCOMPARE(s.state, State::Finished);
    QCOMPARE(s.done, uint64_t(1000));
    QCOMPARE(s.errors, uint64_t(100));
    QCOMPARE(s.errorGroups.size(), size_t(1));
    QCOMPARE(s.errorGroups[0].code, 503);
    QCOMPARE(s.errorGroups[0].detail, std::string("busy"));
    // Nobody on the subject: every request is an error at once, and the run still ends.
    plan.endpoint = "pricing.nobody";
    plan.requests = 50;
    const auto none = run(plan, load::SrvTarget::create(m_clientConn, "pricing.nobody", {}));
    QCOMPARE(none.state, State::Finished);
    QCOMPARE(none.errors, uint64_t(50));
    QCOMPARE(none.errorGroups[0].kind, micro::RpcError::Kind::NoResponders);
    pricing.stop();
}

// The owner lets go mid-run: that cancels the run, the requests in flight are given up, and the
// runner is destroyed by whichever of its threads or requests lets go last. (Before, a timeout on
// the clock thread could drop the last reference inside finish(): ASan heap-use-after-free.)
void TestLoadRunner::aRunLetGoEndsByItself()
{
    std::atomic<int> swallowed{0};
    auto silent = m_serverConn->subscribe("silent.do", [&swallowed](nats::Message &&) { ++swallowed; });
    m_serverConn->flush();
    LoadPlan plan;
    plan.kind = LoadPlan::Kind::Srv;
    plan.endpoint = "silent.do";
    plan.contentType = "text/plain";
    plan.body = "x";
    plan.concurrency = 8;
    plan.duration = 60s;
    plan.timeout = 100ms;
    auto runner = LoadRunner::create(plan, load::SrvTarget::create(m_clientConn, "silent.do", {}));
    QVERIFY(runner->start());
    QTRY_VERIFY_WITH_TIMEOUT(swallowed > 16, 5000); // lanes resent after timeouts
    const std::weak_ptr<LoadRunner> inside = runner->weak_from_this();
    runner.reset();
    QTRY_VERIFY_WITH_TIMEOUT(inside.expired(), 5000);
    const int after = swallowed;
    QTest::qWait(300);
    QCOMPARE(swallowed.load(), after); // nothing sent once let go
}

QTEST_GUILESS_MAIN(TestLoadRunner)
#include "tst_load_runner.moc"
