// The Topology's rows of ./bench (issue 22), each with a baseline measured in the same run:
//  - topology_layout_route_ms / topology_services_ready_ms: see topologyLayoutRows.
//  - topology_frame_p99 / topology_gui_busy: the map with 1 000 nodes (3 000 edges) at the Nodes
//    level while 50 come and go per second, traffic dots moving, an animation forcing frames;
//    frame interval p99 (QQuickWindow::frameSwapped) and the GUI thread's CPU share; baseline:
//    the same window and animation without the map.
//  - topology_pan_zoom_p99: 10 000 nodes at the Services level, panned and zoomed every frame;
//    baseline: the same motion over an empty item.
//  - topology_history_mib / topology_history_record_ms: see historyRows.
// Offscreen with the software renderer: rendering runs on the GUI thread, so the busy figure
// includes it (a GPU would take it off). `bench_topology frames` runs the frame rows only.
#include <QApplication>
#include <QElapsedTimer>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cmath>
#include <cstring>
#include <random>
#include <unistd.h>

#include "AppContext.h"
#include "BenchReport.h"
#include "BigTopology.h"
#include "ProcessStats.h"
#include "TopologyHistory.h"
#include "TopologyLayout.h"
#include "TopologyModel.h"
#include "TopologyView.h"
#include "TrafficFlow.h"

using namespace switchboard;

