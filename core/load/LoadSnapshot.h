#pragma once
// What a load run has done so far, copied out of the runner at one moment: the live view, the
// CLI's summary and the stored result all read this.

#include <cstdint>
#include <string>
#include <vector>

#include "LatencyHistogram.h"
#include "LoadPlan.h"
#include "micro/RpcTypes.h"

namespace switchboard::load {

struct ErrorGroup {
    micro::RpcError::Kind kind = micro::RpcError::Kind::None;
    int32_t code = 0;
    std::string detail; ///< the first one seen of its group
    uint64_t count = 0;
};

struct NodeShare {
    std::string nodeId; ///< for $SRV the replying subject's service instance is not known: empty
    uint64_t done = 0, errors = 0;
    int64_t p50Micros = 0, p99Micros = 0;
};

/// One second of the measured part of the run.
struct SecondPoint {
    double atSeconds = 0; ///< since the measured part began
    uint64_t done = 0, errors = 0;
    int64_t p50Micros = 0, p99Micros = 0;
};

struct LoadSnapshot {
    enum class State { NotStarted, WarmingUp, Running, Draining, Finished, StoppedOnErrors, Cancelled, Failed };
    State state = State::NotStarted;
    std::string failure; ///< State::Failed: why nothing ran; StoppedOnErrors: the rate seen

    double elapsedSeconds = 0;  ///< of the measured part
    uint64_t sent = 0;          ///< counted requests sent
    uint64_t done = 0;          ///< counted requests finished (answered, failed or timed out)
    uint64_t errors = 0;
    uint64_t inFlight = 0;
    uint64_t warmupDone = 0;    ///< finished during the warm-up, not counted
    double achievedRate = 0;    ///< counted requests finished per second
    double targetRate = 0;      ///< open model

    HistogramSnapshot latency;   ///< from sending to the reply
    HistogramSnapshot corrected; ///< open model: from when the request was due (coordinated omission)
    std::vector<ErrorGroup> errorGroups; ///< largest first
    std::vector<NodeShare> nodes;        ///< by node id
    std::vector<SecondPoint> seconds;

    [[nodiscard]] bool over() const { return state >= State::Finished; }
    [[nodiscard]] double errorPercent() const { return done ? 100.0 * double(errors) / double(done) : 0; }
};

/// Whether a finished run meets the plan's thresholds; `why` lists each one missed.
[[nodiscard]] bool meets(const Thresholds &thresholds, const LoadSnapshot &run, std::vector<std::string> *why = nullptr);

} // namespace switchboard::load
