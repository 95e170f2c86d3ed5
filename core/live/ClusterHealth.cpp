#include "ClusterMonitor.h"

#include <algorithm>

#include "ConfiguredRoutes.h"

// The cluster as a whole, beyond what each server says of itself: servers remembered from earlier
// runs that do not answer, route URLs nobody answers on, fewer servers than the profile expects;
// and what the next run should remember.

namespace switchboard::live {

void ClusterMonitor::addRemembered(const std::string &source, const std::map<std::string, bool> &present)
{
    if (source == "none")
        return; // only the connected server is visible: silence says nothing about the others
    for (const RememberedServer &r : m_options.rememberedServers) {
        if (present.count(r.name) || m_servers.count(r.name))
            continue; // answering now, or already listed with what this run knows of it
        ServerInfo &s = m_servers[r.name];
        s.name = r.name;
        s.zone = r.zone.empty() ? "unzoned" : r.zone;
        s.endpoints = r.endpoints;
        s.reachable = false;
        s.source = source;
        s.fault = ServerInfo::Fault::Remembered;
        s.error = "seen in an earlier run of this profile, does not answer now";
    }
}

void ClusterMonitor::dropGoneServers(const std::string &source, const std::map<std::string, bool> &present)
{
    const auto now = std::chrono::system_clock::now();
    auto gone = [&](const std::string &name, const ServerInfo &s) {
        if (present.count(name))
            return false;
        // Only the connected server is visible: one this client was connected to before (before
        // a failover, or the same server before a restart gave it a new id) is not known to be up
        // or down. Kept, each restart added a server listed as up for good, and each pair of them
        // a "route missing" finding: the soak's app grew by 1 MiB a minute drawing them.
        if (source == "none")
            return true;
        // Known by an id that a restart replaced: gone, not down, once it has been silent a while.
        return !s.reachable && !s.id.empty() && name == s.id && s.lastSeen != std::chrono::system_clock::time_point{}
            && now - s.lastSeen > m_options.unnamedGoneAfter;
    };
    for (auto it = m_servers.begin(); it != m_servers.end();) {
        if (!gone(it->first, it->second)) {
            ++it;
            continue;
        }
        m_sampledAt.erase(it->first);
        m_serverHistory.erase(it->first);
        it = m_servers.erase(it);
    }
}

void ClusterMonitor::assessCluster(const std::string &source)
{
    ClusterSnapshot &st = m_status;
    st.problems.clear();
    st.missing = unansweredRoutes(st.servers, [this](const std::string &host) { return resolved(host); });
    for (const MissingServer &m : st.missing) {
        std::string names;
        for (const auto &n : m.namedBy)
            names += (names.empty() ? "" : ", ") + n;
        st.problems.push_back({Finding::Kind::UnansweredRoute, m.address, names});
    }
    const auto reachable = std::count_if(st.servers.begin(), st.servers.end(), [](const ServerInfo &s) { return s.reachable; });
    if (m_options.expectedServers > 0 && reachable < m_options.expectedServers)
        st.problems.push_back({Finding::Kind::FewerServers, {}, source, double(m_options.expectedServers), reachable});
    const bool zoneTrouble = std::any_of(st.zones.begin(), st.zones.end(), [](const ZoneInfo &z) {
        return z.health == Health::Degraded || z.health == Health::Down;
    });
    st.health = reachable == 0 ? Health::Down : (zoneTrouble || !st.problems.empty()) ? Health::Degraded : Health::Healthy;
}

std::string ClusterMonitor::resolved(const std::string &host)
{
    auto it = m_resolved.find(host);
    if (it == m_resolved.end())
        it = m_resolved.emplace(host, m_options.resolveHost ? m_options.resolveHost(host) : resolveHost(host)).first;
    return it->second;
}

std::vector<RememberedServer> ClusterMonitor::knownServers() const
{
    std::lock_guard lock(m_mutex);
    std::vector<RememberedServer> out;
    for (const auto &[name, s] : m_servers)
        if ((!s.id.empty() || !s.endpoints.empty()) // seen alive, or remembered with an address
            && name != s.id)                        // an id-named server's next run has a new id
            out.push_back({name, s.zone, s.endpoints});
    return out;
}

void ClusterMonitor::forget(const std::string &serverName)
{
    {
        std::lock_guard lock(m_mutex);
        m_servers.erase(serverName);
        std::erase_if(m_options.rememberedServers, [&](const RememberedServer &r) { return r.name == serverName; });
    }
    pollNow();
}

} // namespace switchboard::live