namespace {

using bench::addCalls;
using bench::bigGraph;
using bench::spin;
using bench::threadCpuSeconds;

struct FrameStats {
    double p99Ms = 0, busyPercent = 0;
    int dots = 0;
};


/// topology_layout_route_ms: the Nodes level of 1 000 nodes and 3 000 edges laid out and routed
/// after a change (median of 20), off the GUI thread in the app; baseline: the same layout
/// without routes. topology_services_ready_ms: a model given 10 000 nodes until its Services
/// level is laid out; baseline: the same for 1 000 nodes.
void topologyLayoutRows()
{
    const gui::TopologyGraph graph = bigGraph(1000, 3000);
    gui::TopologyLayout layout;
    gui::TopologyLayout::Options nodes;
    nodes.level = gui::MapLevel::Nodes;
    std::vector<double> total, placing;
    for (int i = 0; i < 21; ++i) {
        const gui::MapScene scene = layout.place(graph, nodes, std::chrono::steady_clock::now());
        if (i == 0)
            continue; // the first one chooses the columns
        total.push_back(scene.layoutMs + scene.routeMs);
        placing.push_back(scene.layoutMs);
    }
    bench::report("topology_layout_route_ms", bench::percentile(total, 0.5), bench::percentile(placing, 0.5), "ms", 500,
                  bench::Target::MaxAbsolute, {{"nodes", 1000}, {"edges", 3000}});

    auto ready = [](int count) {
        gui::TopologyModel model;
        model.setLevel(QStringLiteral("services"));
        QElapsedTimer t;
        t.start();
        model.placeGraph(bigGraph(count, 3000));
        QEventLoop loop;
        QObject::connect(&model, &gui::TopologyModel::sceneChanged, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        return double(t.elapsed());
    };
    const double base = ready(1000);
    bench::report("topology_services_ready_ms", ready(10000), base, "ms", 2000, bench::Target::MaxAbsolute, {{"nodes", 10000}});
}

FrameStats runTopology(bool withGraph, int seconds)
{
    QQuickView view;
    view.resize(1280, 800);
    view.setSource(QUrl());
    auto *root = new QQuickItem(view.contentItem());
    root->setSize(QSizeF(1280, 800));
    gui::TopologyModel model;
    model.setLevel(QStringLiteral("nodes")); // the level the rows are about (chosen by size, it would be Services)
    gui::TopologyView *topology = nullptr;
    gui::TrafficFlow *flow = nullptr;
    if (withGraph) {
        topology = new gui::TopologyView(root);
        topology->setModel(&model);
        topology->setProperty("liveColor", QColor(Qt::darkGreen));
        topology->setProperty("staleColor", QColor(Qt::gray));
        topology->setProperty("zoneColor", QColor(240, 240, 240));
        topology->setProperty("groupColor", QColor(Qt::white));
        topology->setProperty("borderColor", QColor(Qt::lightGray));
        topology->setProperty("edgeColor", QColor(Qt::gray));
        topology->setScale(0.5);
        topology->setProperty("viewScale", 0.5);
        topology->setTransformOrigin(QQuickItem::TopLeft);
        // Traffic in motion on: the frame budget holds with the dots moving.
        flow = new gui::TrafficFlow(topology);
        flow->setModel(&model);
        flow->setProperty("color", QColor(Qt::gray));
        flow->setRunning(true);
    }
    // Something always moving, so frames come as fast as the loop allows.
    QQmlComponent spinner(view.engine());
    spinner.setData("import QtQuick\nRectangle { width: 40; height: 40; color: 'steelblue'; "
                    "RotationAnimation on rotation { from: 0; to: 360; duration: 1000; loops: Animation.Infinite } }",
                    QUrl());
    auto *moving = qobject_cast<QQuickItem *>(spinner.create());
    moving->setParentItem(view.contentItem());
    view.show();

    std::mt19937 rng(7);
    gui::TopologyGraph graph;
    for (const char *z : {"az-a", "az-b", "az-c"})
        graph.zones.push_back({QString::fromLatin1(z), QStringLiteral("healthy"), {}});
    int next = 0;
    auto addNode = [&] {
        const int i = next++;
        graph.nodes.push_back({QStringLiteral("node-%1").arg(i), QStringLiteral("svc%1").arg(i % 60),
                               graph.zones[size_t(i % 3)].name, QStringLiteral("go-micro"), false});
    };
    for (int i = 0; i < 1000; ++i)
        addNode();
    addCalls(graph, 3000);
    if (withGraph)
        model.placeGraph(graph);

    std::vector<double> intervals;
    QElapsedTimer frameClock;
    frameClock.start();
    QObject::connect(&view, &QQuickWindow::frameSwapped, [&] {
        intervals.push_back(double(frameClock.nsecsElapsed()) / 1e6);
        frameClock.restart();
    });
    spin(1000); // warm up
    intervals.clear();
    // A real event loop (it sleeps when idle), so the thread's CPU time is what the work costs.
    QTimer churn;
    churn.setInterval(100); // 5 leave and 5 arrive every 100 ms: 50/s each way
    QObject::connect(&churn, &QTimer::timeout, [&] {
        for (int k = 0; k < 5; ++k) {
            graph.nodes.erase(graph.nodes.begin() + long(rng() % graph.nodes.size()));
            addNode();
        }
        if (withGraph)
            model.placeGraph(graph);
    });
    churn.start();
    const double cpu0 = threadCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    FrameStats s;
    s.busyPercent = (threadCpuSeconds() - cpu0) / (double(wall.elapsed()) / 1000.0) * 100.0;
    s.p99Ms = bench::percentile(intervals, 0.99);
    s.dots = flow ? flow->dots() : 0;
    return s;
}

void topologyRows()
{
    const FrameStats base = runTopology(false, 10);
    const FrameStats ours = runTopology(true, 20);
    bench::report("topology_frame_p99", ours.p99Ms, base.p99Ms, "ms", 33, bench::Target::MaxAbsolute,
                  {{"nodes", 1000}, {"edges", 3000}, {"churn_per_s", 50}, {"moving_dots", ours.dots}});
    bench::report("topology_gui_busy", ours.busyPercent, base.busyPercent, "% of one core", 50, bench::Target::MaxAbsolute,
                  {{"nodes", 1000}, {"edges", 3000}, {"churn_per_s", 50}, {"moving_dots", ours.dots}});
}


/// topology_pan_zoom_p99: the real Topology page (its labels re-placed for every zoom, its word
/// items, the minimap) showing the Services level of 10 000 nodes (1 000 services), zoomed a
/// step and panned a little every frame as a pinch and a drag would; baseline: the same page
/// and motion with an empty map.
struct PanZoom {
    double p50 = 0, p99 = 0;
};

PanZoom runPanZoom(bool withGraph, int seconds)
{
    QTemporaryDir dir;
    gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
    gui::AppContext::setInstance(&context);
    QQuickView view;
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.resize(1280, 800);
    QQmlComponent page(view.engine());
    page.setData("import QtQuick\nimport Switchboard\nTopologyPage { width: 1280; height: 800 }", QUrl());
    std::unique_ptr<QObject> root(page.create());
    auto *item = qobject_cast<QQuickItem *>(root.get());
    if (!item) {
        std::fprintf(stderr, "bench_topology: %s\n", qPrintable(page.errorString()));
        return {};
    }
    item->setParentItem(view.contentItem());
    view.show();
    spin(1000); // the page's first (empty) layout
    auto *model = root->property("model").value<gui::TopologyModel *>();
    if (withGraph) {
        model->setLevel(QStringLiteral("services"));
        QEventLoop ready;
        QObject::connect(model, &gui::TopologyModel::sceneChanged, &ready, &QEventLoop::quit);
        QTimer::singleShot(30000, &ready, &QEventLoop::quit);
        model->placeGraph(bigGraph(10000, 3000));
        ready.exec();
        QMetaObject::invokeMethod(root.get(), "fit");
    }
    spin(1000);
    std::vector<double> intervals;
    QElapsedTimer frameClock;
    frameClock.start();
    int frame = 0;
    QObject::connect(&view, &QQuickWindow::frameSwapped, [&] {
        intervals.push_back(double(frameClock.nsecsElapsed()) / 1e6);
        frameClock.restart();
        // In for a second, out for a second, about the canvas's middle, moving across.
        const double factor = (frame++ / 60) % 2 == 0 ? 1.02 : 1 / 1.02;
        QMetaObject::invokeMethod(root.get(), "zoomBy", Q_ARG(QVariant, factor), Q_ARG(QVariant, 400.0 + frame % 200),
                                  Q_ARG(QVariant, 300.0));
        view.update();
    });
    view.update();
    spin(seconds * 1000);
    gui::AppContext::setInstance(nullptr);
    return {bench::percentile(intervals, 0.5), bench::percentile(intervals, 0.99)};
}

void panZoomRow()
{
    const PanZoom base = runPanZoom(false, 5);
    const PanZoom ours = runPanZoom(true, 10);
    bench::report("topology_pan_zoom_p99", ours.p99, base.p99, "ms", 33, bench::Target::MaxAbsolute,
                  {{"nodes", 10000}, {"level", "services"}, {"p50_ms", ours.p50}, {"baseline_p50_ms", base.p50}});
}

/// topology_history_mib: what an hour of snapshots holds — 721 of them (one every 5 s, and one
/// more minute so that the oldest go) of a map of 1 000 nodes and 3 000 calls with churn (two
/// nodes replaced, one flipping stale, every rate moving at each snapshot); ours:
/// TopologyHistory::bytes() at the end, with the RSS the process grew by beside it; baseline:
/// whole copies of one snapshot. topology_history_record_ms: one record() (median); baseline:
/// copying the graph.
void historyRows()
{
    gui::TopologyGraph graph = bench::bigGraph(1000, 3000);
    constexpr int kSnapshots = int(gui::TopologyHistory::kSpanMs / gui::TopologyHistory::kEveryMs);

    gui::TopologyHistory one;
    one.record(graph, 0);
    const double oneMiB = double(one.bytes()) / (1024.0 * 1024.0);

    const double rssBefore = bench::rssMiB(getpid());
    gui::TopologyHistory history;
    std::mt19937 random(22);
    std::uniform_real_distribution<double> jitter(0.8, 1.25);
    std::vector<double> recordMs, copyMs;
    int next = 1000;
    // A little more than the span: the oldest snapshots must be dropped, not kept.
    for (int i = 0; i < kSnapshots + 60; ++i) {
        for (int k = 0; k < 2; ++k) { // two nodes replaced
            gui::GraphNode &n = graph.nodes[size_t(random() % graph.nodes.size())];
            n.id = QStringLiteral("node-%1").arg(next++);
        }
        graph.nodes[size_t(random() % graph.nodes.size())].stale ^= true;
        for (auto &c : graph.calls)
            c.perSecond = std::clamp(c.perSecond * jitter(random), 0.1, 1000.0);
        QElapsedTimer t;
        t.start();
        history.record(graph, qint64(i) * gui::TopologyHistory::kEveryMs);
        recordMs.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const gui::TopologyGraph copy = graph;
        copyMs.push_back(double(t.nsecsElapsed()) / 1e6);
        Q_UNUSED(copy);
    }
    const double mib = double(history.bytes()) / (1024.0 * 1024.0);
    const double rssGrowth = bench::rssMiB(getpid()) - rssBefore;
    bench::report("topology_history_mib", mib, oneMiB * kSnapshots, "MiB", 100, bench::Target::MaxAbsolute,
                  {{"snapshots", history.snapshotCount()}, {"nodes", 1000}, {"calls", 3000}, {"rss_growth_mib", rssGrowth}});
    bench::report("topology_history_record_ms", bench::percentile(recordMs, 0.5), bench::percentile(copyMs, 0.5), "ms", 50,
                  bench::Target::MaxAbsolute, {{"p99", bench::percentile(recordMs, 0.99)}});
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // `bench_topology frames` / `bench_topology panzoom`: those rows only (for profiling them).
    const QByteArray only = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (only.isEmpty()) {
        historyRows();
        topologyLayoutRows();
    }
    if (only.isEmpty() || only == "frames")
        topologyRows();
    if (only.isEmpty() || only == "panzoom")
        panZoomRow();
    return 0;
}
