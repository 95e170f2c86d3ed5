#pragma once
// A schema-less look at protobuf bytes, as `protoc --decode_raw` gives: field numbers, wire types,
// varints, fixed values, and length-delimited fields as a nested message when they parse as one,
// else as text or bytes. Our own reader of the wire format (not a .proto parser): payloads come
// from anyone, so every length is checked against what is left, nesting stops at a depth limit,
// and the tree is capped in size.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace switchboard::proto {

enum class WireType : uint8_t { Varint = 0, Fixed64 = 1, Len = 2, StartGroup = 3, EndGroup = 4, Fixed32 = 5 };

struct RawField {
    enum class Shown : uint8_t { Varint, Fixed64, Fixed32, Message, Text, Bytes };

    uint32_t number = 0;
    WireType wire = WireType::Varint;
    Shown shown = Shown::Varint;
    uint64_t value = 0;      ///< the varint, or the fixed64/fixed32 bits
    uint32_t offset = 0;     ///< where the field's key starts in the payload
    uint32_t dataOffset = 0; ///< a length-delimited field's bytes: where they start in the payload…
    uint32_t dataLength = 0; ///< …and how many
    std::vector<RawField> fields; ///< Shown::Message: the nested fields
};

struct RawDecodeLimits {
    int maxDepth = 64;          ///< deeper length-delimited fields are shown as bytes
    size_t maxFields = 100000;  ///< in the whole tree; the rest is not decoded
};

struct RawDecode {
    std::vector<RawField> fields; ///< what decoded, also when an error stopped the rest
    std::string error;            ///< empty when the whole payload decoded
    size_t errorOffset = 0;       ///< the byte the error is at
    bool depthCut = false;        ///< some field nested deeper than the limit is shown as bytes
    bool fieldsCut = false;       ///< the tree reached maxFields
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

[[nodiscard]] RawDecode decodeRaw(std::string_view payload, const RawDecodeLimits &limits = {});

/// "varint", "fixed64", "length-delimited", "group start", "group end", "fixed32".
[[nodiscard]] const char *wireTypeName(WireType wire);

/// The largest field number protobuf allows, 2^29 − 1.
inline constexpr uint32_t kMaxFieldNumber = (1u << 29) - 1;

} // namespace switchboard::proto
