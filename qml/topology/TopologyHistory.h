#pragma once
// The map's last hour: a snapshot of the unfiltered graph (nodes, servers, zones, topics and
// call rates) every few seconds, and the changes between snapshots as marks for the timeline.
//
// Memory is bounded by time (snapshots older than the span go) and kept small by sharing:
// a node that did not change is the same record in every snapshot that holds it, zones,
// servers and topics that did not change are the previous snapshot's, and the calls are a
// shared list of keys (caller, callee, endpoints; the same list while no call comes or goes)
// with two floats a call. 1 000 nodes and 3 000 calls for an hour:
// see topology_history_mib in ./bench. Not thread-safe: one owner (TopologyModel) guards it.

#include <QString>

#include <chrono>
#include <deque>
#include <memory>
#include <vector>

#include "TopologyGraph.h"

namespace switchboard::gui {

class TopologyHistory {
public:
    static constexpr qint64 kEveryMs = 5'000;
    static constexpr qint64 kSpanMs = 60 * 60'000;
    /// Named changes kept per snapshot; the rest are counted.
    static constexpr int kNamedChanges = 20;

    struct Change {
        enum class Kind { NodeUp, NodeDown, NodeStale, NodeBack, ZoneHealth };
        Kind kind;
        QString subject; ///< node id or zone name
        QString service; ///< of a node
        QString zone;    ///< of a node
        QString health;  ///< a zone's new health
    };
    /// What changed since the snapshot before, at one moment.
    struct Mark {
        qint64 atMs = 0;
        std::vector<Change> named; ///< the first kNamedChanges
        int up = 0, down = 0, stale = 0, back = 0, zones = 0; ///< all, counted
        bool zoneWorse = false; ///< a zone became degraded or down
    };

    explicit TopologyHistory(qint64 spanMs = kSpanMs)
        : m_spanMs(spanMs)
    {
    }

    /// Adds the graph as it is at `atMs` (milliseconds, increasing), drops what fell out of
    /// the span, and notes what changed since the last snapshot.
    void record(const TopologyGraph &graph, qint64 atMs);
    /// The graph as it was at `atMs`: the last snapshot taken at or before it (an empty graph
    /// before the first one).
    [[nodiscard]] TopologyGraph at(qint64 atMs) const;
    [[nodiscard]] const std::deque<Mark> &marks() const { return m_marks; }
    [[nodiscard]] bool isEmpty() const { return m_snapshots.empty(); }
    [[nodiscard]] qint64 firstMs() const;
    [[nodiscard]] qint64 lastMs() const;
    [[nodiscard]] size_t snapshotCount() const { return m_snapshots.size(); }
    /// What the snapshots hold, estimated from their sizes and their strings'.
    [[nodiscard]] size_t bytes() const;

private:
    struct CallKey {
        QString caller, callee;
        QStringList endpoints;
    };
    using CallKeys = std::vector<std::shared_ptr<const CallKey>>;
    struct CallRate {
        float perSecond = 0, errorRatio = -1;
    };
    struct Snapshot {
        qint64 atMs = 0;
        std::vector<std::shared_ptr<const GraphNode>> nodes;
        std::shared_ptr<const std::vector<GraphZone>> zones;
        std::shared_ptr<const std::vector<GraphServer>> servers;
        std::shared_ptr<const std::vector<GraphTopic>> topics;
        /// Which calls, shared with the snapshot before while the set stays the same (the usual
        /// case: 16 bytes a call a snapshot saved); their rates then, one to one.
        std::shared_ptr<const CallKeys> callKeys;
        std::vector<CallRate> rates;
    };
    Mark compare(const Snapshot &before, const Snapshot &now) const;

    qint64 m_spanMs;
    std::deque<Snapshot> m_snapshots;
    std::deque<Mark> m_marks;
};

} // namespace switchboard::gui
