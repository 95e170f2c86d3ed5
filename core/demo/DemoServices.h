#pragma once
// What each demo service does: endpoints, the calls between services, events, deliberate errors
// and slow answers. Shared with the load generator: the SKUs and the dice.

#include <string>

#include "DemoNode.h"

namespace switchboard::demo {

extern const char *const kSkus[5];
/// Uniform in [0, 1).
[[nodiscard]] double chance();
/// Uniform in [lo, hi].
[[nodiscard]] int between(int lo, int hi);

/// Defines and starts the service named node.service on the node (go-micro, or $SRV for pricing).
void defineService(DemoNode &node, const std::string &zoneName);

} // namespace switchboard::demo
