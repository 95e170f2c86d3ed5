#pragma once
// switchboard-cli collect's engine: watches one region like the app does (the registry, $SRV,
// the cluster's health, the rates of every subject on the configured subjects) and stores what
// changed and per-minute rate rollups in the cluster's JetStream (HistoryStreams), so that a
// team's desktops load the same history instead of starting empty.
//
// Not a thread of its own: the caller ticks it (once a second is plenty). A tick compares the
// newest snapshots (ChangeDetector), closes the rollup window when it ended, and sends what is
// waiting. When JetStream refuses (the server is away, the stream is full) messages wait in
// memory, bounded by maxUnsent, and go at the next tick; a message id makes a resend stored once.

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "ChangeDetector.h"
#include "HistoryCodec.h"
#include "HistoryStreams.h"
#include "SubjectActivity.h"

namespace switchboard::live {
class ServiceCatalog;
class ClusterMonitor;
class TrafficMonitor;
} // namespace switchboard::live

namespace switchboard::watch {

struct CollectorOptions {
    std::string region;
    std::vector<std::string> subjects{">"}; ///< whose rates are rolled up; empty: none
    HistoryConfig history;
    int64_t rollupMs = 60'000; ///< windows aligned to the wall clock (minutes by default)
    std::vector<std::string> monitorUrls; ///< for the cluster's health without $SYS
    bool registry = true, cluster = true;
    size_t maxUnsent = 20'000; ///< messages kept while JetStream is away; then the oldest go
};

struct CollectorStats {
    uint64_t eventsStored = 0, rollupsStored = 0, messagesSent = 0;
    uint64_t messagesCounted = 0; ///< on the watched subjects, since the start
    size_t unsent = 0;
    uint64_t unsentDropped = 0;
    std::string lastError; ///< of the last failed send; empty once a send went through
};

class Collector {
public:
    /// Throws HistoryError for an unusable config.
    Collector(std::shared_ptr<nats::Connection> connection, CollectorOptions options);
    ~Collector();
    Collector(const Collector &) = delete;
    Collector &operator=(const Collector &) = delete;

    /// Creates the streams when missing (throws HistoryError when it cannot) and starts
    /// watching; the first rollup window begins now. Returns the streams' state.
    std::pair<StreamState, StreamState> start(int64_t nowMs);
    void tick(int64_t nowMs);
    /// Closes the current window (a partial minute), and sends everything it can.
    void finish(int64_t nowMs);
    [[nodiscard]] CollectorStats stats() const;

    /// Subject rollups leave out the history's own subjects and fold reply inboxes
    /// ("_INBOX.x.y") into "_INBOX.>", so the rollup stays the size of the system, not its calls.
    [[nodiscard]] static std::string rollupKey(const std::string &subject, const std::string &historyPrefix);

private:
    struct Outgoing {
        std::string subject, payload, id;
        size_t events = 0;
        bool rollup = false;
    };
    void queueEvents(std::vector<JournalEvent> events);
    void closeWindow(int64_t endMs);
    void send();

    std::shared_ptr<nats::Connection> m_connection;
    CollectorOptions m_options;
    HistoryStreams m_streams;
    ChangeDetector m_detector;
    std::unique_ptr<live::ServiceCatalog> m_catalog;
    std::unique_ptr<live::ClusterMonitor> m_cluster;
    std::unique_ptr<live::TrafficMonitor> m_traffic;
    std::map<std::string, uint64_t> m_countedBefore; ///< per subject, cumulative at the window's start
    SubjectActivity m_activity;
    int64_t m_windowStartMs = 0, m_windowEndMs = 0;
    std::string m_idPrefix;
    uint64_t m_nextId = 0;
    std::deque<Outgoing> m_unsent;
    mutable std::mutex m_statsMutex;
    CollectorStats m_stats;
};

} // namespace switchboard::watch
