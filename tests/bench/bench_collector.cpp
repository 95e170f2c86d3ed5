// The collector at 200 000 msgs/s on `>` (issue 23): `switchboard-cli collect` as its own
// process against its own `nats-server -js`, a publisher pacing 200 000 messages a second over
// 1 000 subjects, and, as the baseline, a raw cnats process subscribed to `>` counting the same
// messages (bench_raw_count). Rows: the rollups are exact (every subject's
// sum over the stored windows equals what was published), and the collector's CPU against the
// raw counter's, with its RSS.
//
// bench_collector [seconds=10] [rate=200000]
#include <QCoreApplication>
#include <QProcess>

#include <csignal>
#include <map>
#include <thread>

#include "BenchReport.h"
#include "NatsServer.h"
#include "ProcessStats.h"
#include "nats/Connection.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"

using namespace switchboard;
using namespace std::chrono;


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
    QProcess raw; // the baseline: a raw cnats process counting on the same subject
    raw.start(SWITCHBOARD_RAW_COUNT_PATH, {QString::fromStdString(server.url()), ">"});
    if (!raw.waitForStarted() || !raw.waitForReadyRead(15000)) {
        std::fprintf(stderr, "the baseline subscriber did not start\n");
        return 1;
    }
    raw.readLine();

    auto publisher = nats::Connection::connect(o);
    std::vector<std::string> subjects;
    for (int i = 0; i < kSubjects; ++i)
        subjects.push_back("bench.orders." + std::to_string(i));
    std::map<std::string, uint64_t> published;
    const std::string payload(64, 'x');
    const double cpuBefore = bench::processCpuSeconds(collect.processId());
    const double rawBefore = bench::processCpuSeconds(raw.processId());
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
    const double rawAfter = bench::processCpuSeconds(raw.processId());
    const double rawRss = bench::rssMiB(raw.processId());
    ::kill(pid_t(raw.processId()), SIGTERM);
    raw.waitForFinished(10000);
    const uint64_t rawCounted = std::strtoull(raw.readAllStandardOutput().trimmed().constData(), nullptr, 10);
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
    const double rawCpu = (rawAfter - rawBefore) / publishSeconds;
    bench::report("collector_rollups_exact", double(wrong), 0, "subjects wrong", 0, bench::Target::MaxAbsolute,
                  {{"published", total}, {"rolled_up", rolledTotal}, {"raw_counted", rawCounted}, {"windows", windows},
                   {"subjects", kSubjects}, {"achieved_rate", double(total) / publishSeconds}});
    bench::report("collector_cpu_at_rate", collectorCpu * 100, rawCpu * 100, "% of a core", 2.0, bench::Target::MaxRatio,
                  {{"rate", rate}, {"rss_mib", rss}, {"peak_rss_mib", peak}, {"baseline_rss_mib", rawRss},
                   {"baseline_is", "a raw cnats process counting on >"}});
    return 0;
}
