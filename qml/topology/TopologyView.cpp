#include "TopologyView.h"

#include "EdgePainter.h"

#include <QImage>
#include <QThreadPool>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGOpacityNode>
#include <QSGRectangleNode>
#include <QSGTexture>

#include <cmath>
#include <memory>

namespace switchboard::gui {

namespace {

/// Qt's software renderer (offscreen, screenshots, machines without a GPU) works out for every
/// opaque node what it hides, region by region: with thousands of boxes that took 300–500 ms a
/// frame when the whole map moves (pan, zoom). A box's colour one step short of opaque looks the
/// same and skips that work (bench_topology panzoom).
QColor notOpaque(QColor c)
{
    if (c.alpha() == 255)
        c.setAlpha(254);
    return c;
}

constexpr qreal kDimmed = 0.2;

void deleteChildren(QSGNode *parent)
{
    while (QSGNode *n = parent->firstChild()) {
        parent->removeChildNode(n);
        delete n;
    }
}


} // namespace

/// The textures live in a node of the view's own tree: the scene graph deletes the tree on the
/// render thread whenever it lets go of it (the window closes, the item leaves it), and the
/// textures go with it. Deleting them from releaseResources() through a render job leaked them
/// when the window went first: the job was dropped unrun (LeakSanitizer, tst_topology).
struct TopologyView::TextureKeeper : QSGNode {
    ~TextureKeeper() override { clear(); }
    void clear()
    {
        for (auto *m : {&dots, &rings}) {
            for (auto &[key, t] : *m)
                delete t;
            m->clear();
        }
    }
    std::map<quint64, QSGTexture *> dots;   ///< one circle per colour, shared by the dot nodes
    std::map<quint64, QSGTexture *> rings;  ///< per live share (twelfths) and dimming
};

TopologyView::TopologyView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    connect(this, &TopologyView::colorsChanged, this, [this] {
        m_texturesStale = true; // deleted on the render thread, with the nodes that use them
        update();
    });
}

void TopologyView::setModel(TopologyModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &TopologyModel::sceneChanged, this, &QQuickItem::update);
        connect(m_model, &TopologyModel::selectionChanged, this, &QQuickItem::update);
    }
    Q_EMIT modelChanged();
    update();
}

QSGTexture *TopologyView::dotTexture(const QColor &color)
{
    auto it = m_keeper->dots.find(quint64(color.rgba()));
    if (it != m_keeper->dots.end())
        return it->second;
    const int size = 24; // drawn once; twice the dot's size keeps it round when zoomed in
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, size - 4, size - 4));
    p.end();
    QSGTexture *t = window()->createTextureFromImage(image);
    t->setFiltering(QSGTexture::Linear);
    m_keeper->dots[quint64(color.rgba())] = t;
    return t;
}

