#pragma once
// What a load run does (issue 26): which endpoint, with which body, how hard and for how long,
// when to give up, and what counts as a pass. validate() says everything wrong with a plan before
// anything is sent, each problem on the field it is about.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "BodyTemplate.h"
#include "micro/Envelope.h"
#include "micro/RpcTypes.h"

namespace switchboard::load {

struct Thresholds {
    std::optional<double> p99Ms;        ///< pass when p99 < this
    std::optional<double> errorPercent; ///< pass when the error rate < this
    [[nodiscard]] bool any() const { return p99Ms || errorPercent; }
};

struct LoadPlan {
    enum class Kind { GoMicro, Srv };
    /// Closed: `concurrency` requests always in flight. Open: `rate` requests a second whatever
    /// the replies do, latency counted from when each request was due (wrk2's correction).
    enum class Model { Closed, Open };

    Kind kind = Kind::GoMicro;
    std::string service;  ///< go-micro service name
    std::string endpoint; ///< go-micro "Type.Method"; for $SRV the request subject
    std::string body = "{}"; ///< a BodyTemplate
    std::string contentType = "application/json";
    micro::Header headers;
    std::string nodeId; ///< empty: every node in turn

    Model model = Model::Closed;
    /// Closed: requests always in flight. Open: the most in flight at once (wrk2's connections);
    /// past it the pacer waits, and the corrected latency counts the wait.
    int concurrency = 16;
    double rate = 0; ///< requests/s, open model
    uint64_t requests = 0;               ///< 0: run for `duration`
    std::chrono::milliseconds duration{0}; ///< 0: run for `requests`
    std::chrono::milliseconds warmup{0};   ///< sent and answered, not counted
    std::chrono::milliseconds timeout{5000};
    double stopErrorPercent = 0; ///< > 0: stop when more than this share of the counted requests failed
    Thresholds thresholds;
};

struct PlanProblem {
    enum class Code {
        NoEndpoint, Concurrency, Rate, NothingToRun, TooManyRequests, Duration, Warmup, Timeout,
        StopErrorPercent, ThresholdP99, ThresholdErrors, Template, BodyNotJson, BodyTooLarge
    };
    Code code;
    std::string field;   ///< the plan's field: "concurrency", "rate", "body", …
    int64_t limit = 0;   ///< the bound that was crossed, where there is one
    TemplateError templateError;
    [[nodiscard]] std::string message() const; ///< English, for the CLI
};

namespace limits {
constexpr int kMaxConcurrency = 10'000;
constexpr double kMaxRate = 1'000'000;
constexpr uint64_t kMaxRequests = 1'000'000'000;
constexpr std::chrono::hours kMaxDuration{24};
constexpr std::chrono::minutes kMaxTimeout{10};
} // namespace limits

/// The go-micro request the plan sends (its body comes from the template, per request).
[[nodiscard]] micro::CallRequest callRequestOf(const LoadPlan &plan);

/// Everything wrong with the plan; empty when it can run. `maxPayload` is the server's limit in
/// bytes (0: unknown, not checked): the largest body the template makes, in its envelope, must fit.
[[nodiscard]] std::vector<PlanProblem> validate(const LoadPlan &plan, int64_t maxPayload);

} // namespace switchboard::load
