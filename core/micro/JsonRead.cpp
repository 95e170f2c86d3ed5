#include "JsonRead.h"

#include <cstdio>

#include "util/Utf8.h"

namespace switchboard::micro::jsonread {
namespace {

const char *typeName(const Json &j)
{
    return j.type_name();
}

} // namespace

/// Rejects over-deep input in one cheap pass, before a parser builds (or recurses over) it.
void checkDepth(std::string_view text, std::string_view what)
{
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth)
                throw DecodeError(std::string(what) + ": nesting deeper than " + std::to_string(kMaxDepth));
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
}

Json parse(std::string_view text, std::string_view what)
{
    if (text.empty())
        throw DecodeError(std::string(what) + ": empty message");
    checkDepth(text, what);
    Json j = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) {
        if (const auto bad = util::firstInvalidUtf8(text)) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
            throw DecodeError(std::string(what) + ": not UTF-8 text (byte " + byte + " at offset " + std::to_string(*bad) + ")");
        }
        throw DecodeError(std::string(what) + ": malformed JSON");
    }
    return j;
}

bool keyIs(std::string_view key, std::string_view field) noexcept
{
    if (key.size() != field.size())
        return false;
    for (size_t i = 0; i < key.size(); ++i) {
        char a = key[i], b = field[i];
        if (a >= 'A' && a <= 'Z')
            a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = static_cast<char>(b - 'A' + 'a');
        if (a != b)
            return false;
    }
    return true;
}

void expectObject(const Json &j, std::string_view what)
{
    if (!j.is_object())
        throw DecodeError(std::string(what) + ": expected an object, got " + typeName(j));
}

std::string asString(const Json &j, std::string_view what)
{
    if (j.is_null())
        return {};
    if (!j.is_string())
        throw DecodeError(std::string(what) + ": expected a string, got " + typeName(j));
    return j.get<std::string>();
}

std::optional<std::map<std::string, std::string>> asStringMap(const Json &j, std::string_view what)
{
    if (j.is_null())
        return std::nullopt;
    expectObject(j, what);
    std::map<std::string, std::string> out;
    for (const auto &[k, v] : j.items()) {
        if (!v.is_string() && !v.is_null())
            throw DecodeError(std::string(what) + "[" + k + "]: expected a string, got " + typeName(v));
        out[k] = v.is_string() ? v.get<std::string>() : std::string();
    }
    return out;
}

} // namespace switchboard::micro::jsonread
