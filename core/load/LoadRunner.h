#pragma once
// Runs a LoadPlan against a LoadTarget (issue 26) and keeps its statistics.
//
// Closed model: `concurrency` lanes, each sending its next request when the previous one finished;
// the next request goes out from the thread that saw the reply (a cnats thread), so nothing waits
// on a condition variable between two requests. Open model: a pacing thread sends request k when
// it is due (start + k / rate) whatever the replies do, up to `concurrency` in flight; latency is
// also counted from the due time (wrk2's coordinated-omission correction), so a server that
// stalls while every slot waits shows in the corrected numbers, not only in a few slow samples.
// A clock thread times requests out (every millisecond), closes each second of the series and
// decides when the run is over; a third thread lets the target refresh its nodes.
//
// Created as a shared_ptr whose release cancels the run. Inside, every request's callback holds
// the runner and each thread holds it for one step at a time, so a reply or a timeout while the
// owner lets go never reaches freed memory; the runner goes away once the last of them is done.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "LoadSnapshot.h"
#include "LoadStatistics.h"
#include "LoadTarget.h"

namespace switchboard::load {

class LoadRunner : public std::enable_shared_from_this<LoadRunner> {
public:
    static std::shared_ptr<LoadRunner> create(LoadPlan plan, std::shared_ptr<LoadTarget> target);
    ~LoadRunner();
    LoadRunner(const LoadRunner &) = delete;
    LoadRunner &operator=(const LoadRunner &) = delete;

    /// Turns each rendered body into the bytes sent (JSON to protobuf with a schema); on a
    /// mistake it sets `error` and the request counts as failed without being sent. Set before start().
    using Encoder = std::function<std::string(std::string &&body, std::string &error)>;
    void setEncoder(Encoder encoder) { m_encoder = std::move(encoder); }

    /// Checks the plan and the target, then starts; the requests go out from the runner's own
    /// threads. May block while the target looks up its nodes (a registry sweep): call it off a
    /// GUI thread. False (state Failed, snapshot().failure and problems() say why) when nothing
    /// can be sent.
    bool start();
    /// Stops sending; requests in flight are given up and not counted.
    void cancel();
    /// True once the run is over (finished, stopped, cancelled or failed).
    bool waitUntilOver(std::chrono::milliseconds timeout);

    [[nodiscard]] LoadSnapshot snapshot() const;
    [[nodiscard]] const LoadPlan &plan() const { return m_plan; }
    [[nodiscard]] const std::vector<PlanProblem> &problems() const { return m_problems; }

private:
    using Clock = std::chrono::steady_clock;
    struct Flight;

    LoadRunner(LoadPlan plan, std::shared_ptr<LoadTarget> target);
    void sendNextInLane();
    void send(Clock::time_point due, bool counted);
    void finish(const std::shared_ptr<Flight> &flight, micro::CallResult &&result, bool timedOut);
    void record(const Flight &flight, const micro::CallResult &result, Clock::time_point now);
    [[nodiscard]] bool reserve(Clock::time_point now, bool &counted);
    void stopSending(LoadSnapshot::State why, std::string reason = {});
    template <typename Step>
    static void loop(std::weak_ptr<LoadRunner> weak, Step step);
    /// One turn of each thread; the pause before the next, negative to end the thread.
    std::chrono::microseconds paceStep();
    std::chrono::microseconds clockStep();
    std::chrono::microseconds refreshStep();
    void closeSecond(Clock::time_point now);
    void end(LoadSnapshot::State state);

    const LoadPlan m_plan;
    const std::shared_ptr<LoadTarget> m_target;
    BodyTemplate m_body;
    Encoder m_encoder;
    std::optional<std::string> m_encoded; ///< a constant body, encoded once
    std::vector<PlanProblem> m_problems;

    Clock::time_point m_started{}, m_measureFrom{}, m_ended{};
    Clock::time_point m_nextSecond{}; ///< clock thread only
    uint64_t m_paced = 0;             ///< pacer thread only: requests sent by the open model
    int m_refreshTicks = 0;           ///< refresher thread only
    std::atomic<int> m_state{int(LoadSnapshot::State::NotStarted)};
    std::atomic<int> m_stopAs{0}; ///< 0 while sending, else the State the run ends in
    std::atomic<bool> m_quit{false};
    std::atomic<uint64_t> m_seq{0}, m_reserved{0}, m_sent{0};
    std::atomic<int64_t> m_inFlight{0};
    std::atomic<int> m_parkedLanes{0}; ///< lanes whose request failed at once: resent by the clock

    LoadStatistics m_stats;

    std::mutex m_flightsMutex;
    std::deque<std::shared_ptr<Flight>> m_flights; ///< in sending order, so deadlines come in order

    mutable std::mutex m_overMutex; ///< state changes, m_ended, m_failure
    std::string m_failure;           ///< why nothing ran (Failed), or the error rate that stopped it
    std::condition_variable m_overChanged;
    std::thread m_pacer, m_clock, m_refresher;
};

} // namespace switchboard::load
