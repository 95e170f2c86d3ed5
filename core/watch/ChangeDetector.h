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
};

} // namespace switchboard::watch
