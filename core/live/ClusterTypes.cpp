#include "ClusterTypes.h"

#include "CatalogTypes.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace switchboard::live {

const char *healthName(Health h)
{
    switch (h) {
    case Health::Healthy: return "healthy";
    case Health::Degraded: return "degraded";
    case Health::Down: return "down";
    case Health::Unknown: return "no servers";
    }
    return "?";
}

std::string describe(const Finding &f)
{
    using K = Finding::Kind;
    switch (f.kind) {
    case K::ServerDown: return "server " + f.subject + " is down" + (f.other.empty() ? "" : " (" + f.other + ")");
    case K::SlowRoute: {
        char rtt[32];
        std::snprintf(rtt, sizeof rtt, "%.1f", f.value);
        return "route " + f.subject + " → " + f.other + " RTT " + rtt + " ms";
    }
    case K::MissingRoute: return "route " + f.subject + " → " + f.other + " missing";
    case K::SlowConsumers: return "slow consumers rising on " + f.subject + " (+" + std::to_string(int64_t(f.value)) + ")";
    case K::UnansweredRoute: return "no server answers at " + f.subject + ", a configured route of " + f.other;
    case K::FewerServers:
        return "the profile expects " + std::to_string(int64_t(f.value)) + " servers, " + std::to_string(f.count)
               + (f.count == 1 ? " answers" : " answer") + (f.other == "none" ? " (only the connected server can be seen)" : "");
    }
    return {};
}

std::vector<std::string> describe(const std::vector<Finding> &findings)
{
    std::vector<std::string> out;
    for (const auto &f : findings)
        out.push_back(describe(f));
    return out;
}

std::vector<ZoneInfo> evaluateZones(const std::vector<ServerInfo> &servers, const HealthRules &rules)
{
    std::set<std::string> reachableIds;
    for (const auto &s : servers)
        if (s.reachable)
            reachableIds.insert(s.id);
    std::map<std::string, ZoneInfo> zones;
    for (const auto &s : servers) {
        ZoneInfo &z = zones[s.zone];
        z.name = s.zone;
        z.servers.push_back(s.name);
        z.inMsgsPerSecond += s.inMsgsPerSecond;
        z.outMsgsPerSecond += s.outMsgsPerSecond;
        if (!s.reachable) {
            z.reasons.push_back({Finding::Kind::ServerDown, s.name, s.error});
            continue;
        }
        std::set<std::string> routed;
        for (const auto &r : s.routes) {
            routed.insert(r.remoteId);
            if (r.rttMs > rules.maxRouteRttMs)
                z.reasons.push_back({Finding::Kind::SlowRoute, s.name, r.remoteName.empty() ? r.remoteId : r.remoteName, r.rttMs});
        }
        for (const auto &other : servers)
            if (other.reachable && other.id != s.id && !other.id.empty() && !routed.count(other.id))
                z.reasons.push_back({Finding::Kind::MissingRoute, s.name, other.name});
        if (s.slowConsumersDelta > 0)
            z.reasons.push_back({Finding::Kind::SlowConsumers, s.name, {}, double(s.slowConsumersDelta)});
    }
    std::vector<ZoneInfo> out;
    for (auto &entry : zones) { // not a structured binding: clang 14 cannot capture one (fuzz build)
        const std::string &name = entry.first;
        ZoneInfo &z = entry.second;
        const bool anyUp = std::any_of(servers.begin(), servers.end(), [&](const ServerInfo &s) { return s.zone == name && s.reachable; });
        z.health = !anyUp ? Health::Down : z.reasons.empty() ? Health::Healthy : Health::Degraded;
        out.push_back(std::move(z));
    }
    return out;
}

void addServiceNodes(std::vector<ZoneInfo> &zones, const CatalogSnapshot &catalog)
{
    for (const auto &service : catalog.services) {
        for (const auto &version : service.versions) {
            for (const auto &node : version.nodes) {
                const std::string zoneName = node.zone.empty() ? "unzoned" : node.zone;
                auto zone = std::find_if(zones.begin(), zones.end(), [&](const ZoneInfo &z) { return z.name == zoneName; });
                if (zone == zones.end()) {
                    zones.push_back(ZoneInfo{});
                    zone = std::prev(zones.end());
                    zone->name = zoneName;
                    zone->health = Health::Unknown;
                }
                zone->serviceNodes.push_back(service.name + "/" + node.id);
            }
        }
    }
    std::sort(zones.begin(), zones.end(), [](const ZoneInfo &a, const ZoneInfo &b) { return a.name < b.name; });
}

} // namespace switchboard::live
