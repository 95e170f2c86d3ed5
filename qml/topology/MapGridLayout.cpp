#include "MapGridLayout.h"

#include <QSizeF>

#include <algorithm>
#include <cmath>
#include <set>

#include "MapGrid.h"

namespace switchboard::gui {

namespace {

using Kind = MapBox::Kind;
constexpr auto kFreshFor = std::chrono::seconds(3);
constexpr double kTopicWidth = 168, kTopicHeight = 28, kUnknownWidth = 136, kUnknownHeight = 32;
constexpr double kStripHeight = 30, kServerWidth = 120, kServerHeight = 26, kServerGap = 6;

QSizeF leafSize(const MapBox &b)
{
    switch (b.kind) {
    case Kind::Zone: return {220, 104};
    case Kind::Service: return {184, 64};
    case Kind::Group:
        return {MapGridLayout::kGroupWidth,
                MapGridLayout::kGroupHeader + b.dotRows * kMapPitch + MapGridLayout::kGroupPad};
    case Kind::Topic: return {kTopicWidth, kTopicHeight};
    default: return {kUnknownWidth, kUnknownHeight};
    }
}

/// Callers before callees: each box's depth along the calls (bounded: cycles stop growing).
std::map<QString, int> depths(const MapScene &scene)
{
    std::map<QString, int> depth;
    for (int round = 0; round < 16; ++round) {
        bool changed = false;
        for (const MapEdge &e : scene.edges) {
            if (!e.call || e.from == e.to)
                continue;
            const int next = depth[e.from] + 1;
            if (next > depth[e.to]) {
                depth[e.to] = next;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return depth;
}

double serversHeight(int servers, double width)
{
    if (servers == 0)
        return 0;
    const int perRow = std::max(1, int((width - MapGridLayout::kInnerGap + kServerGap) / (kServerWidth + kServerGap)));
    return ((servers + perRow - 1) / perRow) * (kServerHeight + kServerGap);
}

} // namespace

double MapGridLayout::coverage(double width, double height, double aspect)
{
    if (width <= 0 || height <= 0 || aspect <= 0)
        return 0;
    const double a = width / height;
    return std::min(a / aspect, aspect / a);
}

MapGridLayout::Memory &MapGridLayout::memoryFor(const MapScene &scene)
{
    return m_memory[QString::number(int(scene.level)) + u'|' + scene.scope];
}

Channels MapGridLayout::place(MapScene &scene, double aspect, std::chrono::steady_clock::time_point now)
{
    Channels channels;
    Memory &memory = memoryFor(scene);
    const std::map<QString, int> depth = depths(scene);
    auto byDepth = [&](const MapBox *a, const MapBox *b) {
        const int da = depth.count(a->key) ? depth.at(a->key) : 0, db = depth.count(b->key) ? depth.at(b->key) : 0;
        return std::tie(da, a->label) < std::tie(db, b->label);
    };

    // Dots: places per group, rows kept at their most.
    std::map<QString, std::vector<MapDot *>> dotsOf;
    for (MapDot &d : scene.dots)
        dotsOf[d.groupKey].push_back(&d);
    std::map<QString, int> boxIndex;
    for (size_t i = 0; i < scene.boxes.size(); ++i)
        boxIndex[scene.boxes[i].key] = int(i);
    for (auto &[key, dots] : dotsOf) {
        std::sort(dots.begin(), dots.end(), [](const MapDot *a, const MapDot *b) { return a->id < b->id; });
        std::vector<QString> ids;
        for (const MapDot *d : dots)
            ids.push_back(d->id);
        const std::vector<int> places = m_dots[key].assign(ids);
        const int highest = *std::max_element(places.begin(), places.end());
        int &rows = m_dotRows[key];
        rows = std::max(rows, highest / int(kDotsPerRow) + 1);
        if (const auto it = boxIndex.find(key); it != boxIndex.end())
            scene.boxes[size_t(it->second)].dotRows = rows;
        for (size_t i = 0; i < dots.size(); ++i)
            dots[i]->center = QPointF(places[i], 0); // slot for now, a place below
    }

    // Who goes where.
    std::vector<MapBox *> top, topics;
    std::map<QString, std::vector<MapBox *>> children, servers;
    MapBox *unknown = nullptr, *strip = nullptr;
    for (MapBox &b : scene.boxes) {
        if (b.kind == Kind::Unknown)
            unknown = &b;
        else if (b.kind == Kind::Servers)
            strip = &b;
        else if (b.kind == Kind::Topic)
            topics.push_back(&b);
        else if (b.kind == Kind::Server)
            servers[b.parent].push_back(&b);
        else if (!b.parent.isEmpty() && boxIndex.count(b.parent))
            children[b.parent].push_back(&b);
        else
            top.push_back(&b);
    }
    std::sort(top.begin(), top.end(), [&](const MapBox *a, const MapBox *b) {
        return a->frame && b->frame ? a->label < b->label : byDepth(a, b);
    });
    std::sort(topics.begin(), topics.end(), [](const MapBox *a, const MapBox *b) { return a->label < b->label; });
    for (auto &[zone, list] : children)
        std::sort(list.begin(), list.end(), byDepth);

    auto keysOf = [](const std::vector<MapBox *> &boxes) {
        std::vector<QString> keys;
        for (const MapBox *b : boxes)
            keys.push_back(b->key);
        return keys;
    };

    // Columns: chosen afresh for a new level or canvas shape, or when the kept ones no longer fit.
    const bool frames = std::any_of(top.begin(), top.end(), [](const MapBox *b) { return b->frame; });
    auto frameSize = [&](const MapBox *zone, int innerColumns) {
        const double width = innerColumns * kGroupWidth + (innerColumns + 1) * kInnerGap;
        const auto it = children.find(zone->key);
        std::vector<std::pair<int, double>> cells;
        if (it != children.end())
            for (size_t i = 0; i < it->second.size(); ++i)
                cells.push_back({int(i), leafSize(*it->second[i]).height()});
        MapGrid grid{{}, kInnerGap, kGroupWidth, innerColumns, MapGrid::rowsFor(cells, innerColumns, {})};
        const double header = kZoneHeader + serversHeight(int(servers[zone->key].size()), width);
        return QSizeF(width, header + (cells.empty() ? 40 : grid.height()));
    };
    auto measure = [&](int columns, int innerColumns) {
        std::vector<std::pair<int, double>> cells;
        double cellWidth = 0;
        for (size_t i = 0; i < top.size(); ++i) {
            const QSizeF s = top[i]->frame ? frameSize(top[i], innerColumns) : leafSize(*top[i]);
            cellWidth = std::max(cellWidth, s.width());
            cells.push_back({int(i), s.height()});
        }
        MapGrid grid{{}, kGap, cellWidth, columns, MapGrid::rowsFor(cells, columns, {})};
        double height = grid.height() + (strip ? kStripHeight + kGap / 2 : 0);
        if (!topics.empty()) {
            const int perRow = std::max(1, int((grid.width() - kGap) / (kTopicWidth + kGap)));
            height += double((topics.size() + perRow - 1) / perRow) * (kTopicHeight + kGap);
        }
        return QSizeF(grid.width() + (unknown ? kUnknownWidth : 0), height);
    };
    size_t mostChildren = 1;
    for (const auto &[zone, list] : children)
        mostChildren = std::max(mostChildren, list.size());
    const int topCount = std::max<int>(1, int(top.size()));
    const bool reshaped = memory.aspect <= 0 || std::abs(std::log(aspect / memory.aspect)) > std::log(1.25);
    const QSizeF kept = memory.columns > 0 ? measure(memory.columns, memory.innerColumns) : QSizeF();
    const bool fits = memory.columns > 0 && coverage(kept.width(), kept.height(), aspect) >= 0.5;
    if (reshaped || !fits || memory.columns > topCount) {
        double best = -1;
        const int innerMax = frames ? int(std::min<size_t>(mostChildren, 12)) : 1;
        for (int g = 1; g <= innerMax; ++g) {
            const int guess = std::max(1, int(std::lround(std::sqrt(double(topCount) * aspect))));
            for (int c = std::max(1, guess / 4); c <= std::min(topCount, guess * 4); ++c) {
                const QSizeF s = measure(c, g);
                // Fill the canvas first; among equals, the smaller map (less empty space).
                const double score = coverage(s.width(), s.height(), aspect) - s.width() * s.height() * 1e-9;
                if (score > best + 1e-6) {
                    best = score;
                    memory.columns = c;
                    memory.innerColumns = g;
                }
            }
        }
        memory.aspect = aspect;
        memory.rows.clear();
        memory.top.compact(keysOf(top)); // a reflow closes the holes, in the order above
        for (auto &[zone, list] : children)
            memory.inner[zone].compact(keysOf(list));
        memory.band.compact(keysOf(topics));
    }
    const int columns = std::min(memory.columns, topCount), innerColumns = memory.innerColumns;

    // Sizes of the zone frames come from their grids.
    std::map<QString, MapGrid> inner;
    std::map<QString, int> childSlot;
    for (MapBox *b : top) {
        if (!b->frame)
            continue;
        std::vector<std::pair<int, double>> cells;
        auto &list = children[b->key];
        const std::vector<int> places = memory.inner[b->key].assign(keysOf(list));
        for (size_t i = 0; i < list.size(); ++i)
            cells.push_back({places[i], leafSize(*list[i]).height()});
        MapGrid grid{{}, kInnerGap, kGroupWidth, innerColumns, MapGrid::rowsFor(cells, innerColumns, memory.rows[b->key])};
        memory.rows[b->key] = grid.rows;
        for (size_t i = 0; i < list.size(); ++i)
            childSlot[list[i]->key] = places[i];
        inner[b->key] = grid;
        const double width = grid.width();
        const double header = kZoneHeader + serversHeight(int(servers[b->key].size()), width);
        b->rect = QRectF(0, 0, width, header + (list.empty() ? 40 : grid.height()));
        b->header = QRectF(0, 0, width, header);
    }

    // The top grid.
    const double top0 = strip ? kStripHeight + kGap / 2 : 0;
    std::vector<std::pair<int, double>> cells;
    const std::vector<int> places = memory.top.assign(keysOf(top));
    double cellWidth = 0;
    for (size_t i = 0; i < top.size(); ++i) {
        const QSizeF s = top[i]->frame ? top[i]->rect.size() : leafSize(*top[i]);
        cellWidth = std::max(cellWidth, s.width());
        cells.push_back({places[i], s.height()});
    }
    MapGrid grid{QPointF(0, top0), kGap, cellWidth, std::max(1, columns), MapGrid::rowsFor(cells, std::max(1, columns), memory.rows[QString()])};
    memory.rows[QString()] = grid.rows;
    grid.addLanes(channels.lines, -1, grid.vertical(0), grid.vertical(grid.columns), grid.horizontal(int(grid.rows.size())));
    for (size_t i = 0; i < top.size(); ++i) {
        MapBox *b = top[i];
        const QRectF cell = grid.cell(places[i]);
        if (!b->frame) {
            b->rect = QRectF(cell.topLeft(), leafSize(*b));
            b->header = QRectF(b->rect.topLeft(), QSizeF(b->rect.width(), b->kind == Kind::Group ? kGroupHeader : b->rect.height()));
            channels.ports[b->key] = grid.portsOf(places[i]);
            continue;
        }
        // A zone frame fills its cell; its grid's lanes reach out through the frame to the lanes
        // around it (not through the header: routes enter from the sides and the bottom).
        b->rect = cell;
        b->header.moveTopLeft(cell.topLeft());
        MapGrid &g = inner[b->key];
        g.origin = QPointF(cell.left(), cell.top() + b->header.height());
        const int owner = boxIndex[b->key];
        g.addLanes(channels.lines, owner, cell.left() - kGap / 2, cell.right() + kGap / 2, cell.bottom() + kGap / 2);
        const int perRow = std::max(1, int((cell.width() - kInnerGap + kServerGap) / (kServerWidth + kServerGap)));
        int n = 0;
        for (MapBox *s : servers[b->key]) {
            s->rect = QRectF(cell.left() + kInnerGap / 2 + (n % perRow) * (kServerWidth + kServerGap),
                             cell.top() + kZoneHeader + (n / perRow) * (kServerHeight + kServerGap), kServerWidth, kServerHeight);
            s->header = s->rect;
            ++n;
        }
        for (MapBox *child : children[b->key]) {
            const int slot = childSlot[child->key];
            child->rect = QRectF(g.cell(slot).topLeft(), leafSize(*child));
            child->header = QRectF(child->rect.topLeft(), QSizeF(child->rect.width(), kGroupHeader));
            channels.ports[child->key] = g.portsOf(slot);
        }
    }

    // Topics in a band below, sharing the map's bottom lane.
    const double bottomLane = grid.horizontal(int(grid.rows.size()));
    if (!topics.empty()) {
        const int perRow = std::max(1, int((grid.width() - kGap) / (kTopicWidth + kGap)));
        const std::vector<int> bandPlaces = memory.band.assign(keysOf(topics));
        std::vector<std::pair<int, double>> bandCells;
        for (int s : bandPlaces)
            bandCells.push_back({s, kTopicHeight});
        MapGrid band{QPointF(0, top.empty() ? top0 : bottomLane - kGap / 2), kGap, kTopicWidth, perRow,
                     MapGrid::rowsFor(bandCells, perRow, {})};
        band.addLanes(channels.lines, -1, band.vertical(0), band.vertical(band.columns), band.horizontal(int(band.rows.size())));
        for (size_t i = 0; i < topics.size(); ++i) {
            topics[i]->rect = QRectF(band.cell(bandPlaces[i]).topLeft(), QSizeF(kTopicWidth, kTopicHeight));
            topics[i]->header = topics[i]->rect;
            channels.ports[topics[i]->key] = band.portsOf(bandPlaces[i]);
        }
    }
    if (strip) {
        strip->rect = QRectF(grid.vertical(0), 0, std::max(grid.vertical(grid.columns) - grid.vertical(0), 200.0), kStripHeight);
        strip->header = strip->rect;
    }
    if (unknown) {
        // Beside the zones (or boxes) it calls into, at the map's left edge.
        double sum = 0;
        int count = 0;
        for (const MapEdge &e : scene.edges)
            if (e.from == unknown->key)
                if (const auto it = boxIndex.find(e.to); it != boxIndex.end()) {
                    const MapBox &to = scene.boxes[size_t(it->second)];
                    const auto parent = boxIndex.find(to.parent);
                    sum += (parent != boxIndex.end() ? scene.boxes[size_t(parent->second)].rect : to.rect).center().y();
                    ++count;
                }
        const double low = grid.horizontal(0) + kUnknownHeight, high = bottomLane - kUnknownHeight;
        const double cy = std::clamp(count ? sum / count : (low + high) / 2, low, std::max(low, high));
        unknown->rect = QRectF(grid.vertical(0) - 14 - kUnknownWidth, cy - kUnknownHeight / 2, kUnknownWidth, kUnknownHeight);
        unknown->header = unknown->rect;
        channels.ports[unknown->key] = BoxPorts{-1, -1, -1, grid.firstVertical};
    }

    // Dots in their groups.
    for (MapDot &d : scene.dots) {
        const auto it = boxIndex.find(d.groupKey);
        const QRectF r = it == boxIndex.end() ? QRectF() : scene.boxes[size_t(it->second)].rect;
        const int slot = int(d.center.x());
        d.center = QPointF(r.left() + kGroupPad + (slot % int(kDotsPerRow)) * kMapPitch + kMapPitch / 2,
                           r.top() + kGroupHeader + (slot / int(kDotsPerRow)) * kMapPitch + kMapPitch / 2);
        const auto seen = m_firstSeen.try_emplace(d.id, m_placedOnce ? now : now - kFreshFor).first->second;
        d.fresh = now - seen < kFreshFor;
    }
    QRectF bounds;
    for (const MapBox &b : scene.boxes)
        bounds |= b.rect;
    scene.bounds = bounds.adjusted(-12, -12, 12, 12);

    std::set<QString> present;
    for (const MapDot &d : scene.dots)
        present.insert(d.id);
    for (auto it = m_firstSeen.begin(); it != m_firstSeen.end();) // forget long-gone nodes
        it = !present.count(it->first) && now - it->second > std::chrono::minutes(10) ? m_firstSeen.erase(it) : std::next(it);
    m_placedOnce = m_placedOnce || !scene.dots.empty();
    return channels;
}

} // namespace switchboard::gui
