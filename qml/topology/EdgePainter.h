#pragma once
// Paints the map's edges into one image, on a pool thread: thousands of scene-graph nodes cost
// the software renderer (offscreen, screenshots, machines without a GPU) hundreds of
// milliseconds a frame and one image costs nothing to draw, and painting 3 000 routes takes
// about 100 ms, which must not be the GUI thread's (with the software renderer it renders
// there). Routes are axis-parallel: rectangles, dashed for subscriptions, an antialiased
// arrowhead at the callee; width by rate, colour by error share, dimmed outside the selection.

#include <QColor>
#include <QImage>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

#include "MapScene.h"

namespace switchboard::gui {

class EdgePainter {
public:
    struct Style {
        QColor neutral, amber, red;
        double dimmedAlpha = 0.2;
    };
    /// A square of the picture that holds some edge. The picture goes on screen in tiles so
    /// that a change repaints only the tiles whose pixels changed: the software renderer
    /// repaints the dirty region, and one whole-map image made every change a full repaint
    /// (topology_frame_p99). Empty tiles are left out, which the renderer also skips.
    struct Tile {
        QPoint at;     ///< top-left, in the picture's pixels
        QImage image;
        size_t hash = 0; ///< of the pixels
    };
    struct Picture {
        QSize size;  ///< in pixels
        QRectF rect; ///< where it goes, in scene coordinates
        std::vector<Tile> tiles;
        size_t signature = 0;
        [[nodiscard]] QRectF sceneRectOf(const Tile &t) const;
        [[nodiscard]] bool isEmpty() const { return tiles.empty(); }
    };
    static constexpr int kTile = 256;

    /// What the picture of these edges depends on (routes, widths, colours, dimming, scale).
    static size_t signature(const MapScene &scene, const Style &style, const QSet<QString> &lit, double scale);
    /// lit: the keys not dimmed; empty: none dimmed. scale: pixels per scene unit (from
    /// scaleFor), at most 4096 px a side.
    static Picture paint(const MapScene &scene, const Style &style, const QSet<QString> &lit, double scale);
    /// The scale to paint at for a map shown at `shown` pixels per unit: a little sharper than
    /// the screen, in steps of √2 (zooming within a step paints nothing new), at most 2.
    static double scaleFor(double shown);

    /// The image in tiles of kTile pixels, empty ones left out.
    static std::vector<Tile> cut(const QImage &image);

    static double widthOf(const MapEdge &e);
    static QColor colorOf(const MapEdge &e, const Style &style);
};

} // namespace switchboard::gui
