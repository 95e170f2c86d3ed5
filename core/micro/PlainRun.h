#pragma once
// Finding where a run of "plain" bytes ends: bytes a JSON string holds as they are. The envelope
// decoder and Go-style encoder scan every header key and value this way; byte by byte through a
// table it was a third of a broker subscriber's decoding time (perf, docs/performance.md). Here
// 16 bytes are tested at once with SSE2 (part of every x86-64 CPU, so no run-time check), then
// 8 at once in a 64-bit word, then byte by byte.

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace switchboard::micro::plainrun {

enum class Set {
    Json,     ///< not plain: '"', '\\', control bytes, non-ASCII (a decoder's slow cases)
    GoOutput, ///< also '<', '>' and '&', which Go's encoder escapes
};

template <Set set>
constexpr std::array<bool, 256> makeTable()
{
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\' && (set == Set::Json || (c != '<' && c != '>' && c != '&'));
    return plain;
}
template <Set set>
inline constexpr std::array<bool, 256> kTable = makeTable<set>();

namespace detail {
constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
constexpr uint64_t hasZeroByte(uint64_t x) { return (x - kOnes) & ~x & kHighs; }
constexpr uint64_t hasByte(uint64_t x, uint8_t c) { return hasZeroByte(x ^ (kOnes * c)); }

/// Non-zero when any of the 8 bytes is not plain (exact: no false alarms either way).
template <Set set>
constexpr uint64_t special(uint64_t x)
{
    // A byte below 0x20 or from 0x80 up. Adding 0x60 to a byte's low seven bits sets its high
    // bit exactly when they are 0x20 or more (no carry into the next byte); flipped, the high
    // bit marks the bytes under 0x20. Non-ASCII bytes have the high bit set already.
    uint64_t s = (((x & ~kHighs) + kOnes * (0x80 - 0x20)) ^ kHighs) & kHighs;
    s |= x & kHighs;
    s |= hasByte(x, '"') | hasByte(x, '\\');
    if constexpr (set == Set::GoOutput)
        s |= hasByte(x, '<') | hasByte(x, '>') | hasByte(x, '&');
    return s;
}
} // namespace detail

/// The index of the first byte at or after i that is not plain, or s.size().
template <Set set>
inline size_t end(std::string_view s, size_t i)
{
    const char *p = s.data();
    const size_t n = s.size();
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
    for (; i + 16 <= n; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // A signed comparison: bytes from 0x80 up are negative, so "< 0x20" catches them too.
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                   _mm_cmplt_epi8(v, space));
        if constexpr (set == Set::GoOutput)
            hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('&')),
                                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('<')),
                                                              _mm_cmpeq_epi8(v, _mm_set1_epi8('>')))));
        if (const int mask = _mm_movemask_epi8(hit))
            return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
#endif
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        std::memcpy(&x, p + i, 8);
        if (detail::special<set>(x))
            break; // the byte loop finds which one
    }
    if (i < n && n >= 8 && i + 8 > n) {
        // Fewer than 8 bytes left: test the last 8, overlapping bytes already known to be plain
        // (most header names and values end with such a remainder).
        uint64_t x;
        std::memcpy(&x, p + n - 8, 8);
        if (!detail::special<set>(x))
            return n;
    }
    while (i < n && kTable<set>[static_cast<uint8_t>(p[i])])
        ++i;
    return i;
}

} // namespace switchboard::micro::plainrun
