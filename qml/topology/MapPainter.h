#pragma once
// Paints the map — zone frames, boxes with their health rings, and the edges — into images, on a
// pool thread. Thousands of scene-graph nodes cost Qt's software renderer (offscreen,
// screenshots, machines without a GPU) tens of milliseconds a frame whenever the whole map
// moves: 1 000 service boxes as rectangle nodes made a pan or zoom frame take 50–130 ms
// (bench_topology panzoom), while a few dozen image tiles take a few. Painting 3 000 routes
// takes about 100 ms, which must not be the GUI thread's (with the software renderer it renders
// there).
//
// The picture is cut into tiles on a grid fixed by the map's bounds and the scale, so a tile
// keeps its place (and, when its pixels are the same, its texture) across pans and changes. Only
// the part of the picture around the view is painted, so a map of any size costs what the
// window costs (see TopologyView for the coarse overview that fills in while a part is painted).
//
// Routes are axis-parallel: rectangles, dashed for subscriptions, an antialiased arrowhead at
// the callee; width by rate, colour by error share, dimmed outside the selection.

#include <QColor>
#include <QImage>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

#include "MapScene.h"

namespace switchboard::gui {

class MapPainter {
public:
    struct EdgeStyle {
        QColor neutral, amber, red;
        double dimmedAlpha = 0.2;
    };
    struct BoxStyle {
        QColor zone, group, border, live, stale, down, degraded, topic;
    };
    /// What is drawn, whatever the scale and the part.
    struct Content {
        std::shared_ptr<const MapScene> scene;
        EdgeStyle edges;
        BoxStyle boxes;
        QSet<QString> lit; ///< the keys not dimmed; empty: none dimmed
    };
    /// A square of the picture that holds something. On screen a change repaints only the
    /// tiles whose pixels changed (the software renderer repaints the dirty region); empty
    /// tiles are left out, which the renderer also skips.
    struct Tile {
        QPoint at; ///< top-left, in the whole picture's pixels
        QImage image;
        size_t hash = 0; ///< of the pixels
    };
    struct Picture {
        QSize size;    ///< of the whole picture, in pixels
        QRectF rect;   ///< where the whole picture goes, in scene coordinates
        QRect painted; ///< the pixels painted; the tiles lie in it
        std::vector<Tile> tiles;
        size_t signature = 0; ///< of the content and scale
        [[nodiscard]] QRectF sceneRectOf(const Tile &t) const;
        /// Whether this picture holds the scene rectangle `area` (seen, not necessarily painted on).
        [[nodiscard]] bool covers(const QRectF &area) const;
    };
    static constexpr int kTile = 256;
    /// The coarse whole-map picture is at most this many pixels a side.
    static constexpr int kOverviewSide = 2048;

    /// What a picture of this content at this scale depends on (routes, boxes, colours, dimming).
    static size_t signature(const Content &content, double scale);
    /// The whole picture's size at `scale` (pixels per scene unit).
    static QSize sizeAt(const QRectF &bounds, double scale);
    /// The picture's pixels that show `area` (scene coordinates), grown to whole tiles and
    /// clipped to the picture.
    static QRect pixelsFor(const QRectF &bounds, double scale, const QRectF &area);
    /// Paints `pixels` of the picture at `scale`.
    static Picture paint(const Content &content, double scale, const QRect &pixels);
    /// The scale to paint at for a map shown at `shown` pixels per unit: a little sharper than
    /// the screen, in steps of √2 (zooming within a step paints nothing new), at most 4.
    static double scaleFor(double shown);
    /// The scale of the coarse whole-map picture.
    static double overviewScale(const QRectF &bounds, double scale);

    /// The image, whose top-left is `offset` in the whole picture, in tiles; empty ones left out.
    static std::vector<Tile> cut(const QImage &image, QPoint offset = {});

    static double widthOf(const MapEdge &e);
    static QColor colorOf(const MapEdge &e, const EdgeStyle &style);

private:
    static void paintBox(QPainter &p, const MapBox &b, const BoxStyle &style, bool dim, double dimmedAlpha);
    static void paintEdge(QPainter &p, const MapEdge &e, QColor color);
};

} // namespace switchboard::gui
