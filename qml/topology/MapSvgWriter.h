#pragma once
// The map as an SVG file: what the view draws, as elements a person (or a script) can read —
// a <rect> per box, a <circle> per node, a <path> per edge with its arrowhead, the words placed
// for the current zoom as <text>, each with a <title> naming it. Written atomically (QSaveFile).

#include <QColor>
#include <QString>

#include <vector>

#include "MapLabels.h"
#include "MapScene.h"

namespace switchboard::gui {

class MapSvgWriter {
public:
    /// The view's colours (Theme): the file looks like the screen it came from.
    struct Palette {
        QColor background, zone, group, border, text, muted, edge, live, stale, amber, red;
    };
    /// labels: placed for `zoom` (their pixel sizes are screen pixels). Returns an error in
    /// words, or "" when written.
    static QString write(const MapScene &scene, const std::vector<MapLabel> &labels, double zoom, const Palette &palette,
                         const QString &path);
    /// The document, without writing it.
    static QByteArray document(const MapScene &scene, const std::vector<MapLabel> &labels, double zoom, const Palette &palette);
};

} // namespace switchboard::gui
