// A profile that reads the team's history from a collector: against a real `nats-server -js`,
// what a collector stored before the app was opened lands in the app's journal with its region;
// what it stores while the app runs follows within a read; the app does not journal the
// services itself (no doubles); a restart reads only what is new (the sequence is remembered);
// a cluster without the collector's stream is said in words, and the app goes on. The
// collector's rate rollups become the Traffic chart's last hour and day. End to end: two real
// `switchboard-cli collect` processes, one per region, one of them restarted, then the app.
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "AppContext.h"
#include "CollectorHistory.h"
#include "NatsServer.h"
#include "Session.h"
#include "TrafficHistory.h"
#include "nats/Connection.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"
#include "watch/JournalReader.h"
#include "watch/RateHistory.h"

#include <signal.h>

using namespace switchboard;
using namespace switchboard::gui;
using namespace switchboard::watch;

namespace {
std::shared_ptr<nats::Connection> connectTo(const testing::NatsServer &server)
{
    nats::ConnectOptions o;
    o.servers = {server.url()};
    return nats::Connection::connect(o);
}

/// Stores events as a collector of `region` would.
void store(HistoryStreams &streams, const std::string &region, const std::vector<JournalEvent> &events)
{
    static int id = 0;
    for (const std::string &m : history::encodeEvents(region, events))
        streams.publish(streams.config().eventsSubject(region), m, "test." + std::to_string(++id));
}

JournalEvent stale(const QString &node, qint64 atMs)
{
    JournalEvent e;
    e.atMs = atMs;
    e.kind = EventKind::NodeStale;
    e.zone = "az-b";
    e.service = "orders";
    e.node = node;
    return e;
}

void openProfile(AppContext &app, const testing::NatsServer &server, const QString &name, bool collector)
{
    Profile p;
    p.name = name;
    p.servers = {QString::fromStdString(server.url())};
    p.collectorHistory = collector;
    const QString problem = app.profileStore().put(p, app.profileStore().find(name) ? name : QString());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    app.connectProfile(name);
    QTRY_VERIFY_WITH_TIMEOUT(app.session()->state() == Session::Connected, 10000);
}

CollectorHistory *historyOf(AppContext &app)
{
    return app.session()->findChild<CollectorHistory *>(QString(), Qt::FindDirectChildrenOnly);
}

/// `switchboard-cli collect` for `region` on `server`, windows of a second, started: its
/// subscriptions are in place and its streams exist.
std::unique_ptr<QProcess> startCollector(const testing::NatsServer &server, const QString &region)
{
    auto p = std::make_unique<QProcess>();
    p->start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(server.url()), "collect", "--region", region,
                                    "--subject", ">", "--rollup", "1s", "--json"});
    if (!p->waitForStarted() || !p->waitForReadyRead(10000) || !p->readLine().contains(R"("state":"started")"))
        qFatal("the collector for %s did not start: %s", qPrintable(region), p->readAllStandardError().constData());
    QTest::qWait(2000); // its first registry sweep: the baseline, which journals nothing
    return p;
}

/// Stops a collector as systemd does (SIGTERM) and checks that it stored everything.
void stopCollector(QProcess &p)
{
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray last = p.readAllStandardOutput().trimmed().split('\n').back();
    QVERIFY2(last.contains(R"("state":"stopped")") && last.contains(R"("unsent":0)"), last.constData());
}

std::unique_ptr<QProcess> startMock(const testing::NatsServer &server, const QString &service)
{
    auto p = std::make_unique<QProcess>();
    p->start(SWITCHBOARD_CLI_PATH, {"--server", QString::fromStdString(server.url()), "mock", service, "--endpoint",
                                    "Ledger.Post", "--zone", "az-b"});
    if (!p->waitForStarted() || !p->waitForReadyRead(10000))
        qFatal("the mock %s did not start", qPrintable(service));
    return p;
}

/// Publishes `count` messages on `subject` and waits until the server has them.
void publish(const testing::NatsServer &server, const std::string &subject, int count)
{
    auto c = connectTo(server);
    for (int i = 0; i < count; ++i)
        c->publish(subject, "{}");
    c->flush();
}

