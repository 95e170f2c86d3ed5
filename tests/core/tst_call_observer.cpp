// CallObserver on a real nats-server: requests to a watched node address are counted per
// (Micro-From-Service → service.endpoint), calls without the header count as unknown callers,
// non-envelopes as undecodable, rates follow, and an address no longer listed is let go.
#include <QtTest>

#include <set>

#include <atomic>
#include <thread>

#include "Connect.h"
#include "NatsServer.h"
#include "live/CallObserver.h"
#include "micro/Envelope.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

namespace {

std::string request(const std::string &from, const std::string &service, const std::string &endpoint)
{
    micro::Envelope e;
    if (!from.empty())
        e.header["Micro-From-Service"] = from;
    e.header["Micro-Service"] = service;
    e.header["Micro-Endpoint"] = endpoint;
    e.header["Micro-Id"] = "1";
    e.body = "{}";
    return micro::encodeEnvelope(e);
}

const live::ObservedCall *edge(const live::ObservedCalls &c, const std::string &caller, const std::string &endpoint)
{
    for (const auto &e : c.edges)
        if (e.caller == caller && e.endpoint == endpoint)
            return &e;
    return nullptr;
}

} // namespace

class TestCallObserver : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rewatchingWhileRequestsFlow()
    {
        // Letting an address go while a request to it is being decoded on cnats' delivery thread
        // must wait for that callback: its reused envelope view was freed under it (ASan).
        NatsServer server;
        server.start();
        auto observerConnection = connectTo(server);
        auto client = connectTo(server);
        live::CallObserver observer(observerConnection, 2s, false);
        micro::Envelope big;
        big.header["Micro-Service"] = "inventory";
        big.header["Micro-Endpoint"] = "Inventory.Reserve";
        big.body = std::string(256 * 1024, 'x'); // a long decode: a wide window for the race
        const std::string payload = micro::encodeEnvelope(big);
        std::atomic<bool> stop{false};
        std::thread flood([&] {
            while (!stop) {
                for (int i = 0; i < 20; ++i)
                    client->publishRequest("_INBOX.busy", "_INBOX.reply", payload);
                client->flush();
            }
        });
        for (int i = 0; i < 200; ++i) {
            observer.watch({"_INBOX.busy"});
            std::this_thread::sleep_for(std::chrono::milliseconds(i % 5));
            observer.watch({});
        }
        stop = true;
        flood.join();
        QVERIFY(observer.snapshot().requests > 0);
    }

    void countsCallsPerCallerAndEndpoint()
    {
        NatsServer server;
        server.start();
        auto observerConnection = connectTo(server);
        auto client = connectTo(server);
        live::CallObserver observer(observerConnection, 2s);
        observer.watch({"_INBOX.node1", "_INBOX.node2"});
        observerConnection->flush();

        for (int i = 0; i < 30; ++i)
            client->publishRequest("_INBOX.node1", "_INBOX.reply", request("orders", "inventory", "Inventory.Reserve"));
        for (int i = 0; i < 5; ++i)
            client->publishRequest("_INBOX.node2", "_INBOX.reply", request("", "inventory", "Inventory.Stock"));
        client->publish("_INBOX.node2", "not an envelope");
        client->publish("_INBOX.elsewhere", request("x", "y", "Y.Z")); // not watched
        client->flush();

        QTRY_COMPARE_WITH_TIMEOUT(observer.snapshot().requests, uint64_t(35), 5000);
        std::this_thread::sleep_for(300ms);
        observer.sample();
        const live::ObservedCalls c = observer.snapshot();
        QCOMPARE(c.undecodable, uint64_t(1));
        QCOMPARE(c.watchedAddresses, size_t(2));
        QCOMPARE(c.dropped, int64_t(0));
        QCOMPARE(c.edges.size(), size_t(2));
        const auto *reserve = edge(c, "orders", "Inventory.Reserve");
        QVERIFY(reserve);
        QCOMPARE(reserve->service, std::string("inventory"));
        QCOMPARE(reserve->calls, uint64_t(30));
        QVERIFY2(reserve->perSecond > 1, "a rate from the first sample");
        // The sampler thread may take its sample after all the calls, then ours right after: the
        // edge is younger than the window, so its rate still counts from its first request.
        observer.sample();
        QVERIFY2(edge(observer.snapshot(), "orders", "Inventory.Reserve")->perSecond > 1, "a rate from a young edge's start");
        const auto *unknown = edge(c, "", "Inventory.Stock");
        QVERIFY(unknown);
        QCOMPARE(unknown->calls, uint64_t(5));

        // Unwatched addresses are let go: later requests there are not counted.
        observer.watch({"_INBOX.node1"});
        client->publishRequest("_INBOX.node2", "_INBOX.reply", request("", "inventory", "Inventory.Stock"));
        client->publishRequest("_INBOX.node1", "_INBOX.reply", request("orders", "inventory", "Inventory.Reserve"));
        client->flush();
        QTRY_COMPARE_WITH_TIMEOUT(observer.snapshot().requests, uint64_t(36), 5000);
        std::this_thread::sleep_for(100ms);
        QCOMPARE(observer.snapshot().requests, uint64_t(36));
        QCOMPARE(observer.snapshot().watchedAddresses, size_t(1));

        // Past kMaxWatched the rest are counted, not subscribed (a thread each in cnats); those
        // already watched keep their place.
        std::set<std::string> many{"_INBOX.node1"};
        for (size_t i = 0; i < 10'000; ++i)
            many.insert("_INBOX.many." + std::to_string(i));
        observer.watch(many);
        auto s = observer.snapshot();
        QCOMPARE(s.watchedAddresses, live::CallObserver::kMaxWatched);
        QCOMPARE(s.unwatchedAddresses, many.size() - live::CallObserver::kMaxWatched);
        client->publishRequest("_INBOX.node1", "_INBOX.reply", request("orders", "inventory", "Inventory.Reserve"));
        client->flush();
        QTRY_COMPARE_WITH_TIMEOUT(observer.snapshot().requests, uint64_t(37), 5000);
        observer.watch({"_INBOX.node1"});
        s = observer.snapshot();
        QCOMPARE(s.watchedAddresses, size_t(1));
        QCOMPARE(s.unwatchedAddresses, size_t(0));
    }

    void repliesWithMicroErrorCountAsErrors()
    {
        NatsServer server;
        server.start();
        auto observerConnection = connectTo(server);
        auto client = connectTo(server);
        // Samples only when the test says: a sample by the sampler thread in the middle of the ten
        // calls (a slow run under ASan) would move the error window's start (3 of 9, not 10).
        live::CallObserver observer(observerConnection, 2s, true, std::chrono::hours(1));
        // The sampler thread also takes one sample as it starts; on a loaded machine that came
        // after the first call (1 call, 0 errors at the window's start: 3 of 9). Let it pass first.
        std::this_thread::sleep_for(300ms);
        observer.watch({"_INBOX.node"});
        observerConnection->flush();
        QVERIFY(observer.snapshot().repliesObserved);

        micro::Envelope ok;
        ok.header["Micro-Id"] = "1";
        ok.body = "{}";
        micro::Envelope failed = ok;
        failed.header["Micro-Error"] = R"({"id":"inventory","code":409,"detail":"out of stock","status":"Conflict"})";
        for (int i = 0; i < 10; ++i) {
            const std::string reply = "_INBOX.caller." + std::to_string(i);
            client->publishRequest("_INBOX.node", reply, request("orders", "inventory", "Inventory.Reserve"));
            client->flush();
            QTRY_COMPARE_WITH_TIMEOUT(observer.snapshot().requests, uint64_t(i + 1), 5000);
            client->publish(reply, micro::encodeEnvelope(i < 3 ? failed : ok));
        }
        client->publish("_INBOX.caller.unmatched", micro::encodeEnvelope(failed)); // not a watched call's reply
        client->flush();
        QTRY_VERIFY_WITH_TIMEOUT(edge(observer.snapshot(), "orders", "Inventory.Reserve")->errors == 3, 5000);
        std::this_thread::sleep_for(300ms);
        observer.sample();
        const live::ObservedCalls snapshot = observer.snapshot(); // edge() points into it
        const auto *e = edge(snapshot, "orders", "Inventory.Reserve");
        QCOMPARE(e->errors, uint64_t(3));
        QCOMPARE(e->errorRatio, 0.3);
    }

    void theP99OfObservedCallsIsTheirRequestToReplyTime()
    {
        NatsServer server;
        server.start();
        auto observerConnection = connectTo(server);
        auto client = connectTo(server);
        live::CallObserver observer(observerConnection, 2s, true, std::chrono::hours(1));
        observer.watch({"_INBOX.node"});
        observerConnection->flush();
        observer.sample();
        QCOMPARE(edge(observer.snapshot(), "orders", "Inventory.Reserve"), nullptr);
        micro::Envelope ok;
        ok.header["Micro-Id"] = "1";
        ok.body = "{}";
        // 100 calls: 98 answered at once, 2 after 80 ms. The p99 of 100 is the 99th: a slow one.
        for (int i = 0; i < 100; ++i) {
            const std::string reply = "_INBOX.caller." + std::to_string(i);
            client->publishRequest("_INBOX.node", reply, request("orders", "inventory", "Inventory.Reserve"));
            client->flush();
            QTRY_COMPARE_WITH_TIMEOUT(observer.snapshot().requests, uint64_t(i + 1), 5000);
            if (i % 50 == 7)
                std::this_thread::sleep_for(80ms);
            client->publish(reply, micro::encodeEnvelope(ok));
            client->flush();
        }
        std::this_thread::sleep_for(200ms);
        observer.sample();
        live::ObservedCalls snapshot = observer.snapshot();
        const auto *e = edge(snapshot, "orders", "Inventory.Reserve");
        QVERIFY(e);
        QVERIFY2(e->p99Ms >= 80 && e->p99Ms < 1000, qPrintable(QString::number(e->p99Ms)));
    }
};

QTEST_GUILESS_MAIN(TestCallObserver)
#include "tst_call_observer.moc"
