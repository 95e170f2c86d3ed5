#pragma once
// A single-pass decoder for the common shape of a go-micro envelope: {"Header":{…},"Body":"…"}
// (any key case and order, whitespace, escapes in header strings). It builds no DOM and decodes
// the base64 body straight from the input. Anything unusual — unknown keys, duplicates, an escape
// in a key, invalid UTF-8, any syntax error — returns nullopt and the caller takes the full
// decoder, which also produces the error messages. A differential fuzz target checks that both
// agree on everything this path accepts.

#include <optional>
#include <string_view>

#include "Envelope.h"

namespace switchboard::micro {

class EnvelopeView;

/// Decodes into out (reusing its storage); false when the input needs the full decoder, and
/// then out holds nothing meaningful.
[[nodiscard]] bool decodeEnvelopeFast(std::string_view json, EnvelopeView &out);
/// The same, as an owning Envelope.
[[nodiscard]] std::optional<Envelope> decodeEnvelopeFast(std::string_view json);

} // namespace switchboard::micro
