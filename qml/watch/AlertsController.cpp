#include "AlertsController.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <set>

#include "Session.h"
#include "live/CallObserver.h"
#include "live/TrafficMonitor.h"
#include "nats/Error.h"
#include "srv/SrvDiscovery.h"
#include "watch/AlertRulesFile.h"
#include "watch/Journal.h"
#include "watch/MeasurementsFrom.h"
#include "watch/SrvErrorRates.h"

namespace switchboard::gui {

using watch::AlertState;
using watch::RuleKind;

struct AlertsController::Region {
    QPointer<Session> session;
    QString label;
    /// Subscriptions of its own for the subject rules: they work whether or not the Traffic page
    /// watches those subjects. Shared with the evaluation in flight.
    std::shared_ptr<live::TrafficMonitor> traffic;
    std::shared_ptr<nats::Connection> trafficConnection;
    std::set<std::string> subjects;
    std::shared_ptr<watch::AlertEngine> engine = std::make_shared<watch::AlertEngine>(); ///< used on the pool only
    /// NATS micro services' error share from $SRV STATS, looked at every 10 s; on the pool only.
    std::shared_ptr<watch::SrvErrorRates> srvErrors = std::make_shared<watch::SrvErrorRates>();
    qint64 srvLookedAt = 0;
};

namespace {
bool appliesTo(const watch::AlertRule &r, const QString &region)
{
    return r.enabled && (r.region.isEmpty() || r.region == region);
}

/// A file name from a profile's name: what a file system takes everywhere.
QString fileNameFor(const QString &profile)
{
    QString safe;
    for (const QChar c : profile)
        safe += c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ? c : QLatin1Char('_');
    return QStringLiteral("alert-rules-%1.json").arg(safe.isEmpty() ? QStringLiteral("default") : safe.left(80));
}
} // namespace

AlertsController::AlertsController(QString rulesFolder, watch::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(rulesFolder))
    , m_journal(journal)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AlertsController::tick);
    m_timer.start();
}

AlertsController::~AlertsController()
{
    m_timer.stop();
    m_pool.waitForDone();
}

QString AlertsController::rulesFile() const
{
    return QDir(m_folder).filePath(fileNameFor(m_profile));
}

void AlertsController::setSessions(const QList<Session *> &sessions)
{
    std::vector<std::unique_ptr<Region>> next;
    for (Session *s : sessions) {
        auto same = std::find_if(m_regions.begin(), m_regions.end(), [&](const auto &r) { return r && r->session == s; });
        if (same != m_regions.end()) {
            next.push_back(std::move(*same));
            continue;
        }
        auto region = std::make_unique<Region>();
        region->session = s;
        region->engine->setRules(m_rules);
        next.push_back(std::move(region));
    }
    m_regions = std::move(next);
    // A region gone takes its states with it (its firing rules no longer count).
    std::set<QString> labels;
    for (const auto &r : m_regions)
        if (r->session)
            labels.insert(r->session->label());
    std::erase_if(m_statuses, [&](const auto &entry) { return !labels.count(entry.first); });
    syncSubscriptions();
    Q_EMIT statusesChanged();
}

void AlertsController::setProfile(const QString &profile)
{
    if (profile == m_profile && m_loaded)
        return;
    m_profile = profile;
    m_loaded = true;
    load();
}

void AlertsController::setRules(std::vector<watch::AlertRule> rules)
{
    m_rules = std::move(rules);
    for (const auto &region : m_regions)
        m_pool.start([engine = region->engine, rules = m_rules] { engine->setRules(rules); });
    save();
    syncSubscriptions();
    Q_EMIT rulesChanged();
}

watch::RuleStatus AlertsController::status(const QString &ruleId, const QString &region) const
{
    watch::RuleStatus best;
    for (const auto &[label, statuses] : m_statuses) {
        if (!region.isEmpty() && label != region)
            continue;
        const auto it = statuses.find(ruleId);
        if (it == statuses.end())
            continue;
        // The most urgent region's: firing over pending over inactive; a value over none.
        if (int(it->second.state) > int(best.state) || (it->second.state == best.state && !best.value && it->second.value))
            best = it->second;
        best.lastFiredMs = std::max(best.lastFiredMs, it->second.lastFiredMs);
        best.lastResolvedMs = std::max(best.lastResolvedMs, it->second.lastResolvedMs);
    }
    return best;
}

int AlertsController::firingCount() const
{
    int n = 0;
    for (const auto &[label, statuses] : m_statuses)
        for (const auto &[id, s] : statuses)
            n += s.state == AlertState::Firing ? 1 : 0;
    return n;
}

void AlertsController::syncSubscriptions()
{
    for (const auto &region : m_regions) {
        Session *s = region->session;
        const auto connection = s && s->state() == Session::Connected ? s->connection() : nullptr;
        std::set<std::string> subjects;
        for (const watch::AlertRule &r : m_rules)
            if (r.kind == RuleKind::SubjectRate && appliesTo(r, s ? s->label() : QString()))
                subjects.insert(r.target.toStdString());
        if (!connection || subjects.empty()) {
            region->traffic.reset();
            region->trafficConnection.reset();
            region->subjects.clear();
            continue;
        }
        if (region->trafficConnection != connection) {
            region->traffic = std::make_shared<live::TrafficMonitor>(connection);
            region->trafficConnection = connection;
            region->subjects.clear();
        }
        for (const std::string &gone : region->subjects)
            if (!subjects.count(gone))
                region->traffic->removeSubject(gone);
        for (const std::string &added : subjects) {
            if (region->subjects.count(added))
                continue;
            try {
                region->traffic->addSubject(added);
            } catch (const nats::Error &e) {
                setProblem(tr("A rule watches “%1”, which cannot be subscribed to: %2")
                               .arg(QString::fromStdString(added), QString::fromStdString(e.what())));
            }
        }
        region->subjects = std::move(subjects);
    }
}

