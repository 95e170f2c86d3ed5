#pragma once
// Standard padded base64 (RFC 4648), as Go's encoding/json writes []byte.

#include <optional>
#include <string>
#include <string_view>

namespace switchboard::micro::base64 {

void append(std::string &out, std::string_view bytes);
[[nodiscard]] std::string encode(std::string_view bytes);
enum class LineBreaks {
    Ignore, ///< as Go's StdEncoding does with CR and LF
    Reject, ///< for text that cannot contain them (a JSON string's raw bytes)
};

/// Strict decoding like Go's StdEncoding (padding required, no stray characters).
/// Returns nullopt for invalid input.
[[nodiscard]] std::optional<std::string> decode(std::string_view text, LineBreaks lineBreaks = LineBreaks::Ignore);
/// The same into out, whose capacity is reused (a subscriber decodes every body into one buffer).
/// Returns false for invalid input, leaving out's content unspecified.
[[nodiscard]] bool decodeInto(std::string_view text, std::string &out, LineBreaks lineBreaks);

} // namespace switchboard::micro::base64
