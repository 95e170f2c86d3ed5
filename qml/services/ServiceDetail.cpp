#include "ServiceDetail.h"

#include <QDateTime>
#include <QThreadPool>

#include "CoreStrings.h"
#include "Session.h"
#include "live/CatalogTypes.h"
#include "nats/Connection.h"
#include "srv/SrvDiscovery.h"

namespace switchboard::gui {

namespace {

constexpr size_t kMaxStatsPoints = 450; // 15 minutes at one STATS request every 2 s


qint64 ms(live::TimePoint t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

QString zoneSourceText(live::ZoneSource s)
{
    switch (s) {
    case live::ZoneSource::Metadata: return ServiceDetail::tr("node metadata");
    case live::ZoneSource::Server: return ServiceDetail::tr("its server's az: tag");
    case live::ZoneSource::Unknown: break;
    }
    return ServiceDetail::tr("unknown");
}

QString metadataText(const live::Metadata &m)
{
    QStringList parts;
    for (const auto &[k, v] : m)
        parts << q(k) + u'=' + q(v);
    return parts.join(QStringLiteral(", "));
}

QString typeOf(const std::optional<micro::Value> &v)
{
    return v ? q(v->type) : QStringLiteral("—");
}

} // namespace

ServiceDetail::ServiceDetail(QObject *parent)
    : QObject(parent)
    , m_nodes({QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("address"), QStringLiteral("zone"),
               QStringLiteral("zoneSource"), QStringLiteral("server"), QStringLiteral("metadata"),
               QStringLiteral("firstSeen"), QStringLiteral("lastSeen"), QStringLiteral("stale"),
               QStringLiteral("accessibleText")})
    , m_endpoints({QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("version"),
                   QStringLiteral("requestType"), QStringLiteral("responseType"), QStringLiteral("topic"),
                   QStringLiteral("subject"), QStringLiteral("requests"), QStringLiteral("errors"),
                   QStringLiteral("averageMs"), QStringLiteral("lastError"), QStringLiteral("accessibleText")})
    , m_problems({QStringLiteral("at"), QStringLiteral("source"), QStringLiteral("message")})
{
    m_statsTimer.setInterval(2000);
    connect(&m_statsTimer, &QTimer::timeout, this, &ServiceDetail::pollStats);
}

void ServiceDetail::setSession(Session *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::catalogChanged, this, [this] { update(*m_session->catalog()); });
        update(*m_session->catalog());
    }
    Q_EMIT sessionChanged();
}

void ServiceDetail::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    showAnotherService();
}

void ServiceDetail::setProtocol(const QString &protocol)
{
    if (protocol == m_protocol)
        return;
    m_protocol = protocol;
    showAnotherService();
}

void ServiceDetail::showAnotherService()
{
    // The charts start afresh; STATS answers still on their way are for the previous service.
    m_stats.clear();
    m_latestStats.clear();
    ++m_statsGeneration;
    m_statsInFlight = false;
    Q_EMIT nameChanged();
    if (m_session)
        update(*m_session->catalog());
}

QStringList ServiceDetail::statsEndpoints() const
{
    QStringList out;
    for (const auto &[name, points] : m_stats)
        out << name;
    return out;
}

QVariantList ServiceDetail::statsHistory(const QString &endpoint) const
{
    QVariantList out;
    const auto it = m_stats.find(endpoint);
    if (it == m_stats.end())
        return out;
    for (const StatsPoint &p : it->second)
        out << QVariantMap{{QStringLiteral("t"), p.atMs},
                           {QStringLiteral("requests"), p.requests},
                           {QStringLiteral("errors"), p.errors},
                           {QStringLiteral("avgMs"), p.averageMs}};
    return out;
}

void ServiceDetail::update(const live::CatalogSnapshot &snapshot)
{
    const live::CatalogService *service = nullptr;
    for (const live::CatalogService &s : snapshot.services) {
        const QString protocol = protocolLabel(s.protocol);
        if (q(s.name) == m_name && (m_protocol.isEmpty() || protocol == m_protocol)) {
            service = &s;
            break;
        }
    }
    std::vector<RowListModel::Row> problems;
    for (const live::CatalogProblem &p : snapshot.problems)
        problems.push_back({QString::number(ms(p.at)) + q(p.source) + q(p.message),
                            {QDateTime::fromMSecsSinceEpoch(ms(p.at)), q(p.source), q(p.message)}});
    m_problems.setRows(std::move(problems));

    m_found = service != nullptr;
    const bool srvService = service && service->protocol == live::Protocol::NatsMicro;
    if (srvService && !m_statsTimer.isActive()) {
        m_statsTimer.start();
        pollStats();
    } else if (!srvService) {
        m_statsTimer.stop();
    }
    if (service) {
        fill(*service);
    } else {
        m_nodes.setRows({});
        m_endpoints.setRows({});
        m_summary.clear();
    }
    Q_EMIT updated();
}

