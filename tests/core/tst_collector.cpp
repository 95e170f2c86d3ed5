// The collector and its JetStream history against a real `nats-server -js`: the streams are
// created with their limits (and an existing stream is left alone); a registered and a stopped
// service become events in the stream; per-window subject rollups add up exactly to what was
// published; subjects starting and stopping are journaled once; history that JetStream could not
// take while the server was down is stored once when it is back; a server without JetStream and
// malformed history messages are clear errors.
#include <QtTest>

#include <map>
#include <thread>

#include "Connect.h"
#include "GreeterFixture.h"
#include "NatsServer.h"
#include "watch/Collector.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"
#include "watch/RateHistory.h"

using namespace switchboard;
using namespace switchboard::watch;
using namespace std::chrono_literals;

namespace {
testing::NatsServerOptions withJetStream()
{
    testing::NatsServerOptions o;
    o.jetStream = true;
    return o;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::vector<JournalEvent> storedEvents(const HistoryStreams &streams)
{
    std::vector<JournalEvent> out;
    streams.read(streams.config().eventsStream, streams.config().eventsFilter(), 0, 0, [&](uint64_t, int64_t, std::string_view p) {
        const auto batch = history::decodeEvents(p);
        QVERIFY(batch);
        out.insert(out.end(), batch->events.begin(), batch->events.end());
    });
    return out;
}

std::vector<RateRollup> storedRollups(const HistoryStreams &streams)
{
    std::vector<RateRollup> out;
    streams.read(streams.config().ratesStream, streams.config().ratesFilter(), 0, 0, [&](uint64_t, int64_t, std::string_view p) {
        const auto r = history::decodeRollup(p);
        QVERIFY(r);
        out.push_back(*r);
    });
    return out;
}

bool has(const std::vector<JournalEvent> &events, EventKind kind, const QString &what)
{
    return std::any_of(events.begin(), events.end(), [&](const JournalEvent &e) {
        return e.kind == kind && (e.service == what || e.subject == what);
    });
}
} // namespace

class TestCollector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void codecRoundTripsAndSplits()
    {
        std::vector<JournalEvent> events;
        for (int i = 0; i < 5000; ++i)
            events.push_back({1000 + i, EventKind::NodeStale, "eu", "az-a", "n1", "orders", "orders-" + QString::number(i), {}, "why", 1.5});
        const auto messages = history::encodeEvents("eu", events);
        QVERIFY(messages.size() > 1); // 5 000 events do not fit one message
        std::vector<JournalEvent> back;
        for (const std::string &m : messages) {
            QVERIFY(m.size() <= history::kMaxMessageBytes);
            const auto batch = history::decodeEvents(m);
            QVERIFY(batch);
            QCOMPARE(batch->region, std::string("eu"));
            back.insert(back.end(), batch->events.begin(), batch->events.end());
        }
        QVERIFY(back == events);

        RateRollup r{"eu", 60'000, 120'000, {}, 0, 1};
        for (int i = 0; i < 20'000; ++i)
            r.subjects.emplace_back("orders.created." + std::to_string(100000 + i), uint64_t(i));
        const auto parts = history::encodeRollup(r);
        QVERIFY(parts.size() > 1);
        uint64_t total = 0;
        size_t subjects = 0;
        for (size_t i = 0; i < parts.size(); ++i) {
            const auto p = history::decodeRollup(parts[i]);
            QVERIFY(p);
            QCOMPARE(p->part, int(i));
            QCOMPARE(p->parts, int(parts.size()));
            total += p->total();
            subjects += p->subjects.size();
        }
        QCOMPARE(total, r.total());
        QCOMPARE(subjects, r.subjects.size());
    }

