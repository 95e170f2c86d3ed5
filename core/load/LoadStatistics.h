#pragma once
// What a load run has measured, fed by the runner's reply and clock threads and copied out into
// a LoadSnapshot: the latency histograms, the counts, the per-node shares, the errors grouped by
// kind, code and detail, and the per-second series. Recording is lock-free for the histograms
// and counts; nodes and error groups take one short lock.

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>

#include "LoadSnapshot.h"

namespace switchboard::load {

class LoadStatistics {
public:
    static constexpr size_t kMaxErrorGroups = 100; ///< more distinct errors share "(other errors)"
    static constexpr size_t kMaxNodes = 256;

    /// A finished request of the measured part (corrected: the open model's latency from the due
    /// time). Returns the number of requests finished so far.
    uint64_t record(int64_t latencyMicros, std::optional<int64_t> correctedMicros, const micro::CallResult &result);
    /// A finished warm-up request: counted apart, not measured.
    void recordWarmup() { ++m_warmupDone; }
    /// Closes one second of the series, `atSeconds` since the measured part began.
    void closeSecond(double atSeconds);

    [[nodiscard]] uint64_t done() const { return m_done; }
    [[nodiscard]] uint64_t errors() const { return m_errors; }
    /// The counts, histograms, error groups (largest first), nodes and seconds.
    void fill(LoadSnapshot &snapshot, bool corrected) const;

private:
    struct NodeStats {
        uint64_t done = 0, errors = 0;
        LatencyHistogram latency;
    };
    void groupError(const micro::RpcError &error);

    LatencyHistogram m_latency, m_corrected, m_thisSecond;
    std::atomic<uint64_t> m_done{0}, m_errors{0}, m_warmupDone{0};

    mutable std::mutex m_mutex; ///< the rest
    std::map<std::string, std::unique_ptr<NodeStats>> m_nodes;
    std::map<std::tuple<int, int32_t, std::string>, ErrorGroup> m_errorGroups;
    std::vector<SecondPoint> m_seconds;
    uint64_t m_secondDone = 0, m_secondErrors = 0;
};

} // namespace switchboard::load
