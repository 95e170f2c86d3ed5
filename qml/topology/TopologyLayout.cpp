#include "TopologyLayout.h"

#include <QElapsedTimer>

namespace switchboard::gui {

MapScene TopologyLayout::place(const TopologyGraph &graph, const Options &options, std::chrono::steady_clock::time_point now)
{
    QElapsedTimer timer;
    timer.start();
    MapLevelGraph::Options levelOptions = options;
    levelOptions.attachments = &m_attachments[QString::number(int(options.level)) + u'|' + options.scope];
    MapScene scene = MapLevelGraph::build(graph, levelOptions);
    const Channels channels = m_grid.place(scene, options.aspect, now);
    scene.layoutMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    ChannelRouter::route(scene, channels);
    // Routes may take the lanes around the outermost boxes: the map (its picture, Fit, the
    // labels' room) holds them too, or they would be cut off at the boxes' bounds.
    for (const MapEdge &e : scene.edges)
        if (!e.route.isEmpty())
            scene.bounds |= e.route.boundingRect().adjusted(-8, -8, 8, 8); // the stroke and the arrowhead
    scene.buildIndex();
    scene.routeMs = double(timer.nsecsElapsed()) / 1e6;
    return scene;
}

} // namespace switchboard::gui
