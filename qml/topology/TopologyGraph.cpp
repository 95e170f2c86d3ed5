#include "TopologyGraph.h"

#include <map>
#include <set>

#include "ClusterWords.h"
#include "CoreStrings.h"
#include "live/CallObserver.h"
#include "live/CatalogTypes.h"
#include "live/ClusterTypes.h"

namespace switchboard::gui {

namespace {
/// The health of a zone that only nodes name (no server says it is there).
const QString kNodeZoneHealth = QStringLiteral("unknown");
} // namespace

const QString &TopologyGraph::unzoned()
{
    static const QString name = QStringLiteral("unzoned");
    return name;
}

TopologyGraph TopologyGraph::build(const live::CatalogSnapshot &catalog, const live::ClusterSnapshot &cluster,
                                   const live::ObservedCalls &calls, const TopologyFilter &filter)
{
    return build(catalog, cluster, calls).filtered(filter);
}

TopologyGraph TopologyGraph::build(const live::CatalogSnapshot &catalog, const live::ClusterSnapshot &cluster,
                                   const live::ObservedCalls &calls)
{
    TopologyGraph g;
    std::map<QString, GraphZone> zones;
    for (const live::ZoneInfo &z : cluster.zones) {
        const QStringList reasons = ClusterWords::findings(z.reasons, cluster.servers);
        const QString name = z.name.empty() ? unzoned() : q(z.name);
        zones[name] = GraphZone{name, QString::fromLatin1(live::healthName(z.health)), reasons.join(QStringLiteral("; "))};
    }
    for (const live::ServerInfo &s : cluster.servers) {
        const QString zone = s.zone.empty() ? unzoned() : q(s.zone);
        g.servers.push_back({q(s.name), zone, s.reachable});
        if (zone != unzoned()) // servers without a zone are the cluster's, not a zone's
            zones.try_emplace(zone, GraphZone{zone, QStringLiteral("healthy"), QString()});
    }

    std::map<QString, QStringList> topicSubscribers;
    for (const live::CatalogService &s : catalog.services) {
        const QString service = q(s.name);
        for (const live::CatalogVersion &v : s.versions) {
            for (const live::CatalogNode &n : v.nodes) {
                const QString zone = n.zone.empty() ? unzoned() : q(n.zone);
                g.nodes.push_back({q(n.id), service, zone, protocolLabel(s.protocol), n.stale});
                zones.try_emplace(zone, GraphZone{zone, kNodeZoneHealth, QString()});
            }
            if (v.nodes.empty())
                continue;
            for (const micro::Endpoint &e : v.endpoints)
                if (e.metadata && e.metadata->count("topic") && e.metadata->count("subscriber")) {
                    QStringList &subs = topicSubscribers[q(e.metadata->at("topic"))];
                    if (!subs.contains(service))
                        subs << service;
                }
        }
    }
    for (auto &[name, subs] : topicSubscribers)
        g.topics.push_back({name, subs});

    std::map<std::pair<QString, QString>, GraphCall> edges;
    std::map<std::pair<QString, QString>, double> failingPerSecond; // to weigh endpoints' error shares
    for (const live::ObservedCall &c : calls.edges) {
        const QString caller = q(c.caller), callee = q(c.service);
        GraphCall &e = edges[{caller, callee}];
        e.caller = caller;
        e.callee = callee;
        e.perSecond += c.perSecond;
        e.total += c.calls;
        failingPerSecond[{caller, callee}] += c.errorRatio * c.perSecond;
        if (!e.endpoints.contains(q(c.endpoint)))
            e.endpoints << q(c.endpoint);
    }
    for (auto &[key, e] : edges) {
        if (calls.repliesObserved)
            e.errorRatio = e.perSecond > 0 ? failingPerSecond[key] / e.perSecond : 0;
        g.calls.push_back(e);
    }
    for (auto &[name, z] : zones)
        g.zones.push_back(z);
    return g;
}

TopologyGraph TopologyGraph::filtered(const TopologyFilter &filter) const
{
    const bool all = filter.text.isEmpty() && filter.goMicro && filter.natsMicro && filter.hiddenZones.isEmpty();
    if (all)
        return *this;
    TopologyGraph g;
    auto matches = [&](const QString &text) { return filter.text.isEmpty() || text.contains(filter.text, Qt::CaseInsensitive); };
    const QString goMicro = protocolLabel(live::Protocol::GoMicro);
    std::set<QString> shownServices, zonesInUse;
    for (const GraphNode &n : nodes) {
        const bool isGoMicro = n.protocol == goMicro;
        if ((isGoMicro && !filter.goMicro) || (!isGoMicro && !filter.natsMicro) || filter.hiddenZones.contains(n.zone)
            || !(matches(n.service) || matches(n.id)))
            continue;
        g.nodes.push_back(n);
        shownServices.insert(n.service);
        zonesInUse.insert(n.zone);
    }
    for (const GraphServer &s : servers)
        if (!filter.hiddenZones.contains(s.zone)) {
            g.servers.push_back(s);
            zonesInUse.insert(s.zone);
        }
    for (const GraphTopic &t : topics) {
        GraphTopic shown{t.name, {}};
        for (const QString &s : t.subscribers)
            if (shownServices.count(s))
                shown.subscribers << s;
        if (!shown.subscribers.isEmpty())
            g.topics.push_back(std::move(shown));
    }
    for (const GraphCall &c : calls)
        if (shownServices.count(c.callee) && (c.caller.isEmpty() || shownServices.count(c.caller) || matches(c.caller)))
            g.calls.push_back(c);
    // A zone only nodes named stays while one of its nodes is shown; the cluster's zones stay.
    // A hidden zone goes, not even an empty frame.
    for (const GraphZone &z : zones)
        if (!filter.hiddenZones.contains(z.name) && (z.health != kNodeZoneHealth || zonesInUse.count(z.name)))
            g.zones.push_back(z);
    return g;
}


} // namespace switchboard::gui
