#include "LoadReport.h"

#include <cstdio>
#include <limits>
#include <stdexcept>

namespace switchboard::load {

namespace {

using State = LoadSnapshot::State;

struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// An integer field, absent: the fallback. A fraction or a number outside T is a mistake in the
/// file: nlohmann's value() converts a double with a plain cast, undefined beyond T's range
/// (fuzz_load_run: a "concurrency" of 4.4e111 read as an int under UBSan).
template <class T>
T whole(const nlohmann::json &j, const char *key, T fallback = T{})
{
    const auto it = j.find(key);
    if (it == j.end())
        return fallback;
    using Limits = std::numeric_limits<T>;
    if (it->is_number_unsigned()) {
        const uint64_t v = it->template get<uint64_t>();
        if (v <= static_cast<uint64_t>(Limits::max()))
            return static_cast<T>(v);
    } else if (it->is_number_integer()) {
        const int64_t v = it->template get<int64_t>();
        if (v >= static_cast<int64_t>(Limits::min()) && (v < 0 || static_cast<uint64_t>(v) <= static_cast<uint64_t>(Limits::max())))
            return static_cast<T>(v);
    }
    throw FieldError(std::string("a field has the wrong type: \"") + key + "\" is not a whole number in range");
}

nlohmann::ordered_json latencyJson(const HistogramSnapshot &h)
{
    nlohmann::ordered_json buckets = nlohmann::ordered_json::array();
    for (const auto &b : h.logBuckets(5))
        buckets.push_back({{"from_us", b.fromMicros}, {"to_us", b.toMicros}, {"count", b.count}});
    nlohmann::ordered_json counters = nlohmann::ordered_json::array();
    for (const auto &[index, count] : h.nonZeroCounts())
        counters.push_back({index, count});
    return {{"count", h.count()},          {"min_us", h.minMicros()},
            {"mean_us", h.meanMicros()},   {"p50_us", h.percentileMicros(50)},
            {"p90_us", h.percentileMicros(90)}, {"p99_us", h.percentileMicros(99)},
            {"p999_us", h.percentileMicros(99.9)}, {"max_us", h.maxMicros()},
            {"over_60s", h.saturated()},   {"histogram", buckets},
            {"counters", counters}};
}

std::optional<HistogramSnapshot> latencyFrom(const nlohmann::json &j)
{
    if (!j.is_object() || !j.contains("counters") || !j["counters"].is_array())
        return std::nullopt;
    std::vector<std::pair<uint32_t, uint64_t>> counts;
    for (const auto &pair : j["counters"]) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_number_unsigned() || !pair[1].is_number_unsigned())
            return std::nullopt;
        counts.emplace_back(pair[0].get<uint32_t>(), pair[1].get<uint64_t>());
    }
    return HistogramSnapshot::fromCounts(counts, whole<int64_t>(j, "max_us"), whole<uint64_t>(j, "over_60s"));
}

} // namespace

const char *stateName(State s)
{
    switch (s) {
    case State::NotStarted: return "not_started";
    case State::WarmingUp: return "warming_up";
    case State::Running: return "running";
    case State::Draining: return "draining";
    case State::Finished: return "finished";
    case State::StoppedOnErrors: return "stopped_on_errors";
    case State::Cancelled: return "cancelled";
    case State::Failed: return "failed";
    }
    return "";
}

nlohmann::ordered_json runJson(const LoadPlan &plan, const LoadSnapshot &run)
{
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    for (const auto &g : run.errorGroups)
        errors.push_back({{"kind", micro::kindName(g.kind)}, {"code", g.code}, {"detail", g.detail}, {"count", g.count}});
    nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
    for (const auto &n : run.nodes)
        nodes.push_back({{"node", n.nodeId}, {"done", n.done}, {"errors", n.errors}, {"p50_us", n.p50Micros}, {"p99_us", n.p99Micros}});
    nlohmann::ordered_json seconds = nlohmann::ordered_json::array();
    for (const auto &s : run.seconds)
        seconds.push_back({{"at_s", s.atSeconds}, {"done", s.done}, {"errors", s.errors}, {"p50_us", s.p50Micros}, {"p99_us", s.p99Micros}});
    nlohmann::ordered_json out{
        {"service", plan.service},
        {"endpoint", plan.endpoint},
        {"kind", plan.kind == LoadPlan::Kind::Srv ? "srv" : "go-micro"},
        {"model", plan.model == LoadPlan::Model::Open ? "open" : "closed"},
        {"concurrency", plan.concurrency},
        {"rate", plan.rate},
        {"state", stateName(run.state)},
        {"done", run.done},
        {"errors", run.errors},
        {"error_percent", run.errorPercent()},
        {"warmup_done", run.warmupDone},
        {"seconds", run.elapsedSeconds},
        {"rate_achieved", run.achievedRate},
        {"latency", latencyJson(run.latency)}};
    if (plan.model == LoadPlan::Model::Open)
        out["latency_corrected"] = latencyJson(run.corrected);
    out["errors_by_code"] = errors;
    out["nodes"] = nodes;
    out["per_second"] = seconds;
    if (!run.failure.empty())
        out["reason"] = run.failure;
    return out;
}

