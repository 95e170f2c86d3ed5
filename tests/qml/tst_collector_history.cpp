// A profile that reads the team's history from a collector: against a real `nats-server -js`,
// what a collector stored before the app was opened lands in the app's journal with its region;
// what it stores while the app runs follows within a read; the app does not journal the
// services itself (no doubles); a restart reads only what is new (the sequence is remembered);
// a cluster without the collector's stream is said in words, and the app goes on.
#include <QTemporaryDir>
#include <QtTest>

#include "AppContext.h"
#include "CollectorHistory.h"
#include "NatsServer.h"
#include "Session.h"
#include "nats/Connection.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"
#include "watch/JournalReader.h"

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
