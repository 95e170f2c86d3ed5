// Load runs (issue 26), against an in-process RpcServer echo on our own nats-server:
// - load_histogram_record_ns: LatencyHistogram::record per sample (10 M samples, one thread);
//   baseline: a plain non-atomic increment of a counter array. Target ≤ 50 ns.
// - load_closed_throughput: a closed run with 64 in flight, completed requests/s; baseline: the
//   core's own RPC throughput row (bench_rpc's 64-call window on RpcClient) in the same run.
//   Target ≥ 0.90×.
// - load_open_rate_error: an open run at 20 000 requests/s for 10 s: |sent/s − 20 000| in % of
//   20 000; corrected and uncorrected p99 reported. Target ≤ 1 %.
// - load_memory_growth: RSS growth from the 10th second to the end of a closed run at 64 in
//   flight (60 s; SB_LOAD_SOAK_SECONDS=600 for the 10-minute soak). Target ≤ 5 MiB.
// - load_mock_closed_throughput: as load_closed_throughput, against a `switchboard-cli mock` (a
//   no-op reply, another process) instead of the in-process echo. Target ≥ 0.90×.
// - load_harness_p50: the harness's own cost, one request at a time against that mock: the load
//   run's p50 against the p50 of the core's client calling in a loop (overhead_us: the
//   difference, what a load run's numbers include beyond the service). Target ≤ 1.10×.
#include <chrono>
#include <deque>
#include <random>
#include <thread>

#include <unistd.h>

#include <QProcess>

#include "BenchReport.h"
#include "Connect.h"
#include "NatsServer.h"
#include "ProcessStats.h"
#include "RpcWindow.h"
#include "load/GoMicroTarget.h"
#include "load/LatencyHistogram.h"
#include "load/LoadRunner.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"

using namespace switchboard;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kBody = R"({"name":"benchmark","n":12345})";

