#pragma once
// Latencies of a load run, recorded as HdrHistogram does: 1 µs … 60 s with 3 significant digits
// in 17 408 counters (136 KiB), whatever the number of samples. A value's counter is found with
// a few bit operations, so recording costs a relaxed atomic increment (tests/bench: ≤ 50 ns),
// from any thread, without a lock. Percentiles are the highest value of their counter's range,
// so they are never below the true value and at most 0.1 % above it.
//
// Coordinated omission (wrk2): in an open-model run the load runner records a request's latency
// from the moment it was due, not from when it was sent; this class only stores what it is given.

#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace switchboard::load {

/// A copy of a histogram's counters at one moment: what views, reports and comparisons read.
class HistogramSnapshot {
public:
    [[nodiscard]] uint64_t count() const { return m_total; }
    [[nodiscard]] uint64_t saturated() const { return m_saturated; }
    [[nodiscard]] int64_t minMicros() const;
    [[nodiscard]] int64_t maxMicros() const { return m_max; }
    [[nodiscard]] double meanMicros() const;
    /// The value at or below which `percent` % of the samples are (0 < percent ≤ 100).
    [[nodiscard]] int64_t percentileMicros(double percent) const;

    struct Bucket {
        int64_t fromMicros, toMicros; ///< [from, to)
        uint64_t count;
    };
    /// Counts on `perDecade` logarithmic buckets a decade from 1 µs up to the largest sample:
    /// what a latency chart draws (the counters themselves are far too fine for it).
    [[nodiscard]] std::vector<Bucket> logBuckets(int perDecade = 5) const;

    /// The counters as (counter index, count) pairs, for storing a run; fromCounts reverses it.
    [[nodiscard]] std::vector<std::pair<uint32_t, uint64_t>> nonZeroCounts() const;
    static HistogramSnapshot fromCounts(const std::vector<std::pair<uint32_t, uint64_t>> &counts, int64_t maxMicros,
                                        uint64_t saturated = 0);

    void add(const HistogramSnapshot &other);

private:
    friend class LatencyHistogram;
    std::vector<uint64_t> m_counts;
    uint64_t m_total = 0, m_saturated = 0;
    int64_t m_max = 0;
};

class LatencyHistogram {
public:
    static constexpr int64_t kLowestMicros = 1;
    static constexpr int64_t kHighestMicros = 60'000'000; ///< 60 s; longer samples count as 60 s
    static constexpr int kSubBucketHalfMagnitude = 10;    ///< 2 048 sub-buckets: 3 significant digits
    static constexpr int kSubBucketHalf = 1 << kSubBucketHalfMagnitude;
    static constexpr int kBucketCount = 16;               ///< 2 048 · 2^15 > 60 s in µs
    static constexpr int kCounters = (kBucketCount + 1) * kSubBucketHalf;

    LatencyHistogram();
    LatencyHistogram(const LatencyHistogram &) = delete;
    LatencyHistogram &operator=(const LatencyHistogram &) = delete;

    /// Thread-safe; never blocks. Negative values count as 0.
    void record(int64_t micros);
    void reset();
    [[nodiscard]] HistogramSnapshot snapshot() const;
    [[nodiscard]] uint64_t count() const { return m_total.load(std::memory_order_relaxed); }

    /// The counter a value falls in, and the range of values that counter holds.
    [[nodiscard]] static int counterOf(int64_t micros);
    [[nodiscard]] static int64_t lowestOf(int counter);
    [[nodiscard]] static int64_t highestOf(int counter);

private:
    std::array<std::atomic<uint64_t>, kCounters> m_counts;
    std::atomic<uint64_t> m_total{0}, m_saturated{0};
    std::atomic<int64_t> m_max{0};
};

} // namespace switchboard::load
