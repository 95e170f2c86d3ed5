// Two runs compared: figures with their change and which way is worse, and both histograms on
// one set of log buckets whose counts add up to each run's.
#include <QtTest>

#include "load/LoadComparison.h"

using namespace switchboard::load;

class TestLoadComparison : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void figuresAndChange();
    void histogramsShareBuckets();
    void correctedOnlyWhenBothAreOpen();
    void emptyRuns();
};

namespace {

LoadSnapshot runOf(int64_t fromMicros, int64_t stepMicros, int samples, uint64_t errors, double rate)
{
    LatencyHistogram h;
    for (int i = 0; i < samples; ++i)
        h.record(fromMicros + i * stepMicros);
    LoadSnapshot run;
    run.state = LoadSnapshot::State::Finished;
    run.done = uint64_t(samples);
    run.errors = errors;
    run.achievedRate = rate;
    run.latency = h.snapshot();
    return run;
}

const ComparedFigure &figure(const LoadComparison &c, const std::string &name)
{
    for (const auto &f : c.figures)
        if (f.name == name)
            return f;
    static ComparedFigure none;
    return none;
}

uint64_t sum(const std::vector<ComparedBucket> &buckets, bool second)
{
    uint64_t n = 0;
    for (const auto &b : buckets)
        n += second ? b.second : b.first;
    return n;
}

} // namespace

void TestLoadComparison::figuresAndChange()
{
    // 1 000 samples 1…1 000 µs against twice as slow, half the rate, more errors.
    const auto c = compare(runOf(1, 1, 1000, 10, 2000), runOf(2, 2, 1000, 50, 1000));
    const auto &p50 = figure(c, "p50");
    QVERIFY(qAbs(p50.first - 0.5) < 0.01);
    QVERIFY(qAbs(p50.second - 1.0) < 0.01);
    QVERIFY(qAbs(p50.change() - 1.0) < 0.02);
    QVERIFY(p50.worse());
    const auto &rate = figure(c, "rate");
    QCOMPARE(rate.change(), -0.5);
    QVERIFY(rate.worse());
    const auto &errors = figure(c, "errors");
    QCOMPARE(errors.first, 1.0);
    QCOMPARE(errors.second, 5.0);
    QVERIFY(errors.worse());
    QVERIFY(!figure(c, "requests").worse());
    // The second run faster: not worse.
    const auto back = compare(runOf(2, 2, 1000, 0, 1000), runOf(1, 1, 1000, 0, 2000));
    QVERIFY(!figure(back, "p99").worse());
    QVERIFY(!figure(back, "rate").worse());
}

void TestLoadComparison::histogramsShareBuckets()
{
    // One run up to 1 ms, the other up to 100 ms: the buckets cover both, each run's counts all land.
    const auto fast = runOf(10, 1, 1000, 0, 1);
    const auto slow = runOf(1000, 99, 1000, 0, 1);
    const auto c = compare(fast, slow);
    QVERIFY(c.buckets.size() >= 10);
    QCOMPARE(sum(c.buckets, false), uint64_t(1000));
    QCOMPARE(sum(c.buckets, true), uint64_t(1000));
    QVERIFY(c.buckets.back().toMicros > slow.latency.maxMicros());
    for (size_t i = 1; i < c.buckets.size(); ++i)
        QCOMPARE(c.buckets[i].fromMicros, c.buckets[i - 1].toMicros);
    // The fast run has nothing above 1.1 ms, the slow one nothing below 1 ms.
    for (const auto &b : c.buckets) {
        if (b.fromMicros > 1100)
            QCOMPARE(b.first, uint64_t(0));
        if (b.toMicros <= 1000)
            QCOMPARE(b.second, uint64_t(0));
    }
}

void TestLoadComparison::correctedOnlyWhenBothAreOpen()
{
    auto open = runOf(1, 1, 100, 0, 1);
    open.corrected = open.latency;
    const auto closed = runOf(1, 1, 100, 0, 1);
    QVERIFY(figure(compare(open, closed), "corrected p99").name.empty());
    QCOMPARE(figure(compare(open, open), "corrected p99").name, std::string("corrected p99"));
}

void TestLoadComparison::emptyRuns()
{
    const auto c = compare(LoadSnapshot{}, LoadSnapshot{});
    QVERIFY(c.buckets.empty());
    QCOMPARE(figure(c, "p99").change(), 0.0);
}

QTEST_APPLESS_MAIN(TestLoadComparison)
#include "tst_load_comparison.moc"
