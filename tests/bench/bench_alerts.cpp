// alert_rules_cpu: what evaluating the alert rules costs, as the app and `switchboard-cli watch`
// do it once a second: 1 000 rules (500 on exact subjects, 200 on wildcards, 200 on services'
// live nodes, 100 on zones and servers) over 10 000 subjects, 200 services and 3 zones. Each
// second a new subject appears, so the wildcard rules match again every time (the worst case).
// ours: CPU per second of evaluating (measurements gathered + rules evaluated), as % of one core;
// baseline: gathering the measurements alone (what any evaluation needs). Target: ≤ 5 %.
#include <chrono>
#include <ctime>
#include <string>

#include "BenchReport.h"
#include "live/CatalogTypes.h"
#include "live/ClusterTypes.h"
#include "live/TrafficMonitor.h"
#include "watch/AlertEngine.h"
#include "watch/MeasurementsFrom.h"

using namespace switchboard;

namespace {
double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

std::vector<watch::AlertRule> rules()
{
    std::vector<watch::AlertRule> out;
    auto add = [&](watch::RuleKind kind, std::string target, watch::Comparison c, double threshold) {
        watch::AlertRule r;
        r.id = QString::number(out.size());
        r.name = r.id;
        r.kind = kind;
        r.target = QString::fromStdString(target);
        r.comparison = c;
        r.threshold = threshold;
        r.forSeconds = 10;
        out.push_back(r);
    };
    for (int i = 0; i < 500; ++i)
        add(watch::RuleKind::SubjectRate, "svc" + std::to_string(i % 200) + ".event" + std::to_string(i), watch::Comparison::Stopped, 0);
    for (int i = 0; i < 200; ++i)
        add(watch::RuleKind::SubjectRate, "svc" + std::to_string(i) + ".*", watch::Comparison::Above, 1000);
    for (int i = 0; i < 200; ++i)
        add(watch::RuleKind::ServiceNodes, "service" + std::to_string(i), watch::Comparison::Below, 2);
    for (int i = 0; i < 100; ++i)
        add(i % 2 ? watch::RuleKind::ZoneHealth : watch::RuleKind::ServerDown, i % 3 ? "" : "az-a", watch::Comparison::Above, 0);
    return out;
}
} // namespace

int main()
{
    live::TrafficSnapshot traffic;
    for (int i = 0; i < 10'000; ++i)
        traffic.subjects.push_back({"svc" + std::to_string(i % 200) + ".event" + std::to_string(i), 100, 1000, double(i % 7), 0, {}, {}});
    traffic.subscriptions.push_back({">", "", 0, 0, 0, false, std::chrono::steady_clock::now() - std::chrono::minutes(1)});
    live::CatalogSnapshot catalog;
    catalog.sweeps = 1;
    for (int i = 0; i < 200; ++i) {
        live::CatalogService s;
        s.name = "service" + std::to_string(i);
        s.versions.push_back({});
        s.versions[0].nodes.resize(size_t(1 + i % 3));
        catalog.services.push_back(std::move(s));
    }
    live::ClusterSnapshot cluster;
    cluster.polls = 1;
    for (const char *zone : {"az-a", "az-b", "az-c"}) {
        live::ZoneInfo z;
        z.name = zone;
        cluster.zones.push_back(z);
        live::ServerInfo s;
        s.name = std::string("n-") + zone;
        s.zone = zone;
        s.reachable = true;
        cluster.servers.push_back(s);
    }

    constexpr int kSeconds = 60;
    auto run = [&](bool evaluate) {
        watch::AlertEngine engine;
        engine.setRules(rules());
        const double start = cpuSeconds();
        for (int second = 0; second < kSeconds; ++second) {
            traffic.subjects.push_back({"svc" + std::to_string(second) + ".new" + std::to_string(second), 1, 10, 1, 0, {}, {}});
            const watch::AlertMeasurements m = watch::measurementsFrom({QStringLiteral("eu"), &catalog, &cluster, &traffic, nullptr});
            if (evaluate)
                engine.evaluate(m, 1'800'000'000'000 + qint64(second) * 1000);
        }
        traffic.subjects.resize(10'000);
        return (cpuSeconds() - start) / kSeconds * 100.0; // % of one core at one look a second
    };
    std::vector<double> ours, baseline;
    for (int round = 0; round < bench::kRounds; ++round) {
        baseline.push_back(run(false));
        ours.push_back(run(true));
    }
    bench::report("alert_rules_cpu", bench::median(ours), bench::median(baseline), "% of one core", 5.0, bench::Target::MaxAbsolute,
                  {{"rules", 1000}, {"subjects", 10'000}, {"looks", kSeconds}});
    return 0;
}
