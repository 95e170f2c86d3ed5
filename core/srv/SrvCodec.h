#pragma once
// $SRV JSON: decoding every schema generation (single "subject", "subjects", endpoint objects,
// with or without queue_group / last_error, ns or ms timestamps, any key order), and encoding
// in nats.go's field order for services we host.

#include <optional>
#include <string>
#include <string_view>

#include "SrvTypes.h"

namespace switchboard::srv {

/// Decodes a PING, INFO or STATS response; throws micro::DecodeError.
[[nodiscard]] SrvInstance decodeResponse(std::string_view json);

[[nodiscard]] std::string encodePing(const SrvInstance &s);
[[nodiscard]] std::string encodeInfo(const SrvInstance &s);
[[nodiscard]] std::string encodeStats(const SrvInstance &s);

/// RFC 3339 ("2026-11-25T08:35:18.569844994Z", "…29.664Z", "+01:00" offsets) → Unix ns.
[[nodiscard]] std::optional<int64_t> parseRfc3339(std::string_view text);
/// Unix ns → RFC 3339 UTC with nanoseconds, trailing zeros trimmed (Go's RFC3339Nano).
[[nodiscard]] std::string formatRfc3339Nano(int64_t unixNs);

} // namespace switchboard::srv
