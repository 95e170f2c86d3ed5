// The topology's graph and layout: nodes keep their place when others come and go, zones and
// groups keep their order, a new node is marked fresh and the first picture is not, edges join
// the right boxes, filters draw less; 1 000 nodes place quickly; the model lays out off the GUI
// thread and the selection dims the rest.
#include <QSignalSpy>
#include <QQuickView>
#include <QtTest>

#include <set>

#include "TopologyLayout.h"
#include "TopologyModel.h"
#include "TopologyView.h"

using namespace switchboard::gui;
using namespace std::chrono_literals;

namespace {

TopologyGraph graphOf(int servicesPerZone, int nodesPerService, const QStringList &zones = {"az-a", "az-b", "az-c"})
{
    TopologyGraph g;
    for (const QString &z : zones) {
        g.zones.push_back({z, "healthy", {}});
        g.servers.push_back({"n-" + z, z, true});
        for (int s = 0; s < servicesPerZone; ++s)
            for (int n = 0; n < nodesPerService; ++n)
                g.nodes.push_back({QString("svc%1-%2-%3").arg(s).arg(z).arg(n), QString("svc%1").arg(s), z, "go-micro", false});
    }
    return g;
}

std::map<QString, QPointF> positions(const TopologyScene &s)
{
    std::map<QString, QPointF> out;
    for (const auto &d : s.dots)
        out[d.id] = d.center;
    return out;
}

} // namespace

