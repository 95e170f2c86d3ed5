// switchboard-cli journal [--since 1h] [--kind K]... [--zone Z] [--service S] [--grep TEXT]
// [--limit N] [--file PATH | --collector [--events-stream N] [--prefix P]] [--json]: what the app
// journaled (or, with --collector, what a collector stored in the cluster), newest last.
#include "Commands.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>

#include "Printing.h"
#include "Translate.h"
#include "nats/Connection.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"
#include "watch/JournalFile.h"
#include "watch/JournalReader.h"

namespace switchboard::cli {

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

watch::JournalQuery queryOf(const CliContext &ctx)
{
    watch::JournalQuery q;
    const long long sinceMicros = parseDurationMicros(ctx.args().valueOr("--since", "1h"));
    q.untilMs = QDateTime::currentMSecsSinceEpoch() + 1;
    q.sinceMs = q.untilMs - sinceMicros / 1000;
    for (const std::string &name : ctx.args().values("--kind")) {
        const auto kind = watch::kindFromName(QString::fromStdString(name));
        if (!kind) {
            std::string known;
            for (watch::EventKind k : watch::allKinds())
                known += (known.empty() ? "" : ", ") + s(watch::kindName(k));
            throw UsageError(tr("unknown --kind '%1' (one of: %2)", name, known));
        }
        q.kinds.push_back(*kind);
    }
    q.zone = QString::fromStdString(ctx.args().valueOr("--zone", ""));
    q.service = QString::fromStdString(ctx.args().valueOr("--service", ""));
    q.region = QString::fromStdString(ctx.args().valueOr("--region", ""));
    q.text = QString::fromStdString(ctx.args().valueOr("--grep", ""));
    const std::string limit = ctx.args().valueOr("--limit", "1000");
    try {
        q.limit = std::stoi(limit);
    } catch (const std::exception &) {
        q.limit = 0;
    }
    if (q.limit < 1 || q.limit > 1'000'000)
        throw UsageError(tr("--limit takes a number from 1 to 1000000, not '%1'", limit));
    return q;
}

bool matches(const watch::JournalQuery &q, const watch::JournalEvent &e)
{
    if (e.atMs < q.sinceMs || e.atMs >= q.untilMs)
        return false;
    if (!q.kinds.empty() && std::find(q.kinds.begin(), q.kinds.end(), e.kind) == q.kinds.end())
        return false;
    if ((!q.region.isEmpty() && e.region != q.region) || (!q.zone.isEmpty() && e.zone != q.zone)
        || (!q.service.isEmpty() && e.service != q.service))
        return false;
    if (q.text.isEmpty())
        return true;
    for (const QString *f : {&e.region, &e.zone, &e.server, &e.service, &e.node, &e.subject, &e.detail})
        if (f->contains(q.text, Qt::CaseInsensitive))
            return true;
    return false;
}

/// --collector: the events a collector stored in the cluster's JetStream, newest first like a
/// page of the journal file.
std::vector<watch::StoredEvent> fromCollector(const CliContext &ctx, const watch::JournalQuery &query)
{
    watch::HistoryConfig config;
    config.eventsStream = ctx.args().valueOr("--events-stream", config.eventsStream);
    config.subjectPrefix = ctx.args().valueOr("--prefix", config.subjectPrefix);
    if (const std::string problem = config.problem(); !problem.empty())
        throw UsageError(problem);
    auto conn = ctx.connect();
    std::vector<watch::StoredEvent> events;
    size_t malformed = 0;
    try {
        watch::HistoryStreams streams(conn, config);
        streams.read(config.eventsStream, config.eventsFilter(), 0, query.sinceMs,
                     [&](uint64_t sequence, int64_t, std::string_view payload) {
                         const auto batch = watch::history::decodeEvents(payload);
                         if (!batch) {
                             ++malformed;
                             return;
                         }
                         for (const watch::JournalEvent &e : batch->events)
                             if (matches(query, e))
                                 events.push_back({qint64(sequence), e});
                     });
    } catch (const watch::HistoryError &e) {
        throw CommandFailure{ExitRemoteError, e.what()};
    }
    if (malformed)
        std::cerr << tr("switchboard-cli: %1 messages in %2 are not Switchboard history and were skipped",
                        std::to_string(malformed), config.eventsStream)
                  << '\n';
    std::stable_sort(events.begin(), events.end(),
                     [](const watch::StoredEvent &a, const watch::StoredEvent &b) { return a.event.atMs > b.event.atMs; });
    if (events.size() > size_t(query.limit))
        events.resize(size_t(query.limit));
    return events;
}

std::vector<watch::StoredEvent> fromFile(const CliContext &ctx, const watch::JournalQuery &query)
{
    const QString path = QString::fromStdString(ctx.args().valueOr("--file", s(watch::JournalFile::defaultPath())));
    if (!QFileInfo::exists(path))
        throw CommandFailure{ExitRemoteError, tr("no journal at %1: the app writes it while it runs (or give --file)", s(path))};
    watch::JournalReader reader(path);
    if (!reader.open())
        throw CommandFailure{ExitRemoteError, tr("cannot read the journal %1: %2", s(path), s(reader.problem()))};
    std::vector<watch::StoredEvent> events = reader.page(query); // newest first
    if (!reader.problem().isEmpty())
        throw CommandFailure{ExitRemoteError, tr("cannot read the journal %1: %2", s(path), s(reader.problem()))};
    return events;
}
} // namespace

int runJournal(const CliContext &ctx)
{
    const watch::JournalQuery query = queryOf(ctx);
    std::vector<watch::StoredEvent> events = ctx.args().has("--collector") ? fromCollector(ctx, query) : fromFile(ctx, query);
    std::reverse(events.begin(), events.end());
    if (ctx.json()) {
        for (const watch::StoredEvent &e : events) {
            const watch::JournalEvent &v = e.event;
            nlohmann::ordered_json o{{"time", s(QDateTime::fromMSecsSinceEpoch(v.atMs, Qt::UTC).toString(Qt::ISODateWithMs))},
                                     {"kind", s(watch::kindName(v.kind))}};
            const std::pair<const char *, const QString *> fields[] = {{"region", &v.region}, {"zone", &v.zone},   {"server", &v.server},
                                                                       {"service", &v.service}, {"node", &v.node}, {"subject", &v.subject},
                                                                       {"detail", &v.detail}};
            for (const auto &[key, value] : fields)
                if (!value->isEmpty())
                    o[key] = s(*value);
            if (v.value != 0)
                o["value"] = v.value;
            std::cout << jsonText(o) << '\n';
        }
        std::cout.flush();
        return ExitOk;
    }
    if (events.empty()) {
        std::cout << tr("Nothing journaled in that range.") << '\n';
        return ExitOk;
    }
    std::vector<std::vector<std::string>> rows{{tr("TIME"), tr("KIND"), tr("REGION"), tr("ZONE"), tr("WHERE"), tr("DETAIL")}};
    for (const watch::StoredEvent &e : events) {
        const watch::JournalEvent &v = e.event;
        QStringList where;
        for (const QString *part : {&v.server, &v.service, &v.node, &v.subject})
            if (!part->isEmpty())
                where << *part;
        QString detail = v.detail;
        if (v.value != 0)
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(%1)").arg(v.value);
        rows.push_back({s(QDateTime::fromMSecsSinceEpoch(v.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                        s(watch::kindName(v.kind)), s(v.region), s(v.zone), s(where.join(QLatin1Char(' '))), s(detail)});
    }
    printTable(rows);
    return ExitOk;
}

} // namespace switchboard::cli
