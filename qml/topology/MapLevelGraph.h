#pragma once
// What one level of the map holds, before it is placed: the boxes, their dots and the edges
// between them, aggregated from the topology graph for the Zones, Services or Nodes level and
// narrowed to a scope (a zone or a service drilled into). Pure: no state, any thread.

#include <map>

#include "MapScene.h"
#include "TopologyGraph.h"

namespace switchboard::gui {

class MapLevelGraph {
public:
    struct Options {
        MapLevel level = MapLevel::Nodes;
        QString scope;          ///< "zone:NAME", "service:NAME" or empty
        bool showTopics = true;
        /// In and out: the node group each service's edges joined last time (Nodes level); kept
        /// while that group exists. Null: the biggest group each time.
        std::map<QString, QString> *attachments = nullptr;
    };

    /// The boxes (no rects yet), dots (no centres yet) and edges (no routes yet) of a level.
    static MapScene build(const TopologyGraph &graph, const Options &options);

    /// Whether nodes or servers name more than one place: without zones, the Zones level has
    /// nothing to show and the Nodes level groups by service alone.
    static bool hasZones(const TopologyGraph &graph);
};

} // namespace switchboard::gui
