#pragma once
// Calls between services, seen from outside: subscribes to the go-micro node addresses it is
// given (a plain subscriber gets a copy of every request) and counts requests per
// (caller → service.endpoint). The caller is the request's Micro-From-Service header (go-micro
// v1–v3 set it; v4 when the client is wrapped with wrapper.FromService); requests without it count
// under an empty caller, "unknown callers". Per message: one header decode into a reused view and
// a hash lookup under a mutex, on the cnats thread. Rates are sampled on a thread of its own once
// a second (as TrafficMonitor samples), never on the consumer's.
// With observeReplies, it also subscribes to _INBOX.> and matches replies to the requests it saw
// by reply subject: a reply with Micro-Error counts as an error of that edge. Where the account
// may not subscribe to _INBOX.>, error rates are unknown and say so.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <unordered_map>

#include "micro/EnvelopeView.h"
#include "nats/Subscription.h"
#include "util/PeriodicWorker.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::live {

struct ObservedCall {
    std::string caller;   ///< Micro-From-Service; empty: unknown callers
    std::string service;  ///< Micro-Service of the request
    std::string endpoint; ///< Micro-Endpoint
    uint64_t calls = 0;
    uint64_t errors = 0;        ///< replies with Micro-Error (when replies are observed)
    double perSecond = 0;       ///< over the last sampling window
    double errorRatio = 0;      ///< errors / calls over the last 30 s (steadier than the rate window)
    /// Request to reply as observed, p99 over the last 30 s (of the newest 512 replies), in ms;
    /// -1 when no reply was seen then (or replies are not observed).
    double p99Ms = -1;
};

struct ObservedCalls {
    std::vector<ObservedCall> edges; ///< sorted by caller, service, endpoint
    uint64_t requests = 0;
    uint64_t undecodable = 0;        ///< messages on node addresses that were not envelopes
    int64_t dropped = 0;             ///< cnats slow-consumer drops
    size_t watchedAddresses = 0;
    size_t unwatchedAddresses = 0;   ///< listed but beyond maxWatched: their calls are not counted
    std::vector<std::string> errors; ///< subscriptions that failed (permissions), newest last
    bool repliesObserved = false;    ///< error counts are known
};

class CallObserver {
public:
    explicit CallObserver(std::shared_ptr<nats::Connection> connection,
                          std::chrono::milliseconds rateWindow = std::chrono::seconds(5), bool observeReplies = true,
                          std::chrono::milliseconds sampleInterval = std::chrono::seconds(1));
    ~CallObserver();
    CallObserver(const CallObserver &) = delete;
    CallObserver &operator=(const CallObserver &) = delete;

    /// cnats gives every subscription a thread of its own: watching 10 000 nodes made 10 000
    /// threads (tst_hostile_gui). Past this many addresses the rest are counted, not watched.
    static constexpr size_t kMaxWatched = 256;

    /// Subscribes to addresses not yet watched and drops the ones no longer listed. Addresses
    /// already watched keep their place; new ones are taken in order up to kMaxWatched.
    void watch(const std::set<std::string> &addresses);
    /// Takes a rate sample now (the sampler thread does it every sampleInterval).
    void sample();
    [[nodiscard]] ObservedCalls snapshot() const;
    /// cnats slow-consumer drops over the watched addresses (snapshot().dropped, without the copy).
    [[nodiscard]] int64_t dropped() const;

private:
    using Key = std::tuple<std::string, std::string, std::string>;
    struct Counter {
        std::chrono::steady_clock::time_point created = std::chrono::steady_clock::now();
        uint64_t calls = 0, errors = 0;
        struct Sample {
            std::chrono::steady_clock::time_point at;
            uint64_t calls, errors;
        };
        std::vector<Sample> samples;
        double perSecond = 0, errorRatio = 0, p99Ms = -1;
        /// The newest replies' latencies: a ring, so the per-reply cost is one store.
        static constexpr size_t kLatencySamples = 512;
        std::vector<std::pair<std::chrono::steady_clock::time_point, float>> latencies;
        size_t latencyNext = 0;
        void recordLatency(std::chrono::steady_clock::time_point at, float ms);
        [[nodiscard]] double latencyP99(std::chrono::steady_clock::time_point since) const;
    };
    struct Watched;
    struct Pending {
        Counter *counter;
        std::chrono::steady_clock::time_point at;
    };
    void onRequest(Watched &watched, std::string_view payload, std::string_view reply);
    void onReply(std::string_view subject, std::string_view payload);

    std::shared_ptr<nats::Connection> m_connection;
    std::chrono::milliseconds m_window;
    mutable std::mutex m_mutex;
    /// Orders keys of strings and of string_views alike, so the per-message lookup allocates
    /// nothing (std::less<> on mixed tuples does not compile with clang 14, the fuzz build's).
    struct KeyLess {
        using is_transparent = void;
        using View = std::tuple<std::string_view, std::string_view, std::string_view>;
        template <class T>
        static View view(const T &k) { return View(std::get<0>(k), std::get<1>(k), std::get<2>(k)); }
        template <class A, class B>
        bool operator()(const A &a, const B &b) const { return view(a) < view(b); }
    };
    std::map<Key, Counter, KeyLess> m_counters;
    uint64_t m_requests = 0, m_undecodable = 0;
    std::vector<std::string> m_errors;
    // Requests waiting for their reply, by reply subject; bounded, old entries dropped in sample().
    std::unordered_map<std::string, Pending> m_pending;
    nats::Subscription m_replies;
    micro::EnvelopeView m_replyView; // only the replies subscription's thread uses it
    bool m_repliesObserved = false;
    std::map<std::string, std::unique_ptr<Watched>> m_watched; // by address; changed by watch() only
    size_t m_unwatched = 0;                                    // under m_watchMutex
    mutable std::mutex m_watchMutex;
    util::PeriodicWorker m_sampler; // last: stopped first
};

} // namespace switchboard::live
