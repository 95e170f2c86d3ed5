// switchboard-cli watch --rules FILE [--interval 1s] [--duration D] [--region NAME] [--json]:
// the app's alert engine without the app. Evaluates the rules against the cluster every interval
// and prints each transition (pending, firing, resolved, inactive) as a line, or NDJSON.
// Exit: 0 when no rule is firing at the end, 1 when one is, 2 for a usage or rules-file
// mistake, 3 when the cluster cannot be reached.
#include "Commands.h"

#include <QDateTime>
#include <QFile>

#include <iostream>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "Printing.h"
#include "Translate.h"
#include "live/CallObserver.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "live/TrafficMonitor.h"
#include "nats/Connection.h"
#include "srv/SrvDiscovery.h"
#include "watch/AlertEngine.h"
#include "watch/AlertRulesFile.h"
#include "watch/MeasurementsFrom.h"
#include "watch/SrvErrorRates.h"

namespace switchboard::cli {

namespace {
using watch::RuleKind;

std::vector<watch::AlertRule> readRules(const std::string &path)
{
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(tr("cannot read the rules file %1: %2", path, file.errorString().toStdString()));
    const watch::ParsedRules parsed = watch::AlertRulesFile::parse(file.read(watch::AlertRulesFile::kMaxBytes + 1));
    if (!parsed.ok()) {
        for (const QString &e : parsed.errors)
            std::cerr << path << ": " << e.toStdString() << '\n';
        throw UsageError(tr("%1: no rules were loaded (fix the mistakes above)", path));
    }
    if (parsed.rules.empty())
        throw UsageError(tr("%1 has no rules", path));
    return parsed.rules;
}

bool uses(const std::vector<watch::AlertRule> &rules, std::initializer_list<RuleKind> kinds)
{
    return std::any_of(rules.begin(), rules.end(), [&](const watch::AlertRule &r) {
        return r.enabled && std::find(kinds.begin(), kinds.end(), r.kind) != kinds.end();
    });
}

void print(const CliContext &ctx, const watch::AlertTransition &t)
{
    const std::string time = QDateTime::fromMSecsSinceEpoch(t.atMs, Qt::UTC).toString(Qt::ISODate).toStdString();
    if (ctx.json()) {
        nlohmann::ordered_json o{{"time", time},          {"rule", t.ruleName.toStdString()}, {"id", t.ruleId.toStdString()},
                                 {"state", t.name().toStdString()}, {"from", watch::alertStateName(t.from).toStdString()},
                                 {"value", t.value}};
        if (!t.where.isEmpty())
            o["where"] = t.where.toStdString();
        if (!t.region.isEmpty())
            o["region"] = t.region.toStdString();
        if (t.silenced)
            o["silenced"] = true;
        std::cout << jsonText(o) << std::endl;
        return;
    }
    std::cout << time << "  " << t.name().toStdString() << "  " << t.ruleName.toStdString() << "  "
              << tr("value %1", QString::number(t.value, 'g', 6).toStdString());
    if (!t.where.isEmpty())
        std::cout << "  (" << t.where.toStdString() << ")";
    if (t.silenced)
        std::cout << "  " << tr("[silenced]");
    std::cout << std::endl;
}
} // namespace

int runWatch(const CliContext &ctx)
{
    const auto rulesPath = ctx.args().value("--rules");
    if (!rulesPath)
        throw UsageError(tr("watch needs --rules FILE (a rules file as the app exports it)"));
    const std::vector<watch::AlertRule> rules = readRules(*rulesPath);
    const auto interval = std::chrono::milliseconds(parseDurationMicros(ctx.args().valueOr("--interval", "1s")) / 1000);
    const auto duration = ctx.args().value("--duration");
    const auto stopAt = duration ? std::chrono::steady_clock::now() + std::chrono::microseconds(parseDurationMicros(*duration))
                                 : std::chrono::steady_clock::time_point::max();
    blockStopSignals();
    auto conn = ctx.connect();

    // Only what the rules need: a subscription per subject rule, the registry for services,
    // the call observer for error rates, the cluster monitor for zones and servers.
    std::unique_ptr<live::TrafficMonitor> traffic;
    if (uses(rules, {RuleKind::SubjectRate})) {
        traffic = std::make_unique<live::TrafficMonitor>(conn);
        std::set<std::string> subjects;
        for (const watch::AlertRule &r : rules)
            if (r.enabled && r.kind == RuleKind::SubjectRate)
                subjects.insert(r.target.toStdString());
        for (const std::string &s : subjects)
            traffic->addSubject(s); // an invalid subject throws nats::Error: a usage error
    }
    std::unique_ptr<live::ServiceCatalog> catalog;
    std::unique_ptr<live::CallObserver> calls;
    if (uses(rules, {RuleKind::ServiceNodes, RuleKind::ServiceErrorRate, RuleKind::ServiceLatency})) {
        catalog = std::make_unique<live::ServiceCatalog>(conn);
        catalog->start();
        if (uses(rules, {RuleKind::ServiceErrorRate, RuleKind::ServiceLatency}))
            calls = std::make_unique<live::CallObserver>(conn);
    }
    std::unique_ptr<live::ClusterMonitor> cluster;
    if (uses(rules, {RuleKind::ZoneHealth, RuleKind::ServerDown, RuleKind::SlowConsumers})) {
        live::ClusterOptions options;
        options.pollInterval = interval;
        options.monitorUrls = ctx.monitorUrls();
        cluster = std::make_unique<live::ClusterMonitor>(conn, options);
        cluster->start();
    }

    // NATS micro services count their own errors: a $SRV.STATS broadcast every 10 s.
    const bool srvStats = uses(rules, {RuleKind::ServiceErrorRate});
    watch::SrvErrorRates srvErrors;
    auto srvLookedAt = std::chrono::steady_clock::time_point{};

    watch::AlertEngine engine;
    engine.setRules(rules);
    const QString region = QString::fromStdString(ctx.args().valueOr("--region", ""));
    do {
        std::optional<live::CatalogSnapshot> c;
        std::optional<live::ClusterSnapshot> k;
        std::optional<live::TrafficSnapshot> t;
        std::optional<live::ObservedCalls> o;
        if (catalog)
            c = catalog->snapshot();
        if (calls && c) {
            calls->watch(live::liveNodeAddresses(*c));
            o = calls->snapshot();
        }
        if (cluster)
            k = cluster->snapshot();
        if (traffic)
            t = traffic->snapshot();
        if (srvStats && std::chrono::steady_clock::now() - srvLookedAt >= std::chrono::milliseconds(watch::SrvErrorRates::kLookEveryMs)) {
            srvLookedAt = std::chrono::steady_clock::now();
            try {
                srvErrors.add(srv::discover(*conn, srv::Verb::Stats).instances);
            } catch (const std::exception &) {
                // The connection is down for now: the last figures stand until the next look.
            }
        }
        watch::MeasurementSources sources{region, c ? &*c : nullptr, k ? &*k : nullptr, t ? &*t : nullptr, o ? &*o : nullptr};
        sources.srvErrorPercent = &srvErrors.percent();
        const watch::AlertMeasurements m = watch::measurementsFrom(sources);
        for (const watch::AlertTransition &tr : engine.evaluate(m, QDateTime::currentMSecsSinceEpoch()))
            print(ctx, tr);
        const auto left = stopAt - std::chrono::steady_clock::now();
        if (left <= std::chrono::steady_clock::duration::zero())
            break;
        if (waitForStopSignal(std::min(interval, std::chrono::duration_cast<std::chrono::milliseconds>(left))))
            break;
    } while (std::chrono::steady_clock::now() < stopAt);
    return engine.firingCount() > 0 ? ExitRemoteError : ExitOk;
}

} // namespace switchboard::cli
