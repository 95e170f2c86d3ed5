#include "CallObserver.h"

#include <algorithm>

#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::live {

namespace {
constexpr size_t kMaxErrors = 20;
constexpr int kPendingMessages = 200'000;
constexpr int kPendingBytes = 64 * 1024 * 1024;
constexpr size_t kMaxPendingReplies = 100'000;
constexpr auto kReplyWait = std::chrono::seconds(30); // a reply later than this is not matched
constexpr auto kErrorWindow = std::chrono::seconds(30); // error shares are taken over this long
} // namespace

struct CallObserver::Watched {
    micro::EnvelopeView view; // reused: only this subscription's delivery thread touches it
    // Last, so it goes first: its destructor waits for a callback in flight, which uses `view`
    // (declared the other way round, an unwatched node's view was freed under a running callback:
    // ASan in app_end_to_end; tst_call_observer::rewatchingWhileRequestsFlow).
    nats::Subscription subscription;
};

CallObserver::CallObserver(std::shared_ptr<nats::Connection> connection, std::chrono::milliseconds rateWindow,
                           bool observeReplies, std::chrono::milliseconds sampleInterval)
    : m_connection(std::move(connection)), m_window(rateWindow)
{
    m_sampler.start([this] { sample(); }, sampleInterval);
    if (!observeReplies)
        return;
    try {
        m_replies = m_connection->subscribe("_INBOX.>", [this](nats::Message &&msg) { onReply(msg.subject(), msg.data()); });
        m_replies.setPendingLimits(kPendingMessages, kPendingBytes);
        m_repliesObserved = true;
    } catch (const std::exception &e) {
        m_errors.push_back(std::string("_INBOX.> (error rates): ") + e.what());
    }
}

CallObserver::~CallObserver()
{
    m_sampler.stop();
    m_replies.unsubscribe();
    std::lock_guard watchLock(m_watchMutex);
    m_watched.clear(); // unsubscribes and waits for running handlers before the counters go
}

void CallObserver::watch(const std::set<std::string> &addresses)
{
    std::lock_guard watchLock(m_watchMutex);
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        if (addresses.count(it->first))
            ++it;
        else
            it = m_watched.erase(it);
    }
    m_unwatched = 0;
    for (const std::string &address : addresses) {
        if (address.empty() || m_watched.count(address))
            continue;
        if (m_watched.size() >= kMaxWatched) {
            ++m_unwatched;
            continue;
        }
        auto watched = std::make_unique<Watched>();
        Watched *raw = watched.get();
        try {
            watched->subscription = m_connection->subscribe(address, [this, raw](nats::Message &&msg) {
                onRequest(*raw, msg.data(), msg.reply());
            });
            watched->subscription.setPendingLimits(kPendingMessages, kPendingBytes);
        } catch (const nats::Error &e) {
            std::lock_guard lock(m_mutex);
            m_errors.push_back(address + ": " + e.what());
            if (m_errors.size() > kMaxErrors)
                m_errors.erase(m_errors.begin());
            continue;
        }
        m_watched.emplace(address, std::move(watched));
    }
}

void CallObserver::onRequest(Watched &watched, std::string_view payload, std::string_view reply)
{
    try {
        watched.view.decode(payload);
    } catch (const std::exception &) {
        std::lock_guard lock(m_mutex);
        ++m_undecodable;
        return;
    }
    const std::string_view caller = watched.view.get("Micro-From-Service").value_or(std::string_view{});
    const std::string_view service = watched.view.get("Micro-Service").value_or(std::string_view{});
    const std::string_view endpoint = watched.view.get("Micro-Endpoint").value_or(std::string_view{});
    std::lock_guard lock(m_mutex);
    ++m_requests;
    const auto key = std::make_tuple(caller, service, endpoint);
    auto it = m_counters.find(key);
    if (it == m_counters.end())
        it = m_counters.emplace(Key{std::string(caller), std::string(service), std::string(endpoint)}, Counter{}).first;
    ++it->second.calls;
    if (m_repliesObserved && !reply.empty() && m_pending.size() < kMaxPendingReplies)
        m_pending[std::string(reply)] = Pending{&it->second, std::chrono::steady_clock::now()};
}

