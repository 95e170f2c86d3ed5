#pragma once
// Protobuf bytes read with a message descriptor into one flat list of fields — no DynamicMessage.
// DynamicMessage parses through reflection, one virtual call and one allocation after another:
// 15–25 µs for a 1 KiB event, too slow for a stream of them (issue 24 asks ≥ 200 000 decodes/s).
// This reader walks the bytes once, looks each field number up in the descriptor, and records
// where every value is, nested messages as ranges whose fields follow them in the list.
//
// It accepts and rejects exactly what DynamicMessage parsing does for proto3 (fuzz_proto and
// tst_schema_decoder rebuild the message from the list and compare it with protobuf's own parse):
// a field whose wire type does not fit its declaration is kept as unknown, as protobuf keeps it;
// a proto3 string must be UTF-8. What it leaves to DynamicMessage it says so (Unsupported):
// groups, and proto2 types (closed enums and required fields follow other rules).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "RawDecoder.h"
#include "SchemaSet.h"

namespace switchboard::proto {

struct DecodedField {
    const gpb::FieldDescriptor *field = nullptr; ///< nullptr: not declared in the type (an unknown field)
    uint32_t number = 0;
    WireType wire = WireType::Varint;
    int32_t parent = -1;    ///< the index of the enclosing message's entry; -1 for the top message
    uint64_t bits = 0;      ///< a varint as read (zigzag not undone), or fixed64/fixed32 bits
    std::string_view data;  ///< a length-delimited value: string, bytes, or a nested message's bytes
    /// An element of a packed repeated field: `bits` holds one element, `data` is empty.
    bool packedElement = false;
};

struct SchemaDecode {
    enum class Status : uint8_t { Ok, Invalid, Unsupported };
    Status status = Status::Ok;
    std::string error;      ///< Invalid/Unsupported: what, in words
    size_t errorOffset = 0; ///< Invalid: the byte where it was found
    [[nodiscard]] bool ok() const noexcept { return status == Status::Ok; }
};

/// Reads `bytes` as a `type` into `out` (cleared first; its capacity is reused between calls).
[[nodiscard]] SchemaDecode decodeWithSchema(const gpb::Descriptor *type, std::string_view bytes,
                                            std::vector<DecodedField> &out);

/// Builds `message` (of the same type) from a decoded list, through reflection: for tests and
/// fuzzing, to compare the list with what protobuf's own parser makes of the bytes.
void buildMessage(const std::vector<DecodedField> &fields, gpb::Message &message);

/// The self-check tests and fuzz_proto run: decodes `bytes` both ways (this reader, and protobuf's
/// parser into a DynamicMessage) and says how they differ — one accepted what the other refused,
/// or the rebuilt message is not the parsed one. Empty when they agree (or the reader defers).
[[nodiscard]] std::string differenceFromProtobuf(const SchemaSet &schemas, const gpb::Descriptor *type,
                                                 std::string_view bytes);

} // namespace switchboard::proto
