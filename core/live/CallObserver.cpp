#include "CallObserver.h"

#include <algorithm>

#include "micro/EnvelopeView.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::live {

namespace {
constexpr size_t kMaxErrors = 20;
constexpr int kPendingMessages = 200'000;
constexpr int kPendingBytes = 64 * 1024 * 1024;
} // namespace

struct CallObserver::Watched {
    nats::Subscription subscription;
    micro::EnvelopeView view; // reused: only this subscription's delivery thread touches it
};

CallObserver::CallObserver(std::shared_ptr<nats::Connection> connection, std::chrono::milliseconds rateWindow)
    : m_connection(std::move(connection)), m_window(rateWindow)
{
}

CallObserver::~CallObserver()
{
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
    for (const std::string &address : addresses) {
        if (address.empty() || m_watched.count(address))
            continue;
        auto watched = std::make_unique<Watched>();
        Watched *raw = watched.get();
        try {
            watched->subscription = m_connection->subscribe(address, [this, raw](nats::Message &&msg) {
                onRequest(*raw, msg.data());
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

void CallObserver::onRequest(Watched &watched, std::string_view payload)
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
}

void CallObserver::sample()
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    for (auto &[key, counter] : m_counters) {
        counter.samples.emplace_back(now, counter.calls);
        while (counter.samples.size() > 2 && now - counter.samples[1].first >= m_window)
            counter.samples.erase(counter.samples.begin());
        // Until a second sample exists, the rate counts from the first request seen.
        const bool one = counter.samples.size() == 1;
        const auto firstAt = one ? counter.created : counter.samples.front().first;
        const uint64_t firstCalls = one ? 0 : counter.samples.front().second;
        const double seconds = std::chrono::duration<double>(now - firstAt).count();
        counter.perSecond = seconds > 0.2 ? double(counter.calls - firstCalls) / seconds : 0;
    }
}

ObservedCalls CallObserver::snapshot() const
{
    ObservedCalls out;
    {
        std::lock_guard watchLock(m_watchMutex);
        out.watchedAddresses = m_watched.size();
        for (const auto &[address, watched] : m_watched)
            out.dropped += watched->subscription.dropped();
    }
    std::lock_guard lock(m_mutex);
    out.requests = m_requests;
    out.undecodable = m_undecodable;
    out.errors = m_errors;
    out.edges.reserve(m_counters.size());
    for (const auto &[key, counter] : m_counters)
        out.edges.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), counter.calls, counter.perSecond});
    return out;
}

} // namespace switchboard::live
