#pragma once
// The topology map as drawn: boxes (zones, services, a service's nodes in one zone, topics,
// servers, unknown callers), node dots, and edges with their routes, in scene coordinates. One
// type from the level's graph (MapLevelGraph: what, without places) through the layout
// (MapGridLayout: where) and the router (ChannelRouter: which way the edges go) to the view.

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace switchboard::gui {

/// How much the map shows per box: a zone, a service across zones, or a service's nodes per zone.
enum class MapLevel { Zones, Services, Nodes };

struct MapBox {
    enum class Kind { Zone, Service, Group, Topic, Server, Servers, Unknown };
    Kind kind = Kind::Service;
    QString key;       ///< "zone:az-a", "service:orders", "group:az-a|orders", "topic:x", "server:n1", "servers", "unknown"
    QString parent;    ///< the key of the zone frame it sits in; empty at the top
    QString label;     ///< full name
    QString zone, service, protocol;
    QString health;    ///< zones and servers: healthy, degraded, down, unknown
    QString reason;    ///< why a zone is not healthy
    QStringList members; ///< a topic's subscribers; the servers strip's servers
    bool frame = false;  ///< holds other boxes (a zone at the Nodes level): edges may cross it only to reach them
    bool reachable = true;
    int nodes = 0, stale = 0, servers = 0, dotRows = 0;
    double perSecond = 0;   ///< calls into it per second
    double errorRatio = -1; ///< of those calls; -1: unknown
    QRectF rect;
    QRectF header; ///< where its name and summary go (scene coordinates)
};

struct MapDot {
    QString id, service, zone, groupKey;
    QPointF center;
    bool stale = false, fresh = false;
};

struct MapEdge {
    bool call = true;      ///< false: a subscription (topic → subscriber), drawn dashed
    QString from, to;      ///< box keys
    double perSecond = 0;
    quint64 total = 0;
    double errorRatio = -1; ///< -1: unknown
    QString endpoints;
    bool estimated = false; ///< split over zones by node counts (the Zones level)
    QPolygonF route;        ///< axis-parallel segments from the source's side to the target's side
};

struct MapScene {
    MapLevel level = MapLevel::Nodes;
    QString scope;          ///< the box key drilled into ("zone:az-a", "service:orders"), or empty
    std::vector<MapBox> boxes;
    std::vector<MapDot> dots;
    std::vector<MapEdge> edges;
    QRectF bounds;
    int nodesInGraph = 0;   ///< nodes before the level drew them (for the level chooser)
    QStringList zoneNames;  ///< every zone of the graph, at any level (the zone filter lists them)
    double layoutMs = 0, routeMs = 0;

    /// Box keys → index, once the boxes are final (TopologyLayout); lookups before scan.
    std::unordered_map<QString, size_t> index;
    void buildIndex()
    {
        index.clear();
        for (size_t i = 0; i < boxes.size(); ++i)
            index.emplace(boxes[i].key, i);
    }

    [[nodiscard]] const MapBox *box(const QString &key) const
    {
        if (!index.empty()) {
            const auto it = index.find(key);
            return it == index.end() ? nullptr : &boxes[it->second];
        }
        for (const MapBox &b : boxes)
            if (b.key == key)
                return &b;
        return nullptr;
    }
};

inline constexpr double kMapDot = 12, kMapPitch = 18;

} // namespace switchboard::gui
