#pragma once
// Servers that are dead before anyone looked: nats-server lists its configured route URLs in
// varz cluster.urls, whether or not anything answers there. A URL that no known server (alive
// now, or seen alive earlier) listens on is a server the cluster expects and does not have.

#include <functional>
#include <string>
#include <vector>

#include "ClusterTypes.h"

namespace switchboard::live {

/// Turns a host name into the address peers would see ("localhost" → "127.0.0.1"); returns the
/// input when it cannot. Replaceable in tests.
using HostResolver = std::function<std::string(const std::string &host)>;
[[nodiscard]] std::string resolveHost(const std::string &host);

/// Fills `endpoints` ("ip:clusterPort") of every reachable server from its cluster listen
/// address, the addresses its peers' routes see it at, and `extraHosts` (server name → hosts it
/// was reached through: the client connection, a monitoring URL). Servers that are not
/// reachable keep the endpoints they had.
void learnEndpoints(std::vector<ServerInfo> &servers,
                    const std::function<std::vector<std::string>(const ServerInfo &)> &extraHosts);

/// Configured route URLs of the reachable servers that match no server's endpoints.
[[nodiscard]] std::vector<MissingServer> unansweredRoutes(const std::vector<ServerInfo> &servers, const HostResolver &resolve);

/// "host:port" → {host, port}; port 0 when there is none. Accepts "nats-route://h:p" and "[v6]:p".
struct HostPort {
    std::string host;
    int port = 0;
};
[[nodiscard]] HostPort splitHostPort(const std::string &address);

} // namespace switchboard::live
