#pragma once
// Settings of the go-micro NATS registry: subject families, wire layout, heartbeat, sweeps.

#include <chrono>
#include <string>
#include <vector>

#include "RegistryTypes.h"

namespace switchboard::micro {

using namespace std::chrono_literals;

/// The two subject families in use (WIRE.md §0).
enum class SubjectFamily {
    Plugins, ///< micro.registry.nats.query / .watch: go-plugins, go-micro/plugins v2–v5
    InTree,  ///< micro.nats.query / .watch: go-micro ≥ v5.7 in-tree registry
};

[[nodiscard]] std::string querySubject(SubjectFamily f);
[[nodiscard]] std::string watchSubject(SubjectFamily f);

/// How a get/list sweep decides it has every reply. There is no end-of-replies marker in the
/// protocol; go-micro always waits its full 100 ms timeout.
struct SweepOptions {
    /// Give up on the first reply after this long: nothing is registered (or it is unreachable).
    std::chrono::microseconds firstReplyWindow = 30ms;
    /// After a reply, finish once no further reply came for quiet =
    /// clamp(quietFactor × (largest gap between replies, the first counting from the query), min, max).
    /// minQuiet covers a responder thread that the scheduler delays under load (2 busy cores).
    double quietFactor = 4.0;
    std::chrono::microseconds minQuiet = 8ms;
    std::chrono::microseconds maxQuiet = 30ms;
    /// Never wait longer than this in total.
    std::chrono::microseconds hardCap = 1000ms;
    /// > 0: stop as soon as one name-version has this many nodes (GetService's quorum).
    int quorum = 0;
    /// > 0: ignore the adaptive rules and wait exactly this long (go-micro's behaviour).
    std::chrono::microseconds fixedWait = 0us;
};

struct RegistryOptions {
    /// Families queried (results merged) and announced on. Both by default.
    std::vector<SubjectFamily> families{SubjectFamily::Plugins, SubjectFamily::InTree};
    /// Field order of what we emit; Modern = go-micro v4.10.2+ (the captured v4.11).
    WireLayout layout = WireLayout::Modern;
    /// Watch action published by Register ("create"; v4 can be configured to "update"/"put").
    std::string registerAction = "create";
    /// Re-announce every registered service this often (go-micro's RegisterInterval).
    std::chrono::milliseconds heartbeat = 30s;
    SweepOptions sweep;
};

} // namespace switchboard::micro
