#pragma once
// JSON for the registry model, byte-identical to Go's encoding/json in either field layout.

#include <string>
#include <string_view>

#include "RegistryTypes.h"

namespace switchboard::micro {

[[nodiscard]] std::string encodeValue(const Value &v);
[[nodiscard]] std::string encodeService(const Service &s, WireLayout layout);
[[nodiscard]] std::string encodeResult(const RegistryResult &r, WireLayout layout);

/// Decoders accept both layouts, any key case, and throw DecodeError on malformed input.
[[nodiscard]] Service decodeService(std::string_view json);
[[nodiscard]] RegistryResult decodeResult(std::string_view json);
/// The nlohmann-based decoders: every input is decided (value or DecodeError with a reason).
/// decodeService/decodeResult take the simdjson fast path first (RegistryFastPath.h).
[[nodiscard]] Service decodeServiceReference(std::string_view json);
[[nodiscard]] RegistryResult decodeResultReference(std::string_view json);

} // namespace switchboard::micro
