// The Topology's last hour (issue 22), one JSON line a row:
//  - topology_history_mib: what an hour of snapshots holds — 720 of them (one every 5 s) of a map
//    of 1 000 nodes and 3 000 calls with churn (two nodes replaced, one going stale, every rate
//    moving at each snapshot); ours: TopologyHistory::bytes() at the end, with the RSS the process
//    grew by beside it; baseline: 720 whole copies of one snapshot (what sharing saves).
//  - topology_history_record_ms: one record() of that map (median); baseline: copying the graph.
#include <QCoreApplication>
#include <QElapsedTimer>

#include <random>
#include <unistd.h>

#include "BenchReport.h"
#include "BigTopology.h"
#include "ProcessStats.h"
#include "TopologyHistory.h"

using namespace switchboard;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    gui::TopologyGraph graph = bench::bigGraph(1000, 3000);
    constexpr int kSnapshots = int(gui::TopologyHistory::kSpanMs / gui::TopologyHistory::kEveryMs);

    gui::TopologyHistory one;
    one.record(graph, 0);
    const double oneMiB = double(one.bytes()) / (1024.0 * 1024.0);

    const double rssBefore = bench::rssMiB(getpid());
    gui::TopologyHistory history;
    std::mt19937 random(22);
    std::uniform_real_distribution<double> jitter(0.8, 1.25);
    std::vector<double> recordMs, copyMs;
    int next = 1000;
    // A little more than the span: the oldest snapshots must be dropped, not kept.
    for (int i = 0; i < kSnapshots + 60; ++i) {
        for (int k = 0; k < 2; ++k) { // two nodes replaced
            gui::GraphNode &n = graph.nodes[size_t(random() % graph.nodes.size())];
            n.id = QStringLiteral("node-%1").arg(next++);
        }
        graph.nodes[size_t(random() % graph.nodes.size())].stale ^= true;
        for (auto &c : graph.calls)
            c.perSecond = std::clamp(c.perSecond * jitter(random), 0.1, 1000.0);
        QElapsedTimer t;
        t.start();
        history.record(graph, qint64(i) * gui::TopologyHistory::kEveryMs);
        recordMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const gui::TopologyGraph copy = graph;
        copyMs.push_back(double(t.nsecsElapsed()) / 1e6);
        Q_UNUSED(copy);
    }
    const double mib = double(history.bytes()) / (1024.0 * 1024.0);
    const double rssGrowth = bench::rssMiB(getpid()) - rssBefore;
    bench::report("topology_history_mib", mib, oneMiB * kSnapshots, "MiB", 100, bench::Target::MaxAbsolute,
                  {{"snapshots", history.snapshotCount()}, {"nodes", 1000}, {"calls", 3000}, {"rss_growth_mib", rssGrowth}});
    bench::report("topology_history_record_ms", bench::percentile(recordMs, 0.5), bench::percentile(copyMs, 0.5), "ms", 50,
                  bench::Target::MaxAbsolute, {{"p99", bench::percentile(recordMs, 0.99)}});
    return 0;
}
