#include "LatencyHistogram.h"

#include <algorithm>
#include <cmath>

namespace switchboard::load {

namespace {
constexpr int64_t kSubBucketMask = 2 * LatencyHistogram::kSubBucketHalf - 1;

/// The power of two a counter's range spans: 0 for the first 2 048 values, then 1, 2, …
int rangeShift(int counter)
{
    return std::max(0, (counter >> LatencyHistogram::kSubBucketHalfMagnitude) - 1);
}
} // namespace

LatencyHistogram::LatencyHistogram()
{
    reset();
}

int LatencyHistogram::counterOf(int64_t micros)
{
    const auto v = static_cast<uint64_t>(std::clamp<int64_t>(micros, 0, kHighestMicros));
    const int pow2ceiling = 64 - __builtin_clzll(v | uint64_t(kSubBucketMask));
    const int bucket = pow2ceiling - (kSubBucketHalfMagnitude + 1);
    const auto sub = static_cast<int>(v >> bucket);
    return ((bucket + 1) << kSubBucketHalfMagnitude) + (sub - kSubBucketHalf);
}

int64_t LatencyHistogram::lowestOf(int counter)
{
    int bucket = (counter >> kSubBucketHalfMagnitude) - 1;
    int64_t sub = (counter & (kSubBucketHalf - 1)) + kSubBucketHalf;
    if (bucket < 0) {
        sub -= kSubBucketHalf;
        bucket = 0;
    }
    return sub << bucket;
}

int64_t LatencyHistogram::highestOf(int counter)
{
    return lowestOf(counter) + (int64_t(1) << rangeShift(counter)) - 1;
}

void LatencyHistogram::record(int64_t micros)
{
    if (micros > kHighestMicros)
        m_saturated.fetch_add(1, std::memory_order_relaxed);
    m_counts[size_t(counterOf(micros))].fetch_add(1, std::memory_order_relaxed);
    m_total.fetch_add(1, std::memory_order_relaxed);
    const int64_t kept = std::min(std::max<int64_t>(micros, 0), kHighestMicros);
    int64_t seen = m_max.load(std::memory_order_relaxed);
    while (kept > seen && !m_max.compare_exchange_weak(seen, kept, std::memory_order_relaxed)) {
    }
}

void LatencyHistogram::reset()
{
    for (auto &c : m_counts)
        c.store(0, std::memory_order_relaxed);
    m_total.store(0, std::memory_order_relaxed);
    m_saturated.store(0, std::memory_order_relaxed);
    m_max.store(0, std::memory_order_relaxed);
}

HistogramSnapshot LatencyHistogram::snapshot() const
{
    HistogramSnapshot s;
    s.m_counts.resize(kCounters);
    for (size_t i = 0; i < size_t(kCounters); ++i) {
        s.m_counts[i] = m_counts[i].load(std::memory_order_relaxed);
        s.m_total += s.m_counts[i]; // the counters' own sum: consistent with them while records go on
    }
    s.m_saturated = m_saturated.load(std::memory_order_relaxed);
    s.m_max = m_max.load(std::memory_order_relaxed);
    return s;
}

int64_t HistogramSnapshot::minMicros() const
{
    for (size_t i = 0; i < m_counts.size(); ++i)
        if (m_counts[i])
            return LatencyHistogram::lowestOf(int(i));
    return 0;
}

double HistogramSnapshot::meanMicros() const
{
    if (!m_total)
        return 0;
    double sum = 0;
    for (size_t i = 0; i < m_counts.size(); ++i)
        if (m_counts[i]) // the middle of the counter's range, as HdrHistogram does
            sum += double(m_counts[i]) * double(LatencyHistogram::lowestOf(int(i)) + LatencyHistogram::highestOf(int(i))) / 2.0;
    return sum / double(m_total);
}

int64_t HistogramSnapshot::percentileMicros(double percent) const
{
    if (!m_total)
        return 0;
    const double wanted = std::clamp(percent, 0.0, 100.0) / 100.0 * double(m_total);
    const auto target = std::max<uint64_t>(1, uint64_t(std::ceil(wanted - 1e-9)));
    uint64_t seen = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= target)
            return std::min(LatencyHistogram::highestOf(int(i)), m_max);
    }
    return m_max;
}

std::vector<HistogramSnapshot::Bucket> HistogramSnapshot::logBuckets(int perDecade) const
{
    std::vector<Bucket> out;
    if (!m_total || perDecade < 1)
        return out;
    std::vector<int64_t> edges{0};
    for (int k = 1;; ++k) {
        const auto edge = int64_t(std::llround(std::pow(10.0, double(k) / perDecade)));
        if (edge <= edges.back())
            continue;
        edges.push_back(edge);
        if (edge > m_max)
            break;
    }
    for (size_t b = 0; b + 1 < edges.size(); ++b)
        out.push_back({edges[b], edges[b + 1], 0});
    size_t b = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        if (!m_counts[i])
            continue;
        const int64_t value = std::min(LatencyHistogram::lowestOf(int(i)), m_max);
        while (b + 1 < out.size() && value >= out[b].toMicros)
            ++b;
        out[b].count += m_counts[i];
    }
    return out;
}

std::vector<std::pair<uint32_t, uint64_t>> HistogramSnapshot::nonZeroCounts() const
{
    std::vector<std::pair<uint32_t, uint64_t>> out;
    for (size_t i = 0; i < m_counts.size(); ++i)
        if (m_counts[i])
            out.emplace_back(uint32_t(i), m_counts[i]);
    return out;
}

HistogramSnapshot HistogramSnapshot::fromCounts(const std::vector<std::pair<uint32_t, uint64_t>> &counts, int64_t maxMicros,
                                                uint64_t saturated)
{
    HistogramSnapshot s;
    s.m_counts.assign(LatencyHistogram::kCounters, 0);
    for (const auto &[index, count] : counts) {
        if (index >= uint32_t(LatencyHistogram::kCounters))
            continue; // a stored run from a future layout: the rest still reads
        s.m_counts[index] += count;
        s.m_total += count;
    }
    s.m_saturated = std::min(saturated, s.m_total);
    s.m_max = std::clamp<int64_t>(maxMicros, 0, LatencyHistogram::kHighestMicros);
    return s;
}

void HistogramSnapshot::add(const HistogramSnapshot &other)
{
    if (m_counts.empty())
        m_counts.assign(LatencyHistogram::kCounters, 0);
    for (size_t i = 0; i < other.m_counts.size() && i < m_counts.size(); ++i)
        m_counts[i] += other.m_counts[i];
    m_total += other.m_total;
    m_saturated += other.m_saturated;
    m_max = std::max(m_max, other.m_max);
}

} // namespace switchboard::load
