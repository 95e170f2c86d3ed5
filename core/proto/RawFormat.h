#pragma once
// Renderings of a schema-less decode (RawDecoder): the text `protoc --decode_raw` prints, and a
// JSON tree for the inspector and `switchboard-cli subscribe --json`.

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "RawDecoder.h"

namespace switchboard::proto {

/// As protoc --decode_raw: `1: 150`, `2: "text"`, `3 { … }`, fixed values in hex. An error is
/// written after what decoded, as a last line "# stopped at byte N: why".
[[nodiscard]] std::string rawText(std::string_view payload, const RawDecode &decode);

/// [{"field":1,"wire":"varint","value":150}, {"field":3,"wire":"length-delimited","message":[…]},
///  {"field":2,"wire":"length-delimited","text":"…"}, {"field":4,"wire":"length-delimited","bytes":"<base64>"}]
[[nodiscard]] nlohmann::json rawJson(std::string_view payload, const RawDecode &decode);

/// protoc's C escaping of a string or bytes value, without the quotes.
[[nodiscard]] std::string cEscaped(std::string_view bytes);

} // namespace switchboard::proto
