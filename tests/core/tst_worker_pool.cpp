// The two thread helpers every live object stands on, hammered from many threads at once (run
// under ThreadSanitizer in ./test): WorkerPool runs every task exactly once and drains on
// destruction; PeriodicWorker runs at once, on trigger, and stops while being triggered.
#include <QtTest>

#include <atomic>
#include <thread>
#include <vector>

#include "util/PeriodicWorker.h"
#include "util/WorkerPool.h"

using namespace switchboard;
using namespace std::chrono_literals;

class TestWorkerPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTaskRunsOnceFromManyProducers()
    {
        std::atomic<long> sum{0};
        std::vector<int> seen(40'000, 0); // each slot written by exactly one task: a race shows up
        {
            util::WorkerPool pool(3);
            std::vector<std::thread> producers;
            for (int p = 0; p < 4; ++p)
                producers.emplace_back([&, p] {
                    for (int i = 0; i < 10'000; ++i) {
                        const int slot = p * 10'000 + i;
                        pool.post([&, slot] {
                            ++seen[size_t(slot)];
                            sum += slot;
                        });
                        if (i % 1000 == 0)
                            std::this_thread::sleep_for(100us); // let the workers go idle and spin
                    }
                });
            for (auto &t : producers)
                t.join();
        } // drains, then joins
        QCOMPARE(sum.load(), 40'000L * 39'999L / 2);
        QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
    }

    void aThrowingTaskDoesNotStopThePool()
    {
        std::atomic<int> ran{0};
        {
            util::WorkerPool pool(2);
            for (int i = 0; i < 100; ++i)
                pool.post([&, i] {
                    ++ran;
                    if (i % 3 == 0)
                        throw std::runtime_error("task failed");
                });
        }
        QCOMPARE(ran.load(), 100);
    }

    void periodicWorkerTriggersAndStopsUnderFire()
    {
        for (int round = 0; round < 20; ++round) {
            std::atomic<int> runs{0};
            util::PeriodicWorker worker;
            worker.start([&] { ++runs; }, 1h);
            std::atomic<bool> stop{false};
            std::vector<std::thread> triggers;
            for (int t = 0; t < 3; ++t)
                triggers.emplace_back([&] {
                    while (!stop)
                        worker.trigger();
                });
            QTRY_VERIFY_WITH_TIMEOUT(runs >= 3, 5000); // at once, then on triggers (the hour never passes)
            worker.stop();                             // while the triggers keep coming
            const int after = runs;
            std::this_thread::sleep_for(5ms);
            QCOMPARE(runs.load(), after); // nothing runs after stop()
            stop = true;
            for (auto &t : triggers)
                t.join();
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkerPool)
#include "tst_worker_pool.moc"
