#pragma once
// A decoded message on one line for a list row, in protobuf's text format:
//   id: "ORD-1" status: STATUS_PAID items { sku: "MUG" quantity: 2 }
// (enums by name, strings quoted, fields not in the type by number), cut with "…" at maxChars.

#include <string>
#include <vector>

#include "SchemaDecoder.h"

namespace switchboard::proto {

[[nodiscard]] std::string oneLine(const std::vector<DecodedField> &fields, size_t maxChars = 160);

} // namespace switchboard::proto
