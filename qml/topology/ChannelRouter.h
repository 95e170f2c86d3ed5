#pragma once
// Routes the map's edges along channels: the empty lanes the grid layout leaves between boxes
// (and around and inside zone frames). Because every lane is free of boxes by construction, a
// route made of lane segments never passes through a box; a lane inside a zone frame may carry
// only edges with an end in that zone. Shortest path with a cost per bend (Dijkstra over
// lane crossings, one search per source and target zone), then each lane spreads the edges
// that share it over parallel tracks so that they do not draw on top of each other.
// Why our own router and not Graphviz: docs/architecture.md, "The topology map".

#include <QString>

#include <map>
#include <vector>

#include "MapScene.h"

namespace switchboard::gui {

struct ChannelLine {
    bool horizontal = true;
    double at = 0;          ///< y of a horizontal lane, x of a vertical one
    double from = 0, to = 0; ///< its extent along the other axis
    double width = 0;       ///< the free width around it (tracks are spread within)
    int owner = -1;         ///< index of the zone frame it runs inside; -1: between zones
};

/// Which lane each side of a box leads to (an index into the lines; -1: none on that side).
struct BoxPorts {
    int top = -1, bottom = -1, left = -1, right = -1;
};

struct Channels {
    std::vector<ChannelLine> lines;
    std::map<QString, BoxPorts> ports; ///< by box key
};

class ChannelRouter {
public:
    static constexpr double kBendCost = 40;
    static constexpr double kTrack = 5; ///< distance between parallel edges on a lane
    static constexpr double kPortSpread = 16; ///< between edges leaving one side of a box (arrowheads apart)

    /// Fills each edge's route. Edges whose ends have no box or no lane keep an empty route.
    static void route(MapScene &scene, const Channels &channels);
};

} // namespace switchboard::gui
