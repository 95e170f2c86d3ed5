#pragma once
// What the topology page draws, before it is placed: zones with their NATS servers and the
// service nodes connected there, topics with the services subscribed to them, and the calls
// observed between services. Built from the session's snapshots, filtered first (draw less).

#include <QString>
#include <QStringList>

#include <vector>

namespace switchboard::live {
struct CatalogSnapshot;
struct ClusterSnapshot;
struct ObservedCalls;
}

namespace switchboard::gui {

struct TopologyFilter {
    QString text;                 ///< part of a service, node or topic name; empty: all
    bool goMicro = true, natsMicro = true;
    QStringList hiddenZones;
};

struct GraphZone {
    QString name;
    QString health;  ///< healthy, degraded, down, unknown
    QString reason;  ///< why it is not healthy
    bool operator==(const GraphZone &) const = default;
};

struct GraphServer {
    QString name, zone;
    bool reachable = true;
    bool operator==(const GraphServer &) const = default;
};

struct GraphNode {
    QString id, service, zone, protocol;
    bool stale = false;
    bool operator==(const GraphNode &) const = default;
};

struct GraphTopic {
    QString name;
    QStringList subscribers; ///< service names
    bool operator==(const GraphTopic &) const = default;
};

struct GraphCall {
    QString caller; ///< empty: unknown callers
    QString callee;
    double perSecond = 0;
    quint64 total = 0;
    QStringList endpoints;
    double errorRatio = -1; ///< share of replies with an error over the rate window; -1: unknown
};

struct TopologyGraph {
    std::vector<GraphZone> zones;
    std::vector<GraphServer> servers;
    std::vector<GraphNode> nodes;
    std::vector<GraphTopic> topics;
    std::vector<GraphCall> calls;

    /// The zone of nodes and servers that name none.
    static const QString &unzoned();

    /// Everything the snapshots hold (what the last hour keeps).
    static TopologyGraph build(const live::CatalogSnapshot &catalog, const live::ClusterSnapshot &cluster,
                               const live::ObservedCalls &calls);
    static TopologyGraph build(const live::CatalogSnapshot &catalog, const live::ClusterSnapshot &cluster,
                               const live::ObservedCalls &calls, const TopologyFilter &filter);
    /// What the filter leaves: nodes of the shown protocols and zones whose service or id
    /// matches the text, the calls and subscriptions between what is left, the zones in use.
    [[nodiscard]] TopologyGraph filtered(const TopologyFilter &filter) const;
};

} // namespace switchboard::gui
