#include "OneLine.h"

#include <bit>
#include <charconv>

#include <google/protobuf/descriptor.h>

namespace switchboard::proto {
namespace {

using Field = gpb::FieldDescriptor;

/// A string or bytes value, quoted; bytes that are not printable ASCII or UTF-8 as \xNN.
void quoted(std::string &out, std::string_view data, size_t room)
{
    out += '"';
    for (size_t i = 0; i < data.size() && out.size() < room; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c >= 0x20 && c != 0x7f) {
            out += char(c); // UTF-8 passes as it is; a cut sequence is trimmed by the caller
        } else {
            static const char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out += '"';
}

template <typename T>
void number(std::string &out, T value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    out.append(buffer, end);
}

void value(std::string &out, const DecodedField &d, size_t room)
{
    const uint64_t b = d.bits;
    if (!d.field) {
        if (d.wire == WireType::Len)
            quoted(out, d.data, room);
        else
            number(out, b);
        return;
    }
    switch (d.field->type()) {
    case Field::TYPE_STRING: case Field::TYPE_BYTES: quoted(out, d.data, room); break;
    case Field::TYPE_BOOL: out += b ? "true" : "false"; break;
    case Field::TYPE_ENUM:
        if (const auto *v = d.field->enum_type()->FindValueByNumber(int32_t(uint32_t(b))))
            out += v->name();
        else
            number(out, int32_t(uint32_t(b)));
        break;
    case Field::TYPE_INT32: case Field::TYPE_SFIXED32: number(out, int32_t(uint32_t(b))); break;
    case Field::TYPE_SINT32: number(out, int32_t((uint32_t(b) >> 1) ^ (~(uint32_t(b) & 1) + 1))); break;
    case Field::TYPE_INT64: case Field::TYPE_SFIXED64: number(out, int64_t(b)); break;
    case Field::TYPE_SINT64: number(out, int64_t((b >> 1) ^ (~(b & 1) + 1))); break;
    case Field::TYPE_UINT32: case Field::TYPE_FIXED32: number(out, uint32_t(b)); break;
    case Field::TYPE_FLOAT: number(out, std::bit_cast<float>(uint32_t(b))); break;
    case Field::TYPE_DOUBLE: number(out, std::bit_cast<double>(b)); break;
    default: number(out, b); break;
    }
}

} // namespace

std::string oneLine(const std::vector<DecodedField> &fields, size_t maxChars)
{
    std::string out;
    std::vector<int32_t> open; // the message entries whose braces are open
    const auto close = [&](int32_t parent) {
        while (!open.empty() && open.back() != parent) {
            out += " }";
            open.pop_back();
        }
    };
    for (size_t i = 0; i < fields.size() && out.size() < maxChars; ++i) {
        const DecodedField &d = fields[i];
        close(d.parent);
        if (!out.empty())
            out += ' ';
        if (d.field)
            out += d.field->name();
        else
            number(out, d.number);
        if (d.field && d.field->type() == Field::TYPE_MESSAGE) {
            out += " {";
            open.push_back(int32_t(i));
        } else {
            out += ": ";
            value(out, d, maxChars);
        }
    }
    if (out.size() >= maxChars) {
        out.resize(maxChars);
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back(); // not in the middle of a UTF-8 sequence
        if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0x80))
            out.pop_back();
        return out + "…";
    }
    close(-1);
    return out;
}

} // namespace switchboard::proto
