#include "ClusterView.h"

#include <QtCharts/QXYSeries>

#include <map>
#include <set>

#include "ClusterWords.h"
#include "CoreStrings.h"
#include "Session.h"
#include "live/CatalogTypes.h"
#include "live/ClusterTypes.h"

namespace switchboard::gui {

namespace {

constexpr auto kBucket = std::chrono::seconds(5); // chart resolution over 15 minutes
constexpr size_t kSparkPoints = 60;

QVariantList spark(const std::vector<live::RatePoint> &history)
{
    QVariantList out;
    for (size_t i = history.size() > kSparkPoints ? history.size() - kSparkPoints : 0; i < history.size(); ++i)
        out.push_back(history[i].inMsgsPerSecond + history[i].outMsgsPerSecond);
    return out;
}

QString routesText(const live::ServerInfo &s)
{
    QStringList parts;
    for (const auto &r : s.routes) {
        const QString name = r.remoteName.empty() ? q(r.remoteId.substr(0, 8)) : q(r.remoteName);
        parts << (r.rttMs >= 0 ? QStringLiteral("%1 %2 ms").arg(name).arg(r.rttMs, 0, 'f', 2) : name);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

ClusterView::ClusterView(QObject *parent)
    : QObject(parent)
    , m_zones({QStringLiteral("name"), QStringLiteral("health"), QStringLiteral("reasons"), QStringLiteral("summary"),
               QStringLiteral("inRate"), QStringLiteral("outRate"), QStringLiteral("nodes"), QStringLiteral("lost"),
               QStringLiteral("reduced"), QStringLiteral("servers"), QStringLiteral("spark"), QStringLiteral("spoken")})
{
}

void ClusterView::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::clusterChanged, this, &ClusterView::refresh);
        connect(m_session, &Session::catalogChanged, this, &ClusterView::refresh);
    }
    refresh();
    Q_EMIT sessionChanged();
}

void ClusterView::refresh()
{
    if (m_session)
        update(*m_session->cluster(), *m_session->catalog());
}

void ClusterView::update(const live::ClusterSnapshot &cluster, const live::CatalogSnapshot &catalog)
{
    std::vector<live::ZoneInfo> zones = cluster.zones;
    live::addServiceNodes(zones, catalog);

    // Per service: how many nodes in each zone, to say what a zone's loss would take.
    std::map<std::string, std::map<std::string, int>> nodesByServiceZone;
    std::map<std::string, int> nodesByService;
    for (const auto &service : catalog.services)
        for (const auto &version : service.versions)
            for (const auto &node : version.nodes) {
                ++nodesByServiceZone[service.name][node.zone.empty() ? "unzoned" : node.zone];
                ++nodesByService[service.name];
            }

    std::vector<RowListModel::Row> rows;
    m_serverNames.clear();
    m_zoneNames.clear();
    m_reachable = 0;
    for (const auto &z : zones) {
        const QString name = q(z.name);
        m_zoneNames << name;
        QVariantList servers;
        int reachable = 0;
        for (const auto &s : cluster.servers) {
            if (s.zone != z.name)
                continue;
            reachable += s.reachable ? 1 : 0;
            m_serverNames << q(s.name);
            const auto history = m_session ? m_session->serverHistory(s.name) : std::vector<live::RatePoint>{};
            const QString spoken = s.reachable
                ? tr("server %1, version %2, %3 connections, %4 messages per second in, %5 out")
                      .arg(q(s.name), q(s.version)).arg(s.connections).arg(s.inMsgsPerSecond, 0, 'f', 0).arg(s.outMsgsPerSecond, 0, 'f', 0)
                : tr("server %1 is down: %2").arg(q(s.name), ClusterWords::fault(s));
            servers.push_back(QVariantMap{
                {QStringLiteral("name"), q(s.name)}, {QStringLiteral("reachable"), s.reachable}, {QStringLiteral("error"), ClusterWords::fault(s)},
                {QStringLiteral("remembered"), s.fault == live::ServerInfo::Fault::Remembered},
                {QStringLiteral("version"), q(s.version)}, {QStringLiteral("uptime"), s.uptimeSeconds},
                {QStringLiteral("connections"), s.connections}, {QStringLiteral("subscriptions"), qlonglong(s.subscriptions)},
                {QStringLiteral("inRate"), s.inMsgsPerSecond}, {QStringLiteral("outRate"), s.outMsgsPerSecond},
                {QStringLiteral("bytesRate"), s.inBytesPerSecond + s.outBytesPerSecond},
                {QStringLiteral("slowConsumers"), qlonglong(s.slowConsumers)}, {QStringLiteral("slowDelta"), qlonglong(s.slowConsumersDelta)},
                {QStringLiteral("cpu"), s.cpuPercent}, {QStringLiteral("memory"), qlonglong(s.memoryBytes)},
                {QStringLiteral("routes"), routesText(s)}, {QStringLiteral("spark"), spark(history)},
                {QStringLiteral("spoken"), spoken}});
        }
        m_reachable += reachable;
        QStringList lost, reduced;
        std::set<std::string> services;
        for (const auto &node : z.serviceNodes)
            services.insert(node.substr(0, node.find('/')));
        for (const auto &service : services) {
            const int here = nodesByServiceZone[service][z.name], all = nodesByService[service];
            if (here >= all)
                lost << q(service);
            else
                reduced << tr("%1 (%2 of %3 nodes)").arg(q(service)).arg(here).arg(all);
        }
        const QStringList reasons = ClusterWords::findings(z.reasons, cluster.servers);
        const QString health = QString::fromLatin1(live::healthName(z.health));
        const QString summary = tr("%n server(s)", nullptr, int(servers.size())) + QStringLiteral(" · ")
                                + tr("%n node(s)", nullptr, int(z.serviceNodes.size())) + QStringLiteral(" · ")
                                + ClusterWords::health(z.health);
        const QString spoken = tr("zone %1, %2").arg(name, summary) + (reasons.isEmpty() ? QString() : QStringLiteral(": ") + reasons.join(QStringLiteral("; ")));
        QStringList nodes;
        for (const auto &n : z.serviceNodes)
            nodes << q(n);
        const auto history = m_session ? m_session->zoneHistory(z.name) : std::vector<live::RatePoint>{};
        rows.push_back({name, {name, health, reasons, summary, z.inMsgsPerSecond, z.outMsgsPerSecond, nodes, lost, reduced,
                               servers, spark(history), spoken}});
    }
    m_zones.setRows(std::move(rows));

    m_serverCount = int(cluster.servers.size());
    m_health = QString::fromLatin1(live::healthName(cluster.health));
    m_healthText = ClusterWords::health(cluster.health);
    m_problems = ClusterWords::findings(cluster.problems, cluster.servers);
    m_source = q(cluster.source);
    m_error = ClusterWords::sourceNote(cluster);
    m_polls = cluster.polls;
    if (cluster.polls == 0) {
        m_sourceText = tr("Waiting for the first look at the cluster…");
        m_moreAccess.clear();
    } else if (cluster.source == "$SYS") {
        m_sourceText = tr("Source: $SYS requests with the system account: every server, its routes and its connections.");
        m_moreAccess.clear();
    } else if (cluster.source == "http") {
        m_sourceText = tr("Source: HTTP monitoring of the %n listed server(s).", nullptr, m_serverCount);
        m_moreAccess = tr("A system-account login would find every server of the cluster, also those not listed.");
    } else {
        m_sourceText = tr("Source: the client connection only: the connected server, without counters.");
        m_moreAccess = tr("Add a system-account login or the servers' HTTP monitoring URLs to the profile to see every server, "
                          "its load, routes and zone.");
    }
    Q_EMIT updated();
}

double ClusterView::fillSeries(QObject *seriesObject, const QString &name, bool zone) const
{
    auto *series = qobject_cast<QXYSeries *>(seriesObject);
    if (!series || !m_session)
        return 0;
    const auto history = zone ? m_session->zoneHistory(name.toStdString()) : m_session->serverHistory(name.toStdString());
    QList<QPointF> points;
    double peak = 0;
    // Average into fixed 5-second steps: 180 points for 15 minutes, whatever the poll interval.
    size_t i = 0;
    while (i < history.size()) {
        const auto bucket = std::chrono::floor<std::chrono::seconds>(history[i].at.time_since_epoch()) / kBucket;
        double sum = 0;
        int n = 0;
        for (; i < history.size() && std::chrono::floor<std::chrono::seconds>(history[i].at.time_since_epoch()) / kBucket == bucket; ++i) {
            sum += history[i].inMsgsPerSecond + history[i].outMsgsPerSecond;
            ++n;
        }
        const double value = sum / n;
        peak = std::max(peak, value);
        points.append(QPointF(double(std::chrono::duration_cast<std::chrono::milliseconds>(bucket * kBucket).count()), value));
    }
    series->replace(points);
    series->setPointsVisible(points.size() < 10); // a line of one or two points would not show
    return peak;
}

void ClusterView::forget(const QString &server)
{
    if (m_session)
        m_session->forgetServer(server.toStdString());
}

} // namespace switchboard::gui
