// The journal's rows of ./bench (issue 23), each with a baseline from the same run:
//  - journal_ingest_frame_p99: the app on the Timeline page while a thread hands the journal
//    10 000 events a second for 60 s (the Timeline refreshing from its commits); frame interval
//    p99 with an animation forcing frames; baseline: the same window before, no events.
//  - journal_ingest_gui_busy: the GUI thread's CPU over the same time, % of a core; baseline: idle.
//  - journal_ingest_lost: events handed in minus events in the file afterwards (0 = none lost).
//  - timeline_first_page_ms / timeline_filter_ms: a Timeline over a journal of 1 000 000 events
//    (the last 24 hours): the first page of rows shown, then a rare text, a common text and a kind
//    filter (rows shown; the histogram and count, which come after, as extras); baseline: the
//    same reads on a journal of 10 000 events.
//
// bench_journal [ingest_seconds=60]
#include <QApplication>
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
#include "TimelineModel.h"
#include "watch/Journal.h"
#include "watch/JournalReader.h"

using namespace switchboard;
using namespace std::chrono_literals;

namespace {
constexpr int kEventsPerSecond = 10'000;

watch::JournalEvent eventNumber(qint64 i, qint64 atMs)
{
    static const watch::EventKind kinds[] = {watch::EventKind::NodeStale, watch::EventKind::NodeBack, watch::EventKind::NodeRegistered,
                                             watch::EventKind::NodeDeregistered, watch::EventKind::ZoneHealth};
    watch::JournalEvent e;
    e.atMs = atMs;
    e.kind = kinds[i % 5];
    e.region = QStringLiteral("eu");
    e.zone = QStringLiteral("az-%1").arg(char('a' + i % 3));
    e.service = QStringLiteral("svc-%1").arg(i % 200);
    e.node = QStringLiteral("svc-%1-%2").arg(i % 200).arg(i % 7);
    e.detail = e.kind == watch::EventKind::ZoneHealth ? QStringLiteral("degraded") : QStringLiteral("go-micro");
    return e;
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void ingestRows(int seconds)
{
    QTemporaryDir dir;
    gui::AppContext context(dir.filePath(QStringLiteral("s.ini")), dir.filePath(QStringLiteral("h.json")));
    gui::AppContext::setInstance(&context);
    context.setPage(QStringLiteral("timeline"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Switchboard/shell/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window) {
        std::fprintf(stderr, "bench_journal: no window\n");
        return;
    }
    std::vector<double> intervals;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        intervals.push_back(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
    });
    QQmlComponent spinner(&engine);
    spinner.setData("import QtQuick\nRectangle { width: 20; height: 20; color: 'steelblue'; "
                    "RotationAnimation on rotation { from: 0; to: 360; duration: 1000; loops: Animation.Infinite } }",
                    QUrl());
    qobject_cast<QQuickItem *>(spinner.create())->setParentItem(window->contentItem());
    runFor(2000);
    intervals.clear();
    double gui0 = bench::threadCpuSeconds();
    runFor(10'000);
    const double baseP99 = bench::percentile(intervals, 0.99);
    const double baseGui = (bench::threadCpuSeconds() - gui0) / 10.0 * 100.0;

    watch::Journal *journal = context.journal();
    const qint64 before = journal->written();
    std::atomic<bool> stop{false};
    std::atomic<qint64> handed{0};
    std::thread feeder([&] {
        auto next = std::chrono::steady_clock::now();
        qint64 i = 0;
        while (!stop) {
            std::vector<watch::JournalEvent> batch;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int k = 0; k < kEventsPerSecond / 100; ++k, ++i)
                batch.push_back(eventNumber(i, now));
            journal->append(std::move(batch)); // a batch every 10 ms, as bursts of changes come
            handed += kEventsPerSecond / 100;
            next += 10ms;
            std::this_thread::sleep_until(next);
        }
    });
    intervals.clear();
    gui0 = bench::threadCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    runFor(seconds * 1000);
    stop = true;
    feeder.join();
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double p99 = bench::percentile(intervals, 0.99);
    const double p50 = bench::percentile(intervals, 0.5);
    const double gui = (bench::threadCpuSeconds() - gui0) / elapsed * 100.0;
    journal->flush(60'000);
    watch::JournalReader reader(journal->path());
    const qint64 stored = reader.count({});
    const qint64 lost = handed - stored;
    const nlohmann::ordered_json extra{{"events", handed.load()}, {"stored", stored}, {"written", journal->written() - before},
                                       {"dropped", journal->dropped()}, {"events_per_s", double(handed) / elapsed},
                                       {"seconds", seconds}, {"frame_p50_ms", p50}, {"gui_thread_percent", gui}};
    bench::report("journal_ingest_frame_p99", p99, baseP99, "ms", 33, bench::Target::MaxAbsolute, extra);
    bench::report("journal_ingest_gui_busy", gui, baseGui, "% of a core", 50, bench::Target::MaxAbsolute, extra);
    bench::report("journal_ingest_lost", double(lost), double(handed), "events", 0, bench::Target::MaxAbsolute, extra);
    gui::AppContext::setInstance(nullptr);
}

/// A journal file of `count` events spread over the last 24 hours.
QString filledJournal(const QTemporaryDir &dir, qint64 count)
{
    const QString path = dir.filePath(QStringLiteral("journal-%1.sqlite").arg(count));
    watch::Journal::Limits limits;
    limits.maxBytes = qint64(4) << 30;
    watch::Journal journal(path, limits);
    journal.start();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 24LL * 3600 * 1000;
    for (qint64 i = 0; i < count;) {
        std::vector<watch::JournalEvent> batch;
        for (int k = 0; k < 50'000 && i < count; ++k, ++i)
            batch.push_back(eventNumber(i, now - span + i * span / count));
        journal.append(std::move(batch));
        journal.flush(120'000); // stays under the journal's in-memory bound
    }
    return path;
}

struct Timed {
    double rows = 0, counts = 0; ///< ms to the rows shown, and to the histogram and count
};

/// From a change of the model's filters to its rows, then to its histogram and count.
Timed timed(gui::TimelineModel &model, const std::function<void()> &change)
{
    QElapsedTimer t;
    t.start();
    change();
    Timed out;
    while (model.loading() || model.rowCount() == 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        if (t.elapsed() > 60'000)
            break;
    }
    out.rows = double(t.nsecsElapsed()) / 1e6;
    while (model.counting() && t.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    out.counts = double(t.nsecsElapsed()) / 1e6;
    return out;
}

struct TimelineTimes {
    Timed firstPage, textFilter, kindFilter, commonText;
};

TimelineTimes timelineTimes(const QString &path)
{
    watch::Journal journal(path);
    journal.start();
    journal.flush();
    std::vector<Timed> first, text, kind, common;
    for (int round = 0; round < bench::kRounds; ++round) {
        gui::TimelineModel model;
        first.push_back(timed(model, [&] {
            model.setRangeMinutes(24 * 60);
            model.setJournal(&journal);
        }));
        text.push_back(timed(model, [&] { model.setText(QStringLiteral("svc-17-3")); })); // 1 in 1 400
        common.push_back(timed(model, [&] { model.setText(QStringLiteral("go-micro")); })); // 4 in 5
        kind.push_back(timed(model, [&] {
            model.setText({});
            model.setKinds({QStringLiteral("zone-health")});
        }));
    }
    const auto med = [](const std::vector<Timed> &v) {
        std::vector<double> rows, counts;
        for (const Timed &t : v) {
            rows.push_back(t.rows);
            counts.push_back(t.counts);
        }
        return Timed{bench::median(rows), bench::median(counts)};
    };
    return {med(first), med(text), med(kind), med(common)};
}

void timelineRows()
{
    QTemporaryDir dir;
    const QString small = filledJournal(dir, 10'000);
    const QString large = filledJournal(dir, 1'000'000);
    const TimelineTimes base = timelineTimes(small);
    const TimelineTimes ours = timelineTimes(large);
    bench::report("timeline_first_page_ms", ours.firstPage.rows, base.firstPage.rows, "ms", 200, bench::Target::MaxAbsolute,
                  {{"events", 1'000'000}, {"range", "24 h"}, {"baseline_events", 10'000},
                   {"histogram_and_count_ms", ours.firstPage.counts}});
    const double worst = std::max({ours.textFilter.rows, ours.commonText.rows, ours.kindFilter.rows});
    const double baseWorst = std::max({base.textFilter.rows, base.commonText.rows, base.kindFilter.rows});
    bench::report("timeline_filter_ms", worst, baseWorst, "ms", 200, bench::Target::MaxAbsolute,
                  {{"rare_text_ms", ours.textFilter.rows}, {"common_text_ms", ours.commonText.rows},
                   {"kind_ms", ours.kindFilter.rows}, {"rare_text_counts_ms", ours.textFilter.counts},
                   {"common_text_counts_ms", ours.commonText.counts}, {"kind_counts_ms", ours.kindFilter.counts},
                   {"events", 1'000'000}});
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    const int seconds = argc > 1 ? std::max(5, std::atoi(argv[1])) : 60;
    // SB_BENCH_ROWS=timeline or ingest runs one of them.
    const QByteArray only = qgetenv("SB_BENCH_ROWS");
    if (only.isEmpty() || only == "timeline")
        timelineRows();
    if (only.isEmpty() || only == "ingest")
        ingestRows(seconds);
    return 0;
}