    void malformedHistoryIsNamed_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("words");
        QTest::newRow("not json") << QByteArray("\x01\x02garbage") << "not JSON";
        QTest::newRow("array") << QByteArray("[1,2]") << "not a JSON object";
        QTest::newRow("other version") << QByteArray(R"({"v":2,"events":[]})") << "version 1";
        QTest::newRow("no events") << QByteArray(R"({"v":1})") << "no \"events\"";
        QTest::newRow("no time") << QByteArray(R"({"v":1,"events":[{"kind":"node-stale"}]})") << "\"at\"";
        QTest::newRow("unknown kind") << QByteArray(R"({"v":1,"events":[{"at":1,"kind":"party"}]})") << "kind";
        QTest::newRow("number as text") << QByteArray(R"({"v":1,"events":[{"at":1,"kind":"node-stale","zone":3}]})") << "\"zone\"";
    }
    void malformedHistoryIsNamed()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, words);
        std::string error;
        QVERIFY(!history::decodeEvents(payload.toStdString(), &error));
        QVERIFY2(QString::fromStdString(error).contains(words), error.c_str());
        QVERIFY(!history::decodeRollup(R"({"v":1,"start":5,"end":1,"part":0,"parts":1,"subjects":{}})", &error));
        QVERIFY(!history::decodeRollup(R"({"v":1,"start":1,"end":5,"part":0,"parts":1,"subjects":{"a":-3}})", &error));
        QVERIFY2(QString::fromStdString(error).contains("\"a\""), error.c_str());
    }

    void rateHistoryAddsPartsAndRegionsAndKeepsItsSpan()
    {
        RateHistory h(10 * 60'000); // ten minutes
        h.add({"eu", 0, 60'000, {{"a", 10}, {"b", 5}}, 0, 2});
        h.add({"eu", 0, 60'000, {{"c", 7}}, 1, 2});             // the window's second part
        h.add({"us", 0, 60'000, {{"a", 2}}, 0, 1});             // another region's collector
        h.add({"eu", 60'000, 120'000, {{"b", 30}}, 0, 1});
        QCOMPARE(h.windowCount(), size_t(2));
        auto a = h.of("a", 0);
        QCOMPARE(a.size(), size_t(2));
        QCOMPARE(a[0].messages, uint64_t(12));
        QCOMPARE(a[1].messages, uint64_t(0)); // a window without it is a zero, not a gap
        QCOMPARE(a[0].perSecond(), 12.0 / 60);
        QCOMPARE(h.of("c", 0)[0].messages, uint64_t(7));
        QVERIFY(h.of("nobody", 0)[0].messages == 0);
        const auto busiest = h.busiest(0, 2);
        QCOMPARE(busiest.size(), size_t(2));
        QCOMPARE(busiest[0], std::make_pair(std::string("b"), uint64_t(35)));
        QCOMPARE(busiest[1], std::make_pair(std::string("a"), uint64_t(12)));
        QCOMPARE(h.of("b", 60'000).size(), size_t(1)); // since
        h.add({"eu", 12 * 60'000, 13 * 60'000, {{"a", 1}}, 0, 1}); // the first two began more than the span before it
        QCOMPARE(h.windowCount(), size_t(1));
        QCOMPARE(h.newestMs(), 13 * 60'000);
    }

    void streamsAreCreatedWithTheirLimitsOnce()
    {
        testing::NatsServer server(withJetStream());
        server.start();
        HistoryConfig config;
        config.maxAge = 3h;
        config.eventsMaxBytes = 64 << 20;
        config.ratesMaxBytes = 128 << 20;
        HistoryStreams streams(testing::connectTo(server), config);
        auto [events, rates] = streams.ensure();
        QVERIFY(events.created && rates.created);
        QCOMPARE(events.maxAgeSeconds, 3 * 3600);
        QCOMPARE(events.maxBytes, int64_t(64) << 20);
        QCOMPARE(rates.maxBytes, int64_t(128) << 20);
        // A second collector (another region) finds them and leaves a team's tuning alone.
        HistoryConfig other = config;
        other.maxAge = 1h;
        HistoryStreams again(testing::connectTo(server), other);
        auto [events2, rates2] = again.ensure();
        QVERIFY(!events2.created && !rates2.created);
        QCOMPARE(events2.maxAgeSeconds, 3 * 3600);
    }

    void withoutJetStreamTheErrorSaysSo()
    {
        testing::NatsServer server; // no -js
        server.start();
        try {
            HistoryStreams streams(testing::connectTo(server), HistoryConfig{});
            streams.ensure();
            QFAIL("no error");
        } catch (const HistoryError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains("JetStream is not enabled"), e.what());
        }
        HistoryConfig bad;
        bad.eventsStream = "a.b";
        QVERIFY_THROWS_EXCEPTION(HistoryError, HistoryStreams(testing::connectTo(server), bad));
    }

    void servicesAndRatesGoToTheStreams()
    {
        testing::NatsServer server(withJetStream());
        server.start();
        auto conn = testing::connectTo(server);
        CollectorOptions options;
        options.region = "eu";
        options.rollupMs = 1000;
        options.subjects = {">"};
        Collector collector(conn, options);
        collector.start(nowMs());
        const auto tickFor = [&](std::chrono::milliseconds d) {
            const auto end = std::chrono::steady_clock::now() + d;
            while (std::chrono::steady_clock::now() < end) {
                collector.tick(nowMs());
                std::this_thread::sleep_for(100ms);
            }
        };
        tickFor(1500ms); // the catalogue's and the rollups' baselines

        auto greeter = testing::makeCapturedGreeter(testing::connectTo(server));
        greeter->start();
        auto publisher = testing::connectTo(server);
        std::map<std::string, uint64_t> published;
        for (int round = 0; round < 30; ++round) {
            for (int i = 0; i < 500; ++i) {
                const std::string subject = "orders." + std::to_string(i % 3);
                publisher->publish(subject, "{}");
                ++published[subject];
            }
            publisher->flush();
            tickFor(100ms);
        }
        greeter->stop(); // deregisters
        tickFor(3500ms); // orders.* silent for kSilentWindows windows: stopped
        collector.finish(nowMs());
        const CollectorStats stats = collector.stats();
        QCOMPARE(stats.unsent, size_t(0));
        QVERIFY2(stats.lastError.empty(), stats.lastError.c_str());

        HistoryStreams reader(testing::connectTo(server), options.history);
        const auto events = storedEvents(reader);
        QVERIFY(has(events, EventKind::NodeRegistered, "go.micro.srv.greeter"));
        QVERIFY(has(events, EventKind::NodeDeregistered, "go.micro.srv.greeter"));
        for (const JournalEvent &e : events)
            QCOMPARE(e.region, QString("eu"));
        for (const char *s : {"orders.0", "orders.1", "orders.2"}) {
            const auto count = [&](EventKind k) {
                return std::count_if(events.begin(), events.end(), [&](const JournalEvent &e) { return e.kind == k && e.subject == s; });
            };
            QCOMPARE(count(EventKind::SubjectStarted), 1);
            QCOMPARE(count(EventKind::SubjectStopped), 1);
        }
        QVERIFY(!has(events, EventKind::SubjectStarted, "_INBOX.>")); // replies are not news

        // Exact: every message counted once, in windows that follow each other without a gap.
        std::map<std::string, uint64_t> rolled;
        const auto rollups = storedRollups(reader);
        QVERIFY(rollups.size() >= 6);
        for (size_t i = 1; i < rollups.size(); ++i)
            QCOMPARE(rollups[i].startMs, rollups[i - 1].endMs);
        for (const RateRollup &r : rollups)
            for (const auto &[subject, count] : r.subjects)
                rolled[subject] += count;
        for (const auto &[subject, count] : published)
            QCOMPARE(rolled[subject], count);
        for (const auto &[subject, count] : rolled)
            QVERIFY2(subject.rfind("switchboard.history.", 0) != 0, subject.c_str()); // not its own
    }

    void historyWaitsWhileTheServerIsAwayAndIsStoredOnce()
    {
        testing::NatsServer server(withJetStream());
        server.start();
        nats::ConnectOptions o;
        o.servers = {server.url()};
        o.maxReconnect = -1;
        auto conn = nats::Connection::connect(o);
        CollectorOptions options;
        options.region = "us";
        options.rollupMs = 1000;
        options.subjects = {"orders.>"};
        options.registry = false;
        options.cluster = false;
        Collector collector(conn, options);
        collector.start(nowMs());
        server.stopServer(0);
        std::this_thread::sleep_for(1200ms);
        collector.tick(nowMs()); // a window closes; JetStream is away
        CollectorStats s = collector.stats();
        QVERIFY(s.unsent > 0);
        QVERIFY(!s.lastError.empty());
        server.restart(0); // same store directory: the streams are still there
        QTRY_VERIFY_WITH_TIMEOUT((collector.tick(nowMs()), collector.stats().unsent == 0), 15000);
        collector.tick(nowMs()); // a resend of the same message id is not stored twice
        HistoryStreams reader(testing::connectTo(server), options.history);
        const auto rollups = storedRollups(reader);
        for (size_t i = 1; i < rollups.size(); ++i)
            QVERIFY(rollups[i].startMs >= rollups[i - 1].endMs);
        QVERIFY(!rollups.empty());
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
