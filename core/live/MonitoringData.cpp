#include "MonitoringData.h"

#include "ConnzSubjects.h"
#include "micro/JsonRead.h"
#include "srv/SrvCodec.h"
#include "util/GoDuration.h"

namespace switchboard::live {
namespace {

using micro::jsonread::Json;

template <typename T>
T number(const Json &j, const char *key, T fallback = {})
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return fallback;
    return it->get<T>();
}

std::string text(const Json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings(const Json &j, const char *key)
{
    std::vector<std::string> out;
    auto it = j.find(key);
    if (it != j.end() && it->is_array())
        for (const auto &v : *it)
            if (v.is_string())
                out.push_back(v.get<std::string>());
    return out;
}

Json object(std::string_view json, const char *what)
{
    Json j = micro::jsonread::parse(json, what);
    micro::jsonread::expectObject(j, what);
    return j;
}

} // namespace

void applyVarz(ServerInfo &server, std::string_view varzJson)
{
    const Json j = object(varzJson, "varz");
    server.id = text(j, "server_id");
    server.name = text(j, "server_name");
    if (server.name.empty())
        server.name = server.id;
    server.version = text(j, "version");
    server.host = text(j, "host");
    server.port = number<int>(j, "port");
    server.tags = strings(j, "tags");
    server.connections = number<int>(j, "connections");
    server.subscriptions = number<int64_t>(j, "subscriptions");
    server.slowConsumers = number<int64_t>(j, "slow_consumers");
    server.cpuPercent = number<double>(j, "cpu");
    server.memoryBytes = number<int64_t>(j, "mem");
    server.inMsgs = number<uint64_t>(j, "in_msgs");
    server.outMsgs = number<uint64_t>(j, "out_msgs");
    server.inBytes = number<uint64_t>(j, "in_bytes");
    server.outBytes = number<uint64_t>(j, "out_bytes");
    if (auto cluster = j.find("cluster"); cluster != j.end() && cluster->is_object()) {
        server.clusterAddr = text(*cluster, "addr");
        server.clusterPort = number<int>(*cluster, "cluster_port");
        server.configuredRoutes = strings(*cluster, "urls");
    }
    const auto start = srv::parseRfc3339(text(j, "start"));
    const auto now = srv::parseRfc3339(text(j, "now"));
    if (start && now)
        server.uptimeSeconds = static_cast<double>(*now - *start) / 1e9;
    else if (auto uptime = util::parseGoDurationNs(text(j, "uptime")))
        server.uptimeSeconds = *uptime / 1e9;
}

std::vector<RouteInfo> parseRoutez(std::string_view routezJson)
{
    const Json j = object(routezJson, "routez");
    std::vector<RouteInfo> out;
    auto routes = j.find("routes");
    if (routes == j.end() || !routes->is_array())
        return out;
    for (const auto &r : *routes) {
        if (!r.is_object())
            continue;
        RouteInfo info;
        info.remoteId = text(r, "remote_id");
        info.ip = text(r, "ip");
        if (auto rtt = util::parseGoDurationNs(text(r, "rtt")))
            info.rttMs = *rtt / 1e6;
        out.push_back(std::move(info));
    }
    return out;
}

std::vector<std::string> parseConnzSubjects(std::string_view connzJson)
{
    return readConnzSubjects(connzJson).subjects;
}

SysReply parseSysReply(std::string_view json)
{
    SysReply r;
    try {
        const Json j = object(json, "$SYS reply");
        if (auto server = j.find("server"); server != j.end() && server->is_object()) {
            r.serverName = text(*server, "name");
            r.serverId = text(*server, "id");
            r.tags = strings(*server, "tags");
        }
        if (auto error = j.find("error"); error != j.end() && error->is_object())
            r.error = text(*error, "description");
        if (auto data = j.find("data"); data != j.end() && data->is_object())
            r.data = data->dump();
        else if (auto statsz = j.find("statsz"); statsz != j.end() && statsz->is_object())
            r.data = statsz->dump();
        else if (r.error.empty())
            r.error = "reply without data";
    } catch (const micro::DecodeError &e) {
        r.error = e.what();
    }
    return r;
}

std::string zoneFromTags(const std::vector<std::string> &tags, const std::string &tagPrefix)
{
    for (const auto &t : tags)
        if (t.rfind(tagPrefix, 0) == 0 && t.size() > tagPrefix.size())
            return t.substr(tagPrefix.size());
    return {};
}

} // namespace switchboard::live
