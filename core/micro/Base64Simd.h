#pragma once
// AVX2 inner loops for base64 (Muła and Lemire's algorithms, as in aklomp/base64): whole blocks
// only; the scalar code in Base64.cpp does the rest and every block these decline. Chosen at run
// time, so the binary still runs on CPUs without AVX2. (callgrind, 1 KiB bodies: the scalar
// table loops cost ≈ 5.5 instructions per character each way; docs/performance.md.)

#include <cstddef>
#include <cstdint>

namespace switchboard::micro::base64::simd {

[[nodiscard]] bool available() noexcept;

/// Encodes 24-byte blocks into 32 characters each while 28 input bytes are readable.
/// Returns the number of input bytes consumed (a multiple of 24).
size_t encodeBlocks(const uint8_t *in, size_t size, char *out) noexcept;

/// Decodes 32-character blocks into 24 bytes each while the block holds alphabet characters only
/// (padding, line breaks or anything invalid stop it before that block). Writes 32 bytes per
/// block, so `out` needs 8 bytes of slack after the decoded data. Returns characters consumed.
size_t decodeBlocks(const uint8_t *in, size_t size, char *out) noexcept;

} // namespace switchboard::micro::base64::simd
