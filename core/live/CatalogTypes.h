#pragma once
// What the service catalogue knows: services → versions → nodes, from go-micro's registry and
// from NATS micro ($SRV), each entry marked with its protocol.

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "micro/RegistryTypes.h"
#include "srv/SrvTypes.h"

namespace switchboard::live {

using Metadata = micro::Metadata;
using TimePoint = std::chrono::system_clock::time_point;

enum class Protocol { GoMicro, NatsMicro };
[[nodiscard]] const char *protocolName(Protocol p);

/// Where a node's zone came from.
enum class ZoneSource { Unknown, Metadata, Server };

/// The NATS server a node is connected to, when monitoring data tells.
struct ServerPlacement {
    std::string serverName;
    std::string zone; ///< the server's az: tag, or empty
};

struct CatalogNode {
    std::string id;
    std::string address;       ///< go-micro: its transport subject; $SRV: empty
    Metadata metadata;
    std::string zone;          ///< empty when unknown
    ZoneSource zoneSource = ZoneSource::Unknown;
    std::string serverName;    ///< empty when unknown
    TimePoint firstSeen, lastSeen;
    int missedSweeps = 0;
    bool stale = false;        ///< stopped answering sweeps (crashed or hung); removed after the grace period
};

struct CatalogVersion {
    std::string version;
    std::string description;                    ///< $SRV
    std::vector<micro::Endpoint> endpoints;     ///< go-micro
    std::vector<srv::SrvEndpoint> srvEndpoints; ///< $SRV
    std::vector<CatalogNode> nodes;
};

struct CatalogService {
    std::string name;
    Protocol protocol = Protocol::GoMicro;
    std::vector<CatalogVersion> versions;
    [[nodiscard]] size_t nodeCount() const;
    [[nodiscard]] size_t staleCount() const;
};

/// How the last sweep of one protocol went: told apart for the user.
enum class SweepOutcome {
    NotYet,
    Replies,      ///< someone answered
    NoResponders, ///< nothing subscribes to the discovery subjects: no such services here
    Timeout,      ///< responders exist but none answered in time
    Failed,       ///< the request could not be made (connection down)
};
[[nodiscard]] const char *outcomeName(SweepOutcome o);

struct CatalogProblem {
    TimePoint at;
    std::string source;  ///< "registry query", "registry watch", "$SRV INFO"
    std::string message;
};

struct CatalogSnapshot;
/// The transport addresses of every live (not stale) go-micro node: what the call observer watches.
std::set<std::string> liveNodeAddresses(const CatalogSnapshot &catalog);

struct CatalogSnapshot {
    std::vector<CatalogService> services; ///< sorted by name, then protocol
    std::vector<CatalogProblem> problems; ///< newest last, bounded
    SweepOutcome goMicro = SweepOutcome::NotYet, natsMicro = SweepOutcome::NotYet;
    std::chrono::microseconds lastSweepTime{0};
    TimePoint lastSweep;
    uint64_t sweeps = 0;
};

} // namespace switchboard::live
