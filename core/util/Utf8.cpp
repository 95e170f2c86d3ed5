#include "Utf8.h"

namespace switchboard::util {
namespace {

/// Length of the valid UTF-8 sequence at `at`, or 0 when the bytes there are not one.
size_t sequenceLength(std::string_view s, size_t at)
{
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80)
        return 1;
    size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // allowed range of the second byte (RFC 3629 table)
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90; // overlong
        if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (at + length > s.size())
        return 0;
    if (byte(at + 1) < low || byte(at + 1) > high)
        return 0;
    for (size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF)
            return 0;
    return length;
}

} // namespace

std::optional<size_t> firstInvalidUtf8(std::string_view bytes)
{
    for (size_t i = 0; i < bytes.size();) {
        const size_t n = sequenceLength(bytes, i);
        if (n == 0)
            return i;
        i += n;
    }
    return std::nullopt;
}

std::string excerpt(std::string_view bytes, size_t maxBytes)
{
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    size_t i = 0;
    while (i < bytes.size() && i < maxBytes) {
        const size_t n = sequenceLength(bytes, i);
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (n == 1 && c >= 0x20 && c != 0x7F) {
            out += bytes[i];
        } else if (n > 1) {
            if (i + n > maxBytes)
                break; // never cut a character in two
            out.append(bytes.substr(i, n));
            i += n;
            continue;
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
        ++i;
    }
    if (i < bytes.size())
        out += "…";
    return out;
}

} // namespace switchboard::util
