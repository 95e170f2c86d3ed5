// The collector at 200 000 msgs/s on `>` (issue 23): `switchboard-cli collect` as its own
// process against its own `nats-server -js`, a publisher pacing 200 000 messages a second over
// 1 000 subjects, and, as the baseline, a raw cnats subscriber on `>` in this process counting
// the same messages (its delivery thread's CPU). Rows: the rollups are exact (every subject's
// sum over the stored windows equals what was published), and the collector's CPU against the
// raw counter's, with its RSS.
//
// bench_collector [seconds=10] [rate=200000]
#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <map>
#include <thread>

#include <nats/nats.h>

#include "BenchReport.h"
#include "NatsServer.h"
#include "ProcessStats.h"
#include "nats/Connection.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"

using namespace switchboard;
using namespace std::chrono;

namespace {
struct RawCounter {
    std::atomic<uint64_t> messages{0};
    std::atomic<double> cpuAtFirst{-1}, cpuAtLast{0};
};

void onRaw(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto *c = static_cast<RawCounter *>(closure);
    const uint64_t n = ++c->messages;
    if (n == 1)
        c->cpuAtFirst = bench::threadCpuSeconds();
    if (n % 1024 == 0)
        c->cpuAtLast = bench::threadCpuSeconds();
    natsMsg_Destroy(msg);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10;
    const int rate = argc > 2 ? std::max(1000, std::atoi(argv[2])) : 200'000;
    constexpr int kSubjects = 1000;

    demo::LocalNatsOptions options;
    options.jetStream = true;
    testing::NatsServer server(options);
    server.start();

    QProcess collect;
    collect.start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(server.url()), "collect", "--region", "bench",
                                         "--subject", ">", "--rollup", "1s", "--json"});
    if (!collect.waitForStarted() || !collect.waitForReadyRead(15000)) {
        std::fprintf(stderr, "the collector did not start\n");
        return 1;
    }
    std::this_thread::sleep_for(1500ms); // its subscriptions and first window

    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.maxPendingMsgs = 4'000'000;
    auto rawConn = nats::Connection::connect(o);
    RawCounter raw;
    natsSubscription *rawSub = nullptr;
    natsConnection_Subscribe(&rawSub, rawConn->raw(), ">", onRaw, &raw);
    natsSubscription_SetPendingLimits(rawSub, 4'000'000, 1 << 30);
    rawConn->flush();

    auto publisher = nats::Connection::connect(o);
    std::vector<std::string> subjects;
    for (int i = 0; i < kSubjects; ++i)
        subjects.push_back("bench.orders." + std::to_string(i));
    std::map<std::string, uint64_t> published;
    const std::string payload(64, 'x');
    const double cpuBefore = bench::processCpuSeconds(collect.processId());
    const auto start = steady_clock::now();
    uint64_t sent = 0;
    const uint64_t total = uint64_t(rate) * uint64_t(seconds);
    while (sent < total) {
        // Paced in 1 ms steps: as many as the rate allows by now.
        const double elapsed = duration<double>(steady_clock::now() - start).count();
        const uint64_t due = std::min(total, uint64_t(elapsed * rate));
        for (; sent < due; ++sent) {
            const std::string &s = subjects[sent % kSubjects];
            publisher->publish(s, payload);
            ++published[s];
        }
        std::this_thread::sleep_for(1ms);
    }
    publisher->flush();
    const double publishSeconds = duration<double>(steady_clock::now() - start).count();
    std::this_thread::sleep_for(1500ms); // the last messages reach both subscribers
    const double cpuAfter = bench::processCpuSeconds(collect.processId());
    const double rss = bench::rssMiB(collect.processId());
    const double peak = bench::statusMiB(collect.processId(), "VmHWM:");
    ::kill(pid_t(collect.processId()), SIGTERM); // stores the partial window, then exits
    collect.waitForFinished(30000);

    std::map<std::string, uint64_t> rolled;
    size_t windows = 0;
    watch::HistoryStreams streams(nats::Connection::connect(o), watch::HistoryConfig{});
    streams.read("SWITCHBOARD_RATES", "switchboard.history.rates.>", 0, 0, [&](uint64_t, int64_t, std::string_view p) {
        if (const auto r = watch::history::decodeRollup(p)) {
            windows += r->part == 0 ? 1 : 0;
            for (const auto &[s, n] : r->subjects)
                if (s.rfind("bench.orders.", 0) == 0)
                    rolled[s] += n;
        }
    });
    size_t wrong = 0;
    for (const auto &[s, n] : published)
        wrong += rolled[s] == n ? 0 : 1;
    uint64_t rolledTotal = 0;
    for (const auto &[s, n] : rolled)
        rolledTotal += n;

    const double collectorCpu = (cpuAfter - cpuBefore) / publishSeconds;
    const double rawCpu = raw.cpuAtFirst >= 0 ? (raw.cpuAtLast - raw.cpuAtFirst) / publishSeconds : 0;
    bench::report("collector_rollups_exact", double(wrong), 0, "subjects wrong", 0, bench::Target::MaxAbsolute,
                  {{"published", total}, {"rolled_up", rolledTotal}, {"raw_counted", raw.messages.load()}, {"windows", windows},
                   {"subjects", kSubjects}, {"achieved_rate", double(total) / publishSeconds}});
    bench::report("collector_cpu_at_rate", collectorCpu * 100, rawCpu * 100, "% of a core", 4.0, bench::Target::MaxRatio,
                  {{"rate", rate}, {"rss_mib", rss}, {"peak_rss_mib", peak}, {"baseline_is", "raw cnats subscriber counting on >"}});
    natsSubscription_Destroy(rawSub);
    return 0;
}
