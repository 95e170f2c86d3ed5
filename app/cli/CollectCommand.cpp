// switchboard-cli collect: the team's history in the cluster. Watches one region (registry,
// $SRV, cluster health, subject rates) and stores the changes and per-minute rate rollups in
// JetStream until SIGTERM or Ctrl-C (or --duration), then stores the partial minute and exits.
// Exit: 0; 1 when JetStream cannot be used or history was left unsent at the end; 2 usage;
// 3 no connection.
#include "Commands.h"

#include <QDateTime>

#include <iostream>

#include <nlohmann/json.hpp>

#include "CollectConfig.h"
#include "Printing.h"
#include "Translate.h"
#include "nats/Connection.h"
#include "watch/Collector.h"

namespace switchboard::cli {

namespace {
watch::CollectorOptions optionsOf(const CliContext &ctx)
{
    const Arguments &a = ctx.args();
    watch::CollectorOptions o;
    o.region = a.valueOr("--region", "");
    if (a.has("--subject")) {
        o.subjects.clear();
        for (const std::string &s : a.values("--subject"))
            if (s != "none")
                o.subjects.push_back(s);
    }
    o.monitorUrls = ctx.monitorUrls();
    watch::HistoryConfig &h = o.history;
    h.eventsStream = a.valueOr("--events-stream", h.eventsStream);
    h.ratesStream = a.valueOr("--rates-stream", h.ratesStream);
    h.subjectPrefix = a.valueOr("--prefix", h.subjectPrefix);
    if (const auto age = a.value("--max-age"))
        h.maxAge = std::chrono::seconds(std::max<long long>(1, parseDurationMicros(*age) / 1'000'000));
    if (const auto bytes = a.value("--events-max-bytes"))
        h.eventsMaxBytes = parseBytes(*bytes, "--events-max-bytes");
    if (const auto bytes = a.value("--rates-max-bytes"))
        h.ratesMaxBytes = parseBytes(*bytes, "--rates-max-bytes");
    if (const auto replicas = a.value("--replicas"))
        h.replicas = int(parsePositive(*replicas, "--replicas"));
    h.memoryStorage = a.has("--memory");
    if (const auto rollup = a.value("--rollup"))
        o.rollupMs = parseDurationMicros(*rollup) / 1000;
    if (const std::string problem = h.problem(); !problem.empty())
        throw UsageError(problem);
    if (o.rollupMs < 1000)
        throw UsageError(tr("--rollup must be a second or longer"));
    return o;
}

std::string limits(const watch::StreamState &s)
{
    const std::string kept = tr("keeps %1, at most %2", formatDuration(std::chrono::seconds(s.maxAgeSeconds)),
                                formatBytes(double(s.maxBytes)));
    return tr("%1 (%2, %3)", s.name, s.created ? tr("created") : tr("existing"), kept);
}

void report(const CliContext &ctx, const watch::CollectorStats &s, const char *what)
{
    const std::string time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    if (ctx.json()) {
        nlohmann::ordered_json o{{"time", time},
                                 {"state", what},
                                 {"events", s.eventsStored},
                                 {"rollups", s.rollupsStored},
                                 {"counted", s.messagesCounted},
                                 {"unsent", s.unsent}};
        if (s.unsentDropped)
            o["dropped"] = s.unsentDropped;
        if (!s.lastError.empty())
            o["error"] = s.lastError;
        std::cout << jsonText(o) << std::endl;
        return;
    }
    std::cout << time << "  "
              << tr("%1 events and %2 rollups stored, %3 messages counted", std::to_string(s.eventsStored),
                    std::to_string(s.rollupsStored), std::to_string(s.messagesCounted));
    if (s.unsent)
        std::cout << "; " << tr("%1 waiting", std::to_string(s.unsent));
    if (s.unsentDropped)
        std::cout << "; " << tr("%1 lost (too many waiting)", std::to_string(s.unsentDropped));
    if (!s.lastError.empty())
        std::cout << "; " << s.lastError;
    std::cout << std::endl;
}
} // namespace

int runCollect(const CliContext &ctx)
{
    const watch::CollectorOptions options = optionsOf(ctx);
    const auto duration = ctx.args().value("--duration");
    const auto stopAt = duration ? std::chrono::steady_clock::now() + std::chrono::microseconds(parseDurationMicros(*duration))
                                 : std::chrono::steady_clock::time_point::max();
    blockStopSignals();
    auto conn = ctx.connect();
    std::unique_ptr<watch::Collector> collector;
    std::pair<watch::StreamState, watch::StreamState> streams;
    try {
        collector = std::make_unique<watch::Collector>(conn, options);
        streams = collector->start(QDateTime::currentMSecsSinceEpoch());
    } catch (const watch::HistoryError &e) {
        throw CommandFailure{ExitRemoteError, e.what()};
    }
    const std::string region = options.region.empty() ? tr("(no region)") : options.region;
    if (ctx.json()) {
        nlohmann::ordered_json o{{"state", "started"},
                                 {"region", options.region},
                                 {"events_stream", streams.first.name},
                                 {"rates_stream", streams.second.name},
                                 {"created", nlohmann::json::array()}};
        for (const auto *s : {&streams.first, &streams.second})
            if (s->created)
                o["created"].push_back(s->name);
        std::cout << jsonText(o) << std::endl;
    } else {
        std::cout << tr("Collecting %1 into %2 and %3.", region, limits(streams.first), limits(streams.second)) << std::endl;
    }

    watch::CollectorStats last;
    for (;;) {
        const auto left = stopAt - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero())
            break;
        if (waitForStopSignal(std::min(std::chrono::milliseconds(1000), std::chrono::duration_cast<std::chrono::milliseconds>(left))))
            break;
        collector->tick(QDateTime::currentMSecsSinceEpoch());
        const watch::CollectorStats s = collector->stats();
        // A line when a window closed or the sending state changed, not every second.
        if (s.rollupsStored != last.rollupsStored || s.lastError != last.lastError || s.unsentDropped != last.unsentDropped)
            report(ctx, s, s.lastError.empty() ? "collecting" : "waiting");
        last = s;
    }
    collector->finish(QDateTime::currentMSecsSinceEpoch());
    const watch::CollectorStats s = collector->stats();
    report(ctx, s, "stopped");
    return s.unsent == 0 ? ExitOk : ExitRemoteError;
}

} // namespace switchboard::cli
