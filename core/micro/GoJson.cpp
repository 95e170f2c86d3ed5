#include "GoJson.h"

#include <cstdint>
#include <cstring>

#include "PlainRun.h"

namespace switchboard::micro::gojson {
namespace {

constexpr char kHex[] = "0123456789abcdef";

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid (Go's rules:
/// no overlongs, no surrogates, nothing above U+10FFFF).
size_t validUtf8Length(std::string_view s, size_t i, uint32_t &codepoint)
{
    const auto b0 = static_cast<uint8_t>(s[i]);
    auto cont = [&](size_t k) -> int {
        if (i + k >= s.size())
            return -1;
        const auto b = static_cast<uint8_t>(s[i + k]);
        return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
    };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        const int c1 = cont(1);
        if (c1 < 0)
            return 0;
        codepoint = ((b0 & 0x1Fu) << 6) | static_cast<uint32_t>(c1);
        return 2;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const int c1 = cont(1), c2 = cont(2);
        if (c1 < 0 || c2 < 0)
            return 0;
        codepoint = ((b0 & 0x0Fu) << 12) | (static_cast<uint32_t>(c1) << 6) | static_cast<uint32_t>(c2);
        if (codepoint < 0x800 || (codepoint >= 0xD800 && codepoint <= 0xDFFF))
            return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const int c1 = cont(1), c2 = cont(2), c3 = cont(3);
        if (c1 < 0 || c2 < 0 || c3 < 0)
            return 0;
        codepoint = ((b0 & 0x07u) << 18) | (static_cast<uint32_t>(c1) << 12) | (static_cast<uint32_t>(c2) << 6)
            | static_cast<uint32_t>(c3);
        if (codepoint < 0x10000 || codepoint > 0x10FFFF)
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

void appendString(std::string &out, std::string_view s)
{
    size_t i = plainrun::end<plainrun::Set::GoOutput>(s, 0);
    if (i == s.size()) {
        // Nothing to escape, the usual case (header names, ids, content types): one resize and
        // one copy instead of three appends.
        const size_t at = out.size();
        out.resize(at + s.size() + 2);
        char *p = out.data() + at;
        p[0] = '"';
        std::memcpy(p + 1, s.data(), s.size());
        p[s.size() + 1] = '"';
        return;
    }
    out.reserve(out.size() + s.size() + 2);
    out.push_back('"');
    out.append(s.data(), i);
    while (i < s.size()) {
        // Runs of plain bytes are copied at once: byte-by-byte appends were a fifth of a broker
        // publisher's instructions (callgrind, docs/performance.md).
        // Go writes printable ASCII except " \ < > & unchanged.
        const size_t run = plainrun::end<plainrun::Set::GoOutput>(s, i);
        out.append(s.data() + i, run - i);
        i = run;
        if (i == s.size())
            break;
        const auto c = static_cast<uint8_t>(s[i]);
        if (c < 0x80) {
            if (c == '"' || c == '\\') {
                out.push_back('\\');
                out.push_back(static_cast<char>(c));
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c == '\t') {
                out += "\\t";
            } else {
                out += "\\u00";
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 0xF]);
            }
            ++i;
            continue;
        }
        uint32_t cp = 0;
        const size_t n = validUtf8Length(s, i, cp);
        if (n == 0) {
            out += "\\ufffd";
            ++i;
        } else if (cp == 0x2028 || cp == 0x2029) {
            out += cp == 0x2028 ? "\\u2028" : "\\u2029";
            i += n;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    out.push_back('"');
}

void appendStringMap(std::string &out, const std::optional<std::map<std::string, std::string>> &m)
{
    if (m)
        appendStringMap(out, *m);
    else
        out += "null";
}

void appendStringMap(std::string &out, const std::map<std::string, std::string> &m)
{
    out.push_back('{');
    bool first = true;
    for (const auto &[k, v] : m) {
        if (!first)
            out.push_back(',');
        first = false;
        appendKey(out, k);
        appendString(out, v);
    }
    out.push_back('}');
}

} // namespace switchboard::micro::gojson
