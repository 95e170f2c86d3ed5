#include "MapLevelGraph.h"

#include <functional>
#include <map>
#include <set>

namespace switchboard::gui {

namespace {

using Kind = MapBox::Kind;

QString zoneKey(const QString &z) { return QStringLiteral("zone:") + z; }
QString serviceKey(const QString &s) { return QStringLiteral("service:") + s; }
QString groupKey(const QString &z, const QString &s) { return QStringLiteral("group:") + z + u'|' + s; }
QString topicKey(const QString &t) { return QStringLiteral("topic:") + t; }
const QString kUnknown = QStringLiteral("unknown");

MapBox boxOf(Kind kind, const QString &key)
{
    MapBox b;
    b.kind = kind;
    b.key = key;
    return b;
}

/// Rates and error shares summed per key: errors weigh by rate.
struct Flow {
    double perSecond = 0, failing = 0;
    quint64 total = 0;
    bool errorsKnown = false;
    QStringList endpoints;
    void add(double rate, double errorRatio, quint64 calls, const QStringList &eps)
    {
        perSecond += rate;
        total += calls;
        if (errorRatio >= 0) {
            errorsKnown = true;
            failing += errorRatio * rate;
        }
        for (const QString &e : eps)
            if (!endpoints.contains(e))
                endpoints << e;
    }
    [[nodiscard]] double errorRatio() const { return !errorsKnown ? -1 : perSecond > 0 ? failing / perSecond : 0; }
};

MapEdge edgeOf(const QString &from, const QString &to, const Flow &f, bool estimated)
{
    MapEdge e;
    e.from = from;
    e.to = to;
    e.perSecond = f.perSecond;
    e.total = f.total;
    e.errorRatio = f.errorRatio();
    e.endpoints = f.endpoints.join(QStringLiteral(", "));
    e.estimated = estimated;
    return e;
}

} // namespace

bool MapLevelGraph::hasZones(const TopologyGraph &graph)
{
    for (const GraphNode &n : graph.nodes)
        if (n.zone != TopologyGraph::unzoned())
            return true;
    for (const GraphServer &s : graph.servers)
        if (s.zone != TopologyGraph::unzoned())
            return true;
    return false;
}

MapScene MapLevelGraph::build(const TopologyGraph &graph, const Options &options)
{
    MapScene scene;
    scene.level = options.level;
    scene.scope = options.scope;
    scene.nodesInGraph = int(graph.nodes.size());
    for (const GraphZone &z : graph.zones)
        if (z.name != TopologyGraph::unzoned())
            scene.zoneNames << z.name;
    const bool zoned = hasZones(graph);
    const QString scopeZone = options.scope.startsWith(QLatin1String("zone:")) ? options.scope.mid(5) : QString();
    const QString scopeService = options.scope.startsWith(QLatin1String("service:")) ? options.scope.mid(8) : QString();

    // Which services a service-scoped Nodes level shows: the service and its neighbours.
    std::set<QString> neighbourhood;
    if (!scopeService.isEmpty()) {
        neighbourhood.insert(scopeService);
        for (const GraphCall &c : graph.calls)
            if (c.caller == scopeService || c.callee == scopeService) {
                neighbourhood.insert(c.callee);
                if (!c.caller.isEmpty())
                    neighbourhood.insert(c.caller);
            }
    }
    auto shown = [&](const GraphNode &n) {
        if (!scopeZone.isEmpty() && n.zone != scopeZone)
            return false;
        return scopeService.isEmpty() || neighbourhood.count(n.service) > 0;
    };

    // Nodes per service and per zone: the Services level counts them, the Zones level splits
    // calls by them (a go-micro client picks any of a service's nodes).
    std::map<QString, std::map<QString, int>> zonesOfService; // service → zone → nodes
    std::map<QString, std::pair<int, int>> perService;       // service → (nodes, stale)
    std::map<QString, QString> protocolOf;
    std::map<QString, std::pair<int, int>> perZone; // zone → (nodes, stale)
    for (const GraphNode &n : graph.nodes) {
        if (!shown(n))
            continue;
        ++zonesOfService[n.service][n.zone];
        auto &s = perService[n.service];
        ++s.first;
        s.second += n.stale ? 1 : 0;
        protocolOf[n.service] = n.protocol;
        auto &z = perZone[n.zone];
        ++z.first;
        z.second += n.stale ? 1 : 0;
    }
    auto serversIn = [&](const QString &zone) {
        int count = 0;
        for (const GraphServer &s : graph.servers)
            count += s.zone == zone ? 1 : 0;
        return count;
    };

    // Servers that name no zone are the cluster's: one strip, not a fake zone.
    MapBox strip = boxOf(Kind::Servers, QStringLiteral("servers"));
    for (const GraphServer &s : graph.servers) {
        if (s.zone != TopologyGraph::unzoned())
            continue;
        strip.members << s.name;
        ++strip.servers;
        strip.reachable = strip.reachable && s.reachable;
    }
    if (strip.servers > 0 && options.level != MapLevel::Services)
        scene.boxes.push_back(strip);

    auto zoneBox = [&](const GraphZone &z, bool frame) {
        MapBox b = boxOf(Kind::Zone, zoneKey(z.name));
        b.label = z.name;
        b.zone = z.name;
        b.health = z.health;
        b.reason = z.reason;
        b.frame = frame;
        b.nodes = perZone[z.name].first;
        b.stale = perZone[z.name].second;
        b.servers = serversIn(z.name);
        return b;
    };
    auto zoneShown = [&](const GraphZone &z) {
        if (!scopeZone.isEmpty() && z.name != scopeZone)
            return false;
        if (z.name == TopologyGraph::unzoned()) // only when nodes are there
            return perZone.count(z.name) > 0;
        return scopeService.isEmpty() || perZone.count(z.name) > 0;
    };

    std::map<std::pair<QString, QString>, Flow> flows;
    std::map<QString, Flow> into;
    // A box per topic with shown subscribers, a dashed edge to each; boxOfService: the key of
    // the box a subscribing service is drawn as, or empty when it is not shown.
    auto addTopics = [&](const std::function<QString(const QString &)> &boxOfService) {
        if (!options.showTopics)
            return;
        for (const GraphTopic &t : graph.topics) {
            MapBox b = boxOf(Kind::Topic, topicKey(t.name));
            b.label = t.name;
            std::vector<MapEdge> edges;
            for (const QString &s : t.subscribers) {
                const QString to = boxOfService(s);
                if (to.isEmpty())
                    continue;
                b.members << s;
                MapEdge e;
                e.call = false;
                e.from = b.key;
                e.to = to;
                edges.push_back(e);
            }
            if (edges.empty())
                continue;
            scene.boxes.push_back(b);
            scene.edges.insert(scene.edges.end(), edges.begin(), edges.end());
        }
    };
    if (options.level == MapLevel::Zones) {
        for (const GraphZone &z : graph.zones)
            if (zoneShown(z))
                scene.boxes.push_back(zoneBox(z, false));
        // Calls between zones, estimated: each end's share of the service's nodes in a zone.
        for (const GraphCall &c : graph.calls) {
            const auto callee = zonesOfService.find(c.callee);
            if (callee == zonesOfService.end())
                continue;
            const int calleeNodes = perService[c.callee].first;
            std::map<QString, double> callerShare;
            if (c.caller.isEmpty()) {
                callerShare[QString()] = 1;
            } else if (const auto caller = zonesOfService.find(c.caller); caller != zonesOfService.end()) {
                for (const auto &[zone, n] : caller->second)
                    callerShare[zone] = double(n) / perService[c.caller].first;
            }
            for (const auto &[toZone, n] : callee->second) {
                const double share = double(n) / calleeNodes;
                into[zoneKey(toZone)].add(c.perSecond * share, c.errorRatio, quint64(c.total * share), {});
                for (const auto &[fromZone, fromShare] : callerShare)
                    if (fromZone != toZone)
                        flows[{fromZone.isEmpty() ? kUnknown : zoneKey(fromZone), zoneKey(toZone)}].add(
                            c.perSecond * share * fromShare, c.errorRatio, quint64(c.total * share * fromShare), c.endpoints);
            }
        }
    } else if (options.level == MapLevel::Services) {
        for (const auto &[service, counts] : perService) {
            MapBox b = boxOf(Kind::Service, serviceKey(service));
            b.label = b.service = service;
            b.protocol = protocolOf[service];
            b.nodes = counts.first;
            b.stale = counts.second;
            b.members = [&] {
                QStringList zones;
                for (const auto &[zone, n] : zonesOfService[service])
                    zones << zone;
                return zones;
            }();
            scene.boxes.push_back(b);
        }
        for (const GraphCall &c : graph.calls) {
            if (!perService.count(c.callee) || (!c.caller.isEmpty() && !perService.count(c.caller)))
                continue;
            flows[{c.caller.isEmpty() ? kUnknown : serviceKey(c.caller), serviceKey(c.callee)}].add(c.perSecond, c.errorRatio,
                                                                                                     c.total, c.endpoints);
            into[serviceKey(c.callee)].add(c.perSecond, c.errorRatio, c.total, {});
        }
    } else {
        const bool frames = zoned;
        if (frames)
            for (const GraphZone &z : graph.zones)
                if (zoneShown(z))
                    scene.boxes.push_back(zoneBox(z, true));
        std::map<QString, std::pair<int, QString>> primary; // service → (nodes, group key): where its edges attach
        std::map<QString, MapBox> groups;
        for (const GraphNode &n : graph.nodes) {
            if (!shown(n))
                continue;
            const QString key = groupKey(frames ? n.zone : QString(), n.service);
            auto [it, added] = groups.try_emplace(key, boxOf(Kind::Group, key));
            MapBox &g = it->second;
            if (added) {
                g.parent = frames ? zoneKey(n.zone) : QString();
                g.label = g.service = n.service;
                g.zone = n.zone;
                g.protocol = n.protocol;
            }
            ++g.nodes;
            g.stale += n.stale ? 1 : 0;
            scene.dots.push_back({n.id, n.service, n.zone, key, {}, n.stale, false});
        }
        for (auto &[key, g] : groups) {
            auto &p = primary[g.service];
            if (g.nodes > p.first)
                p = {g.nodes, key};
            scene.boxes.push_back(g);
        }
        // Edges stay on the group they joined while it is there: with node counts tied or
        // changing by one, the biggest group would flip and the edges with it.
        if (options.attachments) {
            for (auto &[service, p] : primary) {
                const auto kept = options.attachments->find(service);
                if (kept != options.attachments->end() && groups.count(kept->second))
                    p.second = kept->second;
                (*options.attachments)[service] = p.second;
            }
            std::erase_if(*options.attachments, [&](const auto &kept) { return !primary.count(kept.first); });
        }
        if (frames)
            for (const GraphServer &s : graph.servers)
                if (s.zone != TopologyGraph::unzoned() && scene.box(zoneKey(s.zone))) {
                    MapBox b = boxOf(Kind::Server, QStringLiteral("server:") + s.name);
                    b.label = s.name;
                    b.zone = s.zone;
                    b.parent = zoneKey(s.zone);
                    b.reachable = s.reachable;
                    scene.boxes.push_back(b);
                }
        for (const GraphCall &c : graph.calls) {
            const auto to = primary.find(c.callee);
            const auto from = c.caller.isEmpty() ? primary.end() : primary.find(c.caller);
            if (to == primary.end() || (!c.caller.isEmpty() && from == primary.end()))
                continue;
            const QString fromKey = c.caller.isEmpty() ? kUnknown : from->second.second;
            flows[{fromKey, to->second.second}].add(c.perSecond, c.errorRatio, c.total, c.endpoints);
            into[to->second.second].add(c.perSecond, c.errorRatio, c.total, {});
        }
        // Topics: subscribers per topic (dashed, topic → subscriber's main group).
        addTopics([&](const QString &service) { const auto p = primary.find(service); return p == primary.end() ? QString() : p->second.second; });
    }
    if (options.level == MapLevel::Services)
        addTopics([&](const QString &service) { return perService.count(service) ? serviceKey(service) : QString(); });

    bool unknownCalls = false;
    for (const auto &[ends, flow] : flows) {
        if (flow.perSecond <= 0 && flow.total == 0)
            continue;
        unknownCalls = unknownCalls || ends.first == kUnknown;
        scene.edges.push_back(edgeOf(ends.first, ends.second, flow, options.level == MapLevel::Zones));
    }
    if (unknownCalls) {
        MapBox b = boxOf(Kind::Unknown, kUnknown);
        scene.boxes.push_back(b);
    }
    for (MapBox &b : scene.boxes)
        if (const auto it = into.find(b.key); it != into.end()) {
            b.perSecond = it->second.perSecond;
            b.errorRatio = it->second.errorRatio();
        }
    return scene;
}

} // namespace switchboard::gui