void ServiceDetail::fill(const live::CatalogService &service)
{
    std::vector<RowListModel::Row> nodes, endpoints;
    QStringList versions;
    for (const live::CatalogVersion &v : service.versions) {
        const QString version = q(v.version);
        versions << version;
        for (const live::CatalogNode &n : v.nodes) {
            const QString spoken = tr("node %1, version %2, zone %3%4")
                                       .arg(q(n.id), version, n.zone.empty() ? tr("unknown") : q(n.zone),
                                            n.stale ? tr(", stale") : QString());
            nodes.push_back({q(n.id),
                             {q(n.id), version, q(n.address), q(n.zone), zoneSourceText(n.zoneSource), q(n.serverName),
                              metadataText(n.metadata), QDateTime::fromMSecsSinceEpoch(ms(n.firstSeen)),
                              QDateTime::fromMSecsSinceEpoch(ms(n.lastSeen)), n.stale, spoken}});
        }
        for (const micro::Endpoint &e : v.endpoints) {
            const bool subscriber = e.metadata && e.metadata->count("subscriber") && e.metadata->at("subscriber") == "true";
            const QString topic = subscriber && e.metadata->count("topic") ? q(e.metadata->at("topic")) : QString();
            const QString kind = subscriber ? QStringLiteral("subscriber") : QStringLiteral("rpc");
            const QString spoken = subscriber ? tr("subscriber %1 on topic %2").arg(q(e.name), topic)
                                              : tr("endpoint %1, request %2, response %3")
                                                    .arg(q(e.name), typeOf(e.request), typeOf(e.response));
            endpoints.push_back({version + u'/' + q(e.name),
                                 {q(e.name), kind, version, typeOf(e.request), typeOf(e.response), topic, QString(),
                                  QVariant(), QVariant(), QVariant(), QString(), spoken}});
        }
        for (const srv::SrvEndpoint &e : v.srvEndpoints) {
            const auto stats = m_latestStats.find(q(e.name));
            const bool known = stats != m_latestStats.end();
            const QString spoken = known ? tr("endpoint %1 on subject %2, %3 requests, %4 errors")
                                               .arg(q(e.name), q(e.subject))
                                               .arg(stats->second.requests)
                                               .arg(stats->second.errors)
                                         : tr("endpoint %1 on subject %2").arg(q(e.name), q(e.subject));
            endpoints.push_back({version + u'/' + q(e.name),
                                 {q(e.name), QStringLiteral("srv"), version, QString(), QString(), QString(), q(e.subject),
                                  known ? QVariant(stats->second.requests) : QVariant(),
                                  known ? QVariant(stats->second.errors) : QVariant(),
                                  known ? QVariant(stats->second.averageMs) : QVariant(),
                                  q(e.lastError.value_or(std::string())), spoken}});
        }
    }
    m_nodes.setRows(std::move(nodes));
    m_endpoints.setRows(std::move(endpoints));
    m_summary = tr("%1 · %2 · %n node(s)", nullptr, int(service.nodeCount()))
                    .arg(versions.join(QStringLiteral(", ")),
                         protocolLabel(service.protocol));
}

void ServiceDetail::pollStats()
{
    if (!m_session || m_statsInFlight || !m_session->connection())
        return;
    m_statsInFlight = true;
    QPointer<ServiceDetail> self(this);
    std::shared_ptr<nats::Connection> connection = m_session->connection();
    const std::string name = m_name.toStdString();
    const quint64 generation = m_statsGeneration;
    QThreadPool::globalInstance()->start([self, connection, name, generation] {
        srv::SrvSweepResult result;
        try {
            result = srv::discover(*connection, srv::Verb::Stats, name);
        } catch (const std::exception &) {
            // connection trouble: the status bar says so; keep the last figures
        }
        const qint64 atMs = QDateTime::currentMSecsSinceEpoch();
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, atMs, instances = std::move(result.instances)]() mutable {
                if (!self || generation != self->m_statsGeneration)
                    return;
                self->m_statsInFlight = false;
                self->takeStats(std::move(instances), atMs);
            },
            Qt::QueuedConnection);
    });
}

void ServiceDetail::takeStats(std::vector<srv::SrvInstance> instances, qint64 atMs)
{
    // STATS are per instance; the table and charts are per endpoint: requests and errors add up,
    // the average is the slowest instance's (the one a user would want to see).
    std::map<QString, StatsPoint> sums;
    for (const srv::SrvInstance &instance : instances)
        for (const srv::SrvEndpoint &e : instance.endpoints) {
            StatsPoint &p = sums.try_emplace(q(e.name), StatsPoint{atMs, 0, 0, 0}).first->second;
            p.requests += e.numRequests;
            p.errors += e.numErrors;
            p.averageMs = std::max(p.averageMs, double(e.averageProcessingTimeNs) / 1e6);
        }
    for (auto &[name, point] : sums) {
        auto &series = m_stats[name];
        series.push_back(point);
        while (series.size() > kMaxStatsPoints)
            series.pop_front();
    }
    m_latestStats = std::move(sums);
    if (m_session)
        update(*m_session->catalog());
}

} // namespace switchboard::gui
