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

/// A known field of an object: its name (matched in any case, as Go does) and how to read it.
struct Field {
    std::string_view name;
    bool (*read)(dom::element, void *target);
    void *target;
};

template <auto Read, typename T>
Field field(std::string_view name, T &target)
{
    return {name, [](dom::element e, void *t) { return Read(e, *static_cast<T *>(t)); }, &target};
}

/// Reads the known fields of an object and skips the others. False for a non-object, a field
/// that comes twice (in any case: the reference decoder's "later wins" rule applies) or a field
/// its reader is not sure of.
bool readObject(dom::element e, std::initializer_list<Field> fields)
{
    dom::object o;
    if (e.get_object().get(o))
        return false;
    unsigned seen = 0;
    for (dom::key_value_pair kv : o) {
        unsigned bit = 1;
        for (const Field &f : fields) {
            if (jsonread::keyIs(kv.key, f.name)) {
                if ((seen & bit) || !f.read(kv.value, f.target))
                    return false;
                seen |= bit;
                break;
            }
            bit <<= 1;
        }
    }
    return true;
}

bool readValue(dom::element e, Value &v);

bool readValues(dom::element e, std::optional<std::vector<Value>> &out)
{
    return readList<Value>(e, out, readValue);
}

bool readValue(dom::element e, Value &v)
{
    return readObject(e, {field<readString>("name", v.name), field<readString>("type", v.type),
                          field<readValues>("values", v.values)});
}

/// null → nullopt, else the object read by Read.
template <typename T, bool (*Read)(dom::element, T &)>
bool readOptional(dom::element e, std::optional<T> &out)
{
    if (e.is_null()) {
        out.reset();
        return true;
    }
    return Read(e, out.emplace());
}

bool readEndpoint(dom::element e, Endpoint &out)
{
    return readObject(e, {field<readString>("name", out.name), field<readOptional<Value, readValue>>("request", out.request),
                          field<readOptional<Value, readValue>>("response", out.response),
                          field<readMap>("metadata", out.metadata)});
}

bool readEndpoints(dom::element e, std::optional<std::vector<Endpoint>> &out)
{
    return readList<Endpoint>(e, out, readEndpoint);
}

bool readNode(dom::element e, Node &out)
{
    return readObject(e, {field<readString>("id", out.id), field<readString>("address", out.address),
                          field<readMap>("metadata", out.metadata)});
}

bool readNodes(dom::element e, std::optional<std::vector<Node>> &out)
{
    return readList<Node>(e, out, readNode);
}

bool readService(dom::element e, Service &out)
{
    return readObject(e, {field<readString>("name", out.name), field<readString>("version", out.version),
                          field<readMap>("metadata", out.metadata), field<readEndpoints>("endpoints", out.endpoints),
                          field<readNodes>("nodes", out.nodes)});
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
    RegistryResult r;
    if (!root || !readObject(*root, {field<readString>("Action", r.action), field<readOptional<Service, readService>>("Service", r.service)}))
        return std::nullopt;
    return r;
}

} // namespace switchboard::micro
