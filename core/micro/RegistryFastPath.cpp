#include "RegistryFastPath.h"

#include <simdjson.h>

#include "JsonRead.h"

namespace switchboard::micro {
namespace {

namespace dom = simdjson::dom;

/// Well below the reference decoder's limit (jsonread::kMaxDepth), so that nothing it rejects
/// for depth gets through here.
constexpr size_t kFastMaxDepth = 64;
/// Larger messages go to the reference decoder; a thread's parser keeps buffers of the size of
/// the largest message it saw, so this also bounds that memory.
constexpr size_t kFastMaxBytes = 4 * 1024 * 1024;

/// Each reader returns false for "not sure": the reference decoder then takes over.

/// Marks a field as seen; false when it was seen before (a repeated or differently cased key,
/// where the reference decoder's "later wins" rule applies).
bool firstTime(unsigned &seen, unsigned bit)
{
    if (seen & bit)
        return false;
    seen |= bit;
    return true;
}

bool readString(dom::element e, std::string &out)
{
    if (e.is_null()) {
        out.clear();
        return true;
    }
    std::string_view s;
    if (e.get_string().get(s))
        return false;
    out.assign(s);
    return true;
}

bool readMap(dom::element e, std::optional<Metadata> &out)
{
    if (e.is_null()) {
        out.reset();
        return true;
    }
    dom::object o;
    if (e.get_object().get(o))
        return false;
    Metadata m;
    for (dom::key_value_pair field : o) {
        std::string value;
        if (!readString(field.value, value) || !m.emplace(std::string(field.key), std::move(value)).second)
            return false;
    }
    out = std::move(m);
    return true;
}

bool readValue(dom::element e, Value &v)
{
    dom::object o;
    if (e.get_object().get(o))
        return false;
    unsigned seen = 0;
    for (dom::key_value_pair field : o) {
        if (jsonread::keyIs(field.key, "name")) {
            if (!firstTime(seen, 1) || !readString(field.value, v.name))
                return false;
        } else if (jsonread::keyIs(field.key, "type")) {
            if (!firstTime(seen, 2) || !readString(field.value, v.type))
                return false;
        } else if (jsonread::keyIs(field.key, "values")) {
            if (!firstTime(seen, 4))
                return false;
            if (field.value.is_null())
                continue;
            dom::array items;
            if (field.value.get_array().get(items))
                return false;
            v.values.emplace();
            for (dom::element item : items)
                if (!readValue(item, v.values->emplace_back()))
                    return false;
        }
    }
    return true;
}

bool readOptionalValue(dom::element e, std::optional<Value> &out)
{
    if (e.is_null()) {
        out.reset();
        return true;
    }
    return readValue(e, out.emplace());
}

bool readEndpoint(dom::element e, Endpoint &out)
{
    dom::object o;
    if (e.get_object().get(o))
        return false;
    unsigned seen = 0;
    for (dom::key_value_pair field : o) {
        bool ok = true;
        if (jsonread::keyIs(field.key, "name"))
            ok = firstTime(seen, 1) && readString(field.value, out.name);
        else if (jsonread::keyIs(field.key, "request"))
            ok = firstTime(seen, 2) && readOptionalValue(field.value, out.request);
        else if (jsonread::keyIs(field.key, "response"))
            ok = firstTime(seen, 4) && readOptionalValue(field.value, out.response);
        else if (jsonread::keyIs(field.key, "metadata"))
            ok = firstTime(seen, 8) && readMap(field.value, out.metadata);
        if (!ok)
            return false;
    }
    return true;
}

bool readNode(dom::element e, Node &out)
{
    dom::object o;
    if (e.get_object().get(o))
        return false;
    unsigned seen = 0;
    for (dom::key_value_pair field : o) {
        bool ok = true;
        if (jsonread::keyIs(field.key, "id"))
            ok = firstTime(seen, 1) && readString(field.value, out.id);
        else if (jsonread::keyIs(field.key, "address"))
            ok = firstTime(seen, 2) && readString(field.value, out.address);
        else if (jsonread::keyIs(field.key, "metadata"))
            ok = firstTime(seen, 4) && readMap(field.value, out.metadata);
        if (!ok)
            return false;
    }
    return true;
}

template <typename T, typename ReadOne>
bool readList(dom::element e, std::optional<std::vector<T>> &out, ReadOne readOne)
{
    if (e.is_null()) {
        out.reset();
        return true;
    }
    dom::array items;
    if (e.get_array().get(items))
        return false;
    std::vector<T> list;
    list.reserve(items.size());
    for (dom::element item : items)
        if (!readOne(item, list.emplace_back()))
            return false;
    out = std::move(list);
    return true;
}

bool readService(dom::element e, Service &out)
{
    dom::object o;
    if (e.get_object().get(o))
        return false;
    unsigned seen = 0;
    for (dom::key_value_pair field : o) {
        bool ok = true;
        if (jsonread::keyIs(field.key, "name"))
            ok = firstTime(seen, 1) && readString(field.value, out.name);
        else if (jsonread::keyIs(field.key, "version"))
            ok = firstTime(seen, 2) && readString(field.value, out.version);
        else if (jsonread::keyIs(field.key, "metadata"))
            ok = firstTime(seen, 4) && readMap(field.value, out.metadata);
        else if (jsonread::keyIs(field.key, "endpoints"))
            ok = firstTime(seen, 8) && readList<Endpoint>(field.value, out.endpoints, readEndpoint);
        else if (jsonread::keyIs(field.key, "nodes"))
            ok = firstTime(seen, 16) && readList<Node>(field.value, out.nodes, readNode);
        if (!ok)
            return false;
    }
    return true;
}

/// One parser per thread: simdjson reuses its buffers, which is much of its speed.
std::optional<dom::element> parse(std::string_view json)
{
    thread_local dom::parser parser(kFastMaxBytes);
    thread_local const bool ready = parser.allocate(4096, kFastMaxDepth) == simdjson::SUCCESS;
    dom::element root;
    if (!ready || json.empty() || parser.parse(json.data(), json.size(), true).get(root))
        return std::nullopt;
    return root;
}

} // namespace

std::optional<Service> decodeServiceFast(std::string_view json)
{
    const auto root = parse(json);
    Service s;
    if (!root || !readService(*root, s))
        return std::nullopt;
    return s;
}

std::optional<RegistryResult> decodeResultFast(std::string_view json)
{
    const auto root = parse(json);
    dom::object o;
    if (!root || root->get_object().get(o))
        return std::nullopt;
    RegistryResult r;
    unsigned seen = 0;
    for (dom::key_value_pair field : o) {
        if (jsonread::keyIs(field.key, "Action")) {
            if (!firstTime(seen, 1) || !readString(field.value, r.action))
                return std::nullopt;
        } else if (jsonread::keyIs(field.key, "Service")) {
            if (!firstTime(seen, 2))
                return std::nullopt;
            if (field.value.is_null())
                continue;
            if (!readService(field.value, r.service.emplace()))
                return std::nullopt;
        }
    }
    return r;
}

} // namespace switchboard::micro
