// The Traffic and Cluster pages' rows of ./bench (issue 11), each with a baseline from the same run:
//  - traffic_page_frame_p99: the app on the Traffic page subscribed to `>` while a
//    `switchboard-cli demo` runs and a publisher sends 100 000 msgs/s for 2 minutes; frame
//    interval p99 with an animation forcing frames; baseline: the same window, no subscription.
//  - traffic_page_count_error: |received + dropped − published| for the publisher's subjects
//    (0 = exact); baseline: the number published.
//  - traffic_page_peak_rss: the process's peak RSS (VmHWM); baseline: its RSS before subscribing.
//  - traffic_page_protobuf_* (issue 24): the same rows for 60 s of go-micro events in
//    application/protobuf with the subjects' .proto type chosen (every listed row decoded with the
//    schema), and _inspector_frame_p99: 30 s more with the inspector open on a protobuf message.
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
#include <functional>
#include <thread>

#include "AppBench.h"
#include "AppContext.h"
#include "BenchReport.h"
#include "ProcessStats.h"
#include "TrafficController.h"
#include "live/TrafficMonitor.h"
#include "micro/Envelope.h"
#include "SchemaLibrary.h"
#include "Session.h"
#include "shop/v1/shop.pb.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace std::chrono_literals;
using bench::AppWindow;
using bench::CliDemo;
using bench::runFor;

