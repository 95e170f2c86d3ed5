#include "LiveViews.h"

#include <unistd.h>

#include <cstdio>
#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "Printing.h"
#include "Translate.h"

namespace switchboard::cli {
namespace {

std::string fixed(double v, int decimals = 1)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string ago(live::TimePoint t)
{
    if (t.time_since_epoch().count() == 0)
        return "-";
    const auto s = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now() - t).count();
    return std::to_string(s) + "s";
}

std::string bytesPerSecond(double b)
{
    if (b >= 1e6)
        return fixed(b / 1e6) + " MB/s";
    if (b >= 1e3)
        return fixed(b / 1e3) + " kB/s";
    return fixed(b, 0) + " B/s";
}

} // namespace

void clearScreenIfTerminal()
{
    if (::isatty(STDOUT_FILENO))
        std::cout << "\033[H\033[2J";
}

void printCatalog(const live::CatalogSnapshot &s)
{
    std::vector<std::vector<std::string>> rows{{tr("SERVICE"), tr("PROTOCOL"), tr("VERSION"), tr("NODES"), tr("STALE"), tr("ZONES"), tr("ENDPOINTS")}};
    size_t nodes = 0;
    for (const auto &svc : s.services) {
        for (const auto &v : svc.versions) {
            std::set<std::string> zones;
            size_t stale = 0;
            for (const auto &n : v.nodes) {
                zones.insert(n.zone.empty() ? "-" : n.zone);
                stale += n.stale;
            }
            std::string zoneList;
            for (const auto &z : zones)
                zoneList += (zoneList.empty() ? "" : ",") + z;
            nodes += v.nodes.size();
            rows.push_back({svc.name, live::protocolName(svc.protocol), v.version, std::to_string(v.nodes.size()),
                            stale ? std::to_string(stale) : "", zoneList,
                            std::to_string(svc.protocol == live::Protocol::GoMicro ? v.endpoints.size() : v.srvEndpoints.size())});
        }
    }
    if (s.services.empty()) {
        std::cout << tr("no services found") << "  (go-micro: " << live::outcomeName(s.goMicro)
                  << ", $SRV: " << live::outcomeName(s.natsMicro) << ")\n";
    } else {
        printTable(rows);
    }
    std::cout << tr("%1, %2; sweep %3 ms", plural(static_cast<long long>(s.services.size()), "%n service", "%n services"),
                    plural(static_cast<long long>(nodes), "%n node", "%n nodes"),
                    fixed(static_cast<double>(s.lastSweepTime.count()) / 1000.0))
              << "  (go-micro: " << live::outcomeName(s.goMicro) << ", $SRV: " << live::outcomeName(s.natsMicro) << ")\n";
    for (const auto &p : s.problems)
        std::cout << tr("problem (%1): %2", p.source, p.message) << '\n';
}

nlohmann::ordered_json catalogJson(const live::CatalogSnapshot &s)
{
    nlohmann::ordered_json out;
    out["services"] = nlohmann::ordered_json::array();
    for (const auto &svc : s.services) {
        for (const auto &v : svc.versions) {
            nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
            for (const auto &n : v.nodes)
                nodes.push_back({{"id", n.id}, {"address", n.address}, {"zone", n.zone}, {"server", n.serverName},
                                 {"stale", n.stale}, {"last_seen_ago", ago(n.lastSeen)}, {"metadata", n.metadata}});
            out["services"].push_back({{"name", svc.name}, {"protocol", live::protocolName(svc.protocol)}, {"version", v.version},
                                       {"endpoints", svc.protocol == live::Protocol::GoMicro ? v.endpoints.size() : v.srvEndpoints.size()},
                                       {"nodes", nodes}});
        }
    }
    out["go_micro"] = live::outcomeName(s.goMicro);
    out["nats_micro"] = live::outcomeName(s.natsMicro);
    out["sweep_ms"] = static_cast<double>(s.lastSweepTime.count()) / 1000.0;
    out["problems"] = nlohmann::ordered_json::array();
    for (const auto &p : s.problems)
        out["problems"].push_back({{"source", p.source}, {"message", p.message}});
    return out;
}

void printRates(const live::TrafficSnapshot &s)
{
    // Busiest first, like top; the rest is summarised.
    std::vector<live::SubjectStats> subjects = s.subjects;
    std::sort(subjects.begin(), subjects.end(), [](const auto &a, const auto &b) {
        return a.messagesPerSecond != b.messagesPerSecond ? a.messagesPerSecond > b.messagesPerSecond : a.messages > b.messages;
    });
    constexpr size_t kRows = 30;
    std::vector<std::vector<std::string>> rows{{tr("SUBJECT"), tr("MESSAGES"), tr("MSG/S"), tr("BYTES/S"), tr("LAST")}};
    for (size_t i = 0; i < subjects.size() && i < kRows; ++i)
        rows.push_back({subjects[i].subject, std::to_string(subjects[i].messages), fixed(subjects[i].messagesPerSecond),
                        bytesPerSecond(subjects[i].bytesPerSecond), ago(subjects[i].lastSeen)});
    printTable(rows);
    if (subjects.size() > kRows)
        std::cout << tr("… and %1 quieter subjects", std::to_string(subjects.size() - kRows)) << '\n';
    std::cout << tr("total %1 messages, %2 msg/s, %3", std::to_string(s.messages), fixed(s.messagesPerSecond),
                    bytesPerSecond(s.bytesPerSecond))
              << tr("; dropped %1", std::to_string(s.dropped)) << '\n';
}

