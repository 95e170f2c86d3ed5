#include "SrvCodec.h"

#include <cmath>
#include <ctime>

#include "micro/GoJson.h"
#include "micro/JsonRead.h"
#include "util/GoDuration.h"

namespace switchboard::srv {
namespace {

using micro::DecodeError;
using micro::jsonread::Json;
using micro::jsonread::keyIs;
namespace gojson = micro::gojson;

/// Durations come as integer ns; tolerate floats and Go duration strings ("159.7µs") too.
int64_t readDurationNs(const Json &j, const char *what)
{
    if (j.is_null())
        return 0;
    if (j.is_number_integer())
        return j.get<int64_t>();
    if (j.is_number_float())
        return static_cast<int64_t>(std::llround(j.get<double>()));
    if (j.is_string()) {
        if (auto ns = util::parseGoDurationNs(j.get_ref<const std::string &>()))
            return static_cast<int64_t>(std::llround(*ns));
    }
    throw DecodeError(std::string(what) + ": expected a duration");
}

int64_t readCount(const Json &j, const char *what)
{
    if (j.is_null())
        return 0;
    if (j.is_number_integer() || j.is_number_unsigned())
        return j.get<int64_t>();
    if (j.is_number_float()) {
        // A count written as a float: out of int64's range (or NaN) is a mistake, not a value
        // to convert (undefined behaviour; UBSan in fuzz_srv: 8.9e64).
        const double v = j.get<double>();
        if (!(v >= -9.2e18 && v <= 9.2e18))
            throw DecodeError(std::string(what) + ": number out of range");
        return static_cast<int64_t>(v);
    }
    throw DecodeError(std::string(what) + ": expected a number");
}

SrvEndpoint readEndpoint(const Json &j)
{
    SrvEndpoint e;
    if (j.is_string()) { // v1.24–1.27: "subjects" / "endpoints" as plain subject lists
        e.subject = j.get<std::string>();
        e.name = e.subject;
        return e;
    }
    micro::jsonread::expectObject(j, "$SRV endpoint");
    for (const auto &[key, v] : j.items()) {
        if (keyIs(key, "name"))
            e.name = micro::jsonread::asString(v, "endpoint.name");
        else if (keyIs(key, "subject"))
            e.subject = micro::jsonread::asString(v, "endpoint.subject");
        else if (keyIs(key, "queue_group"))
            e.queueGroup = micro::jsonread::asString(v, "endpoint.queue_group");
        else if (keyIs(key, "metadata"))
            e.metadata = micro::jsonread::asStringMap(v, "endpoint.metadata");
        else if (keyIs(key, "num_requests"))
            e.numRequests = readCount(v, "endpoint.num_requests");
        else if (keyIs(key, "num_errors"))
            e.numErrors = readCount(v, "endpoint.num_errors");
        else if (keyIs(key, "last_error"))
            e.lastError = micro::jsonread::asString(v, "endpoint.last_error");
        else if (keyIs(key, "processing_time"))
            e.processingTimeNs = readDurationNs(v, "endpoint.processing_time");
        else if (keyIs(key, "average_processing_time"))
            e.averageProcessingTimeNs = readDurationNs(v, "endpoint.average_processing_time");
        else if (keyIs(key, "data") && !v.is_null())
            e.data = v.dump();
    }
    if (e.name.empty())
        e.name = e.subject;
    return e;
}

void appendEndpointIdentity(std::string &out, const SrvEndpoint &e)
{
    out += "{\"name\":";
    gojson::appendString(out, e.name);
    out += ",\"subject\":";
    gojson::appendString(out, e.subject);
    out += ",\"queue_group\":";
    gojson::appendString(out, e.queueGroup.value_or(""));
}

void appendIdentity(std::string &out, const SrvInstance &s, const char *type)
{
    out += "{\"name\":";
    gojson::appendString(out, s.name);
    out += ",\"id\":";
    gojson::appendString(out, s.id);
    out += ",\"version\":";
    gojson::appendString(out, s.version);
    out += ",\"metadata\":";
    gojson::appendStringMap(out, s.metadata);
    out += ",\"type\":";
    gojson::appendString(out, type);
}

int daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

} // namespace

SrvInstance decodeResponse(std::string_view json)
{
    const Json j = micro::jsonread::parse(json, "$SRV response");
    micro::jsonread::expectObject(j, "$SRV response");
    SrvInstance s;
    for (const auto &[key, v] : j.items()) {
        if (keyIs(key, "name"))
            s.name = micro::jsonread::asString(v, "name");
        else if (keyIs(key, "id"))
            s.id = micro::jsonread::asString(v, "id");
        else if (keyIs(key, "version"))
            s.version = micro::jsonread::asString(v, "version");
        else if (keyIs(key, "type"))
            s.type = micro::jsonread::asString(v, "type");
        else if (keyIs(key, "metadata"))
            s.metadata = micro::jsonread::asStringMap(v, "metadata").value_or(Metadata{});
        else if (keyIs(key, "description"))
            s.description = micro::jsonread::asString(v, "description");
        else if (keyIs(key, "started")) {
            s.started = micro::jsonread::asString(v, "started");
            s.startedUnixNs = parseRfc3339(s.started);
        } else if (keyIs(key, "subject")) { // nats.go v1.22: one subject for the whole service
            const std::string subject = micro::jsonread::asString(v, "subject");
            if (!subject.empty()) {
                SrvEndpoint e;
                e.name = e.subject = subject;
                s.endpoints.push_back(std::move(e));
            }
        } else if (keyIs(key, "endpoints") || keyIs(key, "subjects")) {
            if (v.is_null())
                continue;
            if (!v.is_array())
                throw DecodeError("$SRV response " + key + ": expected an array");
            for (const auto &e : v)
                s.endpoints.push_back(readEndpoint(e));
        }
    }
    if (s.name.empty() || s.id.empty())
        throw DecodeError("$SRV response: missing name or id");
    return s;
}

std::string encodePing(const SrvInstance &s)
{
    std::string out;
    appendIdentity(out, s, kPingType);
    out.push_back('}');
    return out;
}

std::string encodeInfo(const SrvInstance &s)
{
    std::string out;
    appendIdentity(out, s, kInfoType);
    out += ",\"description\":";
    gojson::appendString(out, s.description);
    out += ",\"endpoints\":[";
    for (size_t i = 0; i < s.endpoints.size(); ++i) {
        if (i)
            out.push_back(',');
        appendEndpointIdentity(out, s.endpoints[i]);
        out += ",\"metadata\":";
        gojson::appendStringMap(out, s.endpoints[i].metadata);
        out.push_back('}');
    }
    out += "]}";
    return out;
}

std::string encodeStats(const SrvInstance &s)
{
    std::string out;
    appendIdentity(out, s, kStatsType);
    out += ",\"started\":";
    gojson::appendString(out, s.started);
    out += ",\"endpoints\":[";
    for (size_t i = 0; i < s.endpoints.size(); ++i) {
        const SrvEndpoint &e = s.endpoints[i];
        if (i)
            out.push_back(',');
        appendEndpointIdentity(out, e);
        out += ",\"num_requests\":" + std::to_string(e.numRequests);
        out += ",\"num_errors\":" + std::to_string(e.numErrors);
        out += ",\"last_error\":";
        gojson::appendString(out, e.lastError.value_or(""));
        out += ",\"processing_time\":" + std::to_string(e.processingTimeNs);
        out += ",\"average_processing_time\":" + std::to_string(e.averageProcessingTimeNs);
        if (!e.data.empty())
            out += ",\"data\":" + e.data;
        out.push_back('}');
    }
    out += "]}";
    return out;
}

std::optional<int64_t> parseRfc3339(std::string_view t)
{
    // Strict "YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)": digits where digits belong, fields in range
    // (the fuzzer found that a lenient parse overflows on "-999…").
    auto digits = [&](size_t at, size_t n) -> int {
        if (at + n > t.size())
            return -1;
        int v = 0;
        for (size_t k = at; k < at + n; ++k) {
            if (!std::isdigit(static_cast<unsigned char>(t[k])))
                return -1;
            v = v * 10 + (t[k] - '0');
        }
        return v;
    };
    if (t.size() < 20 || t[4] != '-' || t[7] != '-' || (t[10] != 'T' && t[10] != 't') || t[13] != ':' || t[16] != ':')
        return std::nullopt;
    const int y = digits(0, 4), mo = digits(5, 2), d = digits(8, 2), h = digits(11, 2), mi = digits(14, 2), sec = digits(17, 2);
    // Unix nanoseconds in an int64 cover the years 1678–2262.
    if (y < 1678 || y > 2261 || mo < 1 || mo > 12 || d < 1 || d > 31 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60)
        return std::nullopt;
    size_t i = 19;
    int64_t frac = 0;
    if (i < t.size() && t[i] == '.') {
        int count = 0;
        for (++i; i < t.size() && std::isdigit(static_cast<unsigned char>(t[i])); ++i, ++count)
            if (count < 9)
                frac = frac * 10 + (t[i] - '0');
        if (count == 0)
            return std::nullopt;
        for (; count < 9; ++count)
            frac *= 10;
    }
    int64_t offset = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        const int oh = digits(i + 1, 2), om = digits(i + 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59 || i + 3 >= t.size() || t[i + 3] != ':' || i + 6 != t.size())
            return std::nullopt;
        offset = (t[i] == '+' ? 1 : -1) * (oh * 3600 + om * 60);
    } else if (i + 1 != t.size() || (t[i] != 'Z' && t[i] != 'z')) {
        return std::nullopt;
    }
    const int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    const int64_t seconds = days * 86400 + h * 3600 + mi * 60 + sec - offset;
    return seconds * 1'000'000'000 + frac;
}

std::string formatRfc3339Nano(int64_t unixNs)
{
    const std::time_t seconds = static_cast<std::time_t>(unixNs / 1'000'000'000);
    int64_t frac = unixNs % 1'000'000'000;
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char buf[64];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
    std::string out(buf);
    if (frac > 0) {
        char f[16];
        std::snprintf(f, sizeof f, ".%09lld", static_cast<long long>(frac));
        std::string fs(f);
        while (fs.back() == '0')
            fs.pop_back();
        out += fs;
    }
    return out + "Z";
}

} // namespace switchboard::srv
