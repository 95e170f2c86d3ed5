// CoalescedNotifier: reports from worker threads become one queued call on the target's thread.
// Run under ThreadSanitizer too (label "concurrent"): the main thread is kept busy in
// processEvents, so Qt's event dispatcher skips its eventfd wake-up — the one hand-off TSan sees
// — and only the notifier's own synchronisation orders the worker's post before the delivery.

#include "live/CoalescedNotifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using switchboard::live::CoalescedNotifier;

class TestCoalescedNotifier : public QObject
{
    Q_OBJECT

private slots:
    void manyReportsFromThreadsBecomeFewDeliveries()
    {
        QObject target;
        int deliveries = 0;
        CoalescedNotifier notifier(&target, [&deliveries] { ++deliveries; });

        constexpr int kThreads = 4;
        constexpr int kReportsEach = 20000;
        std::atomic<int> running{kThreads};
        std::vector<std::thread> workers;
        for (int t = 0; t < kThreads; ++t) {
            workers.emplace_back([&] {
                for (int i = 0; i < kReportsEach; ++i)
                    notifier.notify();
                running.fetch_sub(1);
            });
        }
        QElapsedTimer clock;
        clock.start();
        while (running.load() > 0 && clock.elapsed() < 60000)
            QCoreApplication::processEvents();
        for (auto &w : workers)
            w.join();
        QCoreApplication::processEvents();

        QVERIFY(deliveries >= 1);
        QVERIFY2(deliveries < kThreads * kReportsEach,
                 qPrintable(QStringLiteral("%1 deliveries: reports were not coalesced").arg(deliveries)));
    }

    void aReportAfterADeliveryIsDeliveredAgain()
    {
        QObject target;
        int deliveries = 0;
        CoalescedNotifier notifier(&target, [&deliveries] { ++deliveries; });
        std::thread([&] { notifier.notify(); }).join();
        QTRY_COMPARE(deliveries, 1);
        std::thread([&] { notifier.notify(); notifier.notify(); }).join();
        QTRY_COMPARE(deliveries, 2);
        QTest::qWait(50);
        QCOMPARE(deliveries, 2);
    }

    void targetDestroyedWithACallPendingDeliversNothing()
    {
        int deliveries = 0;
        {
            QObject target;
            CoalescedNotifier notifier(&target, [&deliveries] { ++deliveries; });
            std::thread([&] { notifier.notify(); }).join();
        }
        QCoreApplication::processEvents();
        QCOMPARE(deliveries, 0);
    }
};

QTEST_GUILESS_MAIN(TestCoalescedNotifier)
#include "tst_coalesced_notifier.moc"
