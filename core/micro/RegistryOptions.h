#pragma once
// Settings of the go-micro NATS registry: subject families, wire layout, heartbeat, sweeps.

#include <chrono>
#include <string>
#include <vector>

#include "RegistryTypes.h"
#include "nats/Broadcast.h"

namespace switchboard::micro {

using namespace std::chrono_literals;

/// The two subject families in use (WIRE.md §0).
enum class SubjectFamily {
    Plugins, ///< micro.registry.nats.query / .watch: go-plugins, go-micro/plugins v2–v5
    InTree,  ///< micro.nats.query / .watch: go-micro ≥ v5.7 in-tree registry
};

[[nodiscard]] std::string querySubject(SubjectFamily f);
[[nodiscard]] std::string watchSubject(SubjectFamily f);

using nats::SweepOptions;

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
