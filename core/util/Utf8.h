#pragma once
// Peer bytes quoted in errors and problems: they must come out as valid UTF-8, because every
// consumer re-encodes them (nlohmann's dump throws on invalid UTF-8, QString replaces silently).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace switchboard::util {

/// Offset of the first byte that does not start or continue a valid UTF-8 sequence (overlong
/// forms, surrogates and code points above U+10FFFF included), or nullopt when all is valid.
[[nodiscard]] std::optional<size_t> firstInvalidUtf8(std::string_view bytes);

/// At most `maxBytes` of `bytes` (cut at a character boundary, "…" appended when cut), with
/// invalid UTF-8 and control characters written as \xNN: safe to show, log and encode.
[[nodiscard]] std::string excerpt(std::string_view bytes, size_t maxBytes = 80);

} // namespace switchboard::util
