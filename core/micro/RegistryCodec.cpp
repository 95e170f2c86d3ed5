#include "RegistryCodec.h"

#include "GoJson.h"
#include "JsonRead.h"
#include "RegistryFastPath.h"

namespace switchboard::micro {
namespace {

using gojson::appendKey;
using gojson::appendString;
using gojson::appendStringMap;

void appendValue(std::string &out, const Value &v)
{
    out += "{\"name\":";
    appendString(out, v.name);
    out += ",\"type\":";
    appendString(out, v.type);
    out += ",\"values\":";
    if (!v.values) {
        out += "null";
    } else {
        out.push_back('[');
        for (size_t i = 0; i < v.values->size(); ++i) {
            if (i)
                out.push_back(',');
            appendValue(out, (*v.values)[i]);
        }
        out.push_back(']');
    }
    out.push_back('}');
}

void appendOptionalValue(std::string &out, const std::optional<Value> &v)
{
    if (v)
        appendValue(out, *v);
    else
        out += "null";
}

void appendEndpoint(std::string &out, const Endpoint &e, WireLayout layout)
{
    out.push_back('{');
    if (layout == WireLayout::Legacy) {
        appendKey(out, "name");
        appendString(out, e.name);
        out.push_back(',');
    }
    appendKey(out, "request");
    appendOptionalValue(out, e.request);
    out += ",\"response\":";
    appendOptionalValue(out, e.response);
    out += ",\"metadata\":";
    appendStringMap(out, e.metadata);
    if (layout == WireLayout::Modern) {
        out += ",\"name\":";
        appendString(out, e.name);
    }
    out.push_back('}');
}

void appendNode(std::string &out, const Node &n, WireLayout layout)
{
    out.push_back('{');
    if (layout == WireLayout::Modern) {
        appendKey(out, "metadata");
        appendStringMap(out, n.metadata);
        out.push_back(',');
    }
    appendKey(out, "id");
    appendString(out, n.id);
    out += ",\"address\":";
    appendString(out, n.address);
    if (layout == WireLayout::Legacy) {
        out += ",\"metadata\":";
        appendStringMap(out, n.metadata);
    }
    out.push_back('}');
}

template <typename T, typename Fn>
void appendList(std::string &out, const std::optional<std::vector<T>> &list, Fn &&appendOne)
{
    if (!list) {
        out += "null";
        return;
    }
    out.push_back('[');
    for (size_t i = 0; i < list->size(); ++i) {
        if (i)
            out.push_back(',');
        appendOne((*list)[i]);
    }
    out.push_back(']');
}

void appendService(std::string &out, const Service &s, WireLayout layout)
{
    out += "{\"name\":";
    appendString(out, s.name);
    out += ",\"version\":";
    appendString(out, s.version);
    out += ",\"metadata\":";
    appendStringMap(out, s.metadata);
    out += ",\"endpoints\":";
    appendList(out, s.endpoints, [&](const Endpoint &e) { appendEndpoint(out, e, layout); });
    out += ",\"nodes\":";
    appendList(out, s.nodes, [&](const Node &n) { appendNode(out, n, layout); });
    out.push_back('}');
}

// ---- decoding ----
using jsonread::Json;
using jsonread::keyIs;

Value readValue(const Json &j, const std::string &where);

std::optional<Value> readOptionalValue(const Json &j, const std::string &where)
{
    if (j.is_null())
        return std::nullopt;
    return readValue(j, where);
}

Value readValue(const Json &j, const std::string &where)
{
    jsonread::expectObject(j, where);
    Value v;
    for (const auto &[key, field] : j.items()) {
        if (keyIs(key, "name")) {
            v.name = jsonread::asString(field, where + ".name");
        } else if (keyIs(key, "type")) {
            v.type = jsonread::asString(field, where + ".type");
        } else if (keyIs(key, "values")) {
            if (field.is_null()) {
                v.values.reset();
                continue;
            }
            if (!field.is_array())
                throw DecodeError(where + ".values: expected an array");
            v.values.emplace();
            for (const auto &child : field)
                v.values->push_back(readValue(child, where + ".values[]"));
        }
    }
    return v;
}

template <typename T, typename Fn>
std::optional<std::vector<T>> readList(const Json &j, const std::string &where, Fn &&readOne)
{
    if (j.is_null())
        return std::nullopt;
    if (!j.is_array())
        throw DecodeError(where + ": expected an array");
    std::vector<T> out;
    out.reserve(j.size());
    for (const auto &item : j)
        out.push_back(readOne(item));
    return out;
}

Endpoint readEndpoint(const Json &j)
{
    const std::string where = "endpoint";
    jsonread::expectObject(j, where);
    Endpoint e;
    for (const auto &[key, field] : j.items()) {
        if (keyIs(key, "name"))
            e.name = jsonread::asString(field, "endpoint.name");
        else if (keyIs(key, "request"))
            e.request = readOptionalValue(field, "endpoint.request");
        else if (keyIs(key, "response"))
            e.response = readOptionalValue(field, "endpoint.response");
        else if (keyIs(key, "metadata"))
            e.metadata = jsonread::asStringMap(field, "endpoint.metadata");
    }
    return e;
}

Node readNode(const Json &j)
{
    jsonread::expectObject(j, "node");
    Node n;
    for (const auto &[key, field] : j.items()) {
        if (keyIs(key, "id"))
            n.id = jsonread::asString(field, "node.id");
        else if (keyIs(key, "address"))
            n.address = jsonread::asString(field, "node.address");
        else if (keyIs(key, "metadata"))
            n.metadata = jsonread::asStringMap(field, "node.metadata");
    }
    return n;
}

Service readService(const Json &j)
{
    jsonread::expectObject(j, "service");
    Service s;
    for (const auto &[key, field] : j.items()) {
        if (keyIs(key, "name"))
            s.name = jsonread::asString(field, "service.name");
        else if (keyIs(key, "version"))
            s.version = jsonread::asString(field, "service.version");
        else if (keyIs(key, "metadata"))
            s.metadata = jsonread::asStringMap(field, "service.metadata");
        else if (keyIs(key, "endpoints"))
            s.endpoints = readList<Endpoint>(field, "service.endpoints", readEndpoint);
        else if (keyIs(key, "nodes"))
            s.nodes = readList<Node>(field, "service.nodes", readNode);
    }
    return s;
}

} // namespace

std::string encodeValue(const Value &v)
{
    std::string out;
    appendValue(out, v);
    return out;
}

std::string encodeService(const Service &s, WireLayout layout)
{
    std::string out;
    out.reserve(512);
    appendService(out, s, layout);
    return out;
}

std::string encodeResult(const RegistryResult &r, WireLayout layout)
{
    std::string out;
    out.reserve(512);
    auto appendServiceField = [&] {
        appendKey(out, "Service");
        if (r.service)
            appendService(out, *r.service, layout);
        else
            out += "null";
    };
    out.push_back('{');
    if (layout == WireLayout::Modern) {
        appendServiceField();
        out += ",\"Action\":";
        appendString(out, r.action);
    } else {
        appendKey(out, "Action");
        appendString(out, r.action);
        out.push_back(',');
        appendServiceField();
    }
    out.push_back('}');
    return out;
}

Service decodeService(std::string_view json)
{
    if (auto fast = decodeServiceFast(json))
        return std::move(*fast);
    return decodeServiceReference(json);
}

RegistryResult decodeResult(std::string_view json)
{
    if (auto fast = decodeResultFast(json))
        return std::move(*fast);
    return decodeResultReference(json);
}

Service decodeServiceReference(std::string_view json)
{
    return readService(jsonread::parse(json, "service"));
}

RegistryResult decodeResultReference(std::string_view json)
{
    const Json j = jsonread::parse(json, "registry result");
    jsonread::expectObject(j, "registry result");
    RegistryResult r;
    for (const auto &[key, field] : j.items()) {
        if (keyIs(key, "Action"))
            r.action = jsonread::asString(field, "registry result Action");
        else if (keyIs(key, "Service"))
            r.service = field.is_null() ? std::nullopt : std::optional<Service>(readService(field));
    }
    return r;
}

} // namespace switchboard::micro