void CallObserver::onReply(std::string_view subject, std::string_view payload)
{
    Counter *counter = nullptr;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_pending.find(std::string(subject));
        if (it == m_pending.end())
            return; // a reply to something not watched: the common case, one lookup
        counter = it->second.counter;
        const auto now = std::chrono::steady_clock::now();
        // Request to reply as this observer saw them: the service's time plus the network's.
        counter->recordLatency(now, float(std::chrono::duration<double, std::milli>(now - it->second.at).count()));
        m_pending.erase(it);
    }
    bool failed = false;
    try {
        m_replyView.decode(payload);
        failed = m_replyView.get("Micro-Error").has_value();
    } catch (const std::exception &) {
        failed = true; // not an envelope: the caller gets an error too
    }
    if (failed) {
        std::lock_guard lock(m_mutex);
        ++counter->errors; // counters live as long as the observer (never erased)
    }
}

void CallObserver::Counter::recordLatency(std::chrono::steady_clock::time_point at, float ms)
{
    if (latencies.size() < kLatencySamples) {
        latencies.push_back({at, ms});
        return;
    }
    latencies[latencyNext] = {at, ms};
    latencyNext = (latencyNext + 1) % kLatencySamples;
}

double CallObserver::Counter::latencyP99(std::chrono::steady_clock::time_point since) const
{
    std::vector<float> recent;
    recent.reserve(latencies.size());
    for (const auto &[at, ms] : latencies)
        if (at >= since)
            recent.push_back(ms);
    if (recent.empty())
        return -1;
    const size_t rank = std::min(recent.size() - 1, size_t(double(recent.size()) * 0.99));
    std::nth_element(recent.begin(), recent.begin() + std::ptrdiff_t(rank), recent.end());
    return double(recent[rank]);
}

void CallObserver::sample()
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    for (auto &[key, counter] : m_counters) {
        counter.samples.push_back({now, counter.calls, counter.errors});
        // Kept for the error window (30 s), the longer of the two.
        while (counter.samples.size() > 2 && now - counter.samples[1].at >= kErrorWindow)
            counter.samples.erase(counter.samples.begin());
        // The rate over the rate window. An edge younger than the window counts from its first
        // request (zero calls then): its first sample may have come after all of its calls.
        const bool one = counter.samples.size() == 1;
        auto firstAt = counter.created;
        uint64_t firstCalls = 0;
        if (!one && now - counter.created > m_window) {
            const Counter::Sample *base = &counter.samples.front();
            for (const auto &sample : counter.samples)
                if (now - sample.at <= m_window) {
                    base = &sample;
                    break;
                }
            firstAt = base->at;
            firstCalls = base->calls;
        }
        const double seconds = std::chrono::duration<double>(now - firstAt).count();
        counter.perSecond = seconds > 0.2 ? double(counter.calls - firstCalls) / seconds : 0;
        // The error share over the longer window: at a few calls a second, 5 s holds too few
        // calls for a share worth showing. Likewise from the first request while it is younger.
        const bool young = one || now - counter.created <= kErrorWindow;
        const uint64_t calls = counter.calls - (young ? 0 : counter.samples.front().calls);
        const uint64_t errors = counter.errors - (young ? 0 : counter.samples.front().errors);
        counter.errorRatio = calls ? double(errors) / double(calls) : 0;
        counter.p99Ms = counter.latencyP99(now - kErrorWindow);
    }
    for (auto it = m_pending.begin(); it != m_pending.end();) // replies that never came
        it = now - it->second.at > kReplyWait ? m_pending.erase(it) : std::next(it);
}

int64_t CallObserver::dropped() const
{
    std::lock_guard watchLock(m_watchMutex);
    int64_t sum = 0;
    for (const auto &[address, watched] : m_watched)
        sum += watched->subscription.dropped();
    return sum;
}

ObservedCalls CallObserver::snapshot() const
{
    ObservedCalls out;
    out.dropped = dropped();
    {
        std::lock_guard watchLock(m_watchMutex);
        out.watchedAddresses = m_watched.size();
        out.unwatchedAddresses = m_unwatched;
    }
    std::lock_guard lock(m_mutex);
    out.requests = m_requests;
    out.undecodable = m_undecodable;
    out.errors = m_errors;
    out.repliesObserved = m_repliesObserved;
    out.edges.reserve(m_counters.size());
    for (const auto &[key, counter] : m_counters)
        out.edges.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), counter.calls, counter.errors,
                             counter.perSecond, counter.errorRatio, counter.p99Ms});
    return out;
}

} // namespace switchboard::live
