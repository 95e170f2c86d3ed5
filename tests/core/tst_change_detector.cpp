// Snapshots of the catalogue, the cluster and the connection become journal events: nothing for
// the first complete picture, then one event per change, with where it happened.
#include <QtTest>

#include "watch/ChangeDetector.h"
#include "watch/SubjectActivity.h"

using namespace switchboard;
using namespace switchboard::watch;

namespace {
live::CatalogSnapshot catalogOf(std::initializer_list<std::tuple<const char *, const char *, const char *, bool>> nodes)
{
    live::CatalogSnapshot snap;
    snap.sweeps = 1;
    for (const auto &[service, id, zone, stale] : nodes) {
        if (snap.services.empty() || snap.services.back().name != service) {
            snap.services.push_back({});
            snap.services.back().name = service;
            snap.services.back().versions.push_back({});
        }
        live::CatalogNode n;
        n.id = id;
        n.zone = zone;
        n.serverName = std::string("n-") + zone;
        n.stale = stale;
        snap.services.back().versions.back().nodes.push_back(n);
    }
    return snap;
}

live::ServerInfo server(const char *name, const char *zone, bool reachable, size_t routes = 2, int64_t slow = 0)
{
    live::ServerInfo s;
    s.name = name;
    s.zone = zone;
    s.reachable = reachable;
    s.routes.resize(routes);
    s.slowConsumers = slow;
    s.error = reachable ? "" : "did not answer the $SYS request";
    s.fault = reachable ? live::ServerInfo::Fault::None : live::ServerInfo::Fault::NoAnswer;
    return s;
}

live::ClusterSnapshot clusterOf(std::vector<live::ServerInfo> servers, std::vector<std::pair<const char *, live::Health>> zones)
{
    live::ClusterSnapshot snap;
    snap.polls = 1;
    snap.servers = std::move(servers);
    for (const auto &[name, health] : zones) {
        live::ZoneInfo z;
        z.name = name;
        z.health = health;
        snap.zones.push_back(z);
    }
    return snap;
}

QStringList said(const std::vector<JournalEvent> &events)
{
    QStringList out;
    for (const JournalEvent &e : events)
        out << QStringList{kindName(e.kind), e.zone, e.server, e.service, e.node, e.detail}.join('|') + '|' + QString::number(e.value);
    return out;
}
} // namespace

class TestChangeDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodesRegisterGoStaleComeBackAndLeave()
    {
        ChangeDetector d("eu");
        QVERIFY(d.catalogChanged(live::CatalogSnapshot{}, 1).empty()); // no sweep yet: learns nothing
        QVERIFY(d.catalogChanged(catalogOf({{"orders", "o1", "az-a", false}, {"orders", "o2", "az-b", false}}), 2).empty());
        auto events = d.catalogChanged(catalogOf({{"orders", "o1", "az-a", true}, {"orders", "o2", "az-b", false},
                                                  {"payments", "p1", "az-c", false}}), 3);
        QCOMPARE(said(events), (QStringList{"node-stale|az-a|n-az-a|orders|o1|go-micro|0",
                                            "node-registered|az-c|n-az-c|payments|p1|go-micro|0"}));
        QCOMPARE(events.front().atMs, 3);
        QCOMPARE(events.front().region, QString("eu"));
        events = d.catalogChanged(catalogOf({{"orders", "o1", "az-a", false}}), 4);
        QCOMPARE(said(events), (QStringList{"node-back|az-a|n-az-a|orders|o1|go-micro|0",
                                            "node-deregistered|az-b|n-az-b|orders|o2|go-micro|0",
                                            "node-deregistered|az-c|n-az-c|payments|p1|go-micro|0"}));
        QVERIFY(d.catalogChanged(catalogOf({{"orders", "o1", "az-a", false}}), 5).empty());
    }

    void serversZonesRoutesAndSlowConsumers()
    {
        ChangeDetector d;
        QVERIFY(d.clusterChanged(clusterOf({server("n1", "az-a", true), server("n2", "az-b", true)},
                                           {{"az-a", live::Health::Healthy}, {"az-b", live::Health::Degraded}}), 1)
                    .empty()); // a zone already degraded at start is the baseline, not news
        auto events = d.clusterChanged(clusterOf({server("n1", "az-a", true, 1, 5), server("n2", "az-b", false)},
                                                 {{"az-a", live::Health::Degraded}, {"az-b", live::Health::Down}}), 2);
        QCOMPARE(said(events), (QStringList{"routes-lost|az-a|n1|||2|1", "slow-consumers|az-a|n1|||5|5",
                                            "server-down|az-b|n2|||no-answer|0", "zone-health|az-a||||degraded|0",
                                            "zone-health|az-b||||down|0"}));
        events = d.clusterChanged(clusterOf({server("n1", "az-a", true, 1, 5), server("n2", "az-b", true), server("n3", "az-c", true)},
                                            {{"az-a", live::Health::Healthy}, {"az-b", live::Health::Healthy}, {"az-c", live::Health::Healthy}}),
                                  3);
        QCOMPARE(said(events), (QStringList{"server-up|az-b|n2||||0", "server-up|az-c|n3||||0",
                                            "zone-health|az-a||||healthy|0", "zone-health|az-b||||healthy|0"}));
    }

    void theConnectionIsLostAndBack()
    {
        ChangeDetector d;
        QVERIFY(d.connectionChanged(true, {}, 1).empty());
        QCOMPARE(said(d.connectionChanged(false, "connection refused", 2)), QStringList{"connection-lost|||||connection refused|0"});
        QVERIFY(d.connectionChanged(false, "connection refused", 3).empty());
        QCOMPARE(said(d.connectionChanged(true, {}, 4)), QStringList{"connection-back||||||0"});
    }

    void aBurstOfCallErrorsIsOneEventUntilItIsQuiet()
    {
        ChangeDetector d("eu");
        live::ObservedCalls calls;
        calls.repliesObserved = true;
        const auto at = [&](uint64_t total, uint64_t errors, qint64 ms) {
            calls.edges = {{"orders", "inventory", "Inventory.Reserve", total, errors, 0, 0, -1}};
            return d.callsChanged(calls, ms);
        };
        QVERIFY(at(100, 50, 0).empty());        // the baseline: errors from before say nothing
        QVERIFY(at(200, 54, 5'000).empty());    // 4 errors: below the burst
        QVERIFY(at(300, 59, 10'000).empty());   // 5 errors in 100 calls: under a tenth
        const auto burst = at(320, 65, 15'000); // 6 in 20
        QCOMPARE(burst.size(), size_t(1));
        QCOMPARE(burst[0].kind, EventKind::CallErrors);
        QCOMPARE(burst[0].service, QString("inventory"));
        QCOMPARE(burst[0].detail, QString("Inventory.Reserve"));
        QCOMPARE(burst[0].region, QString("eu"));
        QCOMPARE(burst[0].value, 6.0);
        QVERIFY(at(340, 80, 20'000).empty());   // the same burst goes on
        QVERIFY(at(360, 80, 70'000).empty());   // quiet for 50 s: still the same burst
        QVERIFY(at(380, 80, 81'000).empty());   // quiet for 61 s: it ended
        QCOMPARE(at(400, 90, 86'000).size(), size_t(1)); // a new burst
        calls.repliesObserved = false;          // errors not known: nothing
        QVERIFY(d.callsChanged(calls, 90'000).empty());
    }

    void subjectsStartAndStopWindowByWindow()
    {
        SubjectActivity a;
        using Counts = std::map<std::string, uint64_t>;
        const auto kinds = [](const std::vector<JournalEvent> &events) {
            QStringList out;
            for (const JournalEvent &e : events)
                out << kindName(e.kind) + " " + e.subject;
            return out;
        };
        // The baseline says nothing, also of what is silent in it.
        QVERIFY(a.windowClosed({{"orders.created", 5}, {"$JS.API.INFO", 1}}, 10).empty());
        QCOMPARE(kinds(a.windowClosed({{"orders.created", 5}, {"payments.settled", 2}, {"_INBOX.x.y", 9}}, 20)),
                 QStringList{"subject-started payments.settled"}); // replies are not news
        QVERIFY(a.windowClosed(Counts{{"payments.settled", 1}}, 30).empty()); // one empty window: not yet
        const auto stopped = a.windowClosed(Counts{{"payments.settled", 1}, {"orders.created", 0}}, 40);
        QCOMPARE(kinds(stopped), QStringList{"subject-stopped orders.created"}); // two in a row
        QCOMPARE(stopped[0].atMs, 40);
        QVERIFY(a.windowClosed(Counts{{"payments.settled", 1}}, 50).empty()); // said once
        const auto back = a.windowClosed({{"orders.created", 7}, {"payments.settled", 1}}, 60);
        QCOMPARE(kinds(back), QStringList{"subject-started orders.created"});
        QCOMPARE(back[0].value, 7.0);
        // A new baseline (other subscriptions): what comes with it is not news.
        a.reset();
        QVERIFY(a.windowClosed(Counts{{"inventory.reserved", 3}}, 70).empty());
        QVERIFY(a.windowClosed(Counts{{"inventory.reserved", 3}}, 80).empty());
        QVERIFY(SubjectActivity::announces("orders.created"));
        for (const char *system : {"$SRV.PING", "_INBOX.abc", "micro.registry.nats.query", "(other subjects)"})
            QVERIFY2(!SubjectActivity::announces(system), system);
    }
};

QTEST_GUILESS_MAIN(TestChangeDetector)
#include "tst_change_detector.moc"
