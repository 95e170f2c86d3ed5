#pragma once
// How a payload is shown, the same wherever one appears (call responses, captured messages):
// pretty JSON when it parses, text when it is valid UTF-8 without control bytes, else a hex dump;
// cut to what a text view can hold, with a note that says so.

#include <QString>

#include <string>

namespace switchboard::gui {

/// Control bytes other than whitespace, or invalid UTF-8: shown as hex.
[[nodiscard]] bool looksBinary(const std::string &bytes);
/// Offset, 16 bytes in hex, the same as ASCII; at most `max` bytes.
[[nodiscard]] QString hexDump(const std::string &bytes, size_t max);

struct ShownPayload {
    QString text;       ///< pretty JSON, text or hex
    QString note;       ///< what was cut or why it is hex; empty when shown whole
    bool binary = false;
    bool json = false;
};
/// `size` is the payload's size on the wire when `bytes` is already a cut copy of it.
[[nodiscard]] ShownPayload showPayload(const std::string &bytes, size_t size = SIZE_MAX);

} // namespace switchboard::gui
