#pragma once
// Places the topology graph, and remembers where: zones are columns side by side, servers at the
// top of their zone, each service's nodes in a group box of fixed width whose slots are kept per
// node id, topics in a band below. Nothing already placed moves when others come and go: slots
// are reused only after their node is gone, groups keep the height of their most nodes, zones
// and groups keep the order in which they first appeared. Runs on a pool thread (one at a time).

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <chrono>
#include <map>
#include <vector>

#include "TopologyGraph.h"

namespace switchboard::gui {

struct TopologyScene {
    struct Zone { QString name, health, reason; QRectF rect; int servers = 0, nodes = 0, stale = 0; };
    struct Server { QString name, zone; QRectF rect; bool reachable = true; };
    struct Group { QString key, service, zone, protocol; QRectF rect; int nodes = 0, stale = 0; };
    struct Dot { QString id, service, zone, groupKey; QPointF center; bool stale = false, fresh = false; };
    struct Topic { QString name; QRectF rect; QStringList subscribers; };
    struct Edge {
        bool call = true;   ///< false: a subscription (service ↔ topic)
        QString from, to;   ///< group keys, "topic:<name>", or "unknown"
        QPointF a, b;
        double perSecond = 0;
        quint64 total = 0;
        double errorRatio = -1; ///< -1: unknown
        QString label;
    };
    std::vector<Zone> zones;
    std::vector<Server> servers;
    std::vector<Group> groups;
    std::vector<Dot> dots;
    std::vector<Topic> topics;
    std::vector<Edge> edges;
    QRectF unknownCallers; ///< empty when no call came without Micro-From-Service
    QRectF bounds;
};

class TopologyLayout {
public:
    static constexpr double kDot = 12, kPitch = 18, kColumns = 6, kGroupPad = 8, kGroupHeader = 22;
    static constexpr double kZoneGap = 40, kZonePad = 12, kZoneHeader = 46;

    /// now: for the "new" highlight (nodes first seen less than 3 s ago).
    TopologyScene place(const TopologyGraph &graph, std::chrono::steady_clock::time_point now);

private:
    int orderOf(std::map<QString, int> &orders, const QString &key);

    std::map<QString, int> m_zoneOrder, m_groupOrder, m_topicOrder;
    std::map<QString, std::map<QString, int>> m_slots; // group key → node id → slot
    std::map<QString, int> m_groupRows;                 // the most rows a group has needed
    std::map<QString, std::chrono::steady_clock::time_point> m_firstSeen;
    int m_nextOrder = 0;
    bool m_placedOnce = false;
};

} // namespace switchboard::gui
