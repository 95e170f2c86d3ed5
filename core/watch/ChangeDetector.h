#pragma once
// Turns the live state's successive snapshots into journal events: a node registered, gone,
// stale or back; a server up or down, losing routes, its slow consumers rising; a zone's health
// changing; the connection lost and back. The first complete snapshot of each kind is the
// baseline and says nothing (starting the app is not "13 nodes registered"). Pure: no threads,
// no clock — the caller gives the time.

#include <QString>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "JournalEvent.h"
#include "live/CatalogTypes.h"
#include "live/CallObserver.h"
#include "live/ClusterTypes.h"

namespace switchboard::watch {

class ChangeDetector {
public:
    /// `region`: the region the snapshots come from, carried by every event.
    explicit ChangeDetector(QString region = {});
    void setRegion(const QString &region) { m_region = region; }

    [[nodiscard]] std::vector<JournalEvent> catalogChanged(const live::CatalogSnapshot &now, qint64 atMs);
    [[nodiscard]] std::vector<JournalEvent> clusterChanged(const live::ClusterSnapshot &now, qint64 atMs);
    /// `why`: the client's words when lost; the first call is the baseline.
    [[nodiscard]] std::vector<JournalEvent> connectionChanged(bool connected, const QString &why, qint64 atMs);
    /// A burst of call errors: an endpoint whose errors since the last snapshot are at least
    /// kBurstErrors and a tenth of its calls; then nothing more for it until it has had no
    /// new error for kBurstQuietMs. The first snapshot is the baseline.
    [[nodiscard]] std::vector<JournalEvent> callsChanged(const live::ObservedCalls &now, qint64 atMs);
    static constexpr uint64_t kBurstErrors = 5;
    static constexpr qint64 kBurstQuietMs = 60'000;

private:
    struct NodeState {
        std::string zone, server;
        bool stale = false;
    };
    struct ServerState {
        std::string zone;
        bool reachable = false;
        size_t routes = 0;
        int64_t slowConsumers = 0;
    };
    using NodeKey = std::tuple<std::string, int, std::string>; ///< service, protocol, node id

    QString m_region;
    bool m_haveCatalog = false, m_haveCluster = false, m_haveConnection = false, m_connected = false;
    std::map<NodeKey, NodeState> m_nodes;
    std::map<std::string, ServerState> m_servers;
    std::map<std::string, live::Health> m_zones;
    struct EdgeState {
        uint64_t calls = 0, errors = 0;
        bool inBurst = false;
        qint64 lastErrorMs = 0;
    };
    bool m_haveCalls = false;
    std::map<std::tuple<std::string, std::string, std::string>, EdgeState> m_edges; ///< caller, service, endpoint
};

} // namespace switchboard::watch
