#include "ChannelRouter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <set>

#include "LaneGraph.h"

namespace switchboard::gui {

namespace {

/// Where an edge leaves or enters a box: the side's lane, the foot on it, the stub's direction.
struct Port {
    int side = 0; ///< 0 top, 1 bottom, 2 left, 3 right
    int line = -1, foot = -1;
    QPointF at;   ///< on the box's side
    int dir = 0;  ///< moving away from the box
};

/// Where a left or right port sits below the top: the middle of a short box, then no lower,
/// so that a box growing a row of dots does not move its edges.
double sideMiddle(const QRectF &r)
{
    return std::min(r.height() / 2, 32.0);
}

std::vector<Port> portsOf(const MapBox &box, const BoxPorts &p, LaneGraph &graph)
{
    std::vector<Port> out;
    const QRectF r = box.rect;
    const int lines[4] = {p.top, p.bottom, p.left, p.right};
    for (int side = 0; side < 4; ++side) {
        const int line = lines[side];
        if (line < 0)
            continue;
        Port port;
        port.side = side;
        port.line = line;
        port.at = side == 0 ? QPointF(r.center().x(), r.top())
                  : side == 1 ? QPointF(r.center().x(), r.bottom())
                  : side == 2 ? QPointF(r.left(), r.top() + sideMiddle(r))
                              : QPointF(r.right(), r.top() + sideMiddle(r));
        port.dir = side == 0 ? LaneGraph::Up : side == 1 ? LaneGraph::Down : side == 2 ? LaneGraph::Left : LaneGraph::Right;
        port.foot = graph.foot(line, side < 2 ? port.at.x() : port.at.y());
        if (port.foot >= 0)
            out.push_back(port);
    }
    return out;
}

struct Planned {
    Port from, to;
    std::vector<int> lines; ///< lanes in order
    bool loop = false;
};

} // namespace

void ChannelRouter::route(MapScene &scene, const Channels &channels)
{
    LaneGraph graph(channels.lines);
    std::map<QString, int> index;
    for (size_t i = 0; i < scene.boxes.size(); ++i)
        index[scene.boxes[i].key] = int(i);
    auto ownerOf = [&](const MapBox &b) {
        const auto it = index.find(b.parent);
        return it == index.end() ? -1 : it->second;
    };
    // Ports of every box an edge touches (feet join the lanes before the searches).
    std::map<QString, std::vector<Port>> ports;
    for (const MapEdge &e : scene.edges)
        for (const QString &key : {e.from, e.to})
            if (!ports.count(key) && index.count(key) && channels.ports.count(key))
                ports[key] = portsOf(scene.boxes[index[key]], channels.ports.at(key), graph);
    graph.finish();

    // One search per source and target zone: lanes inside other zones are closed to it.
    std::map<std::pair<QString, int>, std::vector<size_t>> searches;
    std::vector<Planned> planned(scene.edges.size());
    for (size_t i = 0; i < scene.edges.size(); ++i) {
        const MapEdge &e = scene.edges[i];
        if (!ports.count(e.from) || !ports.count(e.to) || ports[e.from].empty() || ports[e.to].empty())
            continue;
        if (e.from == e.to) {
            planned[i].loop = true;
            continue;
        }
        searches[{e.from, ownerOf(scene.boxes[index[e.to]])}].push_back(i);
    }
    for (const auto &[key, edges] : searches) {
        const MapBox &source = scene.boxes[index[key.first]];
        std::set<int> open{-1, ownerOf(source), key.second};
        std::vector<LaneGraph::Seed> seeds;
        for (const Port &p : ports[key.first])
            seeds.push_back({p.foot, p.dir, QLineF(p.at, graph.position(p.foot)).length()});
        graph.search(seeds, open);
        for (size_t i : edges) {
            double best = std::numeric_limits<double>::infinity();
            const Port *into = nullptr;
            int arrival = -1;
            for (const Port &p : ports[scene.edges[i].to]) {
                const int inward = LaneGraph::opposite(p.dir);
                for (int dir = 0; dir < 4; ++dir) {
                    const double c = graph.cost(p.foot, dir) + QLineF(p.at, graph.position(p.foot)).length()
                                     + (dir == inward ? 0 : kBendCost);
                    if (c < best) {
                        best = c;
                        into = &p;
                        arrival = dir;
                    }
                }
            }
            if (!into || !std::isfinite(best))
                continue;
            Planned &plan = planned[i];
            plan.to = *into;
            plan.lines = graph.lanesTo(into->foot, arrival);
            for (const Port &p : ports[key.first])
                if (p.foot == graph.startOf(into->foot, arrival))
                    plan.from = p;
            if (plan.from.foot < 0)
                plan.lines.clear();
        }
    }

    // Tracks: the edges sharing a lane (or a box's side) are spread across its width.
    std::map<int, std::vector<size_t>> onLine;
    std::map<std::pair<QString, int>, std::vector<size_t>> onSide;
    for (size_t i = 0; i < planned.size(); ++i) {
        if (planned[i].lines.empty())
            continue;
        for (int line : planned[i].lines)
            if (onLine[line].empty() || onLine[line].back() != i)
                onLine[line].push_back(i);
        onSide[{scene.edges[i].from, planned[i].from.side}].push_back(i);
        onSide[{scene.edges[i].to, planned[i].to.side}].push_back(i);
    }
    auto offsetIn = [](const std::vector<size_t> &users, size_t edge, double width, double spacing) {
        const auto n = double(users.size());
        const double k = double(std::find(users.begin(), users.end(), edge) - users.begin());
        const double step = std::min(spacing, width * 0.8 / std::max(1.0, n));
        return (k - (n - 1) / 2) * step;
    };
    auto sideWidth = [&](const QString &key, int side) {
        const QRectF r = scene.boxes[index[key]].rect;
        return side < 2 ? r.width() * 0.5 : sideMiddle(r) * 1.2;
    };
    for (size_t i = 0; i < planned.size(); ++i) {
        MapEdge &e = scene.edges[i];
        const Planned &plan = planned[i];
        if (plan.loop) {
            const QRectF r = scene.boxes[index[e.from]].rect;
            const double d = 10;
            e.route = QPolygonF{QPointF(r.right() - 14, r.top()), QPointF(r.right() - 14, r.top() - d),
                                QPointF(r.right() + d, r.top() - d), QPointF(r.right() + d, r.top() + 14),
                                QPointF(r.right(), r.top() + 14)};
            continue;
        }
        if (plan.lines.empty())
            continue;
        auto at = [&](int line) {
            const ChannelLine &l = graph.lane(line);
            return l.at + offsetIn(onLine[line], i, l.width, kTrack);
        };
        auto stubPoint = [&](const Port &p, const QString &key) {
            const double off = offsetIn(onSide[{key, p.side}], i, sideWidth(key, p.side), kPortSpread);
            return p.side < 2 ? QPointF(p.at.x() + off, p.at.y()) : QPointF(p.at.x(), p.at.y() + off);
        };
        const QPointF start = stubPoint(plan.from, e.from), end = stubPoint(plan.to, e.to);
        QPolygonF route{start};
        // The stub runs across the first lane: its corner is where that lane's track meets it.
        auto corner = [&](bool previousVertical, double previousAt, double nextAt) {
            return previousVertical ? QPointF(previousAt, nextAt) : QPointF(nextAt, previousAt);
        };
        bool vertical = plan.from.side < 2;
        double current = vertical ? start.x() : start.y();
        for (int line : plan.lines) {
            const double next = at(line);
            route << corner(vertical, current, next);
            vertical = !graph.lane(line).horizontal;
            current = next;
        }
        const bool endVertical = plan.to.side < 2;
        route << corner(vertical, current, endVertical ? end.x() : end.y());
        route << end;
        // Drop repeated points, and the middle of three in a line.
        // On a half-unit grid: a track that moves by a hair (a box grew a row) does not make a
        // new picture.
        QPolygonF clean;
        for (QPointF p : route) {
            p = QPointF(std::round(p.x() * 2) / 2, std::round(p.y() * 2) / 2);
            if (!clean.isEmpty() && QLineF(clean.back(), p).length() <= 0.01)
                continue;
            if (clean.size() >= 2) {
                const QPointF a = clean[clean.size() - 2], b = clean.back();
                if ((std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01)
                    || (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01))
                    clean.removeLast();
            }
            clean << p;
        }
        e.route = clean;
    }
}

} // namespace switchboard::gui
