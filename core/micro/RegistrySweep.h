#pragma once
// One broadcast get/list query: publish on the query subject(s), collect the replies until they
// go quiet (adaptive) or a fixed wait ends, merge them by name-version and node id.

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "RegistryOptions.h"
#include "RegistryTypes.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

struct SweepResult {
    std::vector<Service> services;    ///< merged by name-version, nodes deduplicated by id; sorted
    int replies = 0;                  ///< messages received, valid or not
    std::vector<std::string> errors;  ///< undecodable replies, each with the reason and a prefix (the first 20)
    int errorCount = 0;               ///< all undecodable replies
    uint64_t refused = 0;             ///< replies beyond the broadcast's limits, not read
    std::chrono::microseconds elapsed{0};
    std::chrono::microseconds firstReply{-1}; ///< latency of the first reply; -1 when none came
    std::chrono::microseconds lastReply{-1};  ///< latency of the last reply; -1 when none came
    bool capped = false;              ///< stopped by the hard cap while replies kept coming
    bool noResponders = false;        ///< nobody subscribes to the query subject(s) at all
};

/// Queries every family. An empty name is a `list`; otherwise a `get` for that name.
/// quorum > 0: stop as soon as one name-version has that many nodes (GetService's Quorum).
[[nodiscard]] SweepResult sweepRegistry(nats::Connection &connection, const std::vector<SubjectFamily> &families,
                                        WireLayout layout, const std::string &name, const SweepOptions &options,
                                        int quorum = 0);

/// The query message a go-micro client of the given layout sends.
[[nodiscard]] std::string encodeQuery(const std::string &name, WireLayout layout);

/// Adds the nodes of `reply` into `services` (key name-version, node id unique; later wins).
void mergeService(std::vector<Service> &services, Service reply);

} // namespace switchboard::micro
