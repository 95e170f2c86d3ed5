// TrafficMonitor on a real nats-server: exact counts on 100 subjects at a known rate, rates
// within 2 %, received + dropped = published under a slow consumer, a bounded ring, pause.
#include <QtTest>

#include <thread>

#include "NatsServer.h"
#include "live/TrafficMonitor.h"
#include "micro/Broker.h"
#include "nats/Connection.h"
#include "nats/Error.h"

using namespace switchboard;
using namespace switchboard::testing;
using namespace std::chrono_literals;

class TestTrafficMonitor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exactCountsAndRatesOnHundredSubjects();
    void slowConsumerDropsAreAccountedFor();
    void ringIsBoundedAndOrdered();
    void pauseKeepsCountingAndFreezesTheRing();
    void oneSubscriptionPaused();
    void ringKeepsBytesBoundedAndFindsBySequence();
    void envelopesAreDecodedOnDemand();
    void summariesPreviewAnEventsBodyNotItsEnvelope();
    void summariesKeepAProtobufBodyWhole();
    void invalidSubjectIsAnError();
    void listedMessagesOutliveTheRing();

private:
    std::shared_ptr<nats::Connection> connect()
    {
        nats::ConnectOptions o;
        o.servers = {m_nats->url()};
        return nats::Connection::connect(o);
    }
    std::unique_ptr<NatsServer> m_nats;
};

void TestTrafficMonitor::initTestCase()
{
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
}

void TestTrafficMonitor::cleanupTestCase()
{
    m_nats.reset();
}

void TestTrafficMonitor::exactCountsAndRatesOnHundredSubjects()
{
    live::TrafficOptions options;
    options.rateWindow = 2000ms;
    options.sampleInterval = 100ms;
    live::TrafficMonitor monitor(connect(), options);
    monitor.addSubject("load.>");
    auto publisher = connect();

    // 2000 msg/s for 3 s: 10 messages every 5 ms, round-robin over 100 subjects.
    constexpr int kSubjects = 100, kPerTick = 10, kTicks = 600;
    constexpr double kRate = kPerTick * 200.0;
    std::atomic<int> sent{0};
    double measuredRate = 0;
    std::thread pacer([&] {
        auto next = std::chrono::steady_clock::now();
        for (int tick = 0; tick < kTicks; ++tick) {
            for (int i = 0; i < kPerTick; ++i) {
                const int n = sent++;
                publisher->publish("load.s" + std::to_string(n % kSubjects), "0123456789");
            }
            next += 5ms;
            std::this_thread::sleep_until(next);
        }
        publisher->flush();
    });
    std::this_thread::sleep_for(2700ms); // the 2 s window lies wholly inside the steady state
    measuredRate = monitor.snapshot().messagesPerSecond;
    pacer.join();

    QTRY_COMPARE(monitor.snapshot().messages, uint64_t(kTicks * kPerTick));
    const live::TrafficSnapshot s = monitor.snapshot();
    QCOMPARE(s.subjects.size(), size_t(kSubjects));
    for (const auto &subject : s.subjects) {
        QCOMPARE(subject.messages, uint64_t(kTicks * kPerTick / kSubjects));
        QCOMPARE(subject.bytes, subject.messages * 10);
    }
    QCOMPARE(s.dropped, int64_t(0));
    qInfo("measured %.1f msg/s for a paced %.0f msg/s", measuredRate, kRate);
    QVERIFY2(std::abs(measuredRate - kRate) / kRate < 0.02, qPrintable(QString::number(measuredRate)));
}

void TestTrafficMonitor::slowConsumerDropsAreAccountedFor()
{
    live::TrafficOptions options;
    options.pendingMessages = 10; // a consumer that can hardly buffer anything
    live::TrafficMonitor monitor(connect(), options);
    monitor.addSubject("flood");
    auto publisher = connect();
    constexpr int kPublished = 200000;
    for (int i = 0; i < kPublished; ++i)
        publisher->publish("flood", "x");
    publisher->flush();
    QTRY_COMPARE_WITH_TIMEOUT(static_cast<int64_t>(monitor.snapshot().messages) + monitor.snapshot().dropped,
                              int64_t(kPublished), 20000);
    const auto s = monitor.snapshot();
    QCOMPARE(s.subscriptions.at(0).received, s.messages);
    QVERIFY(s.dropped > 0);
    qInfo("received %llu, dropped %lld", static_cast<unsigned long long>(s.messages), static_cast<long long>(s.dropped));
}

