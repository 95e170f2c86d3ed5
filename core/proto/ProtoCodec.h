#pragma once
// JSON ↔ protobuf for a message type of a SchemaSet, with proto3's JSON mapping (Google's
// util::JsonStringToMessage / MessageToJsonString). JSON in accepts both field-name styles, as
// go-micro's jsonpb did; JSON out uses the .proto's own field names, as go-micro's JSON codec
// wrote them up to v5.13 (WIRE.md §3.4). The bytes are the wire body of `application/protobuf`:
// the message, no framing.

#include <string>
#include <string_view>

#include "SchemaSet.h"

namespace switchboard::proto {

struct Converted {
    std::string data;  ///< bytes or JSON text
    std::string error; ///< empty on success: a sentence that names the type and what is wrong
    [[nodiscard]] bool ok() const noexcept { return error.empty(); }
};

struct JsonOut {
    bool pretty = true;          ///< indented, one field a line
    bool withDefaults = false;   ///< also fields at their default value (0, "", false, [])
    bool lowerCamel = false;     ///< protojson's jsonName instead of the .proto name
};

class ProtoCodec {
public:
    /// JSON text → protobuf bytes. An unknown field, a wrong type or a bad enum name is an error.
    [[nodiscard]] static Converted fromJson(const SchemaSet &schemas, const gpb::Descriptor *type, std::string_view json);
    /// Protobuf bytes → JSON text. Bytes that are not this type are an error that says where.
    [[nodiscard]] static Converted toJson(const SchemaSet &schemas, const gpb::Descriptor *type, std::string_view bytes,
                                          const JsonOut &how = {});
    /// Parses bytes into `message` (a prototype's New()): the check toJson does, for callers that
    /// keep the message (the inspector's tree). Returns the error, empty on success.
    [[nodiscard]] static std::string parse(gpb::Message &message, std::string_view bytes);
};

/// Protobuf's own nesting limit for parsing bytes (CodedInputStream's default).
inline constexpr int kMaxParseDepth = 100;

} // namespace switchboard::proto
