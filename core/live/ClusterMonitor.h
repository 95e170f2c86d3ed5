#pragma once
// The NATS cluster as the user's account can see it: servers found through $SYS requests (with
// system-account rights) or HTTP monitoring URLs, their counters turned into rates, routes with
// RTT, zones with health and reasons, 15 minutes of rate history, and which server a
// subscription lives on (so service nodes can be placed in zones).

#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include "CatalogTypes.h"
#include "ClusterTypes.h"
#include "CoalescedNotifier.h"
#include "nats/Broadcast.h"
#include "util/PeriodicWorker.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::live {

/// A server seen in an earlier run of the same profile (the app keeps these between runs).
struct RememberedServer {
    std::string name, zone;
    std::vector<std::string> endpoints;
};

struct ClusterOptions {
    std::chrono::milliseconds pollInterval{2000};
    /// HTTP monitoring endpoints ("http://host:8222"), used when $SYS is not available.
    std::vector<std::string> monitorUrls;
    bool trySystemAccount = true;
    std::string zoneTagPrefix = "az:";
    /// Zone from a server name when it has no az: tag (e.g. "nats-eu1-a" → "eu1"); empty = none.
    std::function<std::string(const std::string &serverName)> zoneRule;
    HealthRules health;
    std::chrono::minutes historyLength{15};
    int httpTimeoutMs = 1500;
    /// Ask for subscription lists (CONNZ) to place service nodes on servers.
    bool collectPlacement = true;
    /// ...on every n-th poll only: the lists are the largest replies by far, and nodes move
    /// between servers far less often than counters change.
    int placementEvery = 5;
    /// Servers from earlier runs: one that does not answer now is listed as down, not forgotten.
    std::vector<RememberedServer> rememberedServers;
    /// How many servers the profile says the cluster has (0 = not set); fewer answering = degraded.
    int expectedServers = 0;
    /// A server without a server_name is known by its id, which a restart changes: once it has
    /// not answered for this long it is dropped (it is not coming back under that id).
    std::chrono::seconds unnamedGoneAfter{300};
    /// Host name → address, for configured route URLs; a test may replace the DNS lookup.
    std::function<std::string(const std::string &host)> resolveHost;
};

class ClusterMonitor : public QObject {
    Q_OBJECT
public:
    ClusterMonitor(std::shared_ptr<nats::Connection> connection, ClusterOptions options = {}, QObject *parent = nullptr);
    ~ClusterMonitor() override;

    void start(); ///< polls now and every pollInterval on a worker thread
    void stop();
    void pollNow();

    [[nodiscard]] ClusterSnapshot snapshot() const;
    [[nodiscard]] std::vector<RatePoint> serverHistory(const std::string &serverName) const;
    [[nodiscard]] std::vector<RatePoint> zoneHistory(const std::string &zone) const;
    /// The server (and its zone) holding a subscription to this exact subject, if known.
    [[nodiscard]] std::optional<ServerPlacement> placement(const std::string &subject) const;
    /// Every server seen alive in this run or remembered, for the next run's rememberedServers.
    [[nodiscard]] std::vector<RememberedServer> knownServers() const;
    /// Stops listing a server that is gone for good (removed from the cluster on purpose).
    void forget(const std::string &serverName);

Q_SIGNALS:
    void changed(); ///< after each poll; coalesced

private:
    struct Poll; // what one round of requests found
    void pollOnce();
    bool pollSystemAccount(Poll &poll);
    void pollHttp(Poll &poll);
    void pollConnectedOnly(Poll &poll);
    void merge(Poll &poll);
    std::string zoneOf(const ServerInfo &s) const;
    bool wantPlacement() const;
    void addRemembered(const std::string &source, const std::map<std::string, bool> &present);
    void dropGoneServers(const std::string &source, const std::map<std::string, bool> &present);
    void assessCluster(const std::string &source);
    std::string resolved(const std::string &host);

    std::shared_ptr<nats::Connection> m_connection;
    ClusterOptions m_options;

    mutable std::mutex m_mutex;
    std::map<std::string, ServerInfo> m_servers; // by name: ids change when a server restarts
    std::map<std::string, std::chrono::steady_clock::time_point> m_sampledAt;
    std::map<std::string, std::deque<RatePoint>> m_serverHistory, m_zoneHistory;
    std::unordered_map<std::string, std::string> m_subjectToServer;
    std::map<std::string, std::string> m_resolved; // host → address; DNS once per host
    uint64_t m_pollsStarted = 0;                     // worker thread only
    ClusterSnapshot m_status;

    CoalescedNotifier m_notifier{this, [this] { Q_EMIT changed(); }};
    util::PeriodicWorker m_worker; // last: stopped first
};

} // namespace switchboard::live
