#include "Envelope.h"

#include "Base64.h"
#include "EnvelopeFastPath.h"
#include "GoJson.h"
#include "JsonRead.h"

namespace switchboard::micro {

std::string Envelope::get(const std::string &key) const
{
    auto it = header.find(key);
    return it == header.end() ? std::string() : it->second;
}

std::string Envelope::getWithXFallback(const std::string &key) const
{
    std::string v = get(key);
    return v.empty() ? get("X-" + key) : v;
}

std::string encodeEnvelope(const Envelope &e)
{
    return e.bodyNull ? encodeEnvelope(e.header, {}, std::nullopt) : encodeEnvelope(e.header, {}, e.body);
}

std::string encodeEnvelope(const Header &header, std::span<const HeaderOverride> overrides,
                           std::optional<std::string_view> body)
{
    std::string out;
    appendEnvelope(out, header, overrides, body);
    return out;
}

void appendEnvelope(std::string &out, const Header &header, std::span<const HeaderOverride> overrides,
                    std::optional<std::string_view> body)
{
    size_t estimate = 32 + (body ? body->size() * 4 / 3 : 0);
    for (const auto &[k, v] : header)
        estimate += k.size() + v.size() + 6;
    for (const HeaderOverride &o : overrides)
        estimate += o.key.size() + (o.value ? o.value->size() : 0) + 6;
    out.reserve(out.size() + estimate);
    out += "{\"Header\":{";
    bool first = true;
    auto entry = [&](std::string_view key, std::string_view value) {
        if (!first)
            out.push_back(',');
        first = false;
        gojson::appendKey(out, key);
        gojson::appendString(out, value);
    };
    // Both sequences are sorted bytewise: merge them, the override winning on equal keys.
    auto h = header.begin();
    for (const HeaderOverride &o : overrides) {
        for (; h != header.end() && std::string_view(h->first) < o.key; ++h)
            entry(h->first, h->second);
        if (h != header.end() && h->first == o.key)
            ++h;
        if (o.value)
            entry(o.key, *o.value);
    }
    for (; h != header.end(); ++h)
        entry(h->first, h->second);
    out += "},\"Body\":";
    if (!body) {
        out += "null";
    } else {
        out.push_back('"');
        base64::append(out, *body);
        out.push_back('"');
    }
    out.push_back('}');
}

Header applyOverrides(Header header, std::span<const HeaderOverride> overrides)
{
    for (const HeaderOverride &o : overrides) {
        if (o.value)
            header.insert_or_assign(std::string(o.key), std::string(*o.value));
        else
            header.erase(std::string(o.key));
    }
    return header;
}

Envelope decodeEnvelope(std::string_view json)
{
    if (auto fast = decodeEnvelopeFast(json))
        return std::move(*fast);
    return decodeEnvelopeReference(json);
}

Envelope decodeEnvelopeReference(std::string_view json)
{
    using namespace jsonread;
    const Json j = parse(json, "envelope");
    expectObject(j, "envelope");
    Envelope e;
    e.bodyNull = true;
    for (const auto &[key, value] : j.items()) {
        if (keyIs(key, "Header")) {
            e.header = asStringMap(value, "envelope Header").value_or(Header{});
        } else if (keyIs(key, "Body")) {
            if (value.is_null())
                continue; // Go leaves the field as it was
            if (!value.is_string())
                throw DecodeError(std::string("envelope Body: expected a base64 string, got ") + value.type_name());
            auto bytes = base64::decode(value.get_ref<const std::string &>());
            if (!bytes)
                throw DecodeError("envelope Body: invalid base64");
            e.body = std::move(*bytes);
            e.bodyNull = false;
        }
    }
    return e;
}

} // namespace switchboard::micro