class TestTopology : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodesDoNotJumpWhenOthersComeAndGo()
    {
        TopologyLayout layout;
        const auto t0 = std::chrono::steady_clock::now();
        TopologyGraph g = graphOf(3, 4);
        const auto before = positions(layout.place(g, t0));
        QCOMPARE(before.size(), size_t(36));

        // Remove every other node of one service, add a new service to one zone and a node to another.
        TopologyGraph changed = g;
        std::erase_if(changed.nodes, [](const GraphNode &n) { return n.service == "svc1" && n.id.endsWith("-1"); });
        changed.nodes.push_back({"new-node", "svc0", "az-b", "go-micro", false});
        changed.nodes.push_back({"fresh-svc-0", "zzz", "az-a", "go-micro", false});
        const TopologyScene after = layout.place(changed, t0 + 1s);
        const auto moved = positions(after);
        for (const auto &[id, p] : before)
            if (moved.count(id))
                QVERIFY2(moved.at(id) == p, qPrintable(id + " moved"));
        // The new node takes a free slot in its group, and is marked fresh; old ones are not.
        for (const auto &d : after.dots)
            QCOMPARE(d.fresh, d.id == "new-node" || d.id == "fresh-svc-0");

        // A removed node's slot is reused by the next newcomer, still without moving the rest.
        changed.nodes.push_back({"svc1-az-a-9", "svc1", "az-a", "go-micro", false});
        const auto again = positions(layout.place(changed, t0 + 2s));
        QCOMPARE(again.at("svc1-az-a-9"), before.at("svc1-az-a-1"));
        for (const auto &[id, p] : moved)
            QCOMPARE(again.at(id), p);
    }

    void edgesJoinTheirBoxes()
    {
        TopologyLayout layout;
        TopologyGraph g = graphOf(2, 1, {"az-a"});
        g.topics.push_back({"orders.created", {"svc1"}});
        g.calls.push_back({"svc0", "svc1", 12.5, 100, {"Svc.Call"}});
        g.calls.push_back({"", "svc0", 3, 9, {"Svc.Get"}});
        const TopologyScene s = layout.place(g, std::chrono::steady_clock::now());
        QCOMPARE(s.edges.size(), size_t(3));
        int calls = 0, subscriptions = 0;
        for (const auto &e : s.edges) {
            if (!e.call) {
                ++subscriptions;
                QCOMPARE(e.to, QString("topic:orders.created"));
                QCOMPARE(e.b, s.topics.front().rect.center());
            } else {
                ++calls;
                if (e.from == "unknown")
                    QCOMPARE(e.a, s.unknownCallers.center());
                else
                    QCOMPARE(e.perSecond, 12.5);
            }
        }
        QCOMPARE(calls, 2);
        QCOMPARE(subscriptions, 1);
        QVERIFY(s.bounds.contains(s.unknownCallers));
    }

    void thousandNodesPlaceQuickly()
    {
        TopologyLayout layout;
        const TopologyGraph g = graphOf(20, 17); // 3 × 20 × 17 = 1 020 nodes
        QElapsedTimer t;
        t.start();
        TopologyScene s;
        for (int i = 0; i < 10; ++i)
            s = layout.place(g, std::chrono::steady_clock::now());
        QCOMPARE(s.dots.size(), size_t(1020));
        qInfo("1 020 nodes: %.2f ms per layout", t.elapsed() / 10.0);
        QVERIFY2(t.elapsed() < 5000, "ten layouts of 1 020 nodes took over 5 s");
        // No two dots share a place.
        std::set<std::pair<int, int>> places;
        for (const auto &d : s.dots)
            QVERIFY(places.insert({int(d.center.x()), int(d.center.y())}).second);
    }

    void modelLaysOutOffTheGuiThreadAndDimsBySelection()
    {
        TopologyModel model;
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        TopologyGraph g = graphOf(2, 2, {"az-a", "az-b"});
        g.calls.push_back({"svc0", "svc1", 2, 2, {"Svc1.Call"}, 0.25});
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QCOMPARE(model.nodeCount(), 8);
        QCOMPARE(model.allZones(), (QStringList{"az-a", "az-b"}));
        const auto dot = model.scene()->dots.front();
        QCOMPARE(model.keyAt(dot.center.x(), dot.center.y()), dot.id);
        model.setSelected(dot.id);
        QCOMPARE(model.selection().value("kind").toString(), QString("node"));
        QVERIFY(model.related(dot.groupKey));
        QVERIFY(model.related("az-a|svc1")); // called by the selected node's service
        QVERIFY(!model.related("topic:none"));
        QCOMPARE(model.items()->count(), 2 + 2 + 8);
        // The selected node's call edge is labelled with its rate and error share.
        const QVariantList labels = model.edgeLabels();
        QCOMPARE(labels.size(), 1);
        QCOMPARE(labels.first().toMap().value("errorRatio").toDouble(), 0.25);
        QVERIFY(model.selection().value("lines").toStringList().join("\n").contains("25.0 % errors"));
    }

    void accessibleItemsKeepTheirRowsAcrossScenes()
    {
        // The accessible list is rebuilt from every scene (about once a second in a live
        // cluster). It was a QVariantList: each scene reset the ListView, which rebuilt every
        // delegate and kept the old rows' strings alive (the soak's heap profile found them
        // growing 0.35 MiB a minute). Rows that stay must stay, and only a changed row changes.
        TopologyModel model;
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        TopologyGraph g = graphOf(1, 2, {"az-a", "az-b"});
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        RowListModel *items = model.items();
        QCOMPARE(items->count(), 2 + 2 + 4);
        QCOMPARE(items->row(0).key, QString("zone:az-a"));

        QSignalSpy reset(items, &QAbstractItemModel::modelReset);
        QSignalSpy removed(items, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(items, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(items, &QAbstractItemModel::dataChanged);
        g.nodes[0].stale = true;
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        const int stale = items->indexOfKey(g.nodes[0].id);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), stale);
        QVERIFY(items->get(stale).value("itemText").toString().contains("stale"));

        // A repeated node id (a hostile registry can send one) is listed once.
        g.nodes.push_back(g.nodes[1]);
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QCOMPARE(items->count(), 2 + 2 + 4);
    }

    void edgesAddedLaterAreDrawnInPlace()
    {
        // Rendered by the software renderer, inside a moved, scaled and clipped parent, with the
        // edges arriving after the first frame: they must land where the layout put them.
        QQuickView view;
        view.resize(900, 600);
        view.setColor(Qt::white);
        auto *frame = new QQuickItem(view.contentItem());
        frame->setPosition(QPointF(150, 100));
        frame->setSize(QSizeF(700, 450));
        frame->setClip(true);
        auto *content = new QQuickItem(frame);
        content->setPosition(QPointF(40, 30));
        content->setScale(0.8);
        content->setTransformOrigin(QQuickItem::TopLeft);
        TopologyModel model;
        auto *topology = new TopologyView(content);
        topology->setModel(&model);
        for (const char *name : {"zoneColor", "groupColor", "borderColor", "liveColor", "staleColor", "freshColor",
                                 "downColor", "degradedColor"})
            topology->setProperty(name, QColor(Qt::white));
        topology->setProperty("edgeColor", QColor(Qt::black));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        TopologyGraph g = graphOf(2, 1, {"az-a", "az-b"});
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QTRY_VERIFY(topology->frames() > 0);
        const int framesBefore = topology->frames();
        g.calls.push_back({"svc0", "svc1", 50, 100, {"Svc1.Call"}});
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QTRY_VERIFY(topology->frames() > framesBefore);
        const QImage image = view.grabWindow();

        const auto &edge = model.scene()->edges.front();
        auto toWindow = [&](QPointF p) { return content->mapToScene(p).toPoint(); };
        auto dark = [&](QPoint p) { return qGray(image.pixel(p)) < 160; };
        // On the line (a quarter of the way along; the middle holds the arrowhead).
        QVERIFY2(dark(toWindow(edge.a + (edge.b - edge.a) * 0.25)), "the edge is not where the layout put it");
        // Not where it would be without the parents' transform.
        QVERIFY(!dark((edge.a + (edge.b - edge.a) * 0.25).toPoint()));
    }
};

QTEST_MAIN(TestTopology)
#include "tst_topology.moc"
