// Subscription lifetime and drop accounting of the cnats wrappers, against a real nats-server:
// handlers that unsubscribe themselves, destruction while a handler runs, slow consumers.
#include <QtTest>

#include <atomic>
#include <thread>

#include "NatsServer.h"
#include "nats/Connection.h"
#include "nats/Library.h"

using namespace switchboard;
using namespace switchboard::testing;

// cnats' own setting (exported by libnats 3.4.1, not declared in its headers): read to check
// which spin count the library runs with.
extern "C" int64_t gLockSpinCount;

namespace {
/// A fresh server for one test, and a connection to it.
struct ServerAndConnection {
    NatsServer server;
    std::shared_ptr<nats::Connection> connection;
    ServerAndConnection()
    {
        server.start();
        nats::ConnectOptions o;
        o.servers = {server.url()};
        connection = nats::Connection::connect(o);
    }
};
} // namespace

class TestSubscription : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void unsubscribeFromInsideHandler();
    void destructionWaitsForRunningHandler();
    void slowConsumerDropsAreCounted();
    void cnatsRunsWithTheShortLockSpin();
};

void TestSubscription::unsubscribeFromInsideHandler()
{
    ServerAndConnection fixture;
    const auto &conn = fixture.connection;
    std::atomic<int> received{0};
    auto sub = std::make_shared<nats::Subscription>();
    *sub = conn->subscribe("once", [&received, sub](nats::Message &&) {
        ++received;
        sub->unsubscribe(); // must not wait for itself
    });
    conn->publish("once", "a");
    conn->publish("once", "b");
    conn->flush();
    QTRY_COMPARE(received.load(), 1);
    QTest::qWait(50);
    QCOMPARE(received.load(), 1);

    // While the handler unsubscribes, cnats' reader thread is still handing over the burst's
    // next messages: the subscription must outlive it (it crashed in cnats' mutex, 1 run in ~50).
    for (int round = 0; round < 300; ++round) {
        auto again = std::make_shared<nats::Subscription>();
        std::atomic<int> got{0};
        const std::string subject = "burst." + std::to_string(round);
        *again = conn->subscribe(subject, [&got, again](nats::Message &&) {
            if (++got == 1)
                again->unsubscribe();
        });
        for (int i = 0; i < 50; ++i)
            conn->publish(subject, "x");
        conn->flush();
        QTRY_VERIFY(got.load() >= 1);
    }
}

void TestSubscription::destructionWaitsForRunningHandler()
{
    ServerAndConnection fixture;
    const auto &conn = fixture.connection;
    std::atomic<bool> inHandler{false}, finished{false};
    {
        nats::Subscription sub = conn->subscribe("slow", [&](nats::Message &&) {
            inHandler = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            finished = true;
        });
        conn->publish("slow", "x");
        conn->flush();
        QTRY_VERIFY(inHandler.load());
    } // ~Subscription
    QVERIFY(finished.load()); // the handler was not cut off while it used our state
}

void TestSubscription::slowConsumerDropsAreCounted()
{
    ServerAndConnection fixture;
    const auto &conn = fixture.connection;
    std::atomic<int> received{0};
    nats::Subscription sub = conn->subscribe("hot", [&](nats::Message &&) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
        ++received;
    });
    sub.setPendingLimits(10, 1 << 20);
    const int published = 500;
    for (int i = 0; i < published; ++i)
        conn->publish("hot", "payload");
    conn->flush();
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<int64_t>(received.load()) + sub.dropped(), int64_t(published), 10000);
    QVERIFY(sub.dropped() > 0);
}

void TestSubscription::cnatsRunsWithTheShortLockSpin()
{
    // Earlier tests have made connections, options and inboxes: the first of those opened cnats.
    (void)nats::Connection::newInbox();
    QCOMPARE(gLockSpinCount, nats::kLockSpinCount);
}

QTEST_GUILESS_MAIN(TestSubscription)
#include "tst_subscription.moc"
