#pragma once
// One picture of the map on screen as image nodes, one per tile (MapPainter::Tile), under a
// layer node of the view's tree. Showing a newer picture replaces only the tiles whose pixels
// changed, so the software renderer repaints only them; a tile that scrolled out goes.
// Render thread only (the GUI thread is blocked while it runs).

#include <QRectF>
#include <QSize>

#include <map>
#include <utility>

#include "MapPainter.h"

class QQuickWindow;
class QSGNode;
class QSGImageNode;

namespace switchboard::gui {

class MapTileLayer {
public:
    /// The layer's nodes hang from `parent`, which owns them.
    void attach(QSGNode *parent);
    /// Puts `picture` on screen in place of what the layer showed.
    void show(const MapPainter::Picture &picture, QQuickWindow *window);
    /// Takes every tile off screen.
    void clear();
    /// Forgets the nodes without deleting them (the scene graph deleted the tree they were in).
    void forget();
    [[nodiscard]] bool isEmpty() const { return m_tiles.empty(); }
    [[nodiscard]] size_t tileCount() const { return m_tiles.size(); }

private:
    struct Tile {
        QSGImageNode *node = nullptr; ///< owns its texture
        size_t hash = 0;
    };
    QSGNode *m_parent = nullptr;
    std::map<std::pair<int, int>, Tile> m_tiles; ///< by the tile's top-left pixel
    QRectF m_rect;                               ///< the picture's place and size they were cut for
    QSize m_size;
};

} // namespace switchboard::gui
