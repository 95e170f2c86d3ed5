// The map's layout, routes and words, without a window: nodes keep their place when others come
// and go; routes never pass through a box they do not join, at every level and size; Fit fills a
// wide and a tall canvas; labels never overlap each other or a box; names shorten by a rule;
// the levels aggregate as they say; hostile graphs are laid out, quickly.
#include <QElapsedTimer>
#include <QtTest>

#include <set>

#include "MapGridLayout.h"
#include "MapLabels.h"
#include "TopologyFixtures.h"
#include "TopologyLayout.h"

using namespace switchboard::gui;
using namespace switchboard::gui::testing;
using namespace std::chrono_literals;

namespace {

TopologyLayout::Options at(MapLevel level, double aspect = 1.4, const QString &scope = {})
{
    TopologyLayout::Options o;
    o.level = level;
    o.aspect = aspect;
    o.scope = scope;
    return o;
}

std::map<QString, QPointF> positions(const MapScene &s)
{
    std::map<QString, QPointF> out;
    for (const auto &d : s.dots)
        out[d.id] = d.center;
    return out;
}

const MapBox *boxOf(const MapScene &s, MapBox::Kind kind)
{
    for (const MapBox &b : s.boxes)
        if (b.kind == kind)
            return &b;
    return nullptr;
}

} // namespace

class TestTopologyLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodesDoNotJumpWhenOthersComeAndGo()
    {
        TopologyLayout layout;
        const auto t0 = std::chrono::steady_clock::now();
        TopologyGraph g = graphOf(3, 4);
        const auto before = positions(layout.place(g, at(MapLevel::Nodes), t0));
        QCOMPARE(before.size(), size_t(36));

        // Remove every other node of one service, add a new service to one zone and a node to another.
        TopologyGraph changed = g;
        std::erase_if(changed.nodes, [](const GraphNode &n) { return n.service == "svc1" && n.id.endsWith("-1"); });
        changed.nodes.push_back({"new-node", "svc0", "az-b", "go-micro", false});
        changed.nodes.push_back({"fresh-svc-0", "zzz", "az-a", "go-micro", false});
        const MapScene after = layout.place(changed, at(MapLevel::Nodes), t0 + 1s);
        const auto moved = positions(after);
        for (const auto &[id, p] : before)
            if (moved.count(id))
                QVERIFY2(moved.at(id) == p, qPrintable(id + " moved"));
        for (const auto &d : after.dots)
            QCOMPARE(d.fresh, d.id == "new-node" || d.id == "fresh-svc-0");

        // A removed node's slot is reused by the next newcomer, still without moving the rest.
        changed.nodes.push_back({"svc1-az-a-9", "svc1", "az-a", "go-micro", false});
        const auto again = positions(layout.place(changed, at(MapLevel::Nodes), t0 + 2s));
        QCOMPARE(again.at("svc1-az-a-9"), before.at("svc1-az-a-1"));
        for (const auto &[id, p] : moved)
            QCOMPARE(again.at(id), p);
    }

    void routesPassThroughNoBoxTheyDoNotJoin_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("servicesPerZone");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("callsEach");
        QTest::addColumn<double>("aspect");
        for (const auto &[name, level] : {std::pair{"zones", MapLevel::Zones}, {"services", MapLevel::Services}, {"nodes", MapLevel::Nodes}}) {
            QTest::addRow("%s small wide", name) << int(level) << 4 << 2 << 2 << 1.6;
            QTest::addRow("%s small tall", name) << int(level) << 4 << 2 << 2 << 0.6;
            QTest::addRow("%s 1000 nodes", name) << int(level) << 34 << 10 << 30 << 1.4;
        }
    }

    void routesPassThroughNoBoxTheyDoNotJoin()
    {
        QFETCH(int, level);
        QFETCH(int, servicesPerZone);
        QFETCH(int, nodes);
        QFETCH(int, callsEach);
        QFETCH(double, aspect);
        TopologyGraph g = graphOf(servicesPerZone, nodes);
        addCalls(g, servicesPerZone, callsEach, true);
        g.topics.push_back({"orders.created", {"svc1", "svc2"}});
        TopologyLayout layout;
        const MapScene s = layout.place(g, at(MapLevel(level), aspect), std::chrono::steady_clock::now());
        QVERIFY(!s.edges.empty());
        const QString problem = geometryProblem(s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The map's bounds hold every route: its picture and Fit cover them.
        for (const MapEdge &e : s.edges)
            for (const QPointF &p : e.route)
                QVERIFY2(s.bounds.contains(p), qPrintable(QString("%1 → %2 leaves the map at %3,%4").arg(e.from, e.to).arg(p.x()).arg(p.y())));
        // Fit fills the canvas: the map's shape follows the canvas's.
        const double coverage = MapGridLayout::coverage(s.bounds.width(), s.bounds.height(), aspect);
        QVERIFY2(coverage >= 0.5, qPrintable(QString("the map covers %1 of the canvas").arg(coverage)));
        // Every label, at every zoom, clear of the others and of every box but its own.
        for (double zoom : {0.25, 0.6, 1.0, 1.8}) {
            const std::vector<MapLabel> labels = MapLabels::place(s, zoom);
            for (size_t i = 0; i < labels.size(); ++i) {
                for (size_t j = i + 1; j < labels.size(); ++j)
                    QVERIFY2(!labels[i].rect.intersects(labels[j].rect),
                             qPrintable(QString("at zoom %1: %2 over %3").arg(zoom).arg(labels[i].text, labels[j].text)));
                // Inside the map: Fit shows the bounds, and a word past them would be cut off.
                QVERIFY2(s.bounds.contains(labels[i].rect),
                         qPrintable(QString("at zoom %1: %2 sticks out of the map").arg(zoom).arg(labels[i].text)));
                if (labels[i].kind != MapLabel::Kind::Edge)
                    continue;
                for (const MapBox &b : s.boxes)
                    QVERIFY2(b.frame ? !b.header.intersects(labels[i].rect) && (!b.rect.intersects(labels[i].rect) || b.rect.contains(labels[i].rect))
                                     : !b.rect.intersects(labels[i].rect),
                             qPrintable(QString("at zoom %1: %2 over %3").arg(zoom).arg(labels[i].text, b.key)));
            }
        }
    }

    void thousandNodesAndThreeThousandEdgesLayOutQuickly()
    {
        TopologyGraph g = graphOf(56, 6); // 1 008 nodes of 56 services, each in 3 zones
        // 3 000 edges: that many distinct caller → callee pairs.
        for (int a = 0; a < 56 && g.calls.size() < 3000; ++a)
            for (int b = 0; b < 56 && g.calls.size() < 3000; ++b)
                if (a != b)
                    g.calls.push_back({QString("svc%1").arg(a), QString("svc%1").arg(b), 1.0 + (a + b) % 7, 1, {"Svc.Call"}, 0});
        TopologyLayout layout;
        QElapsedTimer t;
        t.start();
        MapScene s = layout.place(g, at(MapLevel::Nodes), std::chrono::steady_clock::now());
        const qint64 first = t.restart();
        s = layout.place(g, at(MapLevel::Nodes), std::chrono::steady_clock::now());
        qInfo("1 008 nodes, %zu edges: %lld ms the first time, %lld ms after (layout %.1f ms, routes %.1f ms)", s.edges.size(), first,
              qint64(t.elapsed()), s.layoutMs, s.routeMs);
        QCOMPARE(s.dots.size(), size_t(1008));
        QCOMPARE(s.edges.size(), size_t(3000));
        QVERIFY2(t.elapsed() < 10000, "a layout of 1 008 nodes took over 10 s");
        std::set<std::pair<int, int>> places;
        for (const auto &d : s.dots)
            QVERIFY(places.insert({int(d.center.x()), int(d.center.y())}).second);
        const QString problem = geometryProblem(s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theGeometryCheckCatchesARouteThroughABox()
    {
        // The check the tests above rely on fails where it should.
        TopologyGraph g = graphOf(3, 1, {"az-a"});
        g.calls.push_back({"svc0", "svc2", 1, 1, {"A"}, 0});
        TopologyLayout layout;
        MapScene s = layout.place(g, at(MapLevel::Nodes), std::chrono::steady_clock::now());
        QVERIFY(geometryProblem(s).isEmpty());
        MapEdge &e = s.edges.front();
        const QRectF from = s.box(e.from)->rect, to = s.box(e.to)->rect;
        // From its box, through the third box's middle, to its target.
        const QPointF through = s.box("group:az-a|svc1")->rect.center();
        e.route = QPolygonF{QPointF(from.center().x(), from.top()), QPointF(from.center().x(), through.y()), through,
                            QPointF(to.center().x(), through.y()), QPointF(to.center().x(), to.top())};
        QVERIFY2(geometryProblem(s).contains("crosses group:az-a|svc1"), qPrintable(geometryProblem(s)));
        e.route = QPolygonF{QPointF(from.center().x(), from.top()), to.topLeft()};
        QVERIFY(geometryProblem(s).contains("slanted"));
    }

    void levelsAggregate()
    {
        TopologyGraph g = graphOf(2, 2, {"az-a", "az-b"});
        g.nodes.push_back({"svc1-az-b-extra", "svc1", "az-b", "go-micro", true});
        g.calls.push_back({"svc0", "svc1", 10, 100, {"Svc1.Call"}, 0.5});
        g.calls.push_back({"", "svc1", 4, 40, {"Svc1.Get"}, 0});
        TopologyLayout layout;
        const auto now = std::chrono::steady_clock::now();

        const MapScene zones = layout.place(g, at(MapLevel::Zones), now);
        QCOMPARE(std::count_if(zones.boxes.begin(), zones.boxes.end(), [](const MapBox &b) { return b.kind == MapBox::Kind::Zone; }), 2);
        // svc0 is half in each zone, svc1 two fifths in az-a: az-a → az-b carries ½ × ⅗ of 10/s.
        double aToB = 0;
        for (const MapEdge &e : zones.edges)
            if (e.from == "zone:az-a" && e.to == "zone:az-b") {
                aToB = e.perSecond;
                QVERIFY(e.estimated);
            }
        QCOMPARE(aToB, 10 * 0.5 * 0.6);
        const MapBox *unknown = boxOf(zones, MapBox::Kind::Unknown);
        QVERIFY(unknown);
        for (const MapBox &b : zones.boxes) // at the map's left edge, outside every zone
            if (b.kind == MapBox::Kind::Zone)
                QVERIFY(unknown->rect.right() < b.rect.left());

        const MapScene services = layout.place(g, at(MapLevel::Services), now);
        const MapBox *svc1 = services.box("service:svc1");
        QVERIFY(svc1);
        QCOMPARE(svc1->nodes, 5);
        QCOMPARE(svc1->stale, 1);
        QCOMPARE(svc1->perSecond, 14.0);
        QCOMPARE(svc1->errorRatio, 5.0 / 14);

        const MapScene nodes = layout.place(g, at(MapLevel::Nodes), now);
        QVERIFY(nodes.box("group:az-b|svc1"));
        QCOMPARE(nodes.box("group:az-b|svc1")->parent, QString("zone:az-b"));
        QCOMPARE(nodes.dots.size(), size_t(9));
        // A zone drilled into: only its nodes.
        const MapScene one = layout.place(g, at(MapLevel::Services, 1.4, "zone:az-a"), now);
        QCOMPARE(one.box("service:svc1")->nodes, 2);
    }

    void serversWithoutZonesAreTheClustersNotAZone()
    {
        // A plain nats-server (no server_tags) and services whose nodes name their zones: the
        // server is shown once, in a strip, and the node zones fill the map.
        TopologyGraph g = graphOf(2, 1, {"az-a", "az-b", "az-c"});
        g.servers = {{"nats-1", TopologyGraph::unzoned(), true}};
        TopologyLayout layout;
        const MapScene s = layout.place(g, at(MapLevel::Nodes), std::chrono::steady_clock::now());
        QVERIFY(!s.box("zone:unzoned"));
        const MapBox *strip = boxOf(s, MapBox::Kind::Servers);
        QVERIFY(strip);
        QCOMPARE(strip->members, QStringList{"nats-1"});
        for (const MapBox &b : s.boxes)
            if (b.kind == MapBox::Kind::Zone)
                QVERIFY(b.rect.top() > strip->rect.bottom());

        // Neither carries zones: no frames, the services side by side.
        TopologyGraph flat = graphOf(3, 2, {TopologyGraph::unzoned()});
        flat.servers = {{"nats-1", TopologyGraph::unzoned(), true}};
        const MapScene f = layout.place(flat, at(MapLevel::Nodes), std::chrono::steady_clock::now());
        QVERIFY(!boxOf(f, MapBox::Kind::Zone));
        QCOMPARE(std::count_if(f.boxes.begin(), f.boxes.end(), [](const MapBox &b) { return b.kind == MapBox::Kind::Group; }), 3);
    }

    void namesShortenByDroppingLeadingParts()
    {
        QCOMPARE(MapLabels::shorten("go.micro.srv.greeter", 40), QString("go.micro.srv.greeter"));
        QCOMPARE(MapLabels::shorten("go.micro.srv.greeter", 13), QString("…srv.greeter"));
        QCOMPARE(MapLabels::shorten("go.micro.srv.greeter", 9), QString("…greeter"));
        QCOMPARE(MapLabels::shorten("go.micro.srv.greeter", 6), QString()); // never cut mid-word
        QCOMPARE(MapLabels::shorten("notifications", 8), QString());
    }

    void hostileGraphsAreLaidOut_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("a service with 5 000 nodes") << 0;
        QTest::newRow("a zone name of 10 000 characters") << 1;
        QTest::newRow("200 zones") << 2;
        QTest::newRow("a cycle and a service calling itself") << 3;
    }

    void hostileGraphsAreLaidOut()
    {
        QFETCH(int, kind);
        TopologyGraph g;
        if (kind == 0) {
            g = graphOf(1, 1);
            for (int i = 0; i < 5000; ++i)
                g.nodes.push_back({QString("big-%1").arg(i), "big", i % 2 ? "az-a" : "az-b", "go-micro", false});
            g.calls.push_back({"svc0", "big", 100, 100, {"Big.Call"}, 0});
        } else if (kind == 1) {
            g = graphOf(2, 2, {QString(10000, u'z'), "az-b"});
            addCalls(g, 2, 1);
        } else if (kind == 2) {
            QStringList zones;
            for (int i = 0; i < 200; ++i)
                zones << QString("zone-%1").arg(i);
            g = graphOf(1, 2, zones);
            addCalls(g, 1, 1, true);
        } else {
            g = graphOf(3, 1);
            g.calls = {{"svc0", "svc1", 1, 1, {"A"}, 0}, {"svc1", "svc2", 1, 1, {"B"}, 0}, {"svc2", "svc0", 1, 1, {"C"}, 0},
                       {"svc1", "svc1", 1, 1, {"Self"}, 0}};
        }
        for (MapLevel level : {MapLevel::Zones, MapLevel::Services, MapLevel::Nodes}) {
            TopologyLayout layout;
            QElapsedTimer t;
            t.start();
            const MapScene s = layout.place(g, at(level), std::chrono::steady_clock::now());
            // A hang, not a speed test (thousandNodesAndThreeThousandEdges… is): ASan took 8.4 s.
            QVERIFY2(t.elapsed() < 60000, qPrintable(QString("took %1 ms").arg(t.elapsed())));
            for (const MapBox &b : s.boxes)
                QVERIFY2(!b.rect.isEmpty(), qPrintable(b.key.left(40) + " has no place"));
            const QString problem = geometryProblem(s);
            QVERIFY2(problem.isEmpty(), qPrintable(problem.left(300)));
            (void)MapLabels::place(s, 0.5);
        }
    }
};

QTEST_MAIN(TestTopologyLayout)
#include "tst_topology_layout.moc"
