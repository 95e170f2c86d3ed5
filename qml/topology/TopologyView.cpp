#include "TopologyView.h"

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
/// What is outside the selection keeps this much of its opacity.
constexpr qreal kDimmed = 0.2;
} // namespace

/// The textures live in a node of the view's own tree: the scene graph deletes the tree on the
/// render thread whenever it lets go of it (the window closes, the item leaves it), and the
/// textures go with it. Deleting them from releaseResources() through a render job leaked them
/// when the window went first: the job was dropped unrun (LeakSanitizer, tst_topology).
struct TopologyView::TextureKeeper : QSGNode {
    ~TextureKeeper() override { clear(); }
    void clear()
    {
        for (auto &[key, t] : dots)
            delete t;
        dots.clear();
    }
    std::map<quint64, QSGTexture *> dots; ///< one circle per colour, shared by the dot nodes
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

void TopologyView::dropTextures()
{
    m_keeper->clear();
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
        QSGNode *overview = layer(), *detail = layer();
        m_dots = layer();
        m_root->appendChildNode(overview);
        m_root->appendChildNode(detail);
        m_root->appendChildNode(m_dots);
        m_dotNodes.clear();
        m_overview.attach(overview); // the old tiles were deleted with the old tree
        m_detail.attach(detail);
        m_shownSerial = 0; // the pictures go on the new tree
        m_overviewShown = false;
    }
    if (std::exchange(m_texturesStale, false)) {
        // Nodes that use the old textures go first.
        m_dots->removeAllChildNodes();
        for (auto &[id, n] : m_dotNodes) {
            delete n.dot;
            delete n.ring;
        }
        m_dotNodes.clear();
        dropTextures();
    }
    if (m_model) {
        const std::shared_ptr<const MapScene> scene = m_model->scene();
        updateMap(scene);
        updateDots(*scene);
    }
    ++m_frames;
    QMetaObject::invokeMethod(this, &TopologyView::framesChanged, Qt::QueuedConnection);
    return m_root;
}

void TopologyView::requestPictures(const MapPainter::Content &content, const QRectF &seen)
{
    const QRectF bounds = content.scene->bounds;
    const double scale = MapPainter::scaleFor(m_viewScale);
    const size_t detail = MapPainter::signature(content, scale);
    // Asked again when what is drawn changed, or the view left the part asked for. The part is
    // the view and half of it again on every side, so a pan paints ahead of itself.
    const QRect seenPart = MapPainter::pixelsFor(bounds, scale, seen);
    if (m_painting || (detail == m_detailAsked && m_detailPartAsked.contains(seenPart)))
        return;
    const QRectF around = seen.adjusted(-seen.width() / 2, -seen.height() / 2, seen.width() / 2, seen.height() / 2);
    const QRect part = MapPainter::pixelsFor(bounds, scale, around);
    const bool whole = part == QRect(QPoint(0, 0), MapPainter::sizeAt(bounds, scale));
    const double overviewScale = MapPainter::overviewScale(bounds, scale);
    const size_t overview = whole ? 0 : MapPainter::signature(content, overviewScale);
    const bool paintOverview = !whole && overview != m_overviewAsked;
    m_detailAsked = detail;
    m_detailPartAsked = part;
    m_overviewAsked = overview;
    m_painting = true;
    QPointer<TopologyView> self(this);
    QThreadPool::globalInstance()->start([self, content, scale, part, whole, paintOverview, overviewScale] {
        auto picture = std::make_shared<const MapPainter::Picture>(MapPainter::paint(content, scale, part));
        std::shared_ptr<const MapPainter::Picture> coarse;
        if (paintOverview)
            coarse = std::make_shared<const MapPainter::Picture>(
                MapPainter::paint(content, overviewScale, QRect(QPoint(0, 0), MapPainter::sizeAt(content.scene->bounds, overviewScale))));
        QMetaObject::invokeMethod(
            self.data(),
            [self, picture, coarse, whole] {
                if (!self)
                    return;
                self->m_painting = false;
                self->m_painted.detail = picture;
                if (whole)
                    self->m_painted.overview.reset();
                else if (coarse)
                    self->m_painted.overview = coarse;
                ++self->m_painted.serial;
                self->update();
            },
            Qt::QueuedConnection);
    });
}

void TopologyView::updateMap(const std::shared_ptr<const MapScene> &scene)
{
    const MapPainter::Content content{scene,
                                      {m_edgeColor, m_degradedColor, m_downColor, kDimmed},
                                      {m_zoneColor, m_groupColor, m_borderColor, m_liveColor, m_staleColor, m_downColor, m_degradedColor,
                                       m_edgeColor},
                                      m_model->selected().isEmpty() ? QSet<QString>() : m_model->relatedKeys()};
    const QRectF seen = m_visibleArea.isEmpty() ? scene->bounds : m_visibleArea;
    requestPictures(content, seen);
    const bool arrived = m_painted.serial != m_shownSerial;
    if (arrived) {
        m_shownSerial = m_painted.serial;
        m_detail.show(*m_painted.detail, window());
    }
    // The overview shows only while the detail does not hold what is in the window.
    const bool wantOverview = m_painted.overview && !(m_painted.detail && m_painted.detail->covers(seen));
    if (wantOverview && (!m_overviewShown || arrived))
        m_overview.show(*m_painted.overview, window());
    else if (!wantOverview && m_overviewShown)
        m_overview.clear();
    m_overviewShown = wantOverview;
    m_detailTiles = int(m_detail.tileCount());
    m_overviewTiles = int(m_overview.tileCount());
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
