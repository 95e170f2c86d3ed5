#pragma once
// Lays out one level of the map: the level's boxes and edges (MapLevelGraph), their places on
// grids that keep them (MapGridLayout), and the edges' routes around the boxes (ChannelRouter).
// Keeps the places between calls, so one instance per map; runs on a pool thread, one call at
// a time.

#include <chrono>
#include <map>

#include "MapGridLayout.h"
#include "MapLevelGraph.h"
#include "MapScene.h"
#include "TopologyGraph.h"

namespace switchboard::gui {

class TopologyLayout {
public:
    struct Options : MapLevelGraph::Options {
        double aspect = 1.4; ///< the canvas's width / height
    };

    MapScene place(const TopologyGraph &graph, const Options &options, std::chrono::steady_clock::time_point now);

private:
    MapGridLayout m_grid;
    std::map<QString, std::map<QString, QString>> m_attachments; // by level and scope: service → group
};

} // namespace switchboard::gui
