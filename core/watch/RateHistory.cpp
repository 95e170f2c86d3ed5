#include "RateHistory.h"

#include <algorithm>

namespace switchboard::watch {

uint32_t RateHistory::idOf(const std::string &subject)
{
    const auto [it, added] = m_ids.try_emplace(subject, uint32_t(m_subjects.size()));
    if (added)
        m_subjects.push_back(subject);
    return it->second;
}

void RateHistory::add(const RateRollup &rollup)
{
    std::lock_guard lock(m_mutex);
    Window &w = m_windows[rollup.startMs];
    w.endMs = std::max(w.endMs, rollup.endMs);
    std::vector<std::pair<uint32_t, uint64_t>> added;
    added.reserve(rollup.subjects.size());
    for (const auto &[subject, count] : rollup.subjects)
        added.emplace_back(idOf(subject), count);
    std::sort(added.begin(), added.end());
    // Merge: another region's window with the same start, or another part of this one.
    std::vector<std::pair<uint32_t, uint64_t>> merged;
    merged.reserve(w.counts.size() + added.size());
    auto a = w.counts.begin(), b = added.begin();
    while (a != w.counts.end() || b != added.end()) {
        if (b == added.end() || (a != w.counts.end() && a->first < b->first))
            merged.push_back(*a++);
        else if (a == w.counts.end() || b->first < a->first)
            merged.push_back(*b++);
        else {
            merged.emplace_back(a->first, a->second + b->second);
            ++a;
            ++b;
        }
    }
    w.counts = std::move(merged);
    const int64_t oldest = m_windows.rbegin()->first - m_spanMs;
    m_windows.erase(m_windows.begin(), m_windows.lower_bound(oldest));
}

std::vector<RateHistory::Point> RateHistory::of(const std::string &subject, int64_t sinceMs) const
{
    std::lock_guard lock(m_mutex);
    std::vector<Point> points;
    const auto id = m_ids.find(subject);
    for (auto it = m_windows.lower_bound(sinceMs); it != m_windows.end(); ++it) {
        Point p{it->first, it->second.endMs, 0};
        if (id != m_ids.end()) {
            const auto &c = it->second.counts;
            const auto found = std::lower_bound(c.begin(), c.end(), std::make_pair(id->second, uint64_t(0)));
            if (found != c.end() && found->first == id->second)
                p.messages = found->second;
        }
        points.push_back(p);
    }
    return points;
}

std::vector<std::pair<std::string, uint64_t>> RateHistory::busiest(int64_t sinceMs, size_t count,
                                                                   const std::function<bool(const std::string &)> &accept) const
{
    std::lock_guard lock(m_mutex);
    std::unordered_map<uint32_t, uint64_t> totals;
    for (auto it = m_windows.lower_bound(sinceMs); it != m_windows.end(); ++it)
        for (const auto &[id, n] : it->second.counts)
            totals[id] += n;
    std::vector<std::pair<std::string, uint64_t>> out;
    out.reserve(totals.size());
    for (const auto &[id, n] : totals)
        if (!accept || accept(m_subjects[id]))
            out.emplace_back(m_subjects[id], n);
    const size_t kept = std::min(count, out.size());
    std::partial_sort(out.begin(), out.begin() + std::ptrdiff_t(kept), out.end(),
                      [](const auto &x, const auto &y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
    out.resize(kept);
    return out;
}

size_t RateHistory::windowCount() const
{
    std::lock_guard lock(m_mutex);
    return m_windows.size();
}

int64_t RateHistory::newestMs() const
{
    std::lock_guard lock(m_mutex);
    return m_windows.empty() ? 0 : m_windows.rbegin()->second.endMs;
}

} // namespace switchboard::watch
