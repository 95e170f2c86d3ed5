#include "BenchSummary.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "Printing.h"
#include "Translate.h"
#include "load/LoadReport.h"

namespace switchboard::cli {
namespace {

using State = load::LoadSnapshot::State;

std::string fixed(double v, int digits)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

std::string stateWords(const load::LoadSnapshot &run)
{
    switch (run.state) {
    case State::NotStarted: return tr("not started");
    case State::WarmingUp: return tr("warming up");
    case State::Running: return tr("running");
    case State::Draining: return tr("waiting for the last replies");
    case State::Finished: return tr("finished");
    case State::StoppedOnErrors: return tr("stopped: %1", run.failure);
    case State::Cancelled: return tr("cancelled");
    case State::Failed: return tr("failed: %1", run.failure);
    }
    return {};
}

void printLatencyLine(const char *title, const load::HistogramSnapshot &h)
{
    std::cout << title << '\n'
              << "  " << tr("min %1  mean %2  p50 %3", formatMicros(double(h.minMicros())), formatMicros(h.meanMicros()),
                            formatMicros(double(h.percentileMicros(50))))
              << "  " << tr("p90 %1", formatMicros(double(h.percentileMicros(90))))
              << "  " << tr("p99 %1  p99.9 %2  max %3", formatMicros(double(h.percentileMicros(99))),
                            formatMicros(double(h.percentileMicros(99.9))), formatMicros(double(h.maxMicros())))
              << '\n';
}

} // namespace

std::string progressLine(const load::LoadSnapshot &run)
{
    return tr("%1 done, %2 errors, %3 in flight", std::to_string(run.done), std::to_string(run.errors), std::to_string(run.inFlight))
         + "  " + tr("%1 requests/s  p99 %2", fixed(run.achievedRate, 0), formatMicros(double(run.latency.percentileMicros(99))));
}

void printSummary(const load::LoadPlan &plan, const load::LoadSnapshot &run, const std::vector<std::string> &missed)
{
    std::cout << tr("Summary:") << '\n';
    std::cout << "  " << tr("Run:        %1", stateWords(run)) << '\n';
    std::cout << "  " << tr("Requests:   %1 answered or failed (%2 in the warm-up, not counted)", std::to_string(run.done),
                            std::to_string(run.warmupDone))
              << '\n';
    std::cout << "  " << tr("Errors:     %1 (%2 %)", std::to_string(run.errors), fixed(run.errorPercent(), 2)) << '\n';
    std::cout << "  " << tr("Duration:   %1 s", fixed(run.elapsedSeconds, 2)) << '\n';
    if (plan.model == load::LoadPlan::Model::Open)
        std::cout << "  " << tr("Rate:       %1 requests/s (asked for %2)", fixed(run.achievedRate, 1), fixed(plan.rate, 0)) << '\n';
    else
        std::cout << "  " << tr("Rate:       %1 requests/s with %2 in flight", fixed(run.achievedRate, 1), std::to_string(plan.concurrency))
                  << '\n';
    std::cout << '\n';
    printLatencyLine(tr("Latency (from sending):").c_str(), run.latency);
    if (plan.model == load::LoadPlan::Model::Open)
        printLatencyLine(tr("Latency (from when each request was due, corrected for coordinated omission):").c_str(), run.corrected);
    const auto buckets = run.latency.logBuckets(5);
    uint64_t most = 1;
    for (const auto &b : buckets)
        most = std::max(most, b.count);
    if (!buckets.empty()) {
        std::cout << '\n' << tr("Histogram:") << '\n';
        std::vector<std::vector<std::string>> rows;
        for (const auto &b : buckets) {
            if (b.count == 0 && (&b == &buckets.front() || (&b)[-1].count == 0))
                continue; // leading empty buckets say nothing
            rows.push_back({"  " + formatMicros(double(b.fromMicros)), "[" + std::to_string(b.count) + "]",
                            "|" + std::string(size_t(40 * b.count / most), '#')});
        }
        printTable(rows);
    }
    if (!run.errorGroups.empty()) {
        std::cout << '\n' << tr("Errors:") << '\n';
        for (const auto &g : run.errorGroups)
            std::cout << "  " << g.count << " × " << micro::kindName(g.kind) << (g.code ? " " + std::to_string(g.code) : "")
                      << (g.detail.empty() ? "" : ": " + g.detail) << '\n';
    }
    if (!run.nodes.empty()) {
        std::cout << '\n' << tr("Nodes:") << '\n';
        std::vector<std::vector<std::string>> rows;
        for (const auto &n : run.nodes)
            rows.push_back({"  " + n.nodeId, tr("%1 done", std::to_string(n.done)), tr("%1 errors", std::to_string(n.errors)),
                            tr("p50 %1", formatMicros(double(n.p50Micros))), tr("p99 %1", formatMicros(double(n.p99Micros)))});
        printTable(rows);
    }
    if (plan.thresholds.any()) {
        std::cout << '\n' << tr("Thresholds:") << ' ' << (missed.empty() ? tr("passed") : tr("not met")) << '\n';
        for (const auto &why : missed)
            std::cout << "  " << why << '\n';
    }
}

std::string summaryJson(const load::LoadPlan &plan, const load::LoadSnapshot &run, bool passed, const std::vector<std::string> &missed)
{
    nlohmann::ordered_json out = load::runJson(plan, run);
    out["thresholds_passed"] = passed;
    out["thresholds_missed"] = missed;
    return jsonText(out, 2);
}

} // namespace switchboard::cli
