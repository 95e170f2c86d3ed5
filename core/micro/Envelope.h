#pragma once
// The go-micro transport/broker message: {"Header":{…},"Body":"<base64>"} (WIRE.md §2, §4).

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace switchboard::micro {

using Header = std::map<std::string, std::string>; // std::map: sorted bytewise, as Go sorts map keys

struct Envelope {
    Header header;
    std::string body;     ///< raw bytes (decoded from base64)
    bool bodyNull = false; ///< Go nil []byte: "Body":null on the wire

    /// The header value, or an empty string (Go's map lookup).
    [[nodiscard]] std::string get(const std::string &key) const;
    /// getHeader as go-micro's server does it: key, else "X-"+key.
    [[nodiscard]] std::string getWithXFallback(const std::string &key) const;

    bool operator==(const Envelope &) const = default;
};

/// Byte-identical to Go's json.Marshal of transport.Message / broker.Message.
[[nodiscard]] std::string encodeEnvelope(const Envelope &e);
/// A header entry laid over a caller's headers while encoding: it replaces the entry with its key,
/// or, without a value, removes it.
struct HeaderOverride {
    std::string_view key;
    std::optional<std::string_view> value;
};

/// encodeEnvelope of `header` with the overrides applied, without building that map (the
/// publish and call paths add their fixed headers this way: no allocation per entry), and
/// without copying the body into an Envelope; a nullopt body is Go's nil.
/// Overrides must be sorted bytewise by key, each key once.
[[nodiscard]] std::string encodeEnvelope(const Header &header, std::span<const HeaderOverride> overrides,
                                         std::optional<std::string_view> body);
/// The same, appended to out: a publisher that keeps one buffer allocates nothing per message.
void appendEnvelope(std::string &out, const Header &header, std::span<const HeaderOverride> overrides,
                    std::optional<std::string_view> body);
/// The header map that encoding would write.
[[nodiscard]] Header applyOverrides(Header header, std::span<const HeaderOverride> overrides);
/// Accepts any key order and case, "Body" null/""/absent, and a null Header; throws DecodeError.
/// Takes the single-pass fast path for the usual shape, else the reference decoder.
[[nodiscard]] Envelope decodeEnvelope(std::string_view json);
/// The DOM-based decoder: handles (or rejects with a message) every input; the fast path is
/// fuzzed against it.
[[nodiscard]] Envelope decodeEnvelopeReference(std::string_view json);

} // namespace switchboard::micro
