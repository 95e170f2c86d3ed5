#pragma once
// NATS micro services ($SRV, schema io.nats.micro.v1; WIRE.md §5): what PING, INFO and STATS
// tell about one service instance. One type for all three, filled as far as the response goes.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace switchboard::srv {

using Metadata = std::map<std::string, std::string>;

inline constexpr const char *kPingType = "io.nats.micro.v1.ping_response";
inline constexpr const char *kInfoType = "io.nats.micro.v1.info_response";
inline constexpr const char *kStatsType = "io.nats.micro.v1.stats_response";

struct SrvEndpoint {
    std::string name;
    std::string subject;
    std::optional<std::string> queueGroup;  ///< absent before nats.go v1.30; "" when disabled
    std::optional<Metadata> metadata;       ///< null when unset
    // STATS
    int64_t numRequests = 0;
    int64_t numErrors = 0;
    std::optional<std::string> lastError;   ///< Go always sends it, JS only after an error
    int64_t processingTimeNs = 0;
    int64_t averageProcessingTimeNs = 0;
    std::string data;                       ///< the custom stats JSON, compact, or empty
    bool operator==(const SrvEndpoint &) const = default;
};

struct SrvInstance {
    std::string name;
    std::string id;
    std::string version;
    std::string type;                       ///< which response this came from
    Metadata metadata;
    std::string description;                ///< INFO
    std::string started;                    ///< STATS, as sent (RFC 3339, ns or ms precision)
    std::optional<int64_t> startedUnixNs;   ///< parsed from `started`
    std::vector<SrvEndpoint> endpoints;     ///< INFO or STATS
    bool operator==(const SrvInstance &) const = default;
};

} // namespace switchboard::srv
