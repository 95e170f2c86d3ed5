// A load run from the Call page (issue 26), the app's own window on a `switchboard-cli demo`:
// - call_page_load_run_frame_p99: frame intervals (p99) while a closed run of 64 in flight
//   against greeter Greeter.Hello goes on with the run view shown (figures, histogram and charts
//   updating four times a second); baseline: the same view idle before the run. Target ≤ 33 ms.
// - load_demo_closed_throughput: that run's requests/s against the core's own 64-call window
//   (RpcClient, the session's) on the same endpoint right after it, on a thread while the window
//   keeps drawing as it did during the run. Target ≥ 0.90×.
#include <QApplication>
#include <QQuickStyle>
#include <QTemporaryDir>

#include <atomic>
#include <deque>
#include <thread>

#include "AppBench.h"
#include "AppContext.h"
#include "BenchReport.h"
#include "ProcessStats.h"
#include "RpcWindow.h"
#include "Session.h"
#include "micro/RpcClient.h"

using namespace switchboard;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRunSeconds = 15;

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    bench::CliDemo demo;
    if (!demo.start()) {
        std::fprintf(stderr, "bench_app_load: the demo did not start\n");
        return 1;
    }
    QTemporaryDir dir;
    gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
    gui::AppContext::setInstance(&context);
    gui::SessionSettings s;
    s.services = demo.login(false);
    context.openSession(s);
    bench::AppWindow window;
    if (!window.load(QStringLiteral("call"), context, true))
        return 1;
    QObject *page = window.window->property("callPageItem").value<QObject *>();
    QObject *call = page->property("controller").value<QObject *>();
    QObject *load = page->property("loadController").value<QObject *>();
    while (!call->property("services").toStringList().contains(QStringLiteral("greeter")))
        bench::spin(50);
    call->setProperty("service", QStringLiteral("greeter"));
    call->setProperty("body", QStringLiteral(R"({"name":"bench"})"));
    load->setProperty("concurrency", 64);
    load->setProperty("requests", 0);
    load->setProperty("durationSeconds", double(kRunSeconds));
    load->setProperty("body", QStringLiteral(R"({"name":"bench {{seq}}"})"));
    page->setProperty("view", QStringLiteral("load"));
    bench::spin(2000);
    window.intervals.clear();
    bench::runFor(5000);
    const double idleP99 = bench::percentile(window.intervals, 0.99);

    bool started = false;
    QMetaObject::invokeMethod(load, "start", Q_RETURN_ARG(bool, started));
    if (!started) {
        std::fprintf(stderr, "bench_app_load: the run did not start\n");
        return 1;
    }
    window.intervals.clear();
    const double gui0 = bench::threadCpuSeconds();
    while (load->property("running").toBool() || load->property("state").toString() == QLatin1String("starting"))
        bench::runFor(100);
    const double runP99 = bench::percentile(window.intervals, 0.99);
    const double guiPercent = (bench::threadCpuSeconds() - gui0) / kRunSeconds * 100.0;
    const QVariantMap figures = load->property("figures").toMap();
    const double rate = figures.value(QStringLiteral("rate")).toDouble();

    micro::CallRequest request;
    request.service = "greeter";
    request.endpoint = "Greeter.Hello";
    request.body = R"({"name":"bench"})";
    // On a thread of its own while the view keeps drawing, as it did during the run.
    std::atomic<double> core{0};
    std::thread windowThread([&] { core = bench::rpcWindowThroughput(*context.session()->rpcClient(), request, int(rate * 5)); });
    while (core.load() == 0)
        bench::runFor(100);
    windowThread.join();

    nlohmann::ordered_json extra{{"in_flight", 64}, {"seconds", kRunSeconds}, {"requests", figures.value(QStringLiteral("done")).toULongLong()},
                                 {"errors", figures.value(QStringLiteral("errors")).toULongLong()}, {"rate", rate},
                                 {"frame_p50_ms", bench::percentile(window.intervals, 0.5)}, {"gui_thread_percent", guiPercent}};
    bench::report("call_page_load_run_frame_p99", runP99, idleP99, "ms", 33, bench::Target::MaxAbsolute, extra);
    bench::report("load_demo_closed_throughput", rate, core, "requests/s", 0.90, bench::Target::MinRatio, extra);
    return 0;
}
