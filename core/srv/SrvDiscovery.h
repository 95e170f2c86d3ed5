#pragma once
// $SRV discovery: PING / INFO / STATS at the three subject levels ($SRV.VERB, .name, .name.id),
// one broadcast each, every instance answering on the shared inbox.

#include <string>
#include <vector>

#include "SrvTypes.h"
#include "nats/Broadcast.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::srv {

enum class Verb { Ping, Info, Stats };

struct SrvSweepResult {
    std::vector<SrvInstance> instances;     ///< one per instance id, sorted by name then id
    std::vector<std::string> errors;        ///< undecodable answers: reason and a prefix (the first 20)
    int errorCount = 0;                     ///< undecodable answers, all of them
    std::chrono::microseconds elapsed{0};
    bool noResponders = false;              ///< no $SRV service on this account at all
};

/// "$SRV.PING", "$SRV.PING.<name>", "$SRV.PING.<name>.<id>".
[[nodiscard]] std::string controlSubject(Verb verb, const std::string &name = {}, const std::string &id = {});

[[nodiscard]] SrvSweepResult discover(nats::Connection &connection, Verb verb, const std::string &name = {},
                                      const std::string &id = {}, const nats::SweepOptions &options = {});

} // namespace switchboard::srv
