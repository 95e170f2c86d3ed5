#pragma once
// Output helpers shared by the commands: aligned tables and readable payloads.

#include <string>
#include <string_view>
#include <vector>

#include "micro/RegistryTypes.h"

namespace switchboard::cli {

/// Prints rows with columns padded to the widest cell (UTF-8 aware enough for our content).
void printTable(const std::vector<std::vector<std::string>> &rows);
/// Pretty JSON when the bytes are JSON, the text when printable, else a hex preview with length.
[[nodiscard]] std::string readablePayload(std::string_view bytes, bool pretty);
/// A node's zone from its metadata (zone, az, region), or "-".
[[nodiscard]] std::string zoneOf(const micro::Node &node);
/// Microseconds as "123 µs" / "4.56 ms".
[[nodiscard]] std::string formatMicros(double micros);

} // namespace switchboard::cli