void AlertsController::tick()
{
    syncSubscriptions(); // a region that connected or reconnected since
    if (m_rules.empty())
        return;
    const bool wantsCalls = std::any_of(m_rules.begin(), m_rules.end(), [](const auto &r) { return r.kind == RuleKind::ServiceErrorRate || r.kind == RuleKind::ServiceLatency; });
    const bool wantsErrors = std::any_of(m_rules.begin(), m_rules.end(), [](const auto &r) { return r.kind == RuleKind::ServiceErrorRate; });
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &region : m_regions) {
        Session *s = region->session;
        if (!s)
            continue;
        region->label = s->label();
        // Snapshots the session keeps anyway (shared, never changed in place); the call
        // observer's is copied here because it lives and dies with the session.
        std::shared_ptr<const live::ObservedCalls> calls;
        if (wantsCalls && s->callObserver())
            calls = std::make_shared<live::ObservedCalls>(s->callObserver()->snapshot());
        const bool connected = s->state() == Session::Connected;
        // $SRV services count their own errors: one STATS broadcast now and then, on the pool.
        std::shared_ptr<nats::Connection> statsFrom;
        if (wantsErrors && connected && now - region->srvLookedAt >= watch::SrvErrorRates::kLookEveryMs) {
            statsFrom = s->connection();
            region->srvLookedAt = now;
        }
        QPointer<AlertsController> self(this);
        m_pool.start([self, engine = region->engine, label = region->label, traffic = region->traffic,
                      catalog = connected ? s->catalog() : nullptr, cluster = connected ? s->cluster() : nullptr, calls, now,
                      srvErrors = region->srvErrors, statsFrom] {
            std::optional<live::TrafficSnapshot> t;
            if (traffic)
                t = traffic->snapshot();
            if (statsFrom) {
                try {
                    srvErrors->add(srv::discover(*statsFrom, srv::Verb::Stats).instances);
                } catch (const std::exception &) {
                    // The connection went away meanwhile: the last figures stand until the next look.
                }
            }
            watch::MeasurementSources sources{label, catalog.get(), cluster.get(), t ? &*t : nullptr, calls.get()};
            sources.srvErrorPercent = &srvErrors->percent(); // empty until two looks
            const watch::AlertMeasurements m = watch::measurementsFrom(sources);
            std::vector<watch::AlertTransition> transitions = engine->evaluate(m, now);
            std::map<QString, watch::RuleStatus> statuses;
            for (const watch::AlertRule &r : engine->rules())
                if (const watch::RuleStatus *st = engine->status(r.id))
                    statuses.emplace(r.id, *st);
            QMetaObject::invokeMethod(
                self.data(),
                [self, label, transitions = std::move(transitions), statuses = std::move(statuses)]() mutable {
                    if (self)
                        self->take(label, std::move(transitions), std::move(statuses));
                },
                Qt::QueuedConnection);
        });
    }
}

void AlertsController::take(const QString &region, std::vector<watch::AlertTransition> transitions,
                            std::map<QString, watch::RuleStatus> statuses)
{
    m_statuses[region] = std::move(statuses);
    std::vector<watch::JournalEvent> events;
    for (const watch::AlertTransition &t : transitions) {
        if (auto e = watch::AlertEngine::toEvent(t))
            events.push_back(std::move(*e));
        if (!t.silenced && (t.to == AlertState::Firing || t.resolved()))
            Q_EMIT notify(t);
    }
    if (m_journal && !events.empty())
        m_journal->append(std::move(events));
    Q_EMIT statusesChanged();
}

void AlertsController::evaluateNow()
{
    tick();
    settle();
}

void AlertsController::settle()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void AlertsController::load()
{
    std::vector<watch::AlertRule> rules;
    QFile file(rulesFile());
    QString problem;
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            problem = tr("The alert rules in %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        } else {
            const watch::ParsedRules parsed = watch::AlertRulesFile::parse(file.read(watch::AlertRulesFile::kMaxBytes + 1));
            file.close();
            if (parsed.ok()) {
                rules = parsed.rules;
            } else {
                // Kept aside, not overwritten: the user's rules are in there.
                const QString aside = file.fileName() + QStringLiteral(".damaged-")
                                      + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
                QFile::rename(file.fileName(), aside);
                problem = tr("The alert rules file could not be read (%1); it was kept as %2.").arg(parsed.errors.first(), aside);
            }
        }
    }
    m_rules = std::move(rules);
    for (const auto &region : m_regions)
        m_pool.start([engine = region->engine, rules = m_rules] { engine->setRules(rules); });
    m_statuses.clear();
    setProblem(problem);
    syncSubscriptions();
    Q_EMIT rulesChanged();
    Q_EMIT statusesChanged();
}

void AlertsController::save()
{
    QDir().mkpath(m_folder);
    QSaveFile file(rulesFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(watch::AlertRulesFile::write(m_rules)) < 0 || !file.commit()) {
        setProblem(tr("The alert rules cannot be saved to %1: %2. They work until the app quits.").arg(file.fileName(), file.errorString()));
        return;
    }
    setProblem({});
}

void AlertsController::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace switchboard::gui
