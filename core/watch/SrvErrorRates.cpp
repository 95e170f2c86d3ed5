#include "SrvErrorRates.h"

#include <algorithm>

#include "srv/SrvTypes.h"

namespace switchboard::watch {

void SrvErrorRates::add(const std::vector<srv::SrvInstance> &instances)
{
    std::map<std::pair<std::string, std::string>, Counts> now;
    std::map<std::string, Counts> since; // per service, since the previous look
    for (const srv::SrvInstance &instance : instances) {
        Counts c;
        for (const srv::SrvEndpoint &e : instance.endpoints) {
            c.requests += std::max<int64_t>(0, e.numRequests);
            c.errors += std::max<int64_t>(0, e.numErrors);
        }
        const auto key = std::make_pair(instance.name, instance.id);
        now[key] = c;
        const auto before = m_last.find(key);
        if (before == m_last.end() || c.requests < before->second.requests)
            continue; // new, or counting from zero again: the baseline of this instance
        Counts &s = since[instance.name];
        s.requests += c.requests - before->second.requests;
        s.errors += std::max<int64_t>(0, c.errors - before->second.errors);
    }
    m_last = std::move(now);
    m_percent.clear();
    for (const auto &[service, c] : since)
        if (c.requests > 0)
            m_percent[service] = 100.0 * double(std::min(c.errors, c.requests)) / double(c.requests);
}

} // namespace switchboard::watch
