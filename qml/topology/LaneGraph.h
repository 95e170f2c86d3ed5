#pragma once
// The graph ChannelRouter searches: a vertex where two lanes cross and where a box's port meets
// its lane (a "foot"), an edge between neighbours along a lane. Collinear lanes of one owner
// that touch are one lane. A search is Dijkstra over (vertex, direction of travel), so that a
// bend costs; lanes whose owner is not open to the search are not walked.

#include <QLineF>
#include <QPointF>

#include <map>
#include <set>
#include <vector>

#include "ChannelRouter.h"

namespace switchboard::gui {

class LaneGraph {
public:
    enum Dir { Right, Left, Down, Up };
    struct Seed {
        int vertex;
        int dir;     ///< the direction the route has when it reaches the vertex
        double cost; ///< already spent (the stub from the box)
    };

    explicit LaneGraph(const std::vector<ChannelLine> &lines);

    /// The vertex on a given lane (an index of the lines given) at a coordinate along it;
    /// -1 when the lane does not reach there. Call before finish().
    int foot(int line, double along);
    /// Adds the crossings and orders each lane's vertices.
    void finish();

    void search(const std::vector<Seed> &seeds, const std::set<int> &openOwners);
    [[nodiscard]] double cost(int vertex, int dir) const;
    /// The lanes walked, in order, by the cheapest route to (vertex, dir) of the last search;
    /// a route that never left its first vertex walked that vertex's lane.
    [[nodiscard]] std::vector<int> lanesTo(int vertex, int dir) const;
    /// The seed vertex that route began at.
    [[nodiscard]] int startOf(int vertex, int dir) const;

    [[nodiscard]] QPointF position(int vertex) const { return m_vertices[size_t(vertex)].at; }
    [[nodiscard]] const ChannelLine &lane(int lane) const { return m_lanes[size_t(lane)]; }
    static int opposite(int dir) { return dir ^ 1; }

private:
    struct Vertex {
        QPointF at;
        int lane[2] = {-1, -1}; ///< horizontal, vertical
        int index[2] = {-1, -1}; ///< place in that lane's ordered vertices
    };
    int addVertex(QPointF at, int horizontalLane, int verticalLane);

    std::vector<ChannelLine> m_lanes;
    std::vector<int> m_laneOf; ///< given line → merged lane
    std::vector<std::vector<int>> m_onLane;
    std::vector<Vertex> m_vertices;
    std::map<std::pair<int, qint64>, int> m_feet;
    // The last search, per state (vertex * 4 + dir).
    std::vector<double> m_cost;
    std::vector<int> m_previous, m_viaLane;
};

} // namespace switchboard::gui
