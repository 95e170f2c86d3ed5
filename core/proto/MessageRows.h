#pragma once
// A decoded protobuf message as indented rows, for the Traffic inspector's tree: one row per
// field (a repeated field's elements and a map's entries below it), nested messages below their
// field. From a parsed message with its schema (names, types, enum names, timestamps as dates) or
// from a schema-less decode (field numbers and wire types). The row count is capped: a hostile
// payload cannot make the view build a million rows.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "RawDecoder.h"
#include "SchemaSet.h"

namespace switchboard::proto {

struct MessageRow {
    int depth = 0;
    std::string name;  ///< field name (or number), "[i]" for an element, the key for a map entry
    std::string type;  ///< "string", "enum shop.v1.Status", "message shop.v1.Item", "varint", …
    std::string value; ///< empty for a message or a list whose rows follow
    int number = 0;    ///< the field number, 0 for elements and entries
};

struct MessageRows {
    std::vector<MessageRow> rows;
    bool cut = false; ///< more rows than the cap: the rest is left out
};

inline constexpr size_t kMaxMessageRows = 2000;
/// Text values longer than this are cut (with "…"): the tree is for reading, the JSON has it all.
inline constexpr size_t kMaxRowValue = 200;

[[nodiscard]] MessageRows messageRows(const gpb::Message &message, size_t maxRows = kMaxMessageRows);
[[nodiscard]] MessageRows rawRows(std::string_view payload, const RawDecode &decode, size_t maxRows = kMaxMessageRows);

} // namespace switchboard::proto
