#pragma once
// Registry messages decoded with simdjson: several times faster than building an nlohmann DOM,
// which is what a sweep of hundreds of nodes spends its CPU on. Anything unusual (a type the
// reference decoder would reject, a repeated field, an over-deep document, simdjson's own limits)
// returns nullopt and the caller falls back to the reference decoder, which decides and words the
// error. tests/fuzz/fuzz_registry_fast.cpp checks the two agree on everything the fast path accepts.

#include <optional>
#include <string_view>

#include "RegistryTypes.h"

namespace switchboard::micro {

[[nodiscard]] std::optional<Service> decodeServiceFast(std::string_view json);
[[nodiscard]] std::optional<RegistryResult> decodeResultFast(std::string_view json);

} // namespace switchboard::micro
