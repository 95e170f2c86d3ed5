#include "ConfiguredRoutes.h"

#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <map>
#include <set>

namespace switchboard::live {

namespace {

bool isWildcard(const std::string &host)
{
    return host.empty() || host == "0.0.0.0" || host == "::" || host == "[::]";
}

std::string endpoint(const std::string &ip, int port)
{
    return ip + ":" + std::to_string(port);
}

} // namespace

HostPort splitHostPort(const std::string &address)
{
    std::string rest = address;
    if (auto scheme = rest.find("://"); scheme != std::string::npos)
        rest = rest.substr(scheme + 3);
    if (auto at = rest.rfind('@'); at != std::string::npos)
        rest = rest.substr(at + 1); // user:password@ in a route URL
    if (auto slash = rest.find('/'); slash != std::string::npos)
        rest.resize(slash);
    HostPort hp;
    const auto colon = rest.rfind(':');
    const bool bracketed = !rest.empty() && rest.front() == '[';
    if (colon != std::string::npos && (!bracketed || rest.find(']') < colon)) {
        hp.host = rest.substr(0, colon);
        try {
            hp.port = std::stoi(rest.substr(colon + 1));
        } catch (const std::exception &) {
            hp.port = 0;
        }
    } else {
        hp.host = rest;
    }
    if (hp.host.size() >= 2 && hp.host.front() == '[' && hp.host.back() == ']')
        hp.host = hp.host.substr(1, hp.host.size() - 2);
    return hp;
}

std::string resolveHost(const std::string &host)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *result = nullptr;
    if (getaddrinfo(host.c_str(), nullptr, &hints, &result) != 0 || !result)
        return host;
    // Prefer IPv4: nats-server reports route peers as it accepted them, and the demo and most
    // clusters route over IPv4.
    const addrinfo *chosen = result;
    for (const addrinfo *a = result; a; a = a->ai_next)
        if (a->ai_family == AF_INET) {
            chosen = a;
            break;
        }
    char text[NI_MAXHOST] = {};
    const bool ok = getnameinfo(chosen->ai_addr, chosen->ai_addrlen, text, sizeof text, nullptr, 0, NI_NUMERICHOST) == 0;
    freeaddrinfo(result);
    return ok ? std::string(text) : host;
}

void learnEndpoints(std::vector<ServerInfo> &servers,
                    const std::function<std::vector<std::string>(const ServerInfo &)> &extraHosts)
{
    std::map<std::string, std::set<std::string>> ipsById;
    for (const ServerInfo &s : servers)
        if (s.reachable)
            for (const RouteInfo &r : s.routes)
                if (!r.ip.empty())
                    ipsById[r.remoteId].insert(r.ip);
    for (ServerInfo &s : servers) {
        if (!s.reachable || s.clusterPort <= 0)
            continue;
        std::set<std::string> ips = ipsById[s.id];
        if (!isWildcard(s.clusterAddr))
            ips.insert(s.clusterAddr);
        if (extraHosts)
            for (const std::string &h : extraHosts(s))
                if (!isWildcard(h))
                    ips.insert(h);
        std::set<std::string> endpoints(s.endpoints.begin(), s.endpoints.end());
        for (const std::string &ip : ips)
            endpoints.insert(endpoint(ip, s.clusterPort));
        s.endpoints.assign(endpoints.begin(), endpoints.end());
    }
}

std::vector<MissingServer> unansweredRoutes(const std::vector<ServerInfo> &servers, const HostResolver &resolve)
{
    std::set<std::string> known;
    for (const ServerInfo &s : servers)
        known.insert(s.endpoints.begin(), s.endpoints.end());
    std::map<std::string, MissingServer> missing;
    std::map<std::string, std::string> resolved; // one lookup per host and call
    for (const ServerInfo &s : servers) {
        if (!s.reachable)
            continue;
        for (const std::string &url : s.configuredRoutes) {
            const HostPort hp = splitHostPort(url);
            if (hp.host.empty() || hp.port <= 0)
                continue;
            auto it = resolved.find(hp.host);
            if (it == resolved.end())
                it = resolved.emplace(hp.host, resolve ? resolve(hp.host) : hp.host).first;
            if (known.count(endpoint(it->second, hp.port)) || known.count(endpoint(hp.host, hp.port)))
                continue;
            // A server lists itself among its routes (one config for all): its own port on a
            // host we could not place it at is itself, not a missing peer.
            if (s.clusterPort == hp.port && s.endpoints.empty())
                continue;
            MissingServer &m = missing[endpoint(hp.host, hp.port)];
            m.address = endpoint(hp.host, hp.port);
            if (std::find(m.namedBy.begin(), m.namedBy.end(), s.name) == m.namedBy.end())
                m.namedBy.push_back(s.name);
        }
    }
    std::vector<MissingServer> out;
    for (auto &[address, m] : missing)
        out.push_back(std::move(m));
    return out;
}

} // namespace switchboard::live
