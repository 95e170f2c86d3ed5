#include "BodyTemplate.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>

#include "micro/Uuid.h"

namespace switchboard::load {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

/// Splits "randInt 1 100" on spaces.
std::vector<std::string_view> words(std::string_view s)
{
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        const size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t')
            ++i;
        if (i > start)
            out.push_back(s.substr(start, i - start));
    }
    return out;
}

bool number(std::string_view s, int64_t &out)
{
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
}

void appendNow(std::string &out)
{
    const auto now = std::chrono::system_clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const std::time_t seconds = std::time_t(ms / 1000);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                                utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, int(ms % 1000));
    out.append(buf, size_t(n));
}

} // namespace

std::string TemplateError::message() const
{
    const std::string at = "column " + std::to_string(column) + ": ";
    switch (problem) {
    case Problem::None: return {};
    case Problem::Unclosed: return at + "\"{{\" without \"}}\"";
    case Problem::UnknownName: return at + "unknown placeholder {{" + name + "}}: use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}";
    case Problem::BadNumbers: return at + "{{" + name + "}}: randInt takes two whole numbers, {{randInt 1 100}}";
    case Problem::EmptyRange: return at + "{{" + name + "}}: the first number must not be larger than the second";
    }
    return {};
}

BodyTemplate BodyTemplate::parse(std::string_view text, TemplateError &error)
{
    error = {};
    BodyTemplate t;
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t open = text.find("{{", pos);
        if (open == std::string_view::npos) {
            t.m_parts.push_back({Kind::Text, std::string(text.substr(pos))});
            break;
        }
        if (open > pos)
            t.m_parts.push_back({Kind::Text, std::string(text.substr(pos, open - pos))});
        const size_t close = text.find("}}", open + 2);
        const int column = int(open) + 1;
        if (close == std::string_view::npos) {
            error = {TemplateError::Problem::Unclosed, column, {}};
            return {};
        }
        const std::string_view inside = trimmed(text.substr(open + 2, close - open - 2));
        const auto w = words(inside);
        Part part{Kind::Text, {}};
        if (w.size() == 1 && w[0] == "seq") {
            part.kind = Kind::Seq;
        } else if (w.size() == 1 && w[0] == "uuid") {
            part.kind = Kind::Uuid;
        } else if (w.size() == 1 && w[0] == "now") {
            part.kind = Kind::Now;
        } else if (!w.empty() && w[0] == "randInt") {
            part.kind = Kind::RandInt;
            if (w.size() != 3 || !number(w[1], part.low) || !number(w[2], part.high)) {
                error = {TemplateError::Problem::BadNumbers, column, std::string(inside)};
                return {};
            }
            if (part.low > part.high) {
                error = {TemplateError::Problem::EmptyRange, column, std::string(inside)};
                return {};
            }
        } else {
            error = {TemplateError::Problem::UnknownName, column, std::string(inside)};
            return {};
        }
        t.m_parts.push_back(std::move(part));
        pos = close + 2;
    }
    return t;
}

void BodyTemplate::render(uint64_t seq, std::mt19937_64 &random, std::string &out) const
{
    out.clear();
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Kind::Text: out += p.text; break;
        case Kind::Seq: out += std::to_string(seq); break;
        case Kind::Uuid: out += micro::newUuid(); break;
        case Kind::RandInt: out += std::to_string(std::uniform_int_distribution<int64_t>(p.low, p.high)(random)); break;
        case Kind::Now: appendNow(out); break;
        }
    }
}

size_t BodyTemplate::maxSize(uint64_t lastSeq) const
{
    size_t n = 0;
    for (const Part &p : m_parts) {
        switch (p.kind) {
        case Kind::Text: n += p.text.size(); break;
        case Kind::Seq: n += std::to_string(lastSeq).size(); break;
        case Kind::Uuid: n += 36; break;
        case Kind::RandInt: n += std::max(std::to_string(p.low).size(), std::to_string(p.high).size()); break;
        case Kind::Now: n += 24; break; // 2026-01-31T12:00:00.000Z
        }
    }
    return n;
}

std::string BodyTemplate::render(uint64_t seq, std::mt19937_64 &random) const
{
    std::string out;
    render(seq, random, out);
    return out;
}

} // namespace switchboard::load
