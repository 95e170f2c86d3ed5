#pragma once
// The error share of NATS micro ($SRV) services from their STATS replies, for error-rate rules.
// STATS count since each instance started, so the share is taken between two looks, instance by
// instance: an instance seen for the first time (or counting from zero again) is a baseline. A
// look without requests since the last one gives no figure (no data, which never fires).

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace switchboard::srv {
struct SrvInstance;
}

namespace switchboard::watch {

class SrvErrorRates {
public:
    /// How often the app and `switchboard-cli watch` look (one $SRV.STATS broadcast each time).
    static constexpr int64_t kLookEveryMs = 10'000;

    /// A STATS sweep's instances; the figures of the previous look are replaced.
    void add(const std::vector<srv::SrvInstance> &instances);
    /// Per service name: the percentage of its requests since the previous look that failed.
    [[nodiscard]] const std::map<std::string, double> &percent() const { return m_percent; }

private:
    struct Counts {
        int64_t requests = 0, errors = 0;
    };
    std::map<std::pair<std::string, std::string>, Counts> m_last; ///< by service name and instance id
    std::map<std::string, double> m_percent;
};

} // namespace switchboard::watch