void histogramRow()
{
    std::mt19937_64 random(5);
    std::vector<int64_t> values(1 << 16);
    for (auto &v : values)
        v = int64_t(random() % 100'000);
    constexpr int kSamples = 10'000'000;
    std::vector<double> ours, plain;
    for (int r = 0; r < bench::kRounds; ++r) {
        load::LatencyHistogram h;
        auto t = Clock::now();
        for (int i = 0; i < kSamples; ++i)
            h.record(values[size_t(i) & 0xffff]);
        ours.push_back(std::chrono::duration<double, std::nano>(Clock::now() - t).count() / kSamples);
        std::vector<uint64_t> counts(load::LatencyHistogram::kCounters);
        t = Clock::now();
        for (int i = 0; i < kSamples; ++i)
            ++counts[size_t(values[size_t(i) & 0xffff]) % counts.size()];
        plain.push_back(std::chrono::duration<double, std::nano>(Clock::now() - t).count() / kSamples);
        if (h.count() != uint64_t(kSamples) || counts[0] == uint64_t(-1))
            std::fprintf(stderr, "bench_load: samples lost\n");
    }
    bench::report("load_histogram_record_ns", bench::median(ours), bench::median(plain), "ns", 50, bench::Target::MaxAbsolute);
}

struct Fixture {
    std::string service = "bench", endpoint = "Bench.Echo";
    testing::NatsServer server;
    std::shared_ptr<nats::Connection> serverConn, clientConn;
    std::unique_ptr<micro::RpcServer> rpc;
    std::shared_ptr<micro::Registry> registry;
    std::shared_ptr<micro::RpcClient> client;
    Fixture()
    {
        server.start();
        serverConn = testing::connectTo(server);
        micro::ServerOptions so;
        so.name = "bench";
        rpc = std::make_unique<micro::RpcServer>(serverConn, so);
        rpc->handle("Bench.Echo", [](const micro::RpcRequest &r) { return r.body; });
        rpc->start();
        clientConn = testing::connectTo(server);
        registry = std::make_shared<micro::Registry>(clientConn);
        client = std::make_shared<micro::RpcClient>(clientConn, registry);
        (void)client->resolve("bench");
    }
    micro::CallRequest request() const
    {
        micro::CallRequest r;
        r.service = service;
        r.endpoint = endpoint;
        r.body = kBody;
        return r;
    }
    std::shared_ptr<load::LoadTarget> target() const { return std::make_shared<load::GoMicroTarget>(clientConn, client, request()); }
    load::LoadPlan plan() const
    {
        load::LoadPlan p;
        p.service = service;
        p.endpoint = endpoint;
        p.body = kBody;
        return p;
    }
};

void throughputRow(Fixture &f, const std::string &row)
{
    constexpr int kCalls = 20'000;
    std::vector<double> ours, core;
    for (int r = 0; r < bench::kRounds; ++r) {
        auto plan = f.plan();
        plan.concurrency = 64;
        plan.requests = kCalls;
        auto runner = load::LoadRunner::create(plan, f.target());
        runner->start();
        runner->waitUntilOver(120s);
        const auto s = runner->snapshot();
        ours.push_back(s.errors ? 0 : s.achievedRate);
        core.push_back(bench::rpcWindowThroughput(*f.client, f.request(), kCalls));
    }
    bench::report(row, bench::median(ours), bench::median(core), "requests/s", 0.90, bench::Target::MinRatio,
                  {{"in_flight", 64}, {"requests", kCalls}});
}

void openRateRow(Fixture &f)
{
    auto plan = f.plan();
    plan.model = load::LoadPlan::Model::Open;
    plan.rate = 20'000;
    plan.concurrency = 10'000;
    plan.duration = 10s;
    auto runner = load::LoadRunner::create(plan, f.target());
    runner->start();
    runner->waitUntilOver(120s);
    const auto s = runner->snapshot();
    const double sentRate = double(s.sent) / 10.0;
    const double error = std::abs(sentRate - plan.rate) / plan.rate * 100.0;
    bench::report("load_open_rate_error", error, plan.rate, "% of the rate", 1.0, bench::Target::MaxAbsolute,
                  {{"sent", s.sent}, {"done", s.done}, {"errors", s.errors}, {"achieved_rate", s.achievedRate},
                   {"p99_us", s.latency.percentileMicros(99)}, {"corrected_p99_us", s.corrected.percentileMicros(99)}});
}

void memoryRow(Fixture &f)
{
    const char *soak = std::getenv("SB_LOAD_SOAK_SECONDS");
    const int seconds = soak ? std::max(20, std::atoi(soak)) : 60;
    auto plan = f.plan();
    plan.concurrency = 64;
    plan.duration = std::chrono::seconds(seconds);
    plan.body = R"({"name":"{{uuid}}","n":{{seq}}})";
    auto runner = load::LoadRunner::create(plan, f.target());
    runner->start();
    std::this_thread::sleep_for(10s);
    const double at10 = bench::rssMiB(qint64(::getpid()));
    runner->waitUntilOver(std::chrono::seconds(seconds + 60));
    const double atEnd = bench::rssMiB(qint64(::getpid()));
    const auto s = runner->snapshot();
    bench::report("load_memory_growth", atEnd - at10, at10, "MiB", 5, bench::Target::MaxAbsolute,
                  {{"seconds", seconds}, {"requests", s.done}, {"rss_end_mib", atEnd}});
}

/// The harness's own cost per request, one at a time: the runner's p50 against the client's.
void overheadRow(Fixture &f)
{
    constexpr int kCalls = 3000;
    std::vector<double> ours, core;
    for (int r = 0; r < bench::kRounds; ++r) {
        auto plan = f.plan();
        plan.concurrency = 1;
        plan.requests = kCalls;
        auto runner = load::LoadRunner::create(plan, f.target());
        runner->start();
        runner->waitUntilOver(120s);
        ours.push_back(double(runner->snapshot().latency.percentileMicros(50)));
        load::LatencyHistogram direct;
        const auto request = f.request();
        for (int i = 0; i < kCalls; ++i) {
            const auto t = Clock::now();
            (void)f.client->call(request);
            direct.record(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t).count());
        }
        core.push_back(double(direct.snapshot().percentileMicros(50)));
    }
    const double p50 = bench::median(ours), baseline = bench::median(core);
    bench::report("load_harness_p50", p50, baseline, "µs", 1.10, bench::Target::MaxRatio,
                  {{"overhead_us", p50 - baseline}, {"requests", kCalls}});
}

/// The same service as a `switchboard-cli mock` answering `{}`: another process, as a user's
/// service would be.
void mockRows(Fixture &f)
{
    QProcess mock;
    mock.start(QStringLiteral(SWITCHBOARD_CLI_PATH),
               {QStringLiteral("--server"), QString::fromStdString(f.server.url()), QStringLiteral("mock"), QStringLiteral("mocked"),
                QStringLiteral("--endpoint"), QStringLiteral("Mock.Noop"), QStringLiteral("--reply"), QStringLiteral("{}")});
    if (!mock.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench_load: switchboard-cli mock did not start\n");
        return;
    }
    f.service = "mocked";
    f.endpoint = "Mock.Noop";
    (void)f.client->resolve("mocked");
    throughputRow(f, "load_mock_closed_throughput");
    overheadRow(f);
    mock.terminate();
    mock.waitForFinished(10000);
}

} // namespace

int main()
{
    // SB_BENCH_ROWS=closed runs only the in-process closed run (for profiling it); =memory only
    // the memory row (with SB_LOAD_SOAK_SECONDS=600, the 10-minute soak).
    const char *only = std::getenv("SB_BENCH_ROWS");
    const bool all = !only || !*only;
    if (all)
        histogramRow();
    Fixture f;
    if (all || std::string(only) == "closed")
        throughputRow(f, "load_closed_throughput");
    if (all) {
        openRateRow(f);
        memoryRow(f);
        mockRows(f);
    } else if (std::string(only) == "memory") {
        memoryRow(f);
    }
    return 0;
}