nlohmann::ordered_json ratesJson(const live::TrafficSnapshot &s)
{
    nlohmann::ordered_json subjects = nlohmann::ordered_json::array();
    for (const auto &subject : s.subjects)
        subjects.push_back({{"subject", subject.subject}, {"messages", subject.messages}, {"bytes", subject.bytes},
                            {"msgs_per_sec", subject.messagesPerSecond}, {"bytes_per_sec", subject.bytesPerSecond}});
    return {{"messages", s.messages}, {"dropped", s.dropped}, {"msgs_per_sec", s.messagesPerSecond}, {"subjects", subjects}};
}

void printCluster(const live::ClusterSnapshot &s)
{
    for (const auto &z : s.zones) {
        std::cout << tr("zone %1: %2", z.name, live::healthName(z.health)) << '\n';
        for (const auto &reason : z.reasons)
            std::cout << "  ! " << live::describe(reason) << '\n';
        if (!z.serviceNodes.empty()) {
            std::map<std::string, int> perService;
            for (const auto &n : z.serviceNodes)
                ++perService[n.substr(0, n.find('/'))];
            std::string list;
            for (const auto &[name, count] : perService)
                list += (list.empty() ? "" : ", ") + name + (count > 1 ? " ×" + std::to_string(count) : "");
            std::cout << "  " << tr("services: %1", list) << '\n';
        }
        std::vector<std::vector<std::string>> rows;
        for (const auto &srv : s.servers) {
            if (srv.zone != z.name)
                continue;
            if (!srv.reachable) {
                rows.push_back({"  " + srv.name, tr("DOWN"), srv.error});
                continue;
            }
            if (srv.source == "connection") {
                rows.push_back({"  " + srv.name, tr("connected (no monitoring data)")});
                continue;
            }
            std::string routes;
            for (const auto &r : srv.routes)
                routes += (routes.empty() ? "" : " ") + (r.remoteName.empty() ? r.remoteId.substr(0, 8) : r.remoteName)
                    + (r.rttMs >= 0 ? "(" + fixed(r.rttMs, 2) + "ms)" : "");
            rows.push_back({"  " + srv.name, srv.version, tr("%1 conns", std::to_string(srv.connections)),
                            tr("in %1/s out %2/s", fixed(srv.inMsgsPerSecond), fixed(srv.outMsgsPerSecond)),
                            tr("slow %1", std::to_string(srv.slowConsumers)), routes.empty() ? std::string() : tr("routes %1", routes)});
        }
        printTable(rows);
    }
    for (const auto &problem : s.problems)
        std::cout << "! " << live::describe(problem) << '\n';
    std::cout << tr("cluster: %1 · %2 servers via %3", live::healthName(s.health), std::to_string(s.servers.size()), s.source) << '\n';
    if (!s.error.empty())
        std::cout << tr("note: %1", s.error) << '\n';
}

nlohmann::ordered_json clusterJson(const live::ClusterSnapshot &s)
{
    nlohmann::ordered_json zones = nlohmann::ordered_json::array();
    for (const auto &z : s.zones)
        zones.push_back({{"zone", z.name}, {"health", live::healthName(z.health)}, {"reasons", live::describe(z.reasons)},
                         {"servers", z.servers}, {"service_nodes", z.serviceNodes}});
    nlohmann::ordered_json servers = nlohmann::ordered_json::array();
    for (const auto &srv : s.servers) {
        nlohmann::ordered_json routes = nlohmann::ordered_json::array();
        for (const auto &r : srv.routes)
            routes.push_back({{"remote", r.remoteName.empty() ? r.remoteId : r.remoteName}, {"rtt_ms", r.rttMs}});
        servers.push_back({{"name", srv.name}, {"id", srv.id}, {"zone", srv.zone}, {"reachable", srv.reachable},
                           {"error", srv.error}, {"version", srv.version}, {"uptime_s", srv.uptimeSeconds},
                           {"connections", srv.connections}, {"subscriptions", srv.subscriptions},
                           {"slow_consumers", srv.slowConsumers}, {"cpu", srv.cpuPercent}, {"mem", srv.memoryBytes},
                           {"in_msgs_per_sec", srv.inMsgsPerSecond}, {"out_msgs_per_sec", srv.outMsgsPerSecond},
                           {"in_bytes_per_sec", srv.inBytesPerSecond}, {"out_bytes_per_sec", srv.outBytesPerSecond},
                           {"routes", routes}});
    }
    nlohmann::ordered_json missing = nlohmann::ordered_json::array();
    for (const auto &m : s.missing)
        missing.push_back({{"address", m.address}, {"named_by", m.namedBy}});
    return {{"health", live::healthName(s.health)}, {"problems", live::describe(s.problems)}, {"source", s.source}, {"error", s.error},
            {"zones", zones}, {"servers", servers}, {"missing", missing}};
}

} // namespace switchboard::cli
