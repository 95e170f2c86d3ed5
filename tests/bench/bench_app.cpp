// The desktop app's rows of ./bench (issue 10), each with a baseline measured in the same run:
//  - app_startup_to_services: from creating the app (context, QML, session) on a running demo to
//    the first frame that shows its services; baseline: the first frame of a bare Qt Quick window.
//  - topology_layout_route_ms / topology_services_ready_ms: see topologyLayoutRows.
//  - topology_frame_p99 / topology_gui_busy: the topology view with 1 000 nodes (3 000 edges) while 50 come and
//    go per second, an animation forcing frames; frame interval p99 (QQuickWindow::frameSwapped)
//    and the GUI thread's CPU share; baseline: the same window and animation without the graph.
//  - app_idle_cpu: `switchboard` connected to a `switchboard-cli demo` process, window shown
//    (offscreen), its CPU over 30 s and its RSS; baseline: `switchboard-cli services --watch`
//    against the same demo over the same 30 s.
// Offscreen with the software renderer: rendering runs on the GUI thread, so the busy figure
// includes it (a GPU would take it off).
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickView>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <cstring>
#include <ctime>
#include <fstream>
#include <random>
#include <thread>

#include "AppContext.h"
#include "BenchReport.h"
#include "BigTopology.h"
#include "ProcessStats.h"
#include "TopologyModel.h"
#include "TopologyView.h"
#include "demo/Demo.h"

using namespace switchboard;
using namespace std::chrono_literals;

namespace {

using bench::processCpuSeconds;
using bench::rssMiB;
using bench::spin;
using bench::threadCpuSeconds;
using bench::addCalls;
using bench::bigGraph;

double bareWindowFirstFrameMs(QQmlEngine &engine)
{
    QElapsedTimer t;
    t.start();
    QQmlComponent c(&engine);
    c.setData("import QtQuick\nWindow { visible: true; width: 1280; height: 800; Text { text: \"x\" } }", QUrl());
    std::unique_ptr<QObject> o(c.create());
    auto *w = qobject_cast<QQuickWindow *>(o.get());
    bool swapped = false;
    QObject::connect(w, &QQuickWindow::frameSwapped, [&] { swapped = true; });
    while (!swapped && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return double(t.nsecsElapsed()) / 1e6;
}

void startupRow(const demo::DemoInfo &info)
{
    std::vector<double> ours, base;
    for (int round = 0; round < 3; ++round) {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
        gui::AppContext::setInstance(&context);
        context.setPage(QStringLiteral("services"));
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        gui::SessionSettings s;
        s.services.servers = nats::ConnectOptions::splitServers(info.urls);
        s.services.user = info.servicesUser;
        s.services.password = info.servicesPassword;
        context.openSession(s);
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Switchboard/shell/Main.qml")));
        auto *w = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        bool shown = false;
        QObject::connect(w, &QQuickWindow::frameSwapped, [&] {
            if (context.session()->serviceCount() > 0)
                shown = true;
        });
        while (!shown && t.elapsed() < 20000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        QQmlEngine bare;
        base.push_back(bareWindowFirstFrameMs(bare));
    }
    bench::report("app_startup_to_services", bench::median(ours), bench::median(base), "ms", 1000, bench::Target::MaxAbsolute,
                  {{"rounds", ours.size()}});
}

struct FrameStats {
    double p99Ms = 0, busyPercent = 0;
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
    return s;
}

void topologyRows()
{
    const FrameStats base = runTopology(false, 10);
    const FrameStats ours = runTopology(true, 20);
    bench::report("topology_frame_p99", ours.p99Ms, base.p99Ms, "ms", 33, bench::Target::MaxAbsolute,
                  {{"nodes", 1000}, {"edges", 3000}, {"churn_per_s", 50}});
    bench::report("topology_gui_busy", ours.busyPercent, base.busyPercent, "% of one core", 50, bench::Target::MaxAbsolute,
                  {{"nodes", 1000}, {"edges", 3000}, {"churn_per_s", 50}});
}

void idleRow()
{
    QProcess demoProcess;
    demoProcess.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--json")});
    if (!demoProcess.waitForReadyRead(30000)) {
        std::fprintf(stderr, "bench_app: the demo did not start\n");
        return;
    }
    const auto info = nlohmann::json::parse(demoProcess.readLine().toStdString(), nullptr, false);
    if (info.is_discarded())
        return;
    const QString urls = QString::fromStdString(info["urls"].get<std::string>());
    const QString user = QString::fromStdString(info["services_user"].get<std::string>());
    const QString password = QString::fromStdString(info["services_password"].get<std::string>());

    QProcess app, cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(SWITCHBOARD_APP_PATH),
              {QStringLiteral("--server"), urls, QStringLiteral("--user"), user, QStringLiteral("--password"), password,
               QStringLiteral("--page"), QStringLiteral("services")});
    cli.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("--server"), urls, QStringLiteral("--user"), user,
                                                     QStringLiteral("--password"), password, QStringLiteral("services"),
                                                     QStringLiteral("--watch")});
    app.waitForStarted();
    cli.waitForStarted();
    std::this_thread::sleep_for(5s); // connected, first sweeps done
    const double app0 = processCpuSeconds(app.processId()), cli0 = processCpuSeconds(cli.processId());
    std::this_thread::sleep_for(30s);
    const double appPercent = (processCpuSeconds(app.processId()) - app0) / 30.0 * 100.0;
    const double cliPercent = (processCpuSeconds(cli.processId()) - cli0) / 30.0 * 100.0;
    const double rss = rssMiB(app.processId());
    app.terminate();
    cli.terminate();
    demoProcess.terminate();
    app.waitForFinished(5000);
    cli.waitForFinished(5000);
    demoProcess.waitForFinished(15000);
    bench::report("app_idle_cpu", appPercent, cliPercent, "% of one core", 3, bench::Target::MaxAbsolute,
                  {{"rss_mib", rss}, {"seconds", 30}});
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // `bench_app topology`: only the topology's rows (for profiling them).
    const bool onlyTopology = argc > 1 && std::strcmp(argv[1], "topology") == 0;
    if (!onlyTopology) {
        demo::Demo d;
        d.start();
        spin(1000);
        startupRow(d.info());
    }
    topologyLayoutRows();
    topologyRows();
    if (!onlyTopology)
        idleRow();
    return 0;
}
