#pragma once
// The collector's rate rollups as the app keeps them: per window (a minute, as collected), the
// messages of every subject, for the last `span` (24 hours). Windows of several collectors (one
// per region, sharing the streams) and the parts of a large window add up by window start.
// Subjects are interned — a day of 1 000 subjects is 1.4 M counts, 16 bytes each, not a string
// each. Thread-safe: the reader thread adds, the GUI thread asks.

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "HistoryCodec.h"

namespace switchboard::watch {

class RateHistory {
public:
    static constexpr int64_t kSpanMs = 24LL * 3600 * 1000;
    explicit RateHistory(int64_t spanMs = kSpanMs) : m_spanMs(spanMs) {}

    /// Adds a rollup (or a part of one); windows older than the span before the newest go.
    void add(const RateRollup &rollup);

    struct Point {
        int64_t startMs = 0, endMs = 0;
        uint64_t messages = 0;
        [[nodiscard]] double perSecond() const { return endMs > startMs ? double(messages) * 1000.0 / double(endMs - startMs) : 0; }
    };
    /// Every window since `sinceMs`, oldest first, with the subject's messages (0 where it had none).
    [[nodiscard]] std::vector<Point> of(const std::string &subject, int64_t sinceMs) const;
    /// The subjects with the most messages since `sinceMs`, most first; only those `accept`s (when given).
    [[nodiscard]] std::vector<std::pair<std::string, uint64_t>>
    busiest(int64_t sinceMs, size_t count, const std::function<bool(const std::string &)> &accept = {}) const;
    [[nodiscard]] size_t windowCount() const;
    /// The newest window's end, 0 when empty.
    [[nodiscard]] int64_t newestMs() const;

private:
    struct Window {
        int64_t endMs = 0;
        std::vector<std::pair<uint32_t, uint64_t>> counts; ///< subject id, messages; sorted by id
    };
    uint32_t idOf(const std::string &subject);

    const int64_t m_spanMs;
    mutable std::mutex m_mutex;
    std::unordered_map<std::string, uint32_t> m_ids;
    std::vector<std::string> m_subjects; ///< by id
    std::map<int64_t, Window> m_windows; ///< by start
};

} // namespace switchboard::watch
