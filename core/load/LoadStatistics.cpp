#include "LoadStatistics.h"

#include <algorithm>

namespace switchboard::load {

uint64_t LoadStatistics::record(int64_t latencyMicros, std::optional<int64_t> correctedMicros, const micro::CallResult &result)
{
    m_latency.record(latencyMicros);
    m_thisSecond.record(latencyMicros);
    if (correctedMicros)
        m_corrected.record(*correctedMicros);
    const bool ok = result.ok();
    {
        std::lock_guard lock(m_mutex);
        if (!result.nodeId.empty()) {
            auto it = m_nodes.find(result.nodeId);
            if (it == m_nodes.end() && m_nodes.size() < kMaxNodes)
                it = m_nodes.emplace(result.nodeId, std::make_unique<NodeStats>()).first;
            if (it != m_nodes.end()) {
                ++it->second->done;
                it->second->errors += !ok;
                it->second->latency.record(latencyMicros);
            }
        }
        if (!ok)
            groupError(result.error);
    }
    if (!ok)
        ++m_errors;
    return ++m_done;
}

void LoadStatistics::groupError(const micro::RpcError &error)
{
    // A service's own errors are told apart by their detail too (the same code, different
    // causes); for the others (timeouts, no responders) the first detail seen stands for all.
    const bool keepsDetail = error.kind == micro::RpcError::Kind::Remote;
    auto key = std::make_tuple(int(error.kind), error.code, keepsDetail ? error.detail.substr(0, 200) : std::string());
    auto it = m_errorGroups.find(key);
    if (it == m_errorGroups.end()) {
        ErrorGroup group{error.kind, error.code, error.detail, 0};
        if (m_errorGroups.size() >= kMaxErrorGroups) { // full: one more group per kind takes the rest
            group.code = 0;
            group.detail = "(other errors)";
            key = std::make_tuple(int(error.kind), 0, group.detail);
            it = m_errorGroups.find(key);
        }
        if (it == m_errorGroups.end())
            it = m_errorGroups.emplace(key, std::move(group)).first;
    }
    ++it->second.count;
}

void LoadStatistics::closeSecond(double atSeconds)
{
    // Records between the copy and the reset miss this second's percentiles (not the totals).
    const HistogramSnapshot second = m_thisSecond.snapshot();
    m_thisSecond.reset();
    const uint64_t done = m_done, errors = m_errors;
    std::lock_guard lock(m_mutex);
    SecondPoint p;
    p.atSeconds = atSeconds;
    p.done = done - m_secondDone;
    p.errors = errors - m_secondErrors;
    p.p50Micros = second.percentileMicros(50);
    p.p99Micros = second.percentileMicros(99);
    m_secondDone = done;
    m_secondErrors = errors;
    m_seconds.push_back(p);
}

void LoadStatistics::fill(LoadSnapshot &s, bool corrected) const
{
    s.done = m_done;
    s.errors = m_errors;
    s.warmupDone = m_warmupDone;
    s.latency = m_latency.snapshot();
    if (corrected)
        s.corrected = m_corrected.snapshot();
    std::lock_guard lock(m_mutex);
    for (const auto &[key, group] : m_errorGroups)
        s.errorGroups.push_back(group);
    std::stable_sort(s.errorGroups.begin(), s.errorGroups.end(), [](const ErrorGroup &a, const ErrorGroup &b) { return a.count > b.count; });
    for (const auto &[id, stats] : m_nodes) {
        const auto latency = stats->latency.snapshot();
        s.nodes.push_back({id, stats->done, stats->errors, latency.percentileMicros(50), latency.percentileMicros(99)});
    }
    s.seconds = m_seconds;
}

} // namespace switchboard::load