void TestTrafficMonitor::ringIsBoundedAndOrdered()
{
    live::TrafficOptions options;
    options.ringCapacity = 50;
    live::TrafficMonitor monitor(connect(), options);
    monitor.addSubject("ring.*");
    auto publisher = connect();
    for (int i = 1; i <= 120; ++i)
        publisher->publish(i % 2 ? "ring.odd" : "ring.even", std::to_string(i));
    publisher->flush();
    QTRY_COMPARE(monitor.snapshot().messages, uint64_t(120));
    const auto recent = monitor.recent();
    QCOMPARE(recent.size(), size_t(50));
    QCOMPARE(recent.front().sequence, uint64_t(71));
    QCOMPARE(recent.back().payload, std::string("120"));
    const auto odd = monitor.recent(5, "ring.odd");
    QCOMPARE(odd.size(), size_t(5));
    QCOMPARE(odd.back().payload, std::string("119"));
}

void TestTrafficMonitor::pauseKeepsCountingAndFreezesTheRing()
{
    live::TrafficMonitor monitor(connect());
    monitor.addSubject("p");
    auto publisher = connect();
    publisher->publish("p", "before");
    publisher->flush();
    QTRY_COMPARE(monitor.snapshot().messages, uint64_t(1));
    monitor.pause();
    for (int i = 0; i < 10; ++i)
        publisher->publish("p", "during");
    publisher->flush();
    QTRY_COMPARE(monitor.snapshot().messages, uint64_t(11));
    QVERIFY(monitor.snapshot().paused);
    QCOMPARE(monitor.recent().size(), size_t(1));
    monitor.resume();
    publisher->publish("p", "after");
    publisher->flush();
    QTRY_COMPARE(monitor.recent().size(), size_t(2));
    QCOMPARE(monitor.recent().back().payload, std::string("after"));
    QCOMPARE(monitor.recent().back().sequence, uint64_t(12));
}

void TestTrafficMonitor::oneSubscriptionPaused()
{
    live::TrafficMonitor monitor(connect());
    monitor.addSubject("a.>");
    monitor.addSubject("b.>");
    monitor.pause("a.>");
    auto publisher = connect();
    for (int i = 0; i < 5; ++i) {
        publisher->publish("a.x", "a");
        publisher->publish("b.x", "b");
    }
    publisher->flush();
    QTRY_COMPARE(monitor.snapshot().messages, uint64_t(10)); // both still counted
    const auto snapshot = monitor.snapshot();
    QVERIFY(snapshot.subscriptions[0].paused);
    QVERIFY(!snapshot.subscriptions[1].paused);
    QVERIFY(!snapshot.paused);
    const auto recent = monitor.recent();
    QCOMPARE(recent.size(), size_t(5));
    QVERIFY(std::all_of(recent.begin(), recent.end(), [](const auto &m) { return m.subject == "b.x"; }));
    monitor.resume("a.>");
    publisher->publish("a.x", "again");
    publisher->flush();
    QTRY_COMPARE(monitor.recent().back().payload, std::string("again"));
}

