// switchboard-cli journal [--since 1h] [--kind K]... [--zone Z] [--service S] [--grep TEXT]
// [--limit N] [--file PATH] [--json]: what the app journaled, newest last (as a log reads).
#include "Commands.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>
#include <iostream>

#include <nlohmann/json.hpp>

#include "Printing.h"
#include "Translate.h"
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
} // namespace

int runJournal(const CliContext &ctx)
{
    const QString path = QString::fromStdString(ctx.args().valueOr("--file", s(watch::JournalFile::defaultPath())));
    const watch::JournalQuery query = queryOf(ctx);
    if (!QFileInfo::exists(path))
        throw CommandFailure{ExitRemoteError, tr("no journal at %1: the app writes it while it runs (or give --file)", s(path))};
    watch::JournalReader reader(path);
    if (!reader.open())
        throw CommandFailure{ExitRemoteError, tr("cannot read the journal %1: %2", s(path), s(reader.problem()))};
    std::vector<watch::StoredEvent> events = reader.page(query); // newest first
    if (!reader.problem().isEmpty())
        throw CommandFailure{ExitRemoteError, tr("cannot read the journal %1: %2", s(path), s(reader.problem()))};
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
