#include "LoadComparison.h"

namespace switchboard::load {

bool ComparedFigure::worse() const
{
    // Higher is better only for the rate; for latencies, errors and counts of errors it is worse.
    if (kind == Kind::Rate)
        return second < first;
    if (kind == Kind::Count)
        return false; // more requests is neither better nor worse
    return second > first;
}

namespace {

double ms(int64_t micros)
{
    return double(micros) / 1000.0;
}

void addLatencies(std::vector<ComparedFigure> &out, const std::string &prefix, const HistogramSnapshot &a,
                  const HistogramSnapshot &b)
{
    using Kind = ComparedFigure::Kind;
    for (const auto &[name, percent] : {std::pair<const char *, double>{"p50", 50}, {"p90", 90}, {"p99", 99}, {"p99.9", 99.9}})
        out.push_back({prefix + name, Kind::LatencyMs, ms(a.percentileMicros(percent)), ms(b.percentileMicros(percent))});
}

} // namespace

LoadComparison compare(const LoadSnapshot &first, const LoadSnapshot &second, int perDecade)
{
    using Kind = ComparedFigure::Kind;
    LoadComparison out;
    addLatencies(out.figures, "", first.latency, second.latency);
    out.figures.push_back({"max", Kind::LatencyMs, ms(first.latency.maxMicros()), ms(second.latency.maxMicros())});
    out.figures.push_back({"mean", Kind::LatencyMs, first.latency.meanMicros() / 1000.0, second.latency.meanMicros() / 1000.0});
    if (first.corrected.count() && second.corrected.count())
        addLatencies(out.figures, "corrected ", first.corrected, second.corrected);
    out.figures.push_back({"rate", Kind::Rate, first.achievedRate, second.achievedRate});
    out.figures.push_back({"errors", Kind::Percent, first.errorPercent(), second.errorPercent()});
    out.figures.push_back({"requests", Kind::Count, double(first.done), double(second.done)});

    // logBuckets' edges depend only on perDecade and stop past the largest value, so each run's
    // buckets are the first ones of the two runs' together: counts line up index by index.
    HistogramSnapshot both = first.latency;
    both.add(second.latency);
    const auto all = both.logBuckets(perDecade);
    const auto a = first.latency.logBuckets(perDecade);
    const auto b = second.latency.logBuckets(perDecade);
    for (size_t i = 0; i < all.size(); ++i)
        out.buckets.push_back({all[i].fromMicros, all[i].toMicros, i < a.size() ? a[i].count : 0, i < b.size() ? b[i].count : 0});
    return out;
}

} // namespace switchboard::load