void TestTrafficMonitor::ringKeepsBytesBoundedAndFindsBySequence()
{
    live::TrafficOptions o;
    o.ringBytes = 10'000;
    o.maxStoredPayload = 4'000;
    live::TrafficMonitor monitor(connect(), o);
    monitor.addSubject("big");
    auto publisher = connect();
    for (int i = 0; i < 10; ++i)
        publisher->publish("big", std::string(3'000, char('a' + i)));
    publisher->publish("big", std::string(50'000, 'z')); // kept cut, counted whole
    publisher->flush();
    QTRY_COMPARE(monitor.snapshot().messages, uint64_t(11));
    QCOMPARE(monitor.snapshot().bytes, uint64_t(80'000));
    // 4 000 (the cut big one) + two of 3 000 fit in 10 000 bytes.
    QCOMPARE(monitor.kept(), size_t(3));
    const auto big = monitor.message(11);
    QVERIFY(big.has_value());
    QCOMPARE(big->size, size_t(50'000));
    QCOMPARE(big->payload.size(), size_t(4'000));
    QVERIFY(big->truncated());
    QCOMPARE(monitor.message(10)->payload.front(), 'j');
    QVERIFY(!monitor.message(8).has_value()); // let go
    QVERIFY(!monitor.message(99).has_value());
    const auto rows = monitor.summaries(10, [](const live::RecordedMessage &m) { return m.size < 10'000; }, 5);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0].sequence, uint64_t(9));
    QCOMPARE(rows[1].preview, std::string("jjjjj"));
}

void TestTrafficMonitor::envelopesAreDecodedOnDemand()
{
    auto conn = connect();
    live::TrafficMonitor monitor(conn);
    monitor.addSubject("orders.created");
    micro::Broker broker(conn);
    broker.publish("orders.created", R"({"id":7})");
    conn->publish("orders.created", "plain");
    conn->flush();
    QTRY_COMPARE(monitor.recent().size(), size_t(2));
    const auto e = monitor.recent().front().envelope();
    QVERIFY(e.has_value());
    QCOMPARE(e->get("Micro-Topic"), std::string("orders.created"));
    QCOMPARE(e->body, std::string(R"({"id":7})"));
    QVERIFY(!monitor.recent().back().envelope().has_value());
}

void TestTrafficMonitor::summariesPreviewAnEventsBodyNotItsEnvelope()
{
    // The message list showed {"Header":{"Content-Type":… for every go-micro event: the preview
    // is now the body's start, for a small event (decoded whole) and a large one (cut at 4 KiB).
    auto conn = connect();
    live::TrafficMonitor monitor(conn);
    monitor.addSubject("orders.>");
    micro::Broker broker(conn);
    broker.publish("orders.created", R"({"id":7})");
    const std::string big = R"({"items":")" + std::string(20'000, 'x') + R"("})";
    broker.publish("orders.big", big);
    conn->publish("orders.plain", R"({"Header":1,"name":"not an event"})"); // not an envelope
    conn->publish("orders.json", R"({"name":"plain JSON"})");
    conn->flush();
    QTRY_COMPARE(monitor.kept(), size_t(4));
    const auto rows = monitor.summaries(10, {}, 12); // oldest first
    QCOMPARE(rows.size(), size_t(4));
    QVERIFY(rows[0].envelope);
    // (Expected texts as variables: moc's preprocessor cannot read raw strings inside a macro.)
    const std::string event = R"({"id":7})", notAnEvent = R"({"Header":1,)", plain = R"({"name":"pla)";
    QCOMPARE(rows[0].preview, event);
    QVERIFY(!rows[0].previewCut);
    QVERIFY(rows[1].envelope);
    QVERIFY2(rows[1].size > 4096, "the big event is longer than what a summary scans");
    QCOMPARE(rows[1].preview, big.substr(0, 12));
    QVERIFY(rows[1].previewCut);
    QVERIFY(!rows[2].envelope);
    QCOMPARE(rows[2].preview, notAnEvent);
    QVERIFY(rows[2].previewCut);
    QVERIFY(!rows[3].envelope);
    QCOMPARE(rows[3].preview, plain);
}

void TestTrafficMonitor::summariesKeepAProtobufBodyWhole()
{
    // Issue 24: the list decodes protobuf bodies, so a summary keeps one whole (up to 4 KiB) and
    // says its content type: in a go-micro event's header, or in the NATS headers.
    auto conn = connect();
    live::TrafficMonitor monitor(conn);
    monitor.addSubject("shop.>");
    micro::Broker broker(conn);
    std::string body(300, '\0');
    for (size_t i = 0; i < body.size(); ++i)
        body[i] = char(i * 7);
    broker.publish("shop.event", body, {}, "application/protobuf");
    conn->publishWithHeaders("shop.raw", {}, body, {{"Content-Type", "application/x-protobuf"}});
    conn->publishWithHeaders("shop.other", {}, body, {{"Content-Type", "application/octet-stream"}});
    broker.publish("shop.huge", std::string(5000, 'x'), {}, "application/protobuf");
    conn->flush();
    QTRY_COMPARE(monitor.kept(), size_t(4));
    const auto rows = monitor.summaries(10, {}, 12);
    QCOMPARE(rows.size(), size_t(4));
    QVERIFY(rows[0].envelope);
    QCOMPARE(rows[0].contentType, std::string("application/protobuf"));
    QCOMPARE(rows[0].preview, body);
    QVERIFY(!rows[0].previewCut);
    QCOMPARE(rows[1].contentType, std::string("application/x-protobuf"));
    QCOMPARE(rows[1].preview, body);
    QVERIFY(!rows[1].previewCut);
    QCOMPARE(rows[2].contentType, std::string("application/octet-stream")); // not protobuf: cut as before
    QCOMPARE(rows[2].preview, body.substr(0, 12));
    QVERIFY(rows[2].previewCut);
    QVERIFY(rows[3].previewCut); // too large to keep whole: its start only
}

void TestTrafficMonitor::invalidSubjectIsAnError()
{
    live::TrafficMonitor monitor(connect());
    bool threw = false;
    try {
        monitor.addSubject("bad subject");
    } catch (const nats::Error &) {
        threw = true;
    }
    QVERIFY(threw);
    QVERIFY(monitor.snapshot().subscriptions.empty());
}

// At 100 000 msgs/s the ring turns over in a tenth of a second: a row the list showed must still
// open in the inspector after that (before, message() said it was no longer kept).
void TestTrafficMonitor::listedMessagesOutliveTheRing()
{
    live::TrafficOptions o;
    o.ringCapacity = 20;
    o.heldBytes = 2 * 3 * 1070; // half a batch: three rows of 1 000 bytes on "held.a" (+64 each)
    live::TrafficMonitor monitor(connect(), o);
    monitor.addSubject("held.*");
    auto publisher = connect();
    auto publish = [&](int from, int to) {
        for (int i = from; i <= to; ++i)
            publisher->publish("held.a", std::string(1'000, char('a' + i % 26)));
        publisher->flush();
        QTRY_COMPARE(monitor.snapshot().messages, uint64_t(to));
    };
    publish(1, 10);
    const auto listed = monitor.summaries(5, {}, 96, true); // messages 6…10, newest last
    QCOMPARE(listed.size(), size_t(5));
    QCOMPARE(listed.back().sequence, uint64_t(10));
    const auto unheld = monitor.summaries(5, {}, 96, false);
    QCOMPARE(unheld.size(), size_t(5));
    publish(11, 100); // the ring holds 81…100 now
    QVERIFY(!monitor.message(50).has_value());
    // The newest three of the five listed fit the budget and are held; the rest are let go.
    for (uint64_t seq : {8, 9, 10}) {
        const auto m = monitor.message(seq);
        QVERIFY2(m.has_value(), qPrintable(QString::number(seq)));
        QCOMPARE(m->payload, std::string(1'000, char('a' + seq % 26)));
    }
    QVERIFY(!monitor.message(6).has_value());
    // Still there after one newer batch (the list may have fetched one before the click)…
    (void)monitor.summaries(5, {}, 96, true);
    QVERIFY(monitor.message(10).has_value());
    // …and let go after two.
    (void)monitor.summaries(5, {}, 96, true);
    QVERIFY(!monitor.message(10).has_value());
    QVERIFY(monitor.message(100).has_value());
}

QTEST_GUILESS_MAIN(TestTrafficMonitor)
#include "tst_traffic_monitor.moc"
