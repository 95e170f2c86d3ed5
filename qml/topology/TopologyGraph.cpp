#include "TopologyGraph.h"

#include <map>
#include <set>

#include "ClusterWords.h"
#include "CoreStrings.h"
#include "live/CallObserver.h"
#include "live/CatalogTypes.h"
#include "live/ClusterTypes.h"

namespace switchboard::gui {

const QString &TopologyGraph::unzoned()
{
    static const QString name = QStringLiteral("unzoned");
    return name;
}

TopologyGraph TopologyGraph::build(const live::CatalogSnapshot &catalog, const live::ClusterSnapshot &cluster,
                                   const live::ObservedCalls &calls, const TopologyFilter &filter)
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
        if (filter.hiddenZones.contains(zone))
            continue;
        g.servers.push_back({q(s.name), zone, s.reachable});
        if (zone != unzoned()) // servers without a zone are the cluster's, not a zone's
            zones.try_emplace(zone, GraphZone{zone, QStringLiteral("healthy"), QString()});
    }

    auto matches = [&](const QString &text) { return filter.text.isEmpty() || text.contains(filter.text, Qt::CaseInsensitive); };
    std::set<QString> shownServices;
    std::map<QString, QStringList> topicSubscribers;
    for (const live::CatalogService &s : catalog.services) {
        const bool goMicro = s.protocol == live::Protocol::GoMicro;
        if ((goMicro && !filter.goMicro) || (!goMicro && !filter.natsMicro))
            continue;
        const QString service = q(s.name);
        bool anyNodeShown = false;
        for (const live::CatalogVersion &v : s.versions) {
            for (const live::CatalogNode &n : v.nodes) {
                const QString zone = n.zone.empty() ? unzoned() : q(n.zone);
                if (filter.hiddenZones.contains(zone) || !(matches(service) || matches(q(n.id))))
                    continue;
                g.nodes.push_back({q(n.id), service, zone, protocolLabel(s.protocol), n.stale});
                zones.try_emplace(zone, GraphZone{zone, QStringLiteral("unknown"), QString()});
                anyNodeShown = true;
            }
            if (!anyNodeShown)
                continue;
            for (const micro::Endpoint &e : v.endpoints)
                if (e.metadata && e.metadata->count("topic") && e.metadata->count("subscriber")) {
                    QStringList &subs = topicSubscribers[q(e.metadata->at("topic"))];
                    if (!subs.contains(service))
                        subs << service;
                }
        }
        if (anyNodeShown)
            shownServices.insert(service);
    }
    for (auto &[name, subs] : topicSubscribers)
        g.topics.push_back({name, subs});

    std::map<std::pair<QString, QString>, GraphCall> edges;
    std::map<std::pair<QString, QString>, double> failingPerSecond; // to weigh endpoints' error shares
    for (const live::ObservedCall &c : calls.edges) {
        const QString caller = q(c.caller), callee = q(c.service);
        if (!shownServices.count(callee) || (!caller.isEmpty() && !shownServices.count(caller) && !matches(caller)))
            continue;
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
        if (!filter.hiddenZones.contains(name)) // hidden: not even an empty frame
            g.zones.push_back(z);
    return g;
}

} // namespace switchboard::gui
