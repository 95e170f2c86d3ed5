#pragma once
// Output helpers shared by the commands: aligned tables and readable payloads.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "micro/RegistryTypes.h"

namespace switchboard::cli {

/// Prints rows with columns padded to the widest cell (UTF-8 aware enough for our content).
void printTable(const std::vector<std::vector<std::string>> &rows);
/// JSON text for --json output. Strings from peers may hold bytes that are not UTF-8, which
/// nlohmann's dump refuses with an exception; they come out as U+FFFD instead.
template <class Json>
[[nodiscard]] std::string jsonText(const Json &json, int indent = -1)
{
    return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}
/// Pretty JSON when the bytes are JSON, the text when printable, else a hex preview with length.
[[nodiscard]] std::string readablePayload(std::string_view bytes, bool pretty);
/// A node's zone from its metadata (zone, az, region), or "-".
[[nodiscard]] std::string zoneOf(const micro::Node &node);
/// Microseconds as "123 µs" / "4.56 ms".
[[nodiscard]] std::string formatMicros(double micros);
/// Seconds as "7d", "36h", "90m" or "45s": the largest unit that divides it.
[[nodiscard]] std::string formatDuration(std::chrono::seconds duration);
/// Bytes as "1 GiB", "512 MiB", "1.5 KiB".
[[nodiscard]] std::string formatBytes(double bytes);

} // namespace switchboard::cli
