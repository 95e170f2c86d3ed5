#pragma once
// Places a level's boxes on grids and says where the lanes between them run. The top grid holds
// the zone frames (Nodes level) or the boxes themselves (Zones, Services); a zone frame holds its
// services' node groups on a grid of its own; topics go in a band below, unknown callers at the
// left edge beside the zones they call into, servers that name no zone in a strip on top.
// Columns are chosen so that the map's shape follows the canvas's (Fit then fills it), and kept:
// every box and dot keeps its slot while present (SlotKeeper), rows keep their tallest height,
// so nothing already drawn moves when others come and go. Only a new level, a canvas of another
// shape, or a map that no longer fits (under half the canvas) lays it out afresh.

#include <chrono>
#include <map>

#include "ChannelRouter.h"
#include "MapScene.h"
#include "SlotKeeper.h"

namespace switchboard::gui {

class MapGridLayout {
public:
    static constexpr double kGap = 48, kInnerGap = 36;
    static constexpr double kGroupWidth = 124, kGroupHeader = 26, kGroupPad = 8, kDotsPerRow = 6;
    static constexpr double kZoneHeader = 48;

    /// Fills the rects of the scene's boxes and the centres of its dots; returns the lanes.
    /// aspect: the canvas's width / height.
    Channels place(MapScene &scene, double aspect, std::chrono::steady_clock::time_point now);

    /// The share of a canvas of this aspect that a map of this size covers after Fit.
    static double coverage(double width, double height, double aspect);

private:
    struct Memory {
        SlotKeeper top, band;
        std::map<QString, SlotKeeper> inner; // by zone key
        std::map<QString, std::vector<double>> rows; // by grid ("" top, zone key, "band")
        int columns = 0, innerColumns = 0;
        double aspect = 0;
    };
    Memory &memoryFor(const MapScene &scene);

    std::map<QString, Memory> m_memory; // by level and scope
    std::map<QString, SlotKeeper> m_dots; // by group key
    std::map<QString, int> m_dotRows;     // the most rows of dots a group has needed
    std::map<QString, std::chrono::steady_clock::time_point> m_firstSeen;
    bool m_placedOnce = false;
};

} // namespace switchboard::gui
