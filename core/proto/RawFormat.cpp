#include "RawFormat.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "micro/Base64.h"
#include "util/Utf8.h"

namespace switchboard::proto {

namespace {

std::string hex(uint64_t value, int digits)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%0*llx", digits, static_cast<unsigned long long>(value));
    return buffer;
}

void appendText(std::string &out, std::string_view payload, const std::vector<RawField> &fields, int indent)
{
    const std::string pad(size_t(indent) * 2, ' ');
    for (const auto &f : fields) {
        out += pad + std::to_string(f.number);
        switch (f.shown) {
        case RawField::Shown::Varint: out += ": " + std::to_string(f.value) + '\n'; break;
        case RawField::Shown::Fixed64: out += ": " + hex(f.value, 16) + '\n'; break;
        case RawField::Shown::Fixed32: out += ": " + hex(f.value, 8) + '\n'; break;
        case RawField::Shown::Message:
            out += " {\n";
            appendText(out, payload, f.fields, indent + 1);
            out += pad + "}\n";
            break;
        case RawField::Shown::Text:
        case RawField::Shown::Bytes:
            out += ": \"" + cEscaped(payload.substr(f.dataOffset, f.dataLength)) + "\"\n";
            break;
        }
    }
}

nlohmann::json fieldsJson(std::string_view payload, const std::vector<RawField> &fields)
{
    auto array = nlohmann::json::array();
    for (const auto &f : fields) {
        nlohmann::json item{{"field", f.number}, {"wire", wireTypeName(f.wire)}};
        switch (f.shown) {
        case RawField::Shown::Varint:
        case RawField::Shown::Fixed64:
        case RawField::Shown::Fixed32: item["value"] = f.value; break;
        case RawField::Shown::Message: item["message"] = fieldsJson(payload, f.fields); break;
        case RawField::Shown::Text: item["text"] = std::string(payload.substr(f.dataOffset, f.dataLength)); break;
        case RawField::Shown::Bytes: item["bytes"] = micro::base64::encode(payload.substr(f.dataOffset, f.dataLength)); break;
        }
        array.push_back(std::move(item));
    }
    return array;
}

} // namespace

std::string cEscaped(std::string_view bytes)
{
    // protoc's CEscape: the usual backslash escapes, other bytes outside printable ASCII in octal.
    // Valid UTF-8 is kept readable (bytes ≥ 0x80 as they are); otherwise they are octal too, so
    // the result is always valid UTF-8.
    const bool keepHigh = !util::firstInvalidUtf8(bytes);
    std::string out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '"': out += "\\\""; break;
        case '\'': out += "\\'"; break;
        case '\\': out += "\\\\"; break;
        default:
            if (u < 0x20 || u == 0x7f || (u >= 0x80 && !keepHigh)) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\%03o", u);
                out += buffer;
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string rawText(std::string_view payload, const RawDecode &decode)
{
    std::string out;
    appendText(out, payload, decode.fields, 0);
    if (!decode.ok())
        out += "# stopped at byte " + std::to_string(decode.errorOffset) + ": " + decode.error + '\n';
    if (decode.depthCut)
        out += "# nested deeper than the limit: shown as bytes from there\n";
    if (decode.fieldsCut)
        out += "# more fields than the limit: the rest is not decoded\n";
    return out;
}

nlohmann::json rawJson(std::string_view payload, const RawDecode &decode)
{
    return fieldsJson(payload, decode.fields);
}

} // namespace switchboard::proto