std::optional<StoredRun> runFromJson(const nlohmann::json &j, std::string &error)
{
    if (!j.is_object() || !j.contains("done") || !j.contains("latency")) {
        error = "not a load run (no \"done\" or \"latency\")";
        return std::nullopt;
    }
    try {
        StoredRun s;
        s.plan.service = j.value("service", std::string());
        s.plan.endpoint = j.value("endpoint", std::string());
        s.plan.kind = j.value("kind", std::string()) == "srv" ? LoadPlan::Kind::Srv : LoadPlan::Kind::GoMicro;
        s.plan.model = j.value("model", std::string()) == "open" ? LoadPlan::Model::Open : LoadPlan::Model::Closed;
        s.plan.concurrency = whole<int>(j, "concurrency");
        s.plan.rate = j.value("rate", 0.0);
        const std::string state = j.value("state", std::string());
        s.run.state = State::Finished;
        for (State candidate : {State::StoppedOnErrors, State::Cancelled, State::Failed})
            if (state == stateName(candidate))
                s.run.state = candidate;
        s.run.done = whole<uint64_t>(j, "done");
        s.run.errors = whole<uint64_t>(j, "errors");
        s.run.warmupDone = whole<uint64_t>(j, "warmup_done");
        s.run.elapsedSeconds = j.value("seconds", 0.0);
        s.run.achievedRate = j.value("rate_achieved", 0.0);
        s.run.failure = j.value("reason", std::string());
        const auto latency = latencyFrom(j["latency"]);
        if (!latency) {
            error = "its latency histogram is unreadable";
            return std::nullopt;
        }
        s.run.latency = *latency;
        if (j.contains("latency_corrected"))
            if (const auto corrected = latencyFrom(j["latency_corrected"]))
                s.run.corrected = *corrected;
        for (const auto &g : j.value("errors_by_code", nlohmann::json::array())) {
            ErrorGroup e;
            e.code = whole<int>(g, "code");
            e.detail = g.value("detail", std::string());
            e.count = whole<uint64_t>(g, "count");
            const std::string kind = g.value("kind", std::string());
            for (int k = 0; k <= int(micro::RpcError::Kind::Connection); ++k)
                if (kind == micro::kindName(micro::RpcError::Kind(k)))
                    e.kind = micro::RpcError::Kind(k);
            s.run.errorGroups.push_back(std::move(e));
        }
        for (const auto &n : j.value("nodes", nlohmann::json::array()))
            s.run.nodes.push_back({n.value("node", std::string()), whole<uint64_t>(n, "done"), whole<uint64_t>(n, "errors"),
                                   whole<int64_t>(n, "p50_us"), whole<int64_t>(n, "p99_us")});
        for (const auto &p : j.value("per_second", nlohmann::json::array()))
            s.run.seconds.push_back({p.value("at_s", 0.0), whole<uint64_t>(p, "done"), whole<uint64_t>(p, "errors"),
                                     whole<int64_t>(p, "p50_us"), whole<int64_t>(p, "p99_us")});
        return s;
    } catch (const nlohmann::json::exception &e) {
        error = std::string("a field has the wrong type: ") + e.what();
        return std::nullopt;
    } catch (const FieldError &e) {
        error = e.what();
        return std::nullopt;
    }
}

std::string secondsCsv(const LoadSnapshot &run)
{
    std::string out = "second,requests,errors,p50_ms,p99_ms\n";
    char line[160];
    for (const auto &s : run.seconds) {
        std::snprintf(line, sizeof line, "%.3f,%llu,%llu,%.3f,%.3f\n", s.atSeconds, static_cast<unsigned long long>(s.done),
                      static_cast<unsigned long long>(s.errors), double(s.p50Micros) / 1000.0, double(s.p99Micros) / 1000.0);
        out += line;
    }
    return out;
}

} // namespace switchboard::load
