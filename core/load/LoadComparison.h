#pragma once
// Two load runs side by side (the Call page's comparison): the same figures of each with the
// change from the first to the second, and both latency histograms on one set of log buckets so
// they can be drawn over each other.

#include <cmath>
#include <string>
#include <vector>

#include "LoadSnapshot.h"

namespace switchboard::load {

struct ComparedFigure {
    enum class Kind { LatencyMs, Rate, Percent, Count };
    std::string name; ///< "p50", "p90", "p99", "p99.9", "max", "mean", "rate", "errors", "requests"
    Kind kind = Kind::LatencyMs;
    double first = 0, second = 0;
    /// (second − first) / first; 0 when the first is 0 or either is not finite (a stored run
    /// can say 1e400).
    [[nodiscard]] double change() const
    {
        return first != 0 && std::isfinite(first) && std::isfinite(second) ? (second - first) / first : 0;
    }
    /// Whether the second run did worse on this figure (slower, fewer per second, more errors).
    [[nodiscard]] bool worse() const;
};

struct ComparedBucket {
    int64_t fromMicros = 0, toMicros = 0; ///< [from, to)
    uint64_t first = 0, second = 0;
};

struct LoadComparison {
    std::vector<ComparedFigure> figures;
    std::vector<ComparedBucket> buckets;
};

/// Both runs' figures (corrected percentiles too when both are open-model runs) and their
/// histograms on the log buckets (`perDecade` a decade) of the two together.
[[nodiscard]] LoadComparison compare(const LoadSnapshot &first, const LoadSnapshot &second, int perDecade = 5);

} // namespace switchboard::load
