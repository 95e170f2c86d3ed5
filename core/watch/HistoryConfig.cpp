#include "HistoryConfig.h"

#include <algorithm>

namespace switchboard::watch {

namespace {
bool validStreamName(const std::string &name)
{
    // JetStream refuses these in stream names; they also end up in $JS.API subjects.
    return !name.empty() && name.size() <= 255
        && std::none_of(name.begin(), name.end(), [](char c) { return c == '.' || c == '*' || c == '>' || c == ' ' || c == '\t' || c == '/' || c == '\\'; });
}

bool validPrefix(const std::string &prefix)
{
    if (prefix.empty() || prefix.front() == '.' || prefix.back() == '.' || prefix.find("..") != std::string::npos)
        return false;
    return std::none_of(prefix.begin(), prefix.end(), [](char c) { return c == '*' || c == '>' || c == ' ' || c == '\t'; });
}
} // namespace

std::string HistoryConfig::regionToken(const std::string &region)
{
    if (region.empty())
        return "default";
    std::string token = region;
    for (char &c : token)
        if (c == '.' || c == '*' || c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            c = '_';
    return token;
}

std::string HistoryConfig::eventsSubject(const std::string &region) const
{
    return subjectPrefix + ".events." + regionToken(region);
}

std::string HistoryConfig::ratesSubject(const std::string &region) const
{
    return subjectPrefix + ".rates." + regionToken(region);
}

std::string HistoryConfig::problem() const
{
    if (!validStreamName(eventsStream))
        return "the events stream name \"" + eventsStream + "\" is not a valid stream name (no '.', '*', '>', spaces or slashes)";
    if (!validStreamName(ratesStream))
        return "the rates stream name \"" + ratesStream + "\" is not a valid stream name (no '.', '*', '>', spaces or slashes)";
    if (eventsStream == ratesStream)
        return "the events and rates streams need different names";
    if (!validPrefix(subjectPrefix))
        return "the subject prefix \"" + subjectPrefix + "\" is not a valid subject without wildcards";
    if (maxAge.count() <= 0 || eventsMaxBytes <= 0 || ratesMaxBytes <= 0)
        return "the streams' age and size limits must be above zero";
    if (replicas < 1 || replicas > 5)
        return "replicas must be 1 to 5";
    return {};
}

} // namespace switchboard::watch