namespace {

constexpr int kRate = 100'000;       // msgs/s the publisher aims at
constexpr int kTrafficSeconds = 120;
constexpr int kClusterSeconds = 30;

/// What the Traffic page is measured under: 100 000 msgs/s on ten subjects, `bytes(i)` on the i-th.
struct TrafficLoad {
    std::string rows;                            ///< the rows' names start with this
    std::string subjects;                        ///< subjects are this + a digit
    std::function<std::string(int)> bytes;       ///< what is published on subject i
    std::function<void(gui::AppContext &, gui::TrafficController &)> prepare; ///< before subscribing
    int seconds = kTrafficSeconds;
    int inspectorSeconds = 0; ///< then this long with the inspector open on the newest message
};

void trafficRows(const TrafficLoad &load)
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
    if (load.prepare)
        load.prepare(context, *traffic);
    bench::spin(2000);
    app.intervals.clear();
    runFor(10'000); // baseline: the page, nothing subscribed
    const double baseP99 = bench::percentile(app.intervals, 0.99);
    const double rssBefore = bench::rssMiB(QCoreApplication::applicationPid());

    traffic->subscribe(QStringLiteral(">"));
    std::vector<std::string> payloads;
    for (int i = 0; i < 10; ++i)
        payloads.push_back(load.bytes(i));
    std::atomic<bool> stop{false};
    std::atomic<uint64_t> published{0};
    std::thread publisher([&] {
        auto conn = nats::Connection::connect(demo.login(false));
        std::string subject = load.subjects + "0";
        auto next = std::chrono::steady_clock::now();
        while (!stop) {
            for (int i = 0; i < kRate / 100; ++i) { // a batch every 10 ms
                subject.back() = char('0' + i % 10);
                conn->publish(subject, payloads[size_t(i % 10)]);
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
    runFor(load.seconds * 1000);
    const double listSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double p99 = bench::percentile(app.intervals, 0.99);
    const double p50 = bench::percentile(app.intervals, 0.5);
    const double guiPercent = (bench::threadCpuSeconds() - gui0) / listSeconds * 100.0;
    double inspectorP99 = 0;
    QString inspected;
    if (load.inspectorSeconds > 0) {
        // As a click on the newest row does: the list pauses, the inspector decodes that message.
        QObject *pane = qvariant_cast<QObject *>(app.window->property("trafficMessages"));
        const QVariant sequence = traffic->messages()->get(0).value(QStringLiteral("sequence"));
        QMetaObject::invokeMethod(pane, "inspect", Q_ARG(QVariant, sequence));
        inspected = traffic->inspect(sequence.toULongLong()).value(QStringLiteral("protobuf")).toMap().value(QStringLiteral("type")).toString();
        app.intervals.clear();
        runFor(load.inspectorSeconds * 1000);
        inspectorP99 = bench::percentile(app.intervals, 0.99);
    }
    stop = true;
    publisher.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    runFor(3000); // the last messages drain
    const auto snapshot = traffic->monitor()->snapshot();
    uint64_t received = 0;
    for (const auto &subject : snapshot.subjects)
        if (subject.subject.rfind(load.subjects, 0) == 0)
            received += subject.messages;
    const double peak = bench::statusMiB(QCoreApplication::applicationPid(), "VmHWM:");
    const double error = std::abs(double(received) + double(snapshot.dropped) - double(published));
    nlohmann::ordered_json extra{{"published", published.load()}, {"received", received}, {"dropped", snapshot.dropped},
                                 {"msgs_per_s", double(published) / seconds}, {"seconds", load.seconds},
                                 {"frame_p50_ms", p50}, {"gui_thread_percent", guiPercent},
                                 {"payload_bytes", payloads[0].size()}};
    bench::report(load.rows + "_frame_p99", p99, baseP99, "ms", 33, bench::Target::MaxAbsolute, extra);
    if (load.inspectorSeconds > 0) {
        extra["inspector_seconds"] = load.inspectorSeconds;
        extra["inspected_type"] = inspected.toStdString();
        bench::report(load.rows + "_inspector_frame_p99", inspectorP99, baseP99, "ms", 33, bench::Target::MaxAbsolute, extra);
    }
    bench::report(load.rows + "_count_error", error, double(published), "messages", 0, bench::Target::MaxAbsolute, extra);
    bench::report(load.rows + "_peak_rss", peak, rssBefore, "MiB", 300, bench::Target::MaxAbsolute, extra);
    traffic->unsubscribe(QStringLiteral(">"));
}

/// Today's row: 100-byte plain payloads.
TrafficLoad plainLoad()
{
    return {"traffic_page", "bench.load.", [](int) { return std::string(100, 'x'); }, {}, kTrafficSeconds, 0};
}

/// Issue 24: go-micro events in application/protobuf (a shop.v1.Order of ~100 bytes in the
/// broker's envelope), the subjects' type chosen, so every row of the list is decoded with the
/// schema; then the inspector open on one of them.
TrafficLoad protobufLoad()
{
    auto bytes = [](int i) {
        shop::v1::Order order;
        order.set_id("ORD-2026-00000" + std::to_string(i));
        order.set_status(shop::v1::STATUS_PAID);
        auto *item = order.add_items();
        item->set_sku("MUG-RED");
        item->set_quantity(2);
        item->set_price_cents(1250);
        order.mutable_placed_at()->set_seconds(1796533200 + i);
        order.mutable_shipping()->set_city("Berlin");
        order.set_total(25.0);
        micro::Envelope envelope;
        envelope.header = {{"Content-Type", "application/protobuf"},
                           {"Micro-Id", "6d1f0c2e-8a41-4f7b-9a0e-0000000000" + std::to_string(10 + i)},
                           {"Micro-Topic", "bench.orders." + std::to_string(i)}};
        envelope.body = order.SerializeAsString();
        return micro::encodeEnvelope(envelope);
    };
    auto prepare = [](gui::AppContext &context, gui::TrafficController &traffic) {
        gui::ProtoSettings proto;
        proto.protoPaths = {QStringLiteral(SB_PROTO_DIR "/shop/v1/shop.proto")};
        proto.importPaths = {QStringLiteral(SB_PROTO_DIR)};
        context.session()->schemas()->setSettings(proto);
        if (!context.session()->schemas()->waitForLoaded(30000))
            std::fprintf(stderr, "bench_app_pages: the shop schema did not load\n");
        for (int i = 0; i < 10; ++i)
            traffic.setMessageType(QStringLiteral("bench.orders.%1").arg(i), QStringLiteral("shop.v1.Order"));
    };
    return {"traffic_page_protobuf", "bench.orders.", bytes, prepare, 60, 30};
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
    // SB_BENCH_ROWS=traffic, protobuf or cluster runs one of them (profiling one page at a time).
    const QByteArray only = qgetenv("SB_BENCH_ROWS");
    if (only.isEmpty() || only == "traffic")
        trafficRows(plainLoad());
    if (only.isEmpty() || only == "protobuf")
        trafficRows(protobufLoad());
    if (only.isEmpty() || only == "cluster")
        clusterRow();
    return 0;
}
