#include "Base64.h"

#include <array>
#include <cstdint>

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

} // namespace

void append(std::string &out, std::string_view bytes)
{
    const size_t start = out.size();
    out.resize(start + (bytes.size() + 2) / 3 * 4);
    char *p = out.data() + start;
    const auto *in = reinterpret_cast<const uint8_t *>(bytes.data());
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        const uint32_t v = (uint32_t(in[i]) << 16) | (uint32_t(in[i + 1]) << 8) | in[i + 2];
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 63];
        *p++ = kAlphabet[(v >> 6) & 63];
        *p++ = kAlphabet[v & 63];
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
    // Writes through a pointer into a pre-sized buffer: appending byte by byte was a sixth of
    // a broker subscriber's instructions (callgrind, docs/performance.md).
    std::string out(text.size() / 4 * 3 + 3, '\0');
    char *o = out.data();

    // Whole quanta of alphabet characters, four lookups and one test each; the character-wise
    // loop below takes over at the first padding, line break or invalid byte.
    const auto *in = reinterpret_cast<const uint8_t *>(text.data());
    size_t i = 0;
    for (; i + 4 <= text.size(); i += 4) {
        const int32_t a = kReverse[in[i]], b = kReverse[in[i + 1]], c = kReverse[in[i + 2]], d = kReverse[in[i + 3]];
        if ((a | b | c | d) < 0)
            break;
        const auto x = static_cast<uint32_t>((a << 18) | (b << 12) | (c << 6) | d);
        *o++ = static_cast<char>(x >> 16);
        *o++ = static_cast<char>((x >> 8) & 0xFF);
        *o++ = static_cast<char>(x & 0xFF);
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
                return std::nullopt;
            continue;
        }
        if (ch == '=') {
            if (n < 2)
                return std::nullopt;
            padding = 1;
            continue;
        }
        return std::nullopt; // not in the alphabet
    }
    if (padding == 0) {
        if (n != 0)
            return std::nullopt; // Go's StdEncoding requires padding
    } else {
        if (n + static_cast<int>(padding) != 4)
            return std::nullopt;
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
    return out;
}

} // namespace switchboard::micro::base64
