// The load runs' latency histogram: counters hold 3 significant digits from 1 µs to 60 s,
// percentiles match the exact ones from the sorted samples within that precision, recording from
// several threads loses nothing, and a stored run reads back the same.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

#include "load/LatencyHistogram.h"

using namespace switchboard::load;

class TestLatencyHistogram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void countersHoldThreeSignificantDigits();
    void percentilesMatchTheSortedSamples();
    void edgesAndSaturation();
    void manyThreadsLoseNothing();
    void logBucketsCountEverySample();
    void storedCountsReadBackTheSame();
};

void TestLatencyHistogram::countersHoldThreeSignificantDigits()
{
    int previous = -1;
    for (int64_t v = 0; v <= LatencyHistogram::kHighestMicros; v = v < 4096 ? v + 1 : v + v / 997) {
        const int c = LatencyHistogram::counterOf(v);
        QVERIFY2(c >= 0 && c < LatencyHistogram::kCounters, qPrintable(QString::number(v)));
        QVERIFY2(c >= previous, "counters grow with the value");
        previous = c;
        const int64_t low = LatencyHistogram::lowestOf(c), high = LatencyHistogram::highestOf(c);
        QVERIFY2(low <= v && v <= high, qPrintable(QStringLiteral("%1 in [%2, %3]").arg(v).arg(low).arg(high)));
        if (v < 2048)
            QCOMPARE(low, high); // exact below 2 048 µs
        else
            QVERIFY2(double(high - low + 1) / double(low) <= 1.0 / 1024, qPrintable(QString::number(v)));
    }
    QCOMPARE(LatencyHistogram::counterOf(LatencyHistogram::kHighestMicros * 10),
             LatencyHistogram::counterOf(LatencyHistogram::kHighestMicros));
}

void TestLatencyHistogram::percentilesMatchTheSortedSamples()
{
    std::mt19937_64 random(7);
    std::lognormal_distribution<double> shape(std::log(5000.0), 1.2); // ~5 ms, a long tail
    std::vector<int64_t> samples;
    LatencyHistogram h;
    for (int i = 0; i < 200'000; ++i) {
        const auto v = std::clamp<int64_t>(int64_t(shape(random)), 1, LatencyHistogram::kHighestMicros);
        samples.push_back(v);
        h.record(v);
    }
    std::sort(samples.begin(), samples.end());
    const auto s = h.snapshot();
    QCOMPARE(s.count(), uint64_t(samples.size()));
    for (double p : {1.0, 50.0, 90.0, 99.0, 99.9, 99.99, 100.0}) {
        // The nearest-rank percentile; 99.9 / 100 * n is a hair above the whole rank in doubles.
        const auto exact = samples[size_t(std::ceil(p / 100 * double(samples.size()) - 1e-6)) - 1];
        const auto ours = s.percentileMicros(p);
        QVERIFY2(ours >= exact && double(ours - exact) <= double(exact) / 1000 + 1,
                 qPrintable(QStringLiteral("p%1: %2 vs exact %3").arg(p).arg(ours).arg(exact)));
    }
    QCOMPARE(s.maxMicros(), samples.back());
    QCOMPARE(s.minMicros(), samples.front() < 2048 ? samples.front() : s.minMicros());
    double sum = 0;
    for (auto v : samples)
        sum += double(v);
    QVERIFY(std::abs(s.meanMicros() - sum / double(samples.size())) <= sum / double(samples.size()) / 1000);
}

void TestLatencyHistogram::edgesAndSaturation()
{
    LatencyHistogram h;
    QCOMPARE(h.snapshot().percentileMicros(99), int64_t(0)); // nothing recorded: 0, not garbage
    h.record(-5);                                    // a clock step back counts as 0
    h.record(LatencyHistogram::kHighestMicros + 1); // a 61 s reply counts as 60 s, and is said to
    const auto s = h.snapshot();
    QCOMPARE(s.count(), uint64_t(2));
    QCOMPARE(s.saturated(), uint64_t(1));
    QCOMPARE(s.minMicros(), int64_t(0));
    QCOMPARE(s.maxMicros(), LatencyHistogram::kHighestMicros);
    QCOMPARE(s.percentileMicros(100), LatencyHistogram::kHighestMicros);
    h.reset();
    QCOMPARE(h.snapshot().count(), uint64_t(0));
}

void TestLatencyHistogram::manyThreadsLoseNothing()
{
    LatencyHistogram h;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&h, t] {
            for (int i = 0; i < 250'000; ++i)
                h.record(int64_t(t * 1000 + i % 5000));
        });
    for (auto &t : threads)
        t.join();
    QCOMPARE(h.count(), uint64_t(1'000'000));
    QCOMPARE(h.snapshot().count(), uint64_t(1'000'000));
    QCOMPARE(h.snapshot().maxMicros(), int64_t(3000 + 4999));
}

void TestLatencyHistogram::logBucketsCountEverySample()
{
    LatencyHistogram h;
    for (int64_t v : {1, 9, 10, 99, 100, 1000, 5000, 5000, 250000, 3000000})
        h.record(v);
    const auto buckets = h.snapshot().logBuckets(5);
    uint64_t total = 0;
    for (size_t i = 0; i < buckets.size(); ++i) {
        total += buckets[i].count;
        QVERIFY(buckets[i].fromMicros < buckets[i].toMicros);
        if (i)
            QCOMPARE(buckets[i].fromMicros, buckets[i - 1].toMicros);
    }
    QCOMPARE(total, uint64_t(10));
    QVERIFY(buckets.back().toMicros > 3000000);
    const auto five = std::find_if(buckets.begin(), buckets.end(), [](const auto &b) { return b.fromMicros <= 5000 && 5000 < b.toMicros; });
    QCOMPARE(five->count, uint64_t(2));
}

void TestLatencyHistogram::storedCountsReadBackTheSame()
{
    LatencyHistogram h;
    std::mt19937_64 random(3);
    for (int i = 0; i < 10'000; ++i)
        h.record(int64_t(random() % 2'000'000));
    h.record(LatencyHistogram::kHighestMicros + 5);
    const auto s = h.snapshot();
    const auto back = HistogramSnapshot::fromCounts(s.nonZeroCounts(), s.maxMicros(), s.saturated());
    QCOMPARE(back.count(), s.count());
    QCOMPARE(back.saturated(), uint64_t(1));
    for (double p : {50.0, 99.0, 99.9, 100.0})
        QCOMPARE(back.percentileMicros(p), s.percentileMicros(p));
    // A counter index from a layout this build does not know is skipped, the rest kept.
    auto counts = s.nonZeroCounts();
    counts.emplace_back(uint32_t(LatencyHistogram::kCounters + 7), 3);
    QCOMPARE(HistogramSnapshot::fromCounts(counts, s.maxMicros()).count(), s.count());
    HistogramSnapshot sum = back;
    sum.add(s);
    QCOMPARE(sum.count(), 2 * s.count());
    QCOMPARE(sum.percentileMicros(50), s.percentileMicros(50));
}

QTEST_GUILESS_MAIN(TestLatencyHistogram)
#include "tst_latency_histogram.moc"
