#pragma once
// Where a collector keeps a team's history in the cluster: two JetStream streams, one for the
// journal's events and one for per-minute subject rate rollups, each region's collector writing
// under its own subject (`<prefix>.events.<region>`, `<prefix>.rates.<region>`) so that several
// collectors can share the streams and one reader sees every region.

#include <chrono>
#include <cstdint>
#include <string>

namespace switchboard::watch {

struct HistoryConfig {
    std::string eventsStream = "SWITCHBOARD_EVENTS";
    std::string ratesStream = "SWITCHBOARD_RATES";
    std::string subjectPrefix = "switchboard.history";
    /// Limits the streams are created with when missing (an existing stream is left as it is).
    std::chrono::seconds maxAge{std::chrono::hours(24 * 7)};
    int64_t eventsMaxBytes = int64_t(512) << 20;
    int64_t ratesMaxBytes = int64_t(1) << 30;
    int replicas = 1;
    bool memoryStorage = false; ///< file storage unless asked

    /// The subject token for a region: dots, wildcards and spaces become '_', empty is "default".
    [[nodiscard]] static std::string regionToken(const std::string &region);
    [[nodiscard]] std::string eventsSubject(const std::string &region) const;
    [[nodiscard]] std::string ratesSubject(const std::string &region) const;
    [[nodiscard]] std::string eventsFilter() const { return subjectPrefix + ".events.>"; }
    [[nodiscard]] std::string ratesFilter() const { return subjectPrefix + ".rates.>"; }
    /// Empty when usable, else what is wrong in words ("stream names cannot contain '.'").
    [[nodiscard]] std::string problem() const;
};

} // namespace switchboard::watch
