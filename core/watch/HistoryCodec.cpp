#include "HistoryCodec.h"

#include <nlohmann/json.hpp>

namespace switchboard::watch {

using json = nlohmann::json;

uint64_t RateRollup::total() const
{
    uint64_t sum = 0;
    for (const auto &[subject, count] : subjects)
        sum += count;
    return sum;
}

namespace history {
namespace {
constexpr int kVersion = 1;

json eventJson(const JournalEvent &e)
{
    json o{{"at", e.atMs}, {"kind", kindName(e.kind).toStdString()}};
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o[key] = value.toStdString();
    };
    put("region", e.region);
    put("zone", e.zone);
    put("server", e.server);
    put("service", e.service);
    put("node", e.node);
    put("subject", e.subject);
    put("detail", e.detail);
    if (e.value != 0)
        o["value"] = e.value;
    return o;
}

QString text(const json &o, const char *key)
{
    const auto it = o.find(key);
    if (it == o.end())
        return {};
    if (!it->is_string())
        throw std::runtime_error(std::string("\"") + key + "\" is not a string");
    return QString::fromStdString(it->get<std::string>());
}

JournalEvent eventFrom(const json &o, const std::string &region)
{
    if (!o.is_object())
        throw std::runtime_error("an event is not an object");
    JournalEvent e;
    const auto at = o.find("at");
    if (at == o.end() || !at->is_number_integer())
        throw std::runtime_error("an event has no \"at\" time");
    e.atMs = at->get<int64_t>();
    const auto kind = kindFromName(text(o, "kind"));
    if (!kind)
        throw std::runtime_error("an event's \"kind\" is not one this version knows");
    e.kind = *kind;
    e.region = text(o, "region");
    if (e.region.isEmpty())
        e.region = QString::fromStdString(region);
    e.zone = text(o, "zone");
    e.server = text(o, "server");
    e.service = text(o, "service");
    e.node = text(o, "node");
    e.subject = text(o, "subject");
    e.detail = text(o, "detail");
    if (const auto v = o.find("value"); v != o.end()) {
        if (!v->is_number())
            throw std::runtime_error("an event's \"value\" is not a number");
        e.value = v->get<double>();
    }
    return e;
}

json parseObject(std::string_view payload)
{
    json doc = json::parse(payload.begin(), payload.end(), nullptr, false);
    if (doc.is_discarded())
        throw std::runtime_error("not JSON");
    if (!doc.is_object())
        throw std::runtime_error("not a JSON object");
    const auto v = doc.find("v");
    if (v == doc.end() || !v->is_number_integer() || v->get<int>() != kVersion)
        throw std::runtime_error("not a Switchboard history message of version 1");
    const auto region = doc.find("region");
    if (region != doc.end() && !region->is_string())
        throw std::runtime_error("\"region\" is not a string");
    return doc;
}
} // namespace

std::vector<std::string> encodeEvents(const std::string &region, const std::vector<JournalEvent> &events)
{
    std::vector<std::string> messages;
    const std::string head = json{{"v", kVersion}, {"region", region}}.dump();
    // {"v":1,"region":"..","events":[ ... ]}
    std::string body;
    const auto close = [&] {
        if (body.empty())
            return;
        messages.push_back(head.substr(0, head.size() - 1) + ",\"events\":[" + body + "]}");
        body.clear();
    };
    for (const JournalEvent &e : events) {
        std::string one = eventJson(e).dump(-1, ' ', false, json::error_handler_t::replace);
        if (!body.empty() && body.size() + one.size() + head.size() + 16 > kMaxMessageBytes)
            close();
        if (!body.empty())
            body += ',';
        body += one;
    }
    close();
    return messages;
}

std::vector<std::string> encodeRollup(const RateRollup &rollup)
{
    std::vector<json> parts;
    json current = json::object();
    size_t size = 0;
    for (const auto &[subject, count] : rollup.subjects) {
        const size_t entry = subject.size() + 24;
        if (size + entry > kMaxMessageBytes - 512 && !current.empty()) {
            parts.push_back(std::move(current));
            current = json::object();
            size = 0;
        }
        current[subject] = count;
        size += entry;
    }
    parts.push_back(std::move(current)); // an empty minute is still a message: "nothing" is news
    std::vector<std::string> messages;
    for (size_t i = 0; i < parts.size(); ++i) {
        json o{{"v", kVersion},  {"region", rollup.region},      {"start", rollup.startMs},
               {"end", rollup.endMs}, {"part", int(i)}, {"parts", int(parts.size())}, {"subjects", std::move(parts[i])}};
        messages.push_back(o.dump(-1, ' ', false, json::error_handler_t::replace));
    }
    return messages;
}

std::optional<EventBatch> decodeEvents(std::string_view payload, std::string *error)
{
    try {
        const json doc = parseObject(payload);
        EventBatch batch;
        if (const auto r = doc.find("region"); r != doc.end())
            batch.region = r->get<std::string>();
        const auto events = doc.find("events");
        if (events == doc.end() || !events->is_array())
            throw std::runtime_error("no \"events\" list");
        batch.events.reserve(events->size());
        for (const json &e : *events)
            batch.events.push_back(eventFrom(e, batch.region));
        return batch;
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
}

std::optional<RateRollup> decodeRollup(std::string_view payload, std::string *error)
{
    try {
        const json doc = parseObject(payload);
        RateRollup r;
        if (const auto region = doc.find("region"); region != doc.end())
            r.region = region->get<std::string>();
        const auto number = [&doc](const char *key) {
            const auto it = doc.find(key);
            if (it == doc.end() || !it->is_number_integer())
                throw std::runtime_error(std::string("\"") + key + "\" is not a whole number");
            return it->get<int64_t>();
        };
        r.startMs = number("start");
        r.endMs = number("end");
        r.part = int(number("part"));
        r.parts = int(number("parts"));
        if (r.endMs < r.startMs || r.parts < 1 || r.part < 0 || r.part >= r.parts)
            throw std::runtime_error("the rollup's times or parts do not fit together");
        const auto subjects = doc.find("subjects");
        if (subjects == doc.end() || !subjects->is_object())
            throw std::runtime_error("no \"subjects\" object");
        for (const auto &[subject, count] : subjects->items()) {
            if (!count.is_number_unsigned() && !(count.is_number_integer() && count.get<int64_t>() >= 0))
                throw std::runtime_error("the count of \"" + subject + "\" is not a whole number");
            r.subjects.emplace_back(subject, count.get<uint64_t>());
        }
        return r; // nlohmann's object keeps keys sorted, so subjects are sorted
    } catch (const std::exception &e) {
        if (error)
            *error = e.what();
        return std::nullopt;
    }
}

} // namespace history
} // namespace switchboard::watch
