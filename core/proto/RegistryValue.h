#pragma once
// A message type as go-micro registers it (the endpoint's request/response `Value` tree, from
// the generated Go struct by reflection): field names as their JSON tags (the .proto names), Go
// type names ("string", "int64", "[]Item", "map[string]string", "Timestamp"). A mock serving a
// .proto then looks to the registry, the app and `describe` like the real service would.

#include "SchemaSet.h"
#include "micro/RegistryTypes.h"

namespace switchboard::proto {

/// `depth` levels of nested messages (go-micro's own extractValue stops at 3 levels).
[[nodiscard]] micro::Value registryValue(const gpb::Descriptor *type, int depth = 3);

} // namespace switchboard::proto
