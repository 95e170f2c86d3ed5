// The map's last hour: snapshots replay the graph as it was (a node killed two minutes ago is
// alive three minutes back and stale now), marks name the changes, the span bounds what is
// kept, unchanged records are shared, and the model shows a past moment and comes back live.
#include <QSignalSpy>
#include <QtTest>

#include "TopologyFixtures.h"
#include "TopologyHistory.h"
#include "TopologyModel.h"

using namespace switchboard::gui;
using namespace switchboard::gui::testing;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kNow = 1'800'000'000'000; // a fixed "now", ms since the epoch

const GraphNode *nodeIn(const TopologyGraph &g, const QString &id)
{
    for (const GraphNode &n : g.nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

/// Ten minutes of a small map, a snapshot every 5 s; `victim` is killed (stale) two minutes
/// before the end and a zone turns degraded one minute before it.
TopologyHistory tenMinutes(const QString &victim)
{
    TopologyHistory history;
    for (qint64 t = kNow - 10 * kMinute; t <= kNow; t += TopologyHistory::kEveryMs) {
        TopologyGraph g = graphOf(2, 2, {"az-a", "az-b"});
        addCalls(g, 2, 1);
        for (GraphNode &n : g.nodes)
            if (n.id == victim && t >= kNow - 2 * kMinute)
                n.stale = true;
        if (t >= kNow - kMinute)
            g.zones[1].health = "degraded";
        g.calls[0].perSecond = double((t - (kNow - 10 * kMinute)) / kMinute); // the minute: 0 … 10
        history.record(g, t);
    }
    return history;
}
} // namespace

class TestTopologyHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aNodeKilledTwoMinutesAgoIsAliveThreeMinutesBack()
    {
        const QString victim = "svc1-az-a-0";
        const TopologyHistory history = tenMinutes(victim);
        const TopologyGraph then = history.at(kNow - 3 * kMinute);
        const TopologyGraph now = history.at(kNow);
        QVERIFY(nodeIn(then, victim));
        QVERIFY(!nodeIn(then, victim)->stale);
        QVERIFY(nodeIn(now, victim));
        QVERIFY(nodeIn(now, victim)->stale);
        QCOMPARE(then.nodes.size(), now.nodes.size());
        QCOMPARE(then.zones[1].health, QString("healthy"));
        QCOMPARE(now.zones[1].health, QString("degraded"));
        // The rates of then.
        QCOMPARE(now.calls.size(), then.calls.size());
        QCOMPARE(then.calls[0].perSecond, 7.0);
        QCOMPARE(now.calls[0].perSecond, 10.0);
        QCOMPARE(then.calls[0].endpoints, QStringList{"Svc.Call"});
        // Before the first snapshot: nothing.
        QVERIFY(history.at(kNow - 11 * kMinute).nodes.empty());
    }

    void marksNameWhatChangedAndWhen()
    {
        const QString victim = "svc1-az-a-0";
        const TopologyHistory history = tenMinutes(victim);
        QCOMPARE(history.marks().size(), size_t(2));
        const TopologyHistory::Mark &stale = history.marks()[0];
        QCOMPARE(stale.atMs, kNow - 2 * kMinute);
        QCOMPARE(stale.stale, 1);
        QCOMPARE(stale.named.front().subject, victim);
        const TopologyHistory::Mark &zone = history.marks()[1];
        QCOMPARE(zone.atMs, kNow - kMinute);
        QVERIFY(zone.zoneWorse);
        QCOMPARE(zone.named.front().subject, QString("az-b"));
    }

    void keepsOnlyTheSpanAndSharesWhatDidNotChange()
    {
        TopologyHistory history;
        TopologyGraph g = graphOf(20, 5); // 300 nodes
        addCalls(g, 20, 5);
        qint64 t = kNow - 2 * 60 * kMinute;
        history.record(g, t);
        const size_t one = history.bytes();
        for (t += TopologyHistory::kEveryMs; t <= kNow; t += TopologyHistory::kEveryMs) {
            g.nodes[size_t(t / TopologyHistory::kEveryMs) % g.nodes.size()].stale ^= true; // a little churn
            history.record(g, t);
        }
        QVERIFY2(history.snapshotCount() <= size_t(TopologyHistory::kSpanMs / TopologyHistory::kEveryMs) + 1,
                 qPrintable(QString::number(history.snapshotCount())));
        QVERIFY(history.firstMs() >= kNow - TopologyHistory::kSpanMs - TopologyHistory::kEveryMs);
        QVERIFY(history.marks().front().atMs >= kNow - TopologyHistory::kSpanMs);
        // 720 snapshots of nearly the same map: the nodes' records are shared, each snapshot
        // adds its lists of pointers and rates, far less than a copy of the map.
        QVERIFY2(history.bytes() < one * 720 / 5, qPrintable(QString("%1 of %2").arg(history.bytes()).arg(one)));
    }

    void theModelShowsThePastAndComesBackLive()
    {
        TopologyModel model;
        model.setLevel("nodes");
        const QString victim = "svc1-az-a-0";
        for (qint64 t = kNow - 10 * kMinute; t <= kNow; t += TopologyHistory::kEveryMs) {
            TopologyGraph g = graphOf(2, 2, {"az-a", "az-b"});
            if (t >= kNow - 2 * kMinute)
                g.nodes.erase(g.nodes.begin() + 2); // victim gone
            model.recordGraph(g, t);
        }
        QCOMPARE(model.historyEnd(), double(kNow));
        QCOMPARE(model.marks()->count(), 1);
        QVERIFY(model.live());
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        model.showTime(double(kNow - 3 * kMinute));
        QVERIFY(!model.live());
        QVERIFY(model.timeText().contains("3 min ago"));
        QVERIFY(scene.wait(5000));
        QCOMPARE(model.nodeCount(), 8);
        // The mark's moment names the change.
        const double mark = model.markNear(double(kNow - 3 * kMinute), 1);
        QCOMPARE(mark, double(kNow - 2 * kMinute));
        model.showTime(mark);
        QVERIFY2(model.changeText().contains("went away"), qPrintable(model.changeText()));
        QVERIFY(model.changeText().contains("svc1 in az-a"));
        QTRY_COMPARE(model.nodeCount(), 7);
        // A moment between that snapshot and the next shows it, and still names its change;
        // a snapshot later there is nothing new to name.
        model.showTime(mark + 2000);
        QVERIFY2(model.changeText().contains("went away"), qPrintable(model.changeText()));
        model.showTime(mark + TopologyHistory::kEveryMs);
        QCOMPARE(model.changeText(), QString());
        model.goLive();
        QVERIFY(model.live());
        QCOMPARE(model.timeText(), QString("Live"));
    }

    void aMomentThatFallsOutOfTheHourBecomesTheOldestKept()
    {
        TopologyModel model;
        model.setLevel("nodes");
        const TopologyGraph g = graphOf(2, 2, {"az-a", "az-b"});
        qint64 t = kNow - TopologyHistory::kSpanMs;
        for (int i = 0; i < 12; ++i, t += TopologyHistory::kEveryMs)
            model.recordGraph(g, t);
        const double first = model.historyStart();
        model.showTime(first);
        QVERIFY(!model.live());
        // An hour and ten minutes on: the moment shown is older than the hour now.
        for (const qint64 end = t + TopologyHistory::kSpanMs + 10 * kMinute; t <= end; t += TopologyHistory::kEveryMs)
            model.recordGraph(g, t);
        QVERIFY(model.historyStart() > first);
        QVERIFY(!model.live());
        QCOMPARE(model.shownTime(), model.historyStart());
        QTRY_COMPARE(model.nodeCount(), int(g.nodes.size())); // the oldest snapshot, not an empty map
    }
};

QTEST_MAIN(TestTopologyHistory)
#include "tst_topology_history.moc"
