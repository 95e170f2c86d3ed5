#pragma once
// What the cluster monitor knows: servers (from $SYS or HTTP monitoring), their routes and
// rates, and per-zone health with reasons.

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <vector>

namespace switchboard::live {

using TimePoint = std::chrono::system_clock::time_point;

struct RouteInfo {
    std::string remoteId;
    std::string remoteName; ///< resolved from the known servers when possible
    double rttMs = -1;      ///< -1 when unknown
    std::string ip;         ///< the remote end's address as this server sees it
};

struct ServerInfo {
    std::string name, id, version, host;
    int port = 0;
    std::string zone;            ///< from the az: tag, a name rule, or "unzoned"
    std::vector<std::string> tags;
    bool reachable = false;
    /// Why it is unreachable, as a kind (for front ends to word) and in English (error).
    enum class Fault { None, NoAnswer, Remembered, Failed } fault = Fault::None;
    std::string error;           ///< why it is unreachable; Failed: the transport's own words
    std::string source;          ///< "$SYS" or the monitoring URL
    double uptimeSeconds = 0;
    int connections = 0;
    int64_t subscriptions = 0;
    int64_t slowConsumers = 0;
    int64_t slowConsumersDelta = 0; ///< since the previous poll
    double cpuPercent = 0;
    int64_t memoryBytes = 0;
    uint64_t inMsgs = 0, outMsgs = 0, inBytes = 0, outBytes = 0;
    double inMsgsPerSecond = 0, outMsgsPerSecond = 0, inBytesPerSecond = 0, outBytesPerSecond = 0;
    std::vector<RouteInfo> routes;
    TimePoint lastSeen;
    // Where its peers reach it, so that configured routes nobody answers on can be told apart
    // from servers that are known (varz cluster{addr,cluster_port,urls}).
    std::string clusterAddr;                  ///< cluster listen address ("0.0.0.0" = any)
    int clusterPort = 0;
    std::vector<std::string> configuredRoutes; ///< "host:port" from its routes configuration
    std::vector<std::string> endpoints;        ///< "ip:port" it was seen at (kept after it dies)
};

/// Unknown: a zone only service metadata names; no NATS server of the cluster is in it.
enum class Health { Healthy, Degraded, Down, Unknown };
[[nodiscard]] const char *healthName(Health h);

/// Why a zone or the cluster is not healthy, as data: each front end words it in its own
/// language; describe() gives the English the CLI prints.
struct Finding {
    enum class Kind { ServerDown, SlowRoute, MissingRoute, SlowConsumers, UnansweredRoute, FewerServers };
    Kind kind = Kind::ServerDown;
    std::string subject; ///< the server; UnansweredRoute: the address nobody answers at
    /// SlowRoute, MissingRoute: the remote server; ServerDown: the error; UnansweredRoute: the
    /// servers whose routes name it, comma-separated; FewerServers: the monitor's source.
    std::string other;
    double value = 0;    ///< SlowRoute: RTT in ms; SlowConsumers: the rise; FewerServers: expected
    int64_t count = 0;   ///< FewerServers: how many answer
    bool operator==(const Finding &) const = default;
};
[[nodiscard]] std::string describe(const Finding &f);
[[nodiscard]] std::vector<std::string> describe(const std::vector<Finding> &findings);

struct ZoneInfo {
    std::string name;
    Health health = Health::Healthy;
    std::vector<Finding> reasons;      ///< why it is not healthy
    std::vector<std::string> servers;  ///< server names
    double inMsgsPerSecond = 0, outMsgsPerSecond = 0;
    std::vector<std::string> serviceNodes; ///< "service/node-id" of the catalogue's nodes in this zone
};

struct RatePoint {
    TimePoint at;
    double inMsgsPerSecond = 0, outMsgsPerSecond = 0, inBytesPerSecond = 0, outBytesPerSecond = 0;
    int connections = 0;
};

/// A server the cluster's configuration names (a route URL) that no known server answers for.
struct MissingServer {
    std::string address;              ///< "host:port" as configured
    std::vector<std::string> namedBy; ///< servers whose routes name it
};

struct ClusterSnapshot {
    std::vector<ServerInfo> servers;  ///< sorted by zone, then name
    std::vector<ZoneInfo> zones;      ///< sorted by name
    std::vector<MissingServer> missing;
    /// The worst of the zones and of the cluster-wide problems below.
    Health health = Health::Healthy;
    std::vector<Finding> problems;    ///< cluster-wide: missing servers, fewer than expected
    std::string source;               ///< how servers were found: "$SYS", "http", "none"
    std::string error;                ///< why nothing could be found, if so
    std::string announced;            ///< source "none": other client URLs the server announced
    TimePoint lastPoll;
    uint64_t polls = 0;
};

/// Thresholds for zone health.
struct HealthRules {
    double maxRouteRttMs = 50;
};

/// Zone health from servers: down when none is reachable; degraded when one is unreachable, a
/// reachable server lacks a route to another reachable one, slow consumers rose, or a route's RTT
/// is over the threshold.
[[nodiscard]] std::vector<ZoneInfo> evaluateZones(const std::vector<ServerInfo> &servers, const HealthRules &rules);

struct CatalogSnapshot;
/// Lists each catalogue node under its zone (a zone only services know of is added, unzoned nodes
/// go to "unzoned").
void addServiceNodes(std::vector<ZoneInfo> &zones, const CatalogSnapshot &catalog);

} // namespace switchboard::live
