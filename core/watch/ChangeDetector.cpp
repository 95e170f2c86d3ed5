#include "ChangeDetector.h"

#include <algorithm>
#include <utility>

namespace switchboard::watch {

namespace {
QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

/// Why a server is down, stored so the app can word it in the reader's language: the fault's
/// stable name where the monitor knows it, the transport's own words otherwise.
QString faultDetail(const live::ServerInfo &s)
{
    using F = live::ServerInfo::Fault;
    switch (s.fault) {
    case F::NoAnswer: return QStringLiteral("no-answer");
    case F::Remembered: return QStringLiteral("remembered");
    case F::Failed:
    case F::None: break;
    }
    return q(s.error);
}
} // namespace

ChangeDetector::ChangeDetector(QString region)
    : m_region(std::move(region))
{
}

std::vector<JournalEvent> ChangeDetector::catalogChanged(const live::CatalogSnapshot &now, qint64 atMs)
{
    std::vector<JournalEvent> events;
    if (now.sweeps == 0) // not a complete picture yet: nothing to compare, nothing to learn
        return events;
    std::map<NodeKey, NodeState> nodes;
    for (const live::CatalogService &s : now.services)
        for (const live::CatalogVersion &v : s.versions)
            for (const live::CatalogNode &n : v.nodes)
                nodes[{s.name, int(s.protocol), n.id}] = {n.zone, n.serverName, n.stale};
    auto event = [&](EventKind kind, const NodeKey &key, const NodeState &n) {
        JournalEvent e;
        e.atMs = atMs;
        e.kind = kind;
        e.region = m_region;
        e.zone = q(n.zone);
        e.server = q(n.server);
        e.service = q(std::get<0>(key));
        e.node = q(std::get<2>(key));
        e.detail = QString::fromLatin1(live::protocolName(live::Protocol(std::get<1>(key))));
        events.push_back(std::move(e));
    };
    if (m_haveCatalog) {
        for (const auto &[key, n] : nodes) {
            const auto before = m_nodes.find(key);
            if (before == m_nodes.end())
                event(n.stale ? EventKind::NodeStale : EventKind::NodeRegistered, key, n);
            else if (n.stale != before->second.stale)
                event(n.stale ? EventKind::NodeStale : EventKind::NodeBack, key, n);
        }
        for (const auto &[key, n] : m_nodes)
            if (!nodes.count(key))
                event(EventKind::NodeDeregistered, key, n);
    }
    m_nodes = std::move(nodes);
    m_haveCatalog = true;
    return events;
}

std::vector<JournalEvent> ChangeDetector::clusterChanged(const live::ClusterSnapshot &now, qint64 atMs)
{
    std::vector<JournalEvent> events;
    if (now.polls == 0)
        return events;
    auto event = [&](EventKind kind, const std::string &zone, const std::string &server) -> JournalEvent & {
        JournalEvent e;
        e.atMs = atMs;
        e.kind = kind;
        e.region = m_region;
        e.zone = q(zone);
        e.server = q(server);
        events.push_back(std::move(e));
        return events.back();
    };
    std::map<std::string, ServerState> servers;
    for (const live::ServerInfo &s : now.servers)
        servers[s.name] = {s.zone, s.reachable, s.routes.size(), s.slowConsumers};
    std::map<std::string, live::Health> zones;
    for (const live::ZoneInfo &z : now.zones)
        zones[z.name] = z.health;
    if (m_haveCluster) {
        for (const live::ServerInfo &s : now.servers) {
            const auto before = m_servers.find(s.name);
            const bool wasUp = before != m_servers.end() && before->second.reachable;
            if (s.reachable != wasUp && (s.reachable || before != m_servers.end()))
                event(s.reachable ? EventKind::ServerUp : EventKind::ServerDown, s.zone, s.name).detail = faultDetail(s);
            if (before == m_servers.end() || !s.reachable || !before->second.reachable)
                continue; // routes and slow consumers compare between two answers
            if (s.routes.size() < before->second.routes) {
                JournalEvent &e = event(EventKind::RoutesLost, s.zone, s.name);
                e.value = double(s.routes.size());
                e.detail = QString::number(before->second.routes);
            }
            if (s.slowConsumers > before->second.slowConsumers) {
                JournalEvent &e = event(EventKind::SlowConsumers, s.zone, s.name);
                e.value = double(s.slowConsumers);
                e.detail = QString::number(s.slowConsumers - before->second.slowConsumers);
            }
        }
        for (const auto &[name, health] : zones) {
            const auto before = m_zones.find(name);
            if (before != m_zones.end() ? before->second != health : health != live::Health::Healthy)
                event(EventKind::ZoneHealth, name, {}).detail = QString::fromLatin1(live::healthName(health));
        }
    }
    m_servers = std::move(servers);
    m_zones = std::move(zones);
    m_haveCluster = true;
    return events;
}

std::vector<JournalEvent> ChangeDetector::connectionChanged(bool connected, const QString &why, qint64 atMs)
{
    std::vector<JournalEvent> events;
    if (m_haveConnection && connected != m_connected) {
        JournalEvent e;
        e.atMs = atMs;
        e.kind = connected ? EventKind::ConnectionBack : EventKind::ConnectionLost;
        e.region = m_region;
        e.detail = connected ? QString() : why;
        events.push_back(std::move(e));
    }
    m_haveConnection = true;
    m_connected = connected;
    return events;
}

std::vector<JournalEvent> ChangeDetector::callsChanged(const live::ObservedCalls &now, qint64 atMs)
{
    std::vector<JournalEvent> events;
    if (!now.repliesObserved)
        return events; // errors are not known
    const bool baseline = !m_haveCalls;
    m_haveCalls = true;
    for (const live::ObservedCall &c : now.edges) {
        EdgeState &edge = m_edges[{c.caller, c.service, c.endpoint}];
        const uint64_t calls = c.calls - std::min(c.calls, edge.calls);
        const uint64_t errors = c.errors - std::min(c.errors, edge.errors);
        edge.calls = c.calls;
        edge.errors = c.errors;
        if (errors > 0)
            edge.lastErrorMs = atMs;
        else if (edge.inBurst && atMs - edge.lastErrorMs >= kBurstQuietMs)
            edge.inBurst = false;
        if (baseline || edge.inBurst || errors < kBurstErrors || errors * 10 < calls)
            continue;
        edge.inBurst = true;
        JournalEvent e;
        e.atMs = atMs;
        e.kind = EventKind::CallErrors;
        e.region = m_region;
        e.service = QString::fromStdString(c.service);
        e.detail = QString::fromStdString(c.endpoint);
        e.value = double(errors);
        events.push_back(std::move(e));
    }
    return events;
}

} // namespace switchboard::watch