std::vector<StoredEvent> journaled(const QString &path)
{
    JournalReader reader(path);
    JournalQuery q;
    q.limit = 1000;
    return reader.page(q);
}
} // namespace

class TestCollectorHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theTeamsHistoryComesIntoTheJournal()
    {
        testing::NatsServerOptions options;
        options.jetStream = true;
        testing::NatsServer server(options);
        server.start();
        HistoryStreams streams(connectTo(server), HistoryConfig{});
        streams.ensure();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        store(streams, "eu", {stale("orders-1", now - 3'600'000), stale("orders-2", now - 60'000)});
        store(streams, "us", {stale("orders-9", now - 120'000)}); // another region's collector

        QTemporaryDir dir;
        const QString journalPath = dir.filePath("journal.sqlite");
        {
            AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
            openProfile(app, server, "team", true);
            CollectorHistory *history = historyOf(app);
            QVERIFY(history);
            history->readNow();
            QVERIFY2(history->problem().isEmpty(), qPrintable(history->problem()));
            QCOMPARE(history->loaded(), 3);
            QVERIFY(app.teamHistory().contains("3 events"));
            QVERIFY(!app.teamHistoryWarning());

            // While the app runs: the next read brings what the collector stored since.
            store(streams, "eu", {stale("orders-3", now)});
            history->readNow();
            QCOMPARE(history->loaded(), 4);
            QVERIFY(app.journal()->flush());
            const auto events = journaled(journalPath);
            QCOMPARE(events.size(), size_t(4));
            QSet<QString> regions;
            for (const StoredEvent &e : events)
                regions << e.event.region;
            QCOMPARE(regions, (QSet<QString>{"eu", "us"}));
            // The app itself journals no node of this cluster: the collector does.
            for (const StoredEvent &e : events)
                QVERIFY(e.event.kind != EventKind::NodeRegistered);

            // The collector's rollups of the last day: the Traffic chart's longer spans.
            TrafficHistory traffic;
            traffic.setSession(app.session());
            QVERIFY(!traffic.available()); // no rollups stored yet
            const qint64 minute = (now / 60'000 - 3) * 60'000;
            for (int i = 0; i < 3; ++i) {
                RateRollup r{"eu", minute + i * 60'000, minute + (i + 1) * 60'000, {{"orders.created", uint64_t(600 * (i + 1))}}, 0, 1};
                if (i == 1) { // busier, but not the user's: however many there are
                    r.subjects.emplace_back("_INBOX.>", 100000);
                    for (int j = 0; j < 12; ++j)
                        r.subjects.emplace_back("$JS.API.CONSUMER.INFO.S" + std::to_string(j), 50000);
                    std::sort(r.subjects.begin(), r.subjects.end());
                }
                for (const std::string &m : history::encodeRollup(r))
                    streams.publish(streams.config().ratesSubject("eu"), m, "rates." + std::to_string(i));
            }
            QSignalSpy changed(&traffic, &TrafficHistory::changed);
            history->readNow();
            QVERIFY(traffic.available());
            QVERIFY(changed.count() >= 1);
            QCOMPARE(traffic.busiest(60, 3), QStringList{"orders.created"});
            QLineSeries series;
            QCOMPARE(traffic.fillSeries(&series, "orders.created", 60), 30.0); // 1 800 in a minute
            QCOMPARE(series.count(), 6); // a step per window
            QCOMPARE(series.at(0), QPointF(double(minute), 10.0));
            QCOMPARE(series.at(1), QPointF(double(minute + 60'000), 10.0));
        }
        {
            // A restart reads only what is new: nothing twice.
            AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
            openProfile(app, server, "team", true);
            historyOf(app)->readNow();
            QCOMPARE(historyOf(app)->loaded(), 0);
            QVERIFY(app.journal()->flush());
            QCOMPARE(journaled(journalPath).size(), size_t(4));
        }
    }

    // End to end: two clusters (regions), each with its collector; one collector restarts
    // halfway; the app opened afterwards shows both regions' changes and the rates, each once.
    void twoCollectorsFeedOneViewAndARestartAddsNothingTwice()
    {
        testing::NatsServerOptions options;
        options.jetStream = true;
        testing::NatsServer eu(options), us(options);
        eu.start();
        us.start();
        auto euCollector = startCollector(eu, "eu");
        auto usCollector = startCollector(us, "us");
        auto ledger = startMock(eu, "ledger");
        auto billing = startMock(us, "billing");
        publish(eu, "orders.created", 1500);
        QTest::qWait(3000); // a registry sweep and a few windows

        // The eu collector restarts: its new baseline has the ledger node, which is not news.
        stopCollector(*euCollector);
        euCollector = startCollector(eu, "eu");
        publish(eu, "orders.created", 2500);
        ::kill(pid_t(ledger->processId()), SIGINT); // deregisters its node
        QVERIFY(ledger->waitForFinished(10000));
        QTest::qWait(3000);
        stopCollector(*euCollector);
        stopCollector(*usCollector);
        billing->terminate();
        billing->waitForFinished(5000);

        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        openProfile(app, eu, "eu", true);
        Profile usProfile;
        usProfile.name = "us";
        usProfile.servers = {QString::fromStdString(us.url())};
        usProfile.collectorHistory = true;
        QVERIFY(app.profileStore().put(usProfile, QString()).isEmpty());
        app.addRegion("us");
        Session *usSession = app.regionSession("us");
        QVERIFY(usSession);
        QTRY_VERIFY_WITH_TIMEOUT(usSession->state() == Session::Connected, 10000);
        auto *euHistory = historyOf(app);
        auto *usHistory = usSession->findChild<CollectorHistory *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY(euHistory && usHistory);
        euHistory->readNow();
        usHistory->readNow();
        QVERIFY2(euHistory->problem().isEmpty(), qPrintable(euHistory->problem()));
        QVERIFY2(usHistory->problem().isEmpty(), qPrintable(usHistory->problem()));
        QVERIFY(app.journal()->flush());

        const auto events = journaled(dir.filePath("journal.sqlite"));
        const auto count = [&](EventKind kind, const QString &region, const QString &service) {
            return std::count_if(events.begin(), events.end(), [&](const StoredEvent &e) {
                return e.event.kind == kind && e.event.region == region && e.event.service == service;
            });
        };
        QCOMPARE(count(EventKind::NodeRegistered, "eu", "ledger"), 1); // not again after the restart
        QCOMPARE(count(EventKind::NodeDeregistered, "eu", "ledger"), 1);
        QCOMPARE(count(EventKind::NodeRegistered, "us", "billing"), 1);
        const auto started = std::count_if(events.begin(), events.end(), [](const StoredEvent &e) {
            return e.event.kind == EventKind::SubjectStarted && e.event.subject == "orders.created";
        });
        QVERIFY(started >= 1);

        // Every message of orders.created in exactly one window, across the restart.
        uint64_t rolled = 0;
        for (const RateHistory::Point &p : euHistory->rates()->of("orders.created", 0))
            rolled += p.messages;
        QCOMPARE(rolled, uint64_t(4000));
        TrafficHistory traffic;
        traffic.setSession(app.session());
        QVERIFY(traffic.available());
        QVERIFY(traffic.busiest(60, 6).contains("orders.created"));
    }

    void withoutACollectorTheAppSaysSoAndGoesOn()
    {
        testing::NatsServerOptions options;
        options.jetStream = true;
        testing::NatsServer server(options);
        server.start();
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        openProfile(app, server, "lonely", true);
        historyOf(app)->readNow();
        QVERIFY(app.teamHistoryWarning());
        QVERIFY2(app.teamHistory().contains("SWITCHBOARD_EVENTS does not exist"), qPrintable(app.teamHistory()));
        QCOMPARE(app.session()->state(), Session::Connected);

        // A profile without the collector: no history line, no reader.
        openProfile(app, server, "plain", false);
        QVERIFY(!historyOf(app));
        QVERIFY(app.teamHistory().isEmpty());
    }
};

QTEST_MAIN(TestCollectorHistory)
#include "tst_collector_history.moc"
