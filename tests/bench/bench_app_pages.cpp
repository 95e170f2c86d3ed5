// The Traffic and Cluster pages' rows of ./bench (issue 11), each with a baseline from the same run:
//  - traffic_page_frame_p99: the app on the Traffic page subscribed to `>` while a
//    `switchboard-cli demo` runs and a publisher sends 100 000 msgs/s for 2 minutes; frame
//    interval p99 with an animation forcing frames; baseline: the same window, no subscription.
//  - traffic_page_count_error: |received + dropped − published| for the publisher's subjects
//    (0 = exact); baseline: the number published.
//  - traffic_page_peak_rss: the process's peak RSS (VmHWM); baseline: its RSS before subscribing.
//  - cluster_page_idle_cpu: the app on the Cluster page with two regions (two demo clusters,
//    3 zones each) polled every second, CPU over 30 s; baseline: `switchboard-cli cluster --watch
//    --interval 1s` for both regions over the same 30 s.
#include <QApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <thread>

#include "AppContext.h"
#include "BenchReport.h"
#include "ProcessStats.h"
#include "TrafficController.h"
#include "live/TrafficMonitor.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace std::chrono_literals;

namespace {

constexpr int kRate = 100'000;       // msgs/s the publisher aims at
constexpr int kTrafficSeconds = 120;
constexpr int kClusterSeconds = 30;

/// A `switchboard-cli demo` process and what it printed about itself.
struct CliDemo {
    QProcess process;
    nlohmann::json info;
    bool start()
    {
        process.start(QStringLiteral(SWITCHBOARD_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--json")});
        if (!process.waitForReadyRead(60000))
            return false;
        info = nlohmann::json::parse(process.readLine().toStdString(), nullptr, false);
        return !info.is_discarded();
    }
    nats::ConnectOptions login(bool system) const
    {
        nats::ConnectOptions o;
        o.servers = nats::ConnectOptions::splitServers(info["urls"].get<std::string>());
        o.user = info[system ? "dashboard_user" : "services_user"].get<std::string>();
        o.password = info[system ? "dashboard_password" : "services_password"].get<std::string>();
        return o;
    }
    ~CliDemo()
    {
        process.terminate();
        process.waitForFinished(15000);
    }
};

/// The app's main window on `page`; with forceFrames a spinner makes frames come as fast as the
/// loop allows, so the frame intervals show every stall of the GUI thread.
struct AppWindow {
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;
    std::vector<double> intervals;
    QElapsedTimer clock;
    bool load(const QString &page, gui::AppContext &context, bool forceFrames)
    {
        context.setPage(page);
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Switchboard/shell/Main.qml")));
        window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        if (!window)
            return false;
        clock.start();
        QObject::connect(window, &QQuickWindow::frameSwapped, [this] {
            intervals.push_back(double(clock.nsecsElapsed()) / 1e6);
            clock.restart();
        });
        if (!forceFrames)
            return true;
        QQmlComponent spinner(&engine);
        spinner.setData("import QtQuick\nRectangle { width: 20; height: 20; color: 'steelblue'; "
                        "RotationAnimation on rotation { from: 0; to: 360; duration: 1000; loops: Animation.Infinite } }",
                        QUrl());
        auto *moving = qobject_cast<QQuickItem *>(spinner.create());
        moving->setParentItem(window->contentItem());
        return true;
    }
};

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void trafficRows()
{
    CliDemo demo;
    if (!demo.start()) {
        std::fprintf(stderr, "bench_app_pages: the demo did not start\n");
        return;
    }
    QTemporaryDir dir;
    gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
    gui::AppContext::setInstance(&context);
    gui::SessionSettings s;
    s.services = demo.login(false);
    context.openSession(s);
    AppWindow app;
    if (!app.load(QStringLiteral("traffic"), context, true))
        return;
    auto *traffic = qvariant_cast<gui::TrafficController *>(app.window->property("traffic"));
    while (!traffic->active())
        bench::spin(50);
    bench::spin(2000);
    app.intervals.clear();
    runFor(10'000); // baseline: the page, nothing subscribed
    const double baseP99 = bench::percentile(app.intervals, 0.99);
    const double rssBefore = bench::rssMiB(QCoreApplication::applicationPid());

    traffic->subscribe(QStringLiteral(">"));
    std::atomic<bool> stop{false};
    std::atomic<uint64_t> published{0};
    std::thread publisher([&] {
        auto conn = nats::Connection::connect(demo.login(false));
        const std::string payload(100, 'x');
        std::string subject = "bench.load.0";
        auto next = std::chrono::steady_clock::now();
        while (!stop) {
            for (int i = 0; i < kRate / 100; ++i) { // a batch every 10 ms
                subject.back() = char('0' + i % 10);
                conn->publish(subject, payload);
            }
            published += kRate / 100;
            next += 10ms;
            std::this_thread::sleep_until(next);
        }
        conn->flush(10000);
    });
    app.intervals.clear();
    const double gui0 = bench::threadCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    runFor(kTrafficSeconds * 1000);
    stop = true;
    publisher.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double p99 = bench::percentile(app.intervals, 0.99);
    const double guiPercent = (bench::threadCpuSeconds() - gui0) / seconds * 100.0;
    const double p50 = bench::percentile(app.intervals, 0.5);
    runFor(3000); // the last messages drain
    const auto snapshot = traffic->monitor()->snapshot();
    uint64_t received = 0;
    for (const auto &subject : snapshot.subjects)
        if (subject.subject.rfind("bench.load.", 0) == 0)
            received += subject.messages;
    const double peak = bench::statusMiB(QCoreApplication::applicationPid(), "VmHWM:");
    const double error = std::abs(double(received) + double(snapshot.dropped) - double(published));
    const nlohmann::ordered_json extra{{"published", published.load()}, {"received", received}, {"dropped", snapshot.dropped},
                                       {"msgs_per_s", double(published) / seconds}, {"seconds", kTrafficSeconds},
                                       {"frame_p50_ms", p50}, {"gui_thread_percent", guiPercent}};
    bench::report("traffic_page_frame_p99", p99, baseP99, "ms", 50, bench::Target::MaxAbsolute, extra);
    bench::report("traffic_page_count_error", error, double(published), "messages", 0, bench::Target::MaxAbsolute, extra);
    bench::report("traffic_page_peak_rss", peak, rssBefore, "MiB", 300, bench::Target::MaxAbsolute, extra);
    traffic->unsubscribe(QStringLiteral(">"));
}

void clusterRow()
{
    CliDemo east, west;
    if (!east.start() || !west.start()) {
        std::fprintf(stderr, "bench_app_pages: the demos did not start\n");
        return;
    }
    QTemporaryDir dir;
    gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
    gui::AppContext::setInstance(&context);
    for (auto [name, demo] : {std::pair{QStringLiteral("east"), &east}, std::pair{QStringLiteral("west"), &west}}) {
        gui::Profile p;
        p.name = name;
        p.servers = QString::fromStdString(demo->info["urls"].get<std::string>()).split(u',');
        p.auth = gui::Profile::Auth::UserPassword;
        p.user = QString::fromStdString(demo->login(false).user);
        p.systemUser = QString::fromStdString(demo->login(true).user);
        context.profileStore().put(p);
        context.secrets().write(gui::AppContext::secretKey(name, QStringLiteral("password")), QString::fromStdString(demo->login(false).password));
        context.secrets().write(gui::AppContext::secretKey(name, QStringLiteral("system-password")), QString::fromStdString(demo->login(true).password));
    }
    context.connectProfile(QStringLiteral("east"));
    context.addRegion(QStringLiteral("west"));
    AppWindow app;
    // No spinner: idle means the page as a user leaves it open, redrawn when data changes.
    if (!app.load(QStringLiteral("cluster"), context, false))
        return;
    bench::spin(10'000); // connected, first polls and sweeps done
    QProcess cliEast, cliWest;
    for (auto [cli, demo] : {std::pair{&cliEast, &east}, std::pair{&cliWest, &west}}) {
        const auto o = demo->login(true);
        cli->start(QStringLiteral(SWITCHBOARD_CLI_PATH),
                   {QStringLiteral("--server"), QString::fromStdString(demo->info["urls"].get<std::string>()), QStringLiteral("--user"),
                    QString::fromStdString(o.user), QStringLiteral("--password"), QString::fromStdString(o.password),
                    QStringLiteral("cluster"), QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("1s")});
        cli->waitForStarted();
    }
    bench::spin(3000);
    const qint64 self = QCoreApplication::applicationPid();
    const double app0 = bench::processCpuSeconds(self);
    const double gui0 = bench::threadCpuSeconds();
    const double cli0 = bench::processCpuSeconds(cliEast.processId()) + bench::processCpuSeconds(cliWest.processId());
    runFor(kClusterSeconds * 1000);
    const double appPercent = (bench::processCpuSeconds(self) - app0) / kClusterSeconds * 100.0;
    const double guiPercent = (bench::threadCpuSeconds() - gui0) / kClusterSeconds * 100.0;
    const double cliPercent =
        (bench::processCpuSeconds(cliEast.processId()) + bench::processCpuSeconds(cliWest.processId()) - cli0) / kClusterSeconds * 100.0;
    cliEast.terminate();
    cliWest.terminate();
    cliEast.waitForFinished(5000);
    cliWest.waitForFinished(5000);
    bench::report("cluster_page_idle_cpu", appPercent, cliPercent, "% of one core", 3, bench::Target::MaxAbsolute,
                  {{"regions", 2}, {"zones_per_region", 3}, {"poll_s", 1}, {"seconds", kClusterSeconds},
                   {"gui_thread_percent", guiPercent},
                   {"rss_mib", bench::rssMiB(self)}});
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // SB_BENCH_ROWS=traffic or cluster runs one of them (profiling one page at a time).
    const QByteArray only = qgetenv("SB_BENCH_ROWS");
    if (only.isEmpty() || only == "traffic")
        trafficRows();
    if (only.isEmpty() || only == "cluster")
        clusterRow();
    return 0;
}