QSGTexture *TopologyView::ringTexture(int liveTwelfths, bool dim)
{
    const quint64 key = quint64(liveTwelfths) << 1 | quint64(dim);
    if (const auto it = m_keeper->rings.find(key); it != m_keeper->rings.end())
        return it->second;
    // A donut: the live share in the live colour, the rest in the stale colour (Kiali's health ring).
    const int size = 40;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(5, 5, size - 10, size - 10);
    p.setPen(QPen(dimmed(m_staleColor, dim), 7, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(r, 0, 360 * 16);
    p.setPen(QPen(dimmed(m_liveColor, dim), 7, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(r, 90 * 16, -liveTwelfths * 30 * 16);
    p.end();
    QSGTexture *t = window()->createTextureFromImage(image);
    t->setFiltering(QSGTexture::Linear);
    m_keeper->rings[key] = t;
    return t;
}

void TopologyView::dropTextures()
{
    dropEdgeTiles();
    m_keeper->clear();
}

void TopologyView::dropEdgeTiles()
{
    for (auto &[at, tile] : m_edgeTiles) {
        m_edges->removeChildNode(tile.node);
        delete tile.node; // and its texture
    }
    m_edgeTiles.clear();
}

QColor TopologyView::dimmed(QColor c, bool dim) const
{
    if (dim)
        c.setAlphaF(c.alphaF() * kDimmed);
    return c;
}

QSGNode *TopologyView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    if (!old) { // first frame, or the scene graph dropped our nodes: start afresh
        // The layers are opacity nodes (at 1), not plain nodes: Qt 6.4's software renderer gives
        // a node added later the transform and clip it recorded for the parent, and it records
        // them only for transform, clip, opacity and root nodes. Under a plain node, a later
        // child is drawn at the window's origin, unclipped (tst_topology covers it).
        auto layer = [] {
            auto *n = new QSGOpacityNode;
            n->setOpacity(1.0);
            return n;
        };
        m_root = new QSGNode;
        m_keeper = new TextureKeeper; // the old one went with the old tree
        m_root->appendChildNode(m_keeper);
        m_boxes = layer();
        m_edges = layer();
        m_dots = layer();
        m_root->appendChildNode(m_boxes);
        m_root->appendChildNode(m_edges);
        m_root->appendChildNode(m_dots);
        m_dotNodes.clear();
        m_boxNodes.clear(); // deleted with the old tree
        m_shownEdges = 0; // the picture goes on the new tree
        m_edgeTiles.clear(); // deleted with the old tree
    }
    if (std::exchange(m_texturesStale, false)) {
        // Nodes that use the old textures go first.
        m_dots->removeAllChildNodes();
        for (auto &[id, n] : m_dotNodes) {
            delete n.dot;
            delete n.ring;
        }
        m_dotNodes.clear();
        m_boxNodes.clear();
        m_requestedEdges = m_shownEdges = 0; // painted again in the new colours
        deleteChildren(m_boxes); // the nodes that use them, then the textures
        dropTextures();
    }
    if (m_model) {
        const std::shared_ptr<const MapScene> scene = m_model->scene();
        updateBoxes(*scene);
        updateEdges(scene);
        updateDots(*scene);
    }
    ++m_frames;
    QMetaObject::invokeMethod(this, &TopologyView::framesChanged, Qt::QueuedConnection);
    return m_root;
}

TopologyView::BoxLook TopologyView::lookOf(const MapBox &b) const
{
    using Kind = MapBox::Kind;
    BoxLook look;
    look.rect = b.rect;
    const bool dim = !m_model->related(b.key);
    const bool zone = b.kind == Kind::Zone;
    const QColor health = b.health == QLatin1String("down") ? m_downColor
                          : b.health == QLatin1String("degraded") ? m_degradedColor : m_borderColor;
    const bool server = b.kind == Kind::Server || b.kind == Kind::Servers;
    QColor border = zone ? health : b.kind == Kind::Topic ? m_edgeColor : m_borderColor;
    if (server && !b.reachable)
        border = m_downColor;
    if (b.kind == Kind::Unknown)
        border = m_staleColor;
    look.fill = dimmed(zone || b.kind == Kind::Servers ? m_zoneColor : m_groupColor, dim);
    look.border = dimmed(border, dim);
    look.width = (zone && border != m_borderColor) || (server && !b.reachable) ? 2 : 1;
    look.dim = dim;
    // Node counts show only in a service's health ring, in twelfths.
    if (b.kind == Kind::Service && b.nodes > 0)
        look.ring = int(std::lround(12.0 * (b.nodes - b.stale) / b.nodes));
    return look;
}

void TopologyView::updateBoxes(const MapScene &scene)
{
    // Each box keeps its nodes and only a changed one is touched, so the software renderer
    // repaints that box alone: a node joining a group box must not repaint the map. The boxes
    // are drawn in the scene's order (frames under their groups); a box added, gone or moved
    // in that order rebuilds them all, which happens when the layout changes, not with traffic.
    bool sameBoxes = m_boxNodes.size() == scene.boxes.size();
    for (size_t i = 0; sameBoxes && i < scene.boxes.size(); ++i)
        sameBoxes = m_boxNodes[i].key == scene.boxes[i].key;
    QQuickWindow *w = window();
    if (!sameBoxes) {
        deleteChildren(m_boxes);
        m_boxNodes.clear();
        for (const MapBox &b : scene.boxes) {
            BoxNodes n;
            n.key = b.key;
            n.border = w->createRectangleNode();
            n.fill = w->createRectangleNode();
            m_boxes->appendChildNode(n.border);
            m_boxes->appendChildNode(n.fill);
            m_boxNodes.push_back(n);
        }
    }
    for (size_t i = 0; i < scene.boxes.size(); ++i) {
        BoxNodes &n = m_boxNodes[i];
        const BoxLook look = lookOf(scene.boxes[i]);
        if (sameBoxes && look == n.look)
            continue;
        const qreal bw = look.width;
        n.border->setRect(look.rect);
        n.border->setColor(notOpaque(look.border));
        n.fill->setRect(look.rect.adjusted(bw, bw, -bw, -bw));
        n.fill->setColor(notOpaque(look.fill));
        if (look.ring >= 0) { // the health ring, top right
            if (!n.ring) {
                n.ring = w->createImageNode();
                n.ring->setFiltering(QSGTexture::Linear);
                n.ring->setTexture(ringTexture(look.ring, look.dim));
                n.ring->setRect(QRectF(look.rect.right() - 26, look.rect.top() + 6, 20, 20));
                m_boxes->insertChildNodeAfter(n.ring, n.fill);
            }
            n.ring->setTexture(ringTexture(look.ring, look.dim));
            n.ring->setRect(QRectF(look.rect.right() - 26, look.rect.top() + 6, 20, 20));
        } else if (n.ring) {
            m_boxes->removeChildNode(n.ring);
            delete std::exchange(n.ring, nullptr);
        }
        n.look = look;
    }
}

void TopologyView::updateEdges(const std::shared_ptr<const MapScene> &scene)
{
    // The picture is painted on a pool thread (EdgePainter); this asks for a new one when what
    // it shows changed, and puts the newest one painted on screen.
    const EdgePainter::Style style{m_edgeColor, m_degradedColor, m_downColor, kDimmed};
    const QSet<QString> lit = m_model->selected().isEmpty() ? QSet<QString>() : m_model->relatedKeys();
    const double scale = EdgePainter::scaleFor(m_viewScale);
    const size_t wanted = EdgePainter::signature(*scene, style, lit, scale);
    if (wanted != m_requestedEdges && !m_paintingEdges) {
        m_requestedEdges = wanted;
        m_paintingEdges = true;
        QPointer<TopologyView> self(this);
        QThreadPool::globalInstance()->start([self, scene, style, lit, scale] {
            auto picture = std::make_shared<EdgePainter::Picture>(EdgePainter::paint(*scene, style, lit, scale));
            QMetaObject::invokeMethod(
                self.data(),
                [self, picture] {
                    if (!self)
                        return;
                    self->m_paintingEdges = false;
                    self->m_edgePicture = picture;
                    self->update();
                },
                Qt::QueuedConnection);
        });
    }
    if (!m_edgePicture || m_edgePicture->signature == m_shownEdges)
        return;
    m_shownEdges = m_edgePicture->signature;
    const EdgePainter::Picture &picture = *m_edgePicture;
    if (picture.rect != m_edgeTilesRect || picture.size != m_edgeTilesSize) { // cut for another place or scale
        dropEdgeTiles();
        m_edgeTilesRect = picture.rect;
        m_edgeTilesSize = picture.size;
    }
    // Only the tiles whose pixels changed get a new texture, so only they are repainted.
    std::map<std::pair<int, int>, EdgeTile> next;
    for (const EdgePainter::Tile &t : picture.tiles) {
        const std::pair<int, int> at{t.at.x(), t.at.y()};
        auto it = m_edgeTiles.find(at);
        EdgeTile tile;
        if (it != m_edgeTiles.end()) {
            tile = it->second;
            m_edgeTiles.erase(it);
        }
        if (!tile.node || tile.hash != t.hash) {
            // A new node rather than a new texture in the old one: the node owns its texture
            // and deletes it with itself, which is certain on every backend.
            QSGTexture *texture = window()->createTextureFromImage(t.image);
            texture->setFiltering(QSGTexture::Linear);
            QSGImageNode *node = window()->createImageNode();
            node->setFiltering(QSGTexture::Linear);
            node->setOwnsTexture(true);
            node->setTexture(texture);
            node->setRect(picture.sceneRectOf(t));
            m_edges->appendChildNode(node);
            if (tile.node) {
                m_edges->removeChildNode(tile.node);
                delete tile.node;
            }
            tile = {node, t.hash};
        }
        next.emplace(at, tile);
    }
    dropEdgeTiles(); // the tiles now empty
    m_edgeTiles = std::move(next);
}

void TopologyView::updateDots(const MapScene &scene)
{
    QQuickWindow *w = window();
    const qreal d = kMapDot;
    std::unordered_map<QString, DotNodes> next;
    next.reserve(scene.dots.size());
    for (const auto &dot : scene.dots) {
        const bool dim = !(m_model->related(dot.id) || m_model->related(dot.groupKey));
        const QRectF rect(dot.center.x() - d / 2, dot.center.y() - d / 2, d, d);
        QSGTexture *texture = dotTexture(dimmed(dot.stale ? m_staleColor : m_liveColor, dim));
        auto it = m_dotNodes.find(dot.id);
        DotNodes n;
        if (it != m_dotNodes.end()) {
            n = it->second;
            m_dotNodes.erase(it);
        } else {
            // Texture and rect before it joins the tree: the software renderer reads them at once.
            n.dot = w->createImageNode();
            n.dot->setFiltering(QSGTexture::Linear);
            n.dot->setTexture(texture);
            n.dot->setRect(rect);
            n.texture = texture;
            n.rect = rect;
            m_dots->appendChildNode(n.dot);
        }
        if (n.rect != rect) {
            n.dot->setRect(rect);
            n.rect = rect;
        }
        if (n.texture != texture) {
            n.dot->setTexture(texture);
            n.texture = texture;
        }
        if (dot.fresh && !n.ring) { // new: a ring for a few seconds
            n.ring = w->createRectangleNode();
            n.ring->setColor(m_freshColor);
            n.ring->setRect(rect.adjusted(-2, -2, 2, 2));
            m_dots->insertChildNodeBefore(n.ring, n.dot);
        }
        if (n.ring) {
            if (!dot.fresh) {
                m_dots->removeChildNode(n.ring);
                delete n.ring;
                n.ring = nullptr;
            } else {
                n.ring->setRect(rect.adjusted(-2, -2, 2, 2));
            }
        }
        next.emplace(dot.id, n);
    }
    for (auto &[id, n] : m_dotNodes) { // gone
        m_dots->removeChildNode(n.dot);
        delete n.dot;
        if (n.ring) {
            m_dots->removeChildNode(n.ring);
            delete n.ring;
        }
    }
    m_dotNodes = std::move(next);
}

} // namespace switchboard::gui
