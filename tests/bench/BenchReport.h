#pragma once
// One JSON object per line: {"bench","ours","baseline","ratio","unit","target","pass", …extra}.

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace switchboard::bench {

/// Rounds of ours-then-baseline for the throughput and latency rows. Five rather than the
/// minimum of three: on a shared 2-core machine single rounds move by ±15 %, and the median of
/// five is steadier where a row sits near its target.
constexpr int kRounds = 5;

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

enum class Target {
    MinRatio,    ///< ours/baseline must be at least target (throughput)
    MaxRatio,    ///< ours/baseline must be at most target (latency, time)
    MaxAbsolute, ///< ours must be at most target, in unit
    MinAbsolute, ///< ours must be at least target, in unit (a rate the issue names)
};

inline void report(const std::string &bench, double ours, double baseline, const std::string &unit, double target,
                   Target kind, nlohmann::ordered_json extra = nlohmann::ordered_json::object())
{
    const double ratio = baseline > 0 ? ours / baseline : 0;
    const bool pass = kind == Target::MinRatio ? ratio >= target : kind == Target::MaxRatio ? ratio <= target
                                                                                  : kind == Target::MinAbsolute ? ours >= target : ours <= target;
    nlohmann::ordered_json line{{"bench", bench}, {"ours", ours}, {"baseline", baseline}, {"ratio", ratio}, {"unit", unit},
                                {"target", target}, {"pass", pass}};
    for (auto &[k, v] : extra.items())
        line[k] = v;
    std::puts(line.dump().c_str());
    std::fflush(stdout);
}

} // namespace switchboard::bench
