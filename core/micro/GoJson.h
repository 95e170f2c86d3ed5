#pragma once
// Writing JSON exactly as Go's encoding/json does (Go 1.19), so our messages are byte-identical
// to a Go peer's: HTML-safe escaping (<, >, & as \u003c…), \u2028/\u2029 escaped, invalid UTF-8
// replaced by U+FFFD, control characters as \u00XX except \n \r \t.

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace switchboard::micro::gojson {

/// Appends s as a quoted JSON string.
void appendString(std::string &out, std::string_view s);

/// Appends a map as an object with keys sorted bytewise (std::map's order).
void appendStringMap(std::string &out, const std::map<std::string, std::string> &m);
/// The same, or null for nullopt.
void appendStringMap(std::string &out, const std::optional<std::map<std::string, std::string>> &m);

/// Appends `"key":` with Go escaping.
inline void appendKey(std::string &out, std::string_view key)
{
    appendString(out, key);
    out.push_back(':');
}

} // namespace switchboard::micro::gojson
