#pragma once
// Graphs for the topology tests, and the geometry every laid-out map must keep: routes made of
// axis-parallel segments from the side of the source's box to the side of the target's, through
// no box they do not join (a zone frame only when an end is inside it).

#include <QRectF>
#include <QString>
#include <QStringList>

#include <map>

#include "MapScene.h"
#include "TopologyGraph.h"

namespace switchboard::gui::testing {

/// servicesPerZone services in each zone, nodesPerService nodes each, a server per zone.
inline TopologyGraph graphOf(int servicesPerZone, int nodesPerService, const QStringList &zones = {"az-a", "az-b", "az-c"})
{
    TopologyGraph g;
    for (const QString &z : zones) {
        g.zones.push_back({z, "healthy", {}});
        g.servers.push_back({"n-" + z, z, true});
        for (int s = 0; s < servicesPerZone; ++s)
            for (int n = 0; n < nodesPerService; ++n)
                g.nodes.push_back({QString("svc%1-%2-%3").arg(s).arg(z).arg(n), QString("svc%1").arg(s), z, "go-micro", false});
    }
    return g;
}

/// Calls between services: each calls `perService` others (and, with selfCalls, itself).
inline void addCalls(TopologyGraph &g, int services, int perService, bool selfCalls = false)
{
    for (int s = 0; s < services; ++s) {
        for (int k = 1; k <= perService; ++k) {
            const int to = (s * 7 + k * 13) % services;
            if (to != s)
                g.calls.push_back({QString("svc%1").arg(s), QString("svc%1").arg(to), 1.0 + s % 9, 10, {"Svc.Call"}, (s % 5) * 0.02});
        }
        if (selfCalls)
            g.calls.push_back({QString("svc%1").arg(s), QString("svc%1").arg(s), 1, 1, {"Svc.Self"}, 0});
    }
    g.calls.push_back({"", "svc0", 3, 9, {"Svc.Get"}, 0});
}

/// Why a scene breaks the rules, or empty.
inline QString geometryProblem(const MapScene &scene)
{
    std::map<QString, const MapBox *> byKey;
    for (const MapBox &b : scene.boxes)
        byKey[b.key] = &b;
    auto onSide = [](const QPointF &p, const QRectF &r) {
        const bool x = p.x() >= r.left() - 0.5 && p.x() <= r.right() + 0.5, y = p.y() >= r.top() - 0.5 && p.y() <= r.bottom() + 0.5;
        return x && y && (std::abs(p.x() - r.left()) < 0.5 || std::abs(p.x() - r.right()) < 0.5 || std::abs(p.y() - r.top()) < 0.5
                          || std::abs(p.y() - r.bottom()) < 0.5);
    };
    for (const MapEdge &e : scene.edges) {
        const QString name = e.from + " → " + e.to;
        if (e.route.size() < 2)
            return name + ": no route";
        if (!byKey.count(e.from) || !byKey.count(e.to))
            return name + ": an end without a box";
        if (!onSide(e.route.front(), byKey[e.from]->rect) || !onSide(e.route.back(), byKey[e.to]->rect))
            return name + ": does not start and end on its boxes";
        for (qsizetype i = 0; i + 1 < e.route.size(); ++i) {
            const QPointF a = e.route[i], b = e.route[i + 1];
            if (std::abs(a.x() - b.x()) > 0.01 && std::abs(a.y() - b.y()) > 0.01)
                return name + ": a slanted segment";
            const QRectF seg = QRectF(a, b).normalized();
            for (const MapBox &box : scene.boxes) {
                if (box.key == e.from || box.key == e.to)
                    continue;
                if (box.frame && (byKey[e.from]->parent == box.key || byKey[e.to]->parent == box.key))
                    continue;
                const QRectF inner = box.rect.adjusted(0.5, 0.5, -0.5, -0.5);
                const bool hits = seg.right() > inner.left() && seg.left() < inner.right() && seg.bottom() > inner.top()
                                  && seg.top() < inner.bottom();
                if (hits)
                    return QString("%1: crosses %2 between (%3, %4) and (%5, %6)").arg(name, box.key).arg(a.x()).arg(a.y()).arg(b.x()).arg(b.y());
            }
        }
    }
    return {};
}

} // namespace switchboard::gui::testing
