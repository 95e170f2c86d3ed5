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
            z.reasons.push_back("server " + s.name + " is down" + (s.error.empty() ? "" : " (" + s.error + ")"));
            continue;
        }
        std::set<std::string> routed;
        for (const auto &r : s.routes) {
            routed.insert(r.remoteId);
            if (r.rttMs > rules.maxRouteRttMs) {
                char buf[160];
                std::snprintf(buf, sizeof buf, "route %s → %s RTT %.1f ms", s.name.c_str(),
                              (r.remoteName.empty() ? r.remoteId : r.remoteName).c_str(), r.rttMs);
                z.reasons.push_back(buf);
            }
        }
        for (const auto &other : servers)
            if (other.reachable && other.id != s.id && !other.id.empty() && !routed.count(other.id))
                z.reasons.push_back("route " + s.name + " → " + other.name + " missing");
        if (s.slowConsumersDelta > 0)
            z.reasons.push_back("slow consumers rising on " + s.name + " (+" + std::to_string(s.slowConsumersDelta) + ")");
    }
    std::vector<ZoneInfo> out;
    for (auto &[name, z] : zones) {
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
