#include "MapTileLayer.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGNode>
#include <QSGTexture>

namespace switchboard::gui {

void MapTileLayer::attach(QSGNode *parent)
{
    m_parent = parent;
    m_tiles.clear();
}

void MapTileLayer::forget()
{
    m_tiles.clear();
    m_rect = {};
    m_size = {};
}

void MapTileLayer::clear()
{
    for (auto &[at, tile] : m_tiles) {
        m_parent->removeChildNode(tile.node);
        delete tile.node; // and its texture
    }
    m_tiles.clear();
}

void MapTileLayer::show(const MapPainter::Picture &picture, QQuickWindow *window)
{
    if (picture.rect != m_rect || picture.size != m_size) { // cut for another place or scale
        clear();
        m_rect = picture.rect;
        m_size = picture.size;
    }
    std::map<std::pair<int, int>, Tile> next;
    for (const MapPainter::Tile &t : picture.tiles) {
        const std::pair<int, int> at{t.at.x(), t.at.y()};
        Tile tile;
        if (auto it = m_tiles.find(at); it != m_tiles.end()) {
            tile = it->second;
            m_tiles.erase(it);
        }
        if (!tile.node || tile.hash != t.hash) {
            // A new node rather than a new texture in the old one: the node owns its texture
            // and deletes it with itself, which is certain on every backend.
            QSGTexture *texture = window->createTextureFromImage(t.image);
            texture->setFiltering(QSGTexture::Linear);
            QSGImageNode *node = window->createImageNode();
            node->setFiltering(QSGTexture::Linear);
            node->setOwnsTexture(true);
            node->setTexture(texture);
            node->setRect(picture.sceneRectOf(t));
            m_parent->appendChildNode(node);
            if (tile.node) {
                m_parent->removeChildNode(tile.node);
                delete tile.node;
            }
            tile = {node, t.hash};
        }
        next.emplace(at, tile);
    }
    clear(); // the tiles now empty or out of the part painted
    m_tiles = std::move(next);
}

} // namespace switchboard::gui
