#pragma once
// Reading JSON the way Go's encoding/json does: keys match case-insensitively, in any order,
// unknown keys are ignored, null leaves a field empty, a wrong type is an error.

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace switchboard::micro {

/// A message that cannot be decoded. The text says what and where.
class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace jsonread {

using Json = nlohmann::ordered_json; // keeps input order: with duplicate keys the last one wins, as in Go

/// Deepest nesting accepted; deeper input is rejected before it is parsed.
inline constexpr int kMaxDepth = 128;

/// Throws DecodeError when text nests deeper than kMaxDepth (one cheap pass, no parse).
void checkDepth(std::string_view text, std::string_view what);

/// Parses text; throws DecodeError for malformed JSON, trailing garbage or nesting over kMaxDepth.
[[nodiscard]] Json parse(std::string_view text, std::string_view what);

/// ASCII case-insensitive comparison (Go also folds a few Unicode letters; irrelevant for our keys).
[[nodiscard]] bool keyIs(std::string_view key, std::string_view field) noexcept;

/// Throws unless j is an object (or null when allowed).
void expectObject(const Json &j, std::string_view what);

[[nodiscard]] std::string asString(const Json &j, std::string_view what);
/// A map[string]string; null gives nullopt.
[[nodiscard]] std::optional<std::map<std::string, std::string>> asStringMap(const Json &j, std::string_view what);

} // namespace jsonread
} // namespace switchboard::micro
