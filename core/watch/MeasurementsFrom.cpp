#include "MeasurementsFrom.h"

#include <algorithm>

#include "live/CallObserver.h"
#include "live/CatalogTypes.h"
#include "live/ClusterTypes.h"
#include "live/TrafficMonitor.h"

namespace switchboard::watch {

namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

void addTraffic(AlertMeasurements &m, const live::TrafficSnapshot &traffic)
{
    // The generation follows the sets of subjects and of subscriptions old enough to count:
    // wildcard rules match again only when one of them moves.
    size_t names = traffic.subjects.size();
    m.subjectRates.reserve(qsizetype(traffic.subjects.size()));
    for (const live::SubjectStats &s : traffic.subjects) {
        m.subjectRates.insert(q(s.subject), s.messagesPerSecond);
        names = names * 31 + std::hash<std::string>{}(s.subject);
    }
    // A subscription younger than the rate window does not yet know that its subjects are
    // silent: until then a subject it has not seen has no data (no "stopped" at start-up).
    const auto now = std::chrono::steady_clock::now();
    for (const live::SubscriptionStats &s : traffic.subscriptions)
        if (now - s.since >= traffic.rateWindow) {
            m.watched << q(s.subject);
            names = names * 31 + std::hash<std::string>{}(s.subject);
        }
    m.subjectsGeneration = names;
}

void addCatalog(AlertMeasurements &m, const live::CatalogSnapshot &catalog)
{
    m.catalogKnown = catalog.sweeps > 0;
    for (const live::CatalogService &s : catalog.services) {
        ServiceFigures &f = m.services[q(s.name)]; // go-micro and $SRV of one name count together
        f.liveNodes += int(s.nodeCount() - s.staleCount());
    }
}

void addCalls(AlertMeasurements &m, const live::ObservedCalls &calls)
{
    if (!calls.repliesObserved)
        return; // errors are not known
    struct Sum {
        double weighted = 0, weight = 0;
    };
    QHash<QString, Sum> sums;
    QHash<QString, double> p99; // a service's: the worst of its endpoints' and callers'
    for (const live::ObservedCall &c : calls.edges) {
        if (c.calls == 0)
            continue;
        if (c.p99Ms >= 0) {
            double &worst = p99[q(c.service)];
            worst = std::max(worst, c.p99Ms);
        }
        Sum &s = sums[q(c.service)];
        // Weighted by recent traffic; an edge quiet right now still counts a little.
        const double w = std::max(c.perSecond, 0.01);
        s.weighted += c.errorRatio * w;
        s.weight += w;
    }
    for (auto it = sums.begin(); it != sums.end(); ++it)
        m.services[it.key()].errorRatePercent = 100.0 * it->weighted / it->weight;
    for (auto it = p99.begin(); it != p99.end(); ++it)
        m.services[it.key()].p99Ms = *it;
}

void addSrvErrors(AlertMeasurements &m, const std::map<std::string, double> &percent)
{
    // A go-micro and a $SRV service of one name count together: the worse share.
    for (const auto &[service, p] : percent) {
        std::optional<double> &share = m.services[q(service)].errorRatePercent;
        share = std::max(share.value_or(0.0), p);
    }
}

void addCluster(AlertMeasurements &m, const live::ClusterSnapshot &cluster)
{
    m.clusterKnown = cluster.polls > 0;
    for (const live::ZoneInfo &z : cluster.zones) {
        if (z.health == live::Health::Unknown)
            continue;
        m.zoneHealth.insert(q(z.name), z.health == live::Health::Healthy ? 0 : z.health == live::Health::Degraded ? 1 : 2);
    }
    for (const live::ServerInfo &s : cluster.servers)
        m.servers.insert(q(s.name), ServerFigures{q(s.zone), s.reachable, s.slowConsumers});
}
} // namespace

AlertMeasurements measurementsFrom(const MeasurementSources &sources)
{
    AlertMeasurements m;
    m.region = sources.region;
    if (sources.traffic)
        addTraffic(m, *sources.traffic);
    if (sources.catalog)
        addCatalog(m, *sources.catalog);
    if (sources.calls)
        addCalls(m, *sources.calls);
    if (sources.srvErrorPercent)
        addSrvErrors(m, *sources.srvErrorPercent); // after the calls: the worse of the two
    if (sources.cluster)
        addCluster(m, *sources.cluster);
    return m;
}

} // namespace switchboard::watch
