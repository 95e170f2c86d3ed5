#include "LaneGraph.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace switchboard::gui {

namespace {
constexpr double kEps = 0.5;
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

LaneGraph::LaneGraph(const std::vector<ChannelLine> &lines)
{
    // Merge lanes of one owner on one line that touch: the band of topics shares the map's
    // bottom lane, and a route must be able to pass from one to the other.
    std::vector<int> order(lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const ChannelLine &x = lines[size_t(a)], &y = lines[size_t(b)];
        return std::tie(x.horizontal, x.owner, x.at, x.from) < std::tie(y.horizontal, y.owner, y.at, y.from);
    });
    m_laneOf.assign(lines.size(), -1);
    for (int i : order) {
        const ChannelLine &l = lines[size_t(i)];
        if (!m_lanes.empty()) {
            ChannelLine &last = m_lanes.back();
            if (last.horizontal == l.horizontal && last.owner == l.owner && std::abs(last.at - l.at) < kEps
                && l.from <= last.to + kEps) {
                last.to = std::max(last.to, l.to);
                last.width = std::min(last.width, l.width);
                m_laneOf[size_t(i)] = int(m_lanes.size()) - 1;
                continue;
            }
        }
        m_lanes.push_back(l);
        m_laneOf[size_t(i)] = int(m_lanes.size()) - 1;
    }
    m_onLane.resize(m_lanes.size());
}

int LaneGraph::addVertex(QPointF at, int horizontalLane, int verticalLane)
{
    Vertex v;
    v.at = at;
    v.lane[0] = horizontalLane;
    v.lane[1] = verticalLane;
    m_vertices.push_back(v);
    const int id = int(m_vertices.size()) - 1;
    if (horizontalLane >= 0)
        m_onLane[size_t(horizontalLane)].push_back(id);
    if (verticalLane >= 0)
        m_onLane[size_t(verticalLane)].push_back(id);
    return id;
}

int LaneGraph::foot(int line, double along)
{
    if (line < 0 || size_t(line) >= m_laneOf.size())
        return -1;
    const int lane = m_laneOf[size_t(line)];
    const ChannelLine &l = m_lanes[size_t(lane)];
    if (along < l.from - kEps || along > l.to + kEps)
        return -1;
    const auto key = std::make_pair(lane, qint64(std::llround(along * 4)));
    if (const auto it = m_feet.find(key); it != m_feet.end())
        return it->second;
    const QPointF at = l.horizontal ? QPointF(along, l.at) : QPointF(l.at, along);
    const int id = l.horizontal ? addVertex(at, lane, -1) : addVertex(at, -1, lane);
    m_feet.emplace(key, id);
    return id;
}

void LaneGraph::finish()
{
    // Crossings, by sweeping the vertical lanes over the horizontal ones sorted by y.
    std::vector<int> horizontal, vertical;
    for (size_t i = 0; i < m_lanes.size(); ++i)
        (m_lanes[i].horizontal ? horizontal : vertical).push_back(int(i));
    std::sort(horizontal.begin(), horizontal.end(), [&](int a, int b) { return m_lanes[size_t(a)].at < m_lanes[size_t(b)].at; });
    for (int v : vertical) {
        const ChannelLine &vl = m_lanes[size_t(v)];
        auto it = std::lower_bound(horizontal.begin(), horizontal.end(), vl.from - kEps,
                                   [&](int h, double y) { return m_lanes[size_t(h)].at < y; });
        for (; it != horizontal.end() && m_lanes[size_t(*it)].at <= vl.to + kEps; ++it) {
            const ChannelLine &hl = m_lanes[size_t(*it)];
            if (vl.at >= hl.from - kEps && vl.at <= hl.to + kEps)
                addVertex(QPointF(vl.at, hl.at), *it, v);
        }
    }
    for (size_t lane = 0; lane < m_lanes.size(); ++lane) {
        auto &ids = m_onLane[lane];
        const bool h = m_lanes[lane].horizontal;
        std::sort(ids.begin(), ids.end(), [&](int a, int b) {
            return h ? m_vertices[size_t(a)].at.x() < m_vertices[size_t(b)].at.x()
                     : m_vertices[size_t(a)].at.y() < m_vertices[size_t(b)].at.y();
        });
        for (size_t k = 0; k < ids.size(); ++k)
            m_vertices[size_t(ids[k])].index[h ? 0 : 1] = int(k);
    }
}

void LaneGraph::search(const std::vector<Seed> &seeds, const std::set<int> &openOwners)
{
    const size_t states = m_vertices.size() * 4;
    m_cost.assign(states, kInf);
    m_previous.assign(states, -1);
    m_viaLane.assign(states, -1);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (const Seed &s : seeds) {
        const int state = s.vertex * 4 + s.dir;
        if (s.cost < m_cost[size_t(state)]) {
            m_cost[size_t(state)] = s.cost;
            queue.push({s.cost, state});
        }
    }
    std::vector<char> open(m_lanes.size());
    for (size_t i = 0; i < m_lanes.size(); ++i)
        open[i] = openOwners.count(m_lanes[i].owner) ? 1 : 0;
    while (!queue.empty()) {
        const auto [cost, state] = queue.top();
        queue.pop();
        if (cost > m_cost[size_t(state)])
            continue;
        const int vertex = state / 4, arrived = state % 4;
        const Vertex &v = m_vertices[size_t(vertex)];
        for (int axis = 0; axis < 2; ++axis) {
            const int lane = v.lane[axis];
            if (lane < 0 || !open[size_t(lane)])
                continue;
            const auto &ids = m_onLane[size_t(lane)];
            for (int step : {-1, 1}) {
                const int k = v.index[axis] + step;
                if (k < 0 || k >= int(ids.size()))
                    continue;
                const int next = ids[size_t(k)];
                const int dir = axis == 0 ? (step > 0 ? Right : Left) : (step > 0 ? Down : Up);
                if (dir == opposite(arrived))
                    continue;
                const double length = QLineF(v.at, m_vertices[size_t(next)].at).length();
                // A step of no length (two lanes meeting one crossing) keeps the direction.
                const int heading = length < kEps ? arrived : dir;
                const double c = cost + length + (heading != arrived ? ChannelRouter::kBendCost : 0);
                const int to = next * 4 + heading;
                if (c < m_cost[size_t(to)]) {
                    m_cost[size_t(to)] = c;
                    m_previous[size_t(to)] = state;
                    m_viaLane[size_t(to)] = lane;
                    queue.push({c, to});
                }
            }
        }
    }
}

double LaneGraph::cost(int vertex, int dir) const
{
    const size_t state = size_t(vertex) * 4 + size_t(dir);
    return state < m_cost.size() ? m_cost[state] : kInf;
}

std::vector<int> LaneGraph::lanesTo(int vertex, int dir) const
{
    std::vector<int> lanes;
    for (int state = vertex * 4 + dir; m_previous[size_t(state)] >= 0; state = m_previous[size_t(state)]) {
        const int lane = m_viaLane[size_t(state)];
        if (lanes.empty() || lanes.back() != lane)
            lanes.push_back(lane);
    }
    std::reverse(lanes.begin(), lanes.end());
    if (lanes.empty()) {
        const Vertex &v = m_vertices[size_t(vertex)];
        lanes.push_back(v.lane[0] >= 0 ? v.lane[0] : v.lane[1]);
    }
    return lanes;
}

int LaneGraph::startOf(int vertex, int dir) const
{
    int state = vertex * 4 + dir;
    while (m_previous[size_t(state)] >= 0)
        state = m_previous[size_t(state)];
    return state / 4;
}

} // namespace switchboard::gui
