#include "ClusterMonitor.h"

#include <algorithm>

#include "ConfiguredRoutes.h"
#include "ConnzSubjects.h"
#include "MonitoringData.h"
#include "micro/JsonRead.h"
#include "nats/Connection.h"
#include "util/HttpGet.h"

namespace switchboard::live {

using SteadyClock = std::chrono::steady_clock;

struct ClusterMonitor::Poll {
    std::string source, error;
    std::string announced; ///< source "none": the other client URLs the connected server announced
    std::vector<ServerInfo> servers;
    std::map<std::string, std::vector<RouteInfo>> routesById;
    std::unordered_map<std::string, std::string> placement; // subject → server name
    bool havePlacement = false;
    bool authoritative = false; ///< every live server answers: silence means down
};

namespace {

// A nats-server's VARZ is a few KiB and its ROUTEZ grows by about 1 KiB per route. An endpoint
// answering more is not a nats-server: reading stops there instead of parsing tens of MB.
// CONNZ keeps util::httpGet's 64 MiB: it is read as a stream (ConnzSubjects.h).
constexpr size_t kMaxVarzBytes = 4 * 1024 * 1024;
constexpr size_t kMaxRoutezBytes = 16 * 1024 * 1024;

nats::SweepOptions sysSweep()
{
    nats::SweepOptions o;
    o.firstReplyWindow = std::chrono::milliseconds(500);
    o.minQuiet = std::chrono::milliseconds(15);
    o.maxQuiet = std::chrono::milliseconds(100);
    o.hardCap = std::chrono::milliseconds(3000);
    return o;
}

} // namespace

ClusterMonitor::ClusterMonitor(std::shared_ptr<nats::Connection> connection, ClusterOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_options(std::move(options))
{
}

ClusterMonitor::~ClusterMonitor()
{
    stop();
}

void ClusterMonitor::start()
{
    m_worker.start([this] { pollOnce(); }, m_options.pollInterval);
}

void ClusterMonitor::stop()
{
    m_worker.stop();
}

void ClusterMonitor::pollNow()
{
    m_worker.trigger();
}

void ClusterMonitor::pollOnce()
{
    Poll poll;
    ++m_pollsStarted;
    bool done = false;
    if (m_options.trySystemAccount) {
        try {
            done = pollSystemAccount(poll);
        } catch (const std::exception &e) {
            poll.error = std::string("$SYS: ") + e.what();
        }
    }
    if (!done && !m_options.monitorUrls.empty()) {
        pollHttp(poll);
        done = true;
    }
    if (!done)
        pollConnectedOnly(poll);
    merge(poll);
    m_notifier.notify();
}

bool ClusterMonitor::pollSystemAccount(Poll &poll)
{
    const auto varz = nats::broadcastRequest(*m_connection, {"$SYS.REQ.SERVER.PING.VARZ"}, "", sysSweep());
    if (varz.replies.empty())
        return false; // no system-account rights (no responders in this account) or no answer
    for (const auto &bytes : varz.replies) {
        const SysReply reply = parseSysReply(bytes);
        if (!reply.error.empty()) {
            poll.error = "$SYS VARZ from " + reply.serverName + ": " + reply.error;
            continue;
        }
        ServerInfo s;
        try {
            applyVarz(s, reply.data);
        } catch (const micro::DecodeError &e) {
            poll.error = "$SYS VARZ from " + reply.serverName + ": " + e.what();
            continue;
        }
        if (s.tags.empty())
            s.tags = reply.tags;
        s.reachable = true;
        s.source = "$SYS";
        poll.servers.push_back(std::move(s));
    }
    const auto routez = nats::broadcastRequest(*m_connection, {"$SYS.REQ.SERVER.PING.ROUTEZ"}, "", sysSweep());
    for (const auto &bytes : routez.replies) {
        const SysReply reply = parseSysReply(bytes);
        if (reply.error.empty()) {
            try {
                poll.routesById[reply.serverId] = parseRoutez(reply.data);
            } catch (const micro::DecodeError &) {
            }
        }
    }
    if (wantPlacement()) {
        const auto connz = nats::broadcastRequest(*m_connection, {"$SYS.REQ.SERVER.PING.CONNZ"},
                                                  R"({"subscriptions":true,"limit":100000})", sysSweep());
        for (const auto &bytes : connz.replies) {
            try {
                // Read as a stream: the largest replies by far (see ConnzSubjects.h).
                ConnzSubjects reply = readConnzSubjects(bytes);
                if (!reply.error.empty())
                    continue;
                for (auto &subject : reply.subjects)
                    poll.placement[std::move(subject)] = reply.serverName;
                poll.havePlacement = true;
            } catch (const micro::DecodeError &) {
            }
        }
    }
    poll.source = "$SYS";
    poll.authoritative = true;
    return true;
}

void ClusterMonitor::pollHttp(Poll &poll)
{
    poll.source = "http";
    for (std::string base : m_options.monitorUrls) {
        while (!base.empty() && base.back() == '/')
            base.pop_back();
        ServerInfo s;
        s.source = base;
        const util::HttpResponse varz = util::httpGet(base + "/varz", m_options.httpTimeoutMs, kMaxVarzBytes);
        try {
            if (!varz.ok())
                throw std::runtime_error(varz.error.empty() ? "HTTP " + std::to_string(varz.status) : varz.error);
            applyVarz(s, varz.body);
            s.reachable = true;
        } catch (const std::exception &e) {
            std::lock_guard lock(m_mutex);
            // Keep the name it had while it answered, so a dead server stays the same row.
            auto known = std::find_if(m_servers.begin(), m_servers.end(), [&](const auto &kv) { return kv.second.source == base; });
            s = known != m_servers.end() ? known->second : ServerInfo{};
            if (s.name.empty())
                s.name = base;
            s.source = base;
            s.reachable = false;
            s.fault = ServerInfo::Fault::Failed;
            s.error = e.what();
            poll.servers.push_back(std::move(s));
            continue;
        }
        const util::HttpResponse routez = util::httpGet(base + "/routez", m_options.httpTimeoutMs, kMaxRoutezBytes);
        if (routez.ok()) {
            try {
                poll.routesById[s.id] = parseRoutez(routez.body);
            } catch (const micro::DecodeError &) {
            }
        }
        if (wantPlacement()) {
            const util::HttpResponse connz = util::httpGet(base + "/connz?subs=1&limit=100000", m_options.httpTimeoutMs);
            if (connz.ok()) {
                try {
                    for (auto &subject : parseConnzSubjects(connz.body))
                        poll.placement[std::move(subject)] = s.name;
                    poll.havePlacement = true;
                } catch (const micro::DecodeError &) {
                }
            }
        }
        poll.servers.push_back(std::move(s));
    }
}

void ClusterMonitor::pollConnectedOnly(Poll &poll)
{
    ServerInfo s;
    s.id = m_connection->connectedServerId();
    s.name = s.id.empty() ? m_connection->connectedUrl() : s.id;
    s.reachable = !m_connection->isClosed();
    s.source = "connection";
    poll.servers.push_back(std::move(s));
    poll.source = "none";
    // The cluster's other client URLs are known from the server's INFO (connect_urls).
    std::string others;
    char **urls = nullptr;
    int count = 0;
    if (natsConnection_GetDiscoveredServers(m_connection->raw(), &urls, &count) == NATS_OK) {
        for (int i = 0; i < count; ++i) {
            others += (others.empty() ? "" : ", ") + std::string(urls[i]);
            free(urls[i]);
        }
        free(urls);
    }
    if (poll.error.empty())
        poll.error = "no system-account rights and no monitoring URL: only the connected server is known, without counters";
    poll.announced = others;
    if (!others.empty())
        poll.error += "; other servers announced by the cluster: " + others;
}

bool ClusterMonitor::wantPlacement() const
{
    // The first poll always asks (nodes get their zones at once), then every n-th.
    return m_options.collectPlacement
        && (m_pollsStarted == 1 || m_options.placementEvery <= 1 || m_pollsStarted % uint64_t(m_options.placementEvery) == 1);
}

std::string ClusterMonitor::zoneOf(const ServerInfo &s) const
{
    std::string zone = zoneFromTags(s.tags, m_options.zoneTagPrefix);
    if (zone.empty() && m_options.zoneRule)
        zone = m_options.zoneRule(s.name);
    return zone.empty() ? "unzoned" : zone;
}

void ClusterMonitor::merge(Poll &poll)
{
    const auto now = std::chrono::system_clock::now();
    const auto steadyNow = SteadyClock::now();
    // Where this client reaches its server: one more address that server is known at.
    const std::string connectedId = m_connection->connectedServerId();
    const std::string connectedHost = splitHostPort(m_connection->connectedUrl()).host;
    std::lock_guard lock(m_mutex);
    std::map<std::string, bool> present;
    for (ServerInfo &s : poll.servers) {
        present[s.name] = true;
        ServerInfo &known = m_servers[s.name];
        if (!s.reachable) {
            known = s;
            if (known.zone.empty())
                known.zone = "unzoned";
            known.inMsgsPerSecond = known.outMsgsPerSecond = known.inBytesPerSecond = known.outBytesPerSecond = 0;
            known.slowConsumersDelta = 0;
            continue;
        }
        s.zone = zoneOf(s);
        auto at = m_sampledAt.find(s.name);
        if (at != m_sampledAt.end() && known.reachable && s.inMsgs >= known.inMsgs && s.outMsgs >= known.outMsgs) {
            const double dt = std::chrono::duration<double>(steadyNow - at->second).count();
            if (dt > 0) {
                s.inMsgsPerSecond = static_cast<double>(s.inMsgs - known.inMsgs) / dt;
                s.outMsgsPerSecond = static_cast<double>(s.outMsgs - known.outMsgs) / dt;
                s.inBytesPerSecond = static_cast<double>(s.inBytes - known.inBytes) / dt;
                s.outBytesPerSecond = static_cast<double>(s.outBytes - known.outBytes) / dt;
            }
            s.slowConsumersDelta = std::max<int64_t>(0, s.slowConsumers - known.slowConsumers);
        }
        s.routes = poll.routesById[s.id];
        s.lastSeen = now;
        m_sampledAt[s.name] = steadyNow;
        known = std::move(s);
    }
    if (poll.authoritative) {
        for (auto &[name, s] : m_servers) {
            if (present.count(name) || !s.reachable)
                continue;
            s.reachable = false;
            s.fault = ServerInfo::Fault::NoAnswer;
            s.error = "did not answer the $SYS request";
            s.inMsgsPerSecond = s.outMsgsPerSecond = s.inBytesPerSecond = s.outBytesPerSecond = 0;
            s.slowConsumersDelta = 0;
        }
    }
    dropGoneServers(poll.source, present);
    addRemembered(poll.source, present);
    std::map<std::string, std::string> nameById;
    for (const auto &[name, s] : m_servers)
        if (s.reachable)
            nameById[s.id] = name;
    std::vector<ServerInfo> servers;
    for (auto &[name, s] : m_servers) {
        for (RouteInfo &r : s.routes)
            r.remoteName = nameById.count(r.remoteId) ? nameById[r.remoteId] : std::string();
        servers.push_back(s);
    }
    std::sort(servers.begin(), servers.end(), [](const ServerInfo &a, const ServerInfo &b) {
        return a.zone != b.zone ? a.zone < b.zone : a.name < b.name;
    });
    learnEndpoints(servers, [&](const ServerInfo &s) {
        std::vector<std::string> hosts;
        if (!connectedId.empty() && s.id == connectedId && !connectedHost.empty())
            hosts.push_back(resolved(connectedHost));
        if (s.source.rfind("http", 0) == 0)
            hosts.push_back(resolved(splitHostPort(s.source).host));
        return hosts;
    });
    for (const ServerInfo &s : servers)
        m_servers[s.name].endpoints = s.endpoints;
    m_status.servers = std::move(servers);
    m_status.zones = evaluateZones(m_status.servers, m_options.health);
    m_status.source = poll.source;
    m_status.error = poll.error;
    m_status.announced = poll.announced;
    assessCluster(poll.source);
    m_status.lastPoll = now;
    ++m_status.polls;
    if (poll.havePlacement)
        m_subjectToServer = std::move(poll.placement);

    const auto horizon = now - m_options.historyLength;
    auto append = [&](std::deque<RatePoint> &h, RatePoint p) {
        h.push_back(p);
        while (!h.empty() && h.front().at < horizon)
            h.pop_front();
    };
    std::map<std::string, RatePoint> zoneTotals;
    for (const ServerInfo &s : m_status.servers) {
        const RatePoint p{now, s.inMsgsPerSecond, s.outMsgsPerSecond, s.inBytesPerSecond, s.outBytesPerSecond, s.connections};
        append(m_serverHistory[s.name], p);
        RatePoint &z = zoneTotals[s.zone];
        z.at = now;
        z.inMsgsPerSecond += p.inMsgsPerSecond;
        z.outMsgsPerSecond += p.outMsgsPerSecond;
        z.inBytesPerSecond += p.inBytesPerSecond;
        z.outBytesPerSecond += p.outBytesPerSecond;
        z.connections += p.connections;
    }
    for (const auto &[zone, p] : zoneTotals)
        append(m_zoneHistory[zone], p);
}

ClusterSnapshot ClusterMonitor::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_status;
}

std::vector<RatePoint> ClusterMonitor::serverHistory(const std::string &serverName) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_serverHistory.find(serverName);
    return it == m_serverHistory.end() ? std::vector<RatePoint>{} : std::vector<RatePoint>(it->second.begin(), it->second.end());
}

std::vector<RatePoint> ClusterMonitor::zoneHistory(const std::string &zone) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_zoneHistory.find(zone);
    return it == m_zoneHistory.end() ? std::vector<RatePoint>{} : std::vector<RatePoint>(it->second.begin(), it->second.end());
}

std::optional<ServerPlacement> ClusterMonitor::placement(const std::string &subject) const
{
    std::lock_guard lock(m_mutex);
    auto it = m_subjectToServer.find(subject);
    if (it == m_subjectToServer.end())
        return std::nullopt;
    auto server = m_servers.find(it->second);
    return ServerPlacement{it->second, server != m_servers.end() ? server->second.zone : std::string()};
}

} // namespace switchboard::live
