#include "LoadRunner.h"

#include <algorithm>
#include <random>

namespace switchboard::load {

using namespace std::chrono;
using State = LoadSnapshot::State;

namespace {

/// The runner whose target->send() this thread is inside: a request that fails at once must not
/// send the next from inside that call (a service without nodes would recurse without end).
thread_local const void *t_sendingFor = nullptr;

int64_t micros(steady_clock::duration d)
{
    return duration_cast<microseconds>(d).count();
}

} // namespace

struct LoadRunner::Flight {
    Clock::time_point due, sent, deadline;
    bool counted = false;
    std::atomic<bool> finished{false};
    std::mutex mutex;
    std::unique_ptr<Ticket> ticket;
};

enum class How { Reply, Timeout, Cancel };

std::shared_ptr<LoadRunner> LoadRunner::create(LoadPlan plan, std::shared_ptr<LoadTarget> target)
{
    std::shared_ptr<LoadRunner> runner(new LoadRunner(std::move(plan), std::move(target)));
    // What the owner holds: letting go of it cancels the run. The runner itself (shared by its
    // threads and requests, weak_from_this) lives until they are done with it.
    return std::shared_ptr<LoadRunner>(runner.get(), [runner](LoadRunner *r) mutable {
        r->cancel();
        runner.reset();
    });
}

LoadRunner::LoadRunner(LoadPlan plan, std::shared_ptr<LoadTarget> target)
    : m_plan(std::move(plan))
    , m_target(std::move(target))
{
}

LoadRunner::~LoadRunner()
{
    cancel();
    m_quit = true;
    for (std::thread *t : {&m_pacer, &m_clock, &m_refresher}) {
        if (!t->joinable())
            continue;
        // The last reference can be dropped on one of our own threads (a timed-out request's
        // callback): that thread is ending anyway and cannot join itself.
        if (t->get_id() == std::this_thread::get_id())
            t->detach();
        else
            t->join();
    }
}

bool LoadRunner::start()
{
    auto fail = [this](std::string why) {
        {
            std::lock_guard lock(m_overMutex);
            m_failure = std::move(why);
        }
        end(State::Failed);
        return false;
    };
    if (m_state != int(State::NotStarted))
        return false;
    m_problems = validate(m_plan, m_target->maxPayload());
    if (!m_problems.empty()) {
        std::string why;
        for (const auto &p : m_problems)
            why += (why.empty() ? "" : "; ") + p.message();
        return fail(why);
    }
    TemplateError error;
    m_body = BodyTemplate::parse(m_plan.body, error);
    if (m_encoder) {
        std::mt19937_64 random(1);
        std::string why;
        std::string sample = m_encoder(m_body.render(0, random), why);
        if (!why.empty())
            return fail("body: " + why);
        if (m_body.constant())
            m_encoded = std::move(sample); // the same bytes every time: encoded once
    }
    if (const std::string why = m_target->prepare(); !why.empty())
        return fail(why);
    {
        std::lock_guard lock(m_overMutex); // snapshot() reads these from other threads
        m_started = Clock::now();
        m_measureFrom = m_started + m_plan.warmup;
        m_state = int(m_plan.warmup.count() > 0 ? State::WarmingUp : State::Running);
    }
    m_nextSecond = m_measureFrom + seconds(1);
    // Each thread holds the runner for one step at a time: once its owner and every request have
    // let go, it is destroyed between two steps and the threads end.
    const std::weak_ptr<LoadRunner> weak = weak_from_this();
    m_clock = std::thread([weak] { loop(weak, [](LoadRunner &r) { return r.clockStep(); }); });
    m_refresher = std::thread([weak] { loop(weak, [](LoadRunner &r) { return r.refreshStep(); }); });
    if (m_plan.model == LoadPlan::Model::Open)
        m_pacer = std::thread([weak] { loop(weak, [](LoadRunner &r) { return r.paceStep(); }); });
    else
        m_parkedLanes = m_plan.concurrency; // the clock thread opens the lanes: start() returns at once
    return true;
}

void LoadRunner::cancel()
{
    if (m_state == int(State::NotStarted)) {
        end(State::Cancelled);
        return;
    }
    stopSending(State::Cancelled);
}

bool LoadRunner::waitUntilOver(milliseconds timeout)
{
    std::unique_lock lock(m_overMutex);
    return m_overChanged.wait_for(lock, timeout, [this] { return m_state >= int(State::Finished); });
}

bool LoadRunner::reserve(Clock::time_point at, bool &counted)
{
    if (m_stopAs != 0)
        return false;
    counted = at >= m_measureFrom;
    if (!counted)
        return true;
    if (m_plan.duration.count() > 0 && at >= m_measureFrom + m_plan.duration) {
        stopSending(State::Finished);
        return false;
    }
    if (m_plan.requests > 0 && m_reserved.fetch_add(1) >= m_plan.requests) {
        stopSending(State::Finished);
        return false;
    }
    return true;
}

void LoadRunner::sendNextInLane()
{
    ++m_inFlight; // claimed before the check, so the clock never sees 0 with a send on its way
    const auto now = Clock::now();
    bool counted = false;
    if (!reserve(now, counted)) {
        --m_inFlight;
        return;
    }
    send(now, counted);
}

void LoadRunner::send(Clock::time_point due, bool counted)
{
    thread_local std::mt19937_64 random{std::random_device{}()};
    auto flight = std::make_shared<Flight>();
    flight->due = due;
    flight->counted = counted;
    std::string body;
    m_body.render(m_seq.fetch_add(1, std::memory_order_relaxed), random, body);
    if (counted)
        ++m_sent;
    if (m_encoded) {
        body = *m_encoded;
    } else if (m_encoder) {
        std::string why;
        body = m_encoder(std::move(body), why);
        if (!why.empty()) {
            micro::CallResult failed;
            failed.error.kind = micro::RpcError::Kind::Malformed;
            failed.error.detail = why;
            flight->sent = Clock::now();
            t_sendingFor = this;
            finish(flight, std::move(failed), false);
            t_sendingFor = nullptr;
            return;
        }
    }
    flight->sent = Clock::now();
    flight->deadline = flight->sent + m_plan.timeout;
    t_sendingFor = this;
    auto ticket = m_target->send(std::move(body), [self = shared_from_this(), flight](micro::CallResult &&r) {
        self->finish(flight, std::move(r), false);
    });
    t_sendingFor = nullptr;
    {
        std::lock_guard lock(flight->mutex);
        if (!flight->finished) {
            flight->ticket = std::move(ticket);
        } else if (ticket) {
            ticket->answered(); // the reply came before send() returned
            return;
        }
    }
    if (!flight->finished) {
        std::lock_guard lock(m_flightsMutex);
        m_flights.push_back(std::move(flight));
    }
}

void LoadRunner::finish(const std::shared_ptr<Flight> &flight, micro::CallResult &&result, bool timedOut)
{
    const How how = timedOut ? (m_stopAs == int(State::Cancelled) ? How::Cancel : How::Timeout) : How::Reply;
    if (flight->finished.exchange(true))
        return;
    const auto now = Clock::now();
    if (how != How::Cancel)
        record(*flight, result, now);
    {
        std::lock_guard lock(flight->mutex);
        if (flight->ticket) {
            if (how == How::Reply)
                flight->ticket->answered();
            flight->ticket.reset();
        }
    }
    --m_inFlight;
    if (how == How::Cancel || m_plan.model != LoadPlan::Model::Closed)
        return;
    if (t_sendingFor == this)
        ++m_parkedLanes; // failed inside send(): the clock sends this lane's next request
    else
        sendNextInLane();
}

void LoadRunner::record(const Flight &flight, const micro::CallResult &result, Clock::time_point now)
{
    if (!flight.counted) {
        m_stats.recordWarmup();
        return;
    }
    const bool open = m_plan.model == LoadPlan::Model::Open;
    const uint64_t done = m_stats.record(micros(now - flight.sent), open ? std::optional(micros(now - flight.due)) : std::nullopt, result);
    if (m_plan.stopErrorPercent > 0 && done >= 50) {
        const double percent = 100.0 * double(m_stats.errors()) / double(done);
        if (percent > m_plan.stopErrorPercent)
            stopSending(State::StoppedOnErrors, std::to_string(int(percent + 0.5)) + " % of requests failed");
    }
}

void LoadRunner::stopSending(State why, std::string reason)
{
    int expected = 0;
    if (!m_stopAs.compare_exchange_strong(expected, int(why)))
        return;
    if (!reason.empty()) {
        std::lock_guard lock(m_overMutex);
        m_failure = std::move(reason);
    }
}

template <typename Step>
void LoadRunner::loop(std::weak_ptr<LoadRunner> weak, Step step)
{
    for (;;) {
        microseconds pause{};
        {
            const auto self = weak.lock(); // held for one step only, never while sleeping
            if (!self || self->m_quit)
                return;
            pause = step(*self);
        }
        if (pause.count() < 0)
            return;
        if (pause.count() > 0)
            std::this_thread::sleep_for(pause);
    }
}

microseconds LoadRunner::paceStep()
{
    if (m_stopAs != 0)
        return microseconds(-1);
    const double intervalNs = 1e9 / m_plan.rate;
    for (int batch = 0; batch < 1000; ++batch) { // everything due now, then look at the clock again
        const auto due = m_started + nanoseconds(int64_t(double(m_paced) * intervalNs));
        const auto now = Clock::now();
        if (due > now) // sleep in short pieces: a cancel is seen within 50 ms at any rate
            return due - now > microseconds(200) ? std::min(duration_cast<microseconds>(due - now) - microseconds(100), microseconds(50'000))
                                                 : microseconds(0);
        if (m_inFlight >= m_plan.concurrency) // wrk2's connections: the pacer waits, the due time stays
            return microseconds(100);
        ++m_inFlight;
        bool counted = false;
        if (!reserve(due, counted)) {
            --m_inFlight;
            return microseconds(-1);
        }
        send(due, counted);
        ++m_paced;
    }
    return microseconds(0);
}

microseconds LoadRunner::clockStep()
{
    const auto now = Clock::now();
    if (m_state == int(State::WarmingUp) && now >= m_measureFrom)
        m_state = int(State::Running);
    if (m_plan.model == LoadPlan::Model::Closed && m_plan.duration.count() > 0 && now >= m_measureFrom + m_plan.duration)
        stopSending(State::Finished);
    const bool cancelled = m_stopAs == int(State::Cancelled);
    std::vector<std::shared_ptr<Flight>> expired;
    {
        std::lock_guard lock(m_flightsMutex);
        while (!m_flights.empty()) {
            auto &front = m_flights.front();
            if (!front->finished && front->deadline > now && !cancelled)
                break;
            if (!front->finished)
                expired.push_back(std::move(front));
            m_flights.pop_front();
        }
    }
    for (const auto &flight : expired) {
        micro::CallResult timeout;
        {
            std::lock_guard lock(flight->mutex);
            if (flight->ticket)
                timeout.nodeId = flight->ticket->nodeId;
        }
        timeout.error.kind = micro::RpcError::Kind::Timeout;
        timeout.error.detail = "no reply within " + std::to_string(m_plan.timeout.count()) + " ms";
        finish(flight, std::move(timeout), true);
    }
    for (int n = m_parkedLanes.exchange(0); n > 0; --n)
        sendNextInLane();
    while (now >= m_nextSecond && m_state == int(State::Running)) {
        closeSecond(m_nextSecond);
        m_nextSecond += seconds(1);
    }
    if (m_stopAs != 0) {
        if (m_inFlight == 0 && m_parkedLanes == 0) {
            if (now >= m_measureFrom)
                closeSecond(now); // the last, partial second
            end(State(m_stopAs.load()));
            return microseconds(-1);
        }
        if (m_state == int(State::Running) || m_state == int(State::WarmingUp))
            m_state = int(State::Draining);
    }
    return microseconds(1000);
}

microseconds LoadRunner::refreshStep()
{
    if (m_state >= int(State::Finished))
        return microseconds(-1);
    if (++m_refreshTicks % 20 == 0) // every second; looked at every 50 ms so that it ends with the run
        m_target->tick();
    return microseconds(50'000);
}

void LoadRunner::closeSecond(Clock::time_point at)
{
    m_stats.closeSecond(double(micros(at - m_measureFrom)) / 1e6);
}

LoadSnapshot LoadRunner::snapshot() const
{
    LoadSnapshot s;
    Clock::time_point measureFrom, ended;
    {
        std::lock_guard lock(m_overMutex);
        s.state = State(m_state.load());
        s.failure = m_failure;
        measureFrom = m_measureFrom;
        ended = m_ended;
    }
    s.sent = m_sent;
    s.inFlight = uint64_t(std::max<int64_t>(0, m_inFlight));
    s.targetRate = m_plan.model == LoadPlan::Model::Open ? m_plan.rate : 0;
    m_stats.fill(s, m_plan.model == LoadPlan::Model::Open);
    if (s.state != State::NotStarted && measureFrom != Clock::time_point{}) {
        const auto until = s.over() ? ended : Clock::now();
        s.elapsedSeconds = std::max(0.0, double(micros(until - measureFrom)) / 1e6);
        s.achievedRate = s.elapsedSeconds > 0 ? double(s.done) / s.elapsedSeconds : 0;
    }
    return s;
}

void LoadRunner::end(State state)
{
    {
        std::lock_guard lock(m_overMutex);
        m_ended = Clock::now();
        m_state = int(state);
    }
    m_overChanged.notify_all();
}

} // namespace switchboard::load
