// The topology model and view: the model lays out off the GUI thread, drills down and back up,
// finds and walks the map by keyboard, names things in words (no bare UUIDs) and keeps its
// accessible rows across scenes; the view draws the routes where the layout put them.
#include <QSignalSpy>
#include <QQuickView>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "TopologyFixtures.h"
#include "TopologyModel.h"
#include "TrafficFlow.h"
#include "TopologyView.h"

using namespace switchboard::gui;
using namespace switchboard::gui::testing;

class TestTopology : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the remembered level stays out of the user's settings
        QSettings().remove("topology/level");
    }

    void modelLaysOutOffTheGuiThreadAndDimsBySelection()
    {
        TopologyModel model;
        model.setLevel("nodes");
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
        const QString callee = model.scene()->edges.front().to;
        QVERIFY(model.related(callee)); // called by the selected node's service
        QVERIFY(!model.related("topic:none"));
        QVERIFY(model.selection().value("lines").toStringList().join("\n").contains("25 % errors"));
        // The edge is labelled with its rate and error share, in red: failing now.
        bool labelled = false;
        for (int i = 0; i < model.labels()->count(); ++i) {
            const QVariantMap l = model.labels()->get(i);
            if (l.value("kind").toInt() == int(MapLabel::Kind::Edge)) {
                labelled = true;
                QCOMPARE(l.value("tone").toString(), QString("red"));
                QVERIFY2(l.value("text").toString().contains("25 % err"), qPrintable(l.value("text").toString()));
            }
        }
        QVERIFY(labelled);
    }

    void drillsDownAndBackUp()
    {
        TopologyModel model;
        model.setLevel("zones");
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        TopologyGraph g = graphOf(2, 2, {"az-a", "az-b"});
        g.calls.push_back({"svc0", "svc1", 2, 2, {"Svc1.Call"}, 0});
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QCOMPARE(model.level(), QString("zones"));
        QVERIFY(model.scene()->box("zone:az-a"));
        QVERIFY(model.drillDown("zone:az-a"));
        QCOMPARE(model.level(), QString("services"));
        QVERIFY(scene.wait(5000));
        QCOMPARE(model.scene()->scope, QString("zone:az-a"));
        QVERIFY(model.scene()->box("service:svc0"));
        QVERIFY(model.drillDown("service:svc0"));
        QCOMPARE(model.level(), QString("nodes"));
        QVERIFY(scene.wait(5000));
        QCOMPARE(model.breadcrumb().size(), 3);
        QCOMPARE(model.breadcrumb().at(1).toMap().value("text").toString(), QString("az-a"));
        QVERIFY(!model.drillDown("group:az-a|svc0")); // nothing below the nodes
        model.goUp(0);
        QCOMPARE(model.level(), QString("zones"));
        QCOMPARE(model.breadcrumb().size(), 1);
        // The level chosen is remembered for the next start.
        QCOMPARE(QSettings().value("topology/level").toString(), QString("zones"));
    }

    void findsAndWalksByKeyboardAndNamesWithoutUuids()
    {
        TopologyModel model;
        model.setLevel("nodes");
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        TopologyGraph g = graphOf(2, 1, {"az-a", "az-b"});
        g.nodes.push_back({"orders-3f2a9c1e-7fa8-4076-ac1e-d3a1b2c3d4e5", "orders", "az-a", "go-micro", false});
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        const QString found = model.find("orders", "");
        QCOMPARE(found, QString("group:az-a|orders"));
        QCOMPARE(model.find("orders", found), QString("orders-3f2a9c1e-7fa8-4076-ac1e-d3a1b2c3d4e5"));
        // Right of a box is the box beside it, not one a row down.
        const QRectF from = model.rectOf("group:az-a|svc0");
        const QString right = model.neighbour("group:az-a|svc0", 1, 0);
        QVERIFY(!right.isEmpty());
        QVERIFY(model.rectOf(right).center().x() > from.center().x());
        QVERIFY(model.neighbour("", 0, 1) != QString());
        // Nodes are named as people say them: the service, the zone and the start of the id.
        const QString text = model.describe("orders-3f2a9c1e-7fa8-4076-ac1e-d3a1b2c3d4e5");
        QCOMPARE(text, QString("orders in az-a · 3f2a9c1e…"));
        for (int i = 0; i < model.items()->count(); ++i)
            QVERIFY2(!model.items()->get(i).value("itemText").toString().contains("7fa8-4076"),
                     qPrintable(model.items()->get(i).value("itemText").toString()));
    }

    void accessibleItemsKeepTheirRowsAcrossScenes()
    {
        // The accessible list is rebuilt from every scene (about once a second in a live
        // cluster). It was a QVariantList: each scene reset the ListView, which rebuilt every
        // delegate and kept the old rows' strings alive (the soak's heap profile found them
        // growing 0.35 MiB a minute). Rows that stay must stay, and only a changed row changes.
        TopologyModel model;
        model.setLevel("nodes");
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        TopologyGraph g = graphOf(1, 2, {"az-a", "az-b"});
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        RowListModel *items = model.items();
        const int rows = items->count();
        QCOMPARE(rows, 2 + 2 + 2 + 4); // zones, servers, groups, nodes
        QVERIFY(items->indexOfKey("zone:az-a") >= 0);

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
        QCOMPARE(items->count(), rows);
    }

    void exportsAWellFormedSvgWithAnElementPerNode()
    {
        TopologyModel model;
        model.setLevel("nodes");
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        TopologyGraph g = graphOf(3, 4);
        addCalls(g, 3, 2);
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));
        QTemporaryDir dir;
        const QString path = dir.filePath("map.svg");
        const QVariantMap colours{{"background", QColor("#ffffff")}, {"edge", QColor("#8a93a3")}, {"live", QColor("#1e8e4a")}};
        QVERIFY(model.exportSvg(path, colours).contains("written"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QSet<QString> nodes;
        int paths = 0, rects = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"circle") {
                const QString id = xml.attributes().value("data-node").toString();
                QVERIFY2(!nodes.contains(id), qPrintable(id));
                nodes.insert(id);
                QCOMPARE(xml.attributes().value("fill").toString(), QString("#1e8e4a"));
            }
            paths += xml.name() == u"path";
            rects += xml.name() == u"rect" && xml.attributes().hasAttribute("data-key");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(nodes.size(), qsizetype(model.nodeCount()));
        QCOMPARE(qsizetype(nodes.size()), qsizetype(g.nodes.size()));
        QCOMPARE(size_t(paths), model.scene()->edges.size());
        QCOMPARE(size_t(rects), model.scene()->boxes.size());
        // A folder that cannot be written: an error in words, nothing half-written.
        const QString bad = dir.filePath("missing/map.svg");
        const QString error = model.exportSvg(bad, colours);
        QVERIFY2(error.startsWith("Could not write"), qPrintable(error));
        QVERIFY(!QFile::exists(bad));
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
        model.setLevel("nodes");
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

        const auto &edge = model.scene()->edges.front();
        QVERIFY(edge.route.size() >= 2);
        auto toWindow = [&](QPointF p) { return content->mapToScene(p).toPoint(); };
        QImage image;
        auto dark = [&](QPoint p) { return qGray(image.pixel(p)) < 160; };
        // Halfway along the route's longest segment (the ends hold the arrowhead and the borders).
        QPointF mid;
        double longest = 0;
        for (qsizetype i = 0; i + 1 < edge.route.size(); ++i)
            if (QLineF(edge.route[i], edge.route[i + 1]).length() > longest) {
                longest = QLineF(edge.route[i], edge.route[i + 1]).length();
                mid = (edge.route[i] + edge.route[i + 1]) / 2;
            }
        // The edges' picture is painted on a pool thread: it comes a frame or two later.
        QTRY_VERIFY2((image = view.grabWindow(), dark(toWindow(mid))), "the edge is not where the layout put it");
        // Not where it would be without the parents' transform.
        QVERIFY(!dark(mid.toPoint()));
    }

    void aBigMapZoomedInIsPaintedAroundTheViewAndFollowsAPan()
    {
        // Zoomed in on a big map, only the part around the window is painted at the window's
        // scale; a pan far away gets that part painted (a box there is drawn), and the coarse
        // whole-map picture that fills in meanwhile goes once the part has come.
        QQuickView view;
        view.resize(900, 600);
        view.setColor(Qt::white);
        auto *content = new QQuickItem(view.contentItem());
        content->setTransformOrigin(QQuickItem::TopLeft);
        const double zoom = 2;
        content->setScale(zoom);
        TopologyModel model;
        model.setLevel("services");
        auto *topology = new TopologyView(content);
        topology->setModel(&model);
        topology->setViewScale(zoom);
        for (const char *name : {"zoneColor", "groupColor", "liveColor", "staleColor", "freshColor", "downColor", "degradedColor"})
            topology->setProperty(name, QColor(Qt::white));
        topology->setProperty("borderColor", QColor(Qt::black));
        topology->setProperty("edgeColor", QColor(Qt::white));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        const QSizeF seen(view.width() / zoom, view.height() / zoom);
        // As the page does before a scene comes: without a visible area a frame paints the whole
        // map (there is no window to paint around), and that picture is then kept.
        topology->setVisibleArea(QRectF(QPointF(0, 0), seen));
        model.placeGraph(graphOf(150, 1, {"az-a"}));
        QVERIFY(scene.wait(5000));
        const QRectF bounds = model.scene()->bounds;
        QVERIFY2(bounds.width() > seen.width() * 3, qPrintable(QString("the map is too small for this test: %1 units wide").arg(bounds.width())));
        auto showAt = [&](QPointF topLeft) { // what the page does on a pan
            content->setPosition(-topLeft * zoom);
            topology->setVisibleArea(QRectF(topLeft, seen));
        };
        auto farthest = [&](bool right) {
            const MapBox *pick = nullptr;
            for (const MapBox &b : model.scene()->boxes)
                if (b.kind == MapBox::Kind::Service && (!pick || (right ? b.rect.right() > pick->rect.right() : b.rect.left() < pick->rect.left())))
                    pick = &b;
            return pick;
        };
        const MapBox *first = farthest(false), *last = farthest(true);
        QVERIFY(first && last && first != last);
        const QString lastKey = last->key;
        auto borderDrawn = [&](const QString &key) { // the top border, a little right of the corner
            const MapBox *b = model.scene()->box(key);
            const QPoint p = content->mapToScene(b->rect.topLeft() + QPointF(8, 0.5)).toPoint();
            const QImage image = view.grabWindow();
            return image.rect().contains(p) && qGray(image.pixel(p)) < 100;
        };
        showAt(first->rect.topLeft() - QPointF(20, 20));
        QTRY_VERIFY2(borderDrawn(first->key), "the box in the window is not drawn");
        const QSize whole = MapPainter::sizeAt(bounds, MapPainter::scaleFor(zoom));
        const int wholeTiles = ((whole.width() + 255) / 256) * ((whole.height() + 255) / 256);
        QVERIFY2(topology->detailTiles() < wholeTiles / 2,
                 qPrintable(QString("%1 of %2 tiles painted").arg(topology->detailTiles()).arg(wholeTiles)));
        showAt(model.scene()->box(lastKey)->rect.topLeft() - QPointF(20, 20));
        QTRY_VERIFY2(borderDrawn(lastKey), "the part panned to was not painted");
        QTRY_COMPARE(topology->overviewTiles(), 0);
    }

    void aZoomGestureReplacesTheWordsOnceItRests()
    {
        TopologyModel model;
        model.setLevel("nodes");
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        model.placeGraph(graphOf(3, 2, {"az-a", "az-b"}));
        QVERIFY(scene.wait(5000));
        auto firstWidth = [&] { return model.labels()->get(0).value("sw").toDouble(); };
        QVERIFY(model.labels()->count() > 0);

        // One change (Fit, a button): placed at once, for the new zoom.
        QTest::qWait(TopologyModel::kZoomRestMs + 20);
        const double at1 = firstWidth();
        model.setZoom(2);
        QVERIFY(!model.labelsPending());
        QVERIFY2(std::abs(firstWidth() * 2 - at1) < at1 * 0.02, "a word keeps its width on screen");

        // A gesture: the words wait (and are hidden) until the zoom rests, then fit the last zoom.
        model.setZoom(1.5);
        model.setZoom(1.2);
        QVERIFY(model.labelsPending());
        QTRY_VERIFY(!model.labelsPending());
        QVERIFY2(std::abs(firstWidth() * 1.2 - at1) < at1 * 0.02, "placed for the zoom the gesture ended at");
    }

    void trafficDotsMoveWhileRunningAndStayStillWhenStopped()
    {
        QCOMPARE(TrafficFlow::dotsFor(0.01), 0); // an idle edge
        QCOMPARE(TrafficFlow::dotsFor(0.05), 1);
        QCOMPARE(TrafficFlow::dotsFor(50), 3);
        QCOMPARE(TrafficFlow::dotsFor(1e9), 6);

        QQuickView view;
        view.resize(700, 500);
        view.setColor(Qt::white);
        TopologyModel model;
        model.setLevel("nodes");
        auto *flow = new TrafficFlow(view.contentItem());
        flow->setModel(&model);
        flow->setProperty("color", QColor(Qt::black));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TopologyGraph g = graphOf(2, 1, {"az-a", "az-b"});
        g.calls.push_back({"svc0", "svc1", 50, 100, {"Svc1.Call"}});
        QSignalSpy scene(&model, &TopologyModel::sceneChanged);
        model.placeGraph(g);
        QVERIFY(scene.wait(5000));

        flow->setRunning(true);
        QTRY_COMPARE(flow->dots(), 3);
        auto inked = [](const QImage &image) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += qGray(image.pixel(x, y)) < 128;
            return n;
        };
        const QImage first = view.grabWindow();
        QVERIFY(inked(first) > 0);
        QTest::qWait(250); // 90 units a second: over 20 px further
        QVERIFY2(view.grabWindow() != first, "the dots did not move");

        flow->setRunning(false);
        QTRY_COMPARE(flow->dots(), 0);
        const QImage still = view.grabWindow();
        QCOMPARE(inked(still), 0);
        QTest::qWait(250);
        QCOMPARE(view.grabWindow(), still);
    }
};

QTEST_MAIN(TestTopology)
#include "tst_topology.moc"
