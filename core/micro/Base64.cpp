#include "Base64.h"
#include "Base64Simd.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace switchboard::micro::base64 {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

constexpr std::array<int8_t, 256> makeReverse()
{
    std::array<int8_t, 256> r{};
    for (auto &x : r)
        x = -1;
    for (int i = 0; i < 64; ++i)
        r[static_cast<uint8_t>(kAlphabet[i])] = static_cast<int8_t>(i);
    return r;
}
constexpr auto kReverse = makeReverse();

// Table-driven loops for what the AVX2 blocks leave and for CPUs without AVX2 (callgrind figures
// in docs/performance.md). Encoding looks up two output characters per 12 input bits.
constexpr std::array<uint16_t, 4096> makePairs()
{
    std::array<uint16_t, 4096> t{};
    for (int i = 0; i < 4096; ++i) // little-endian: the first character in the low byte
        t[i] = static_cast<uint16_t>(static_cast<uint8_t>(kAlphabet[i >> 6]) | (static_cast<uint8_t>(kAlphabet[i & 63]) << 8));
    return t;
}
constexpr auto kPairs = makePairs();

// Decoding ORs four lookups, one per position in a quantum, into the 24 output bits; an invalid
// character sets bit 24 in every table, so one comparison checks all four.
constexpr uint32_t kInvalid = 1u << 24;
constexpr std::array<uint32_t, 256> makeDecodeTable(int shift)
{
    std::array<uint32_t, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[c] = kReverse[c] < 0 ? kInvalid : static_cast<uint32_t>(kReverse[c]) << shift;
    return t;
}
constexpr auto kDecode0 = makeDecodeTable(18), kDecode1 = makeDecodeTable(12), kDecode2 = makeDecodeTable(6),
               kDecode3 = makeDecodeTable(0);

} // namespace

void append(std::string &out, std::string_view bytes)
{
    const size_t start = out.size();
    out.resize(start + (bytes.size() + 2) / 3 * 4);
    char *p = out.data() + start;
    const auto *in = reinterpret_cast<const uint8_t *>(bytes.data());
    size_t i = 0;
    if (simd::available()) {
        i = simd::encodeBlocks(in, bytes.size(), p);
        p += i / 3 * 4;
    }
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t v = (uint32_t(in[i]) << 16) | (uint32_t(in[i + 1]) << 8) | in[i + 2];
        const uint16_t hi = kPairs[v >> 12], lo = kPairs[v & 0xFFF];
        std::memcpy(p, &hi, 2);
        std::memcpy(p + 2, &lo, 2);
        p += 4;
    }
    const size_t rest = bytes.size() - i;
    if (rest == 1) {
        const uint32_t v = uint32_t(in[i]) << 16;
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = '=';
        *p++ = '=';
    } else if (rest == 2) {
        const uint32_t v = (uint32_t(in[i]) << 16) | (uint32_t(in[i + 1]) << 8);
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = kAlphabet[(v >> 6) & 63];
        *p++ = '=';
    }
}

std::string encode(std::string_view bytes)
{
    std::string out;
    append(out, bytes);
    return out;
}

std::optional<std::string> decode(std::string_view text, LineBreaks lineBreaks)
{
    std::string out;
    if (!decodeInto(text, out, lineBreaks))
        return std::nullopt;
    return out;
}

bool decodeInto(std::string_view text, std::string &out, LineBreaks lineBreaks)
{
    // Writes through a pointer into a pre-sized buffer: appending byte by byte was a sixth of
    // a broker subscriber's instructions (callgrind, docs/performance.md).
    // (+8: the SIMD loop stores 32 bytes per 24 it decodes.)
    out.resize(text.size() / 4 * 3 + 3 + 8);
    char *o = out.data();

    // Whole blocks, then whole quanta of alphabet characters (four lookups and one test each);
    // the character-wise loop below takes over at the first padding, line break or invalid byte.
    const auto *in = reinterpret_cast<const uint8_t *>(text.data());
    size_t i = 0;
    if (simd::available()) {
        i = simd::decodeBlocks(in, text.size(), o);
        o += i / 4 * 3;
    }
    for (; i + 4 <= text.size(); i += 4) {
        const uint32_t x = kDecode0[in[i]] | kDecode1[in[i + 1]] | kDecode2[in[i + 2]] | kDecode3[in[i + 3]];
        if (x >= kInvalid)
            break;
        o[0] = static_cast<char>(x >> 16);
        o[1] = static_cast<char>((x >> 8) & 0xFF);
        o[2] = static_cast<char>(x & 0xFF);
        o += 3;
    }

    uint32_t quad[4];
    int n = 0;
    size_t padding = 0;
    for (char ch : text.substr(i)) {
        const int8_t v = kReverse[static_cast<uint8_t>(ch)];
        if (v >= 0 && padding == 0) {
            quad[n++] = static_cast<uint32_t>(v);
            if (n == 4) {
                const uint32_t x = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6) | quad[3];
                *o++ = static_cast<char>(x >> 16);
                *o++ = static_cast<char>((x >> 8) & 0xFF);
                *o++ = static_cast<char>(x & 0xFF);
                n = 0;
            }
            continue;
        }
        if ((ch == '\r' || ch == '\n') && lineBreaks == LineBreaks::Ignore)
            continue;
        if (padding > 0) {
            // Only more padding may follow the first '=' (and only up to a full quantum).
            if (ch != '=' || ++padding > 2 || n + static_cast<int>(padding) > 4)
                return false;
            continue;
        }
        if (ch == '=') {
            if (n < 2)
                return false;
            padding = 1;
            continue;
        }
        return false; // not in the alphabet
    }
    if (padding == 0) {
        if (n != 0)
            return false; // Go's StdEncoding requires padding
    } else {
        if (n + static_cast<int>(padding) != 4)
            return false;
        // Like Go's (non-strict) StdEncoding, non-zero bits in the last character are ignored.
        if (n == 2) {
            *o++ = static_cast<char>((quad[0] << 2) | (quad[1] >> 4));
        } else { // n == 3
            const uint32_t x = (quad[0] << 18) | (quad[1] << 12) | (quad[2] << 6);
            *o++ = static_cast<char>(x >> 16);
            *o++ = static_cast<char>((x >> 8) & 0xFF);
        }
    }
    out.resize(static_cast<size_t>(o - out.data()));
    return true;
}

} // namespace switchboard::micro::base64
