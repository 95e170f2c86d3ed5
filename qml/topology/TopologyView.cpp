#include "TopologyView.h"

#include <QImage>
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

constexpr qreal kDimmed = 0.2;

void addRect(QQuickWindow *w, QSGNode *parent, const QRectF &r, const QColor &color)
{
    QSGRectangleNode *n = w->createRectangleNode();
    n->setRect(r);
    n->setColor(color);
    parent->appendChildNode(n);
}

/// A box with a one-pixel border: a border-coloured rectangle under a fill rectangle.
void addBox(QQuickWindow *w, QSGNode *parent, const QRectF &r, const QColor &fill, const QColor &border, qreal width = 1)
{
    addRect(w, parent, r, border);
    addRect(w, parent, r.adjusted(width, width, -width, -width), fill);
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
        for (auto &[rgb, t] : dots)
            delete t;
        dots.clear();
        delete std::exchange(edges, nullptr);
    }
    std::map<QRgb, QSGTexture *> dots; ///< one circle per colour, shared by the dot nodes
    QSGTexture *edges = nullptr;      ///< the painted edges, used by m_edgeImage
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
    auto it = m_keeper->dots.find(color.rgba());
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
    m_keeper->dots[color.rgba()] = t;
    return t;
}

void TopologyView::dropTextures()
{
    if (m_edgeImage) { // it uses the edge texture
        m_edges->removeChildNode(m_edgeImage);
        delete std::exchange(m_edgeImage, nullptr);
    }
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
        m_boxes = layer();
        m_edges = layer();
        m_dots = layer();
        m_root->appendChildNode(m_boxes);
        m_root->appendChildNode(m_edges);
        m_root->appendChildNode(m_dots);
        m_dotNodes.clear();
        m_boxesSignature = m_edgesSignature = 0;
        m_edgeImage = nullptr; // deleted with the old tree
    }
    if (std::exchange(m_texturesStale, false)) {
        // Nodes that use the old textures go first.
        m_dots->removeAllChildNodes();
        for (auto &[id, n] : m_dotNodes) {
            delete n.dot;
            delete n.ring;
        }
        m_dotNodes.clear();
        m_boxesSignature = m_edgesSignature = 0;
        dropTextures();
    }
    if (m_model) {
        const std::shared_ptr<const TopologyScene> scene = m_model->scene();
        updateBoxes(*scene);
        updateEdges(*scene);
        updateDots(*scene);
    }
    ++m_frames;
    QMetaObject::invokeMethod(this, &TopologyView::framesChanged, Qt::QueuedConnection);
    return m_root;
}

void TopologyView::updateBoxes(const TopologyScene &scene)
{
    // Rebuilt only when a box, its health or its dimming changed (a few times a minute).
    size_t sig = qHash(scene.unknownCallers.topLeft().x()) ^ size_t(m_model->selected().size());
    auto mix = [&sig](size_t v) { sig = sig * 1000003u ^ v; };
    for (const auto &z : scene.zones)
        mix(qHash(z.name) ^ qHash(z.rect.height()) ^ qHash(z.health) ^ size_t(m_model->related(QStringLiteral("zone:") + z.name)));
    for (const auto &v : scene.servers)
        mix(qHash(v.name) ^ qHash(v.rect.x()) ^ size_t(v.reachable) ^ size_t(m_model->related(QStringLiteral("server:") + v.name)) << 1);
    for (const auto &g : scene.groups)
        mix(qHash(g.key) ^ qHash(g.rect.y()) ^ qHash(g.rect.height()) ^ size_t(m_model->related(g.key)) << 2);
    for (const auto &t : scene.topics)
        mix(qHash(t.name) ^ qHash(t.rect.x()) ^ size_t(m_model->related(QStringLiteral("topic:") + t.name)) << 3);
    mix(qHash(m_model->selected()));
    if (sig == m_boxesSignature && m_boxes->childCount())
        return;
    m_boxesSignature = sig;
    while (QSGNode *n = m_boxes->firstChild()) {
        m_boxes->removeChildNode(n);
        delete n;
    }
    QQuickWindow *w = window();
    for (const auto &z : scene.zones) {
        const bool dim = !m_model->related(QStringLiteral("zone:") + z.name);
        const QColor border = z.health == QLatin1String("down") ? m_downColor
                              : z.health == QLatin1String("degraded") ? m_degradedColor : m_borderColor;
        addBox(w, m_boxes, z.rect, dimmed(m_zoneColor, dim), dimmed(border, dim),
               z.health == QLatin1String("healthy") || z.health == QLatin1String("unknown") ? 1 : 2);
    }
    for (const auto &v : scene.servers) {
        const bool dim = !m_model->related(QStringLiteral("server:") + v.name);
        addBox(w, m_boxes, v.rect, dimmed(m_groupColor, dim), dimmed(v.reachable ? m_borderColor : m_downColor, dim),
               v.reachable ? 1 : 2);
    }
    if (!scene.unknownCallers.isEmpty())
        addBox(w, m_boxes, scene.unknownCallers, dimmed(m_groupColor, !m_model->related(QStringLiteral("unknown"))),
               m_staleColor);
    for (const auto &t : scene.topics)
        addBox(w, m_boxes, t.rect, dimmed(m_groupColor, !m_model->related(QStringLiteral("topic:") + t.name)), m_edgeColor);
    for (const auto &g : scene.groups)
        addBox(w, m_boxes, g.rect, dimmed(m_groupColor, !m_model->related(g.key)), dimmed(m_borderColor, !m_model->related(g.key)));
}

void TopologyView::updateEdges(const TopologyScene &scene)
{
    // Width grows with the rate on a log scale, in half-pixel steps (so small rate changes do
    // not repaint anything).
    auto widthOf = [](const TopologyScene::Edge &e) {
        return e.call ? std::round(std::clamp(1.0 + std::log10(1.0 + e.perSecond) * 1.5, 1.0, 6.0) * 2) / 2 : 1.0;
    };
    size_t sig = qHash(m_model->selected()) ^ qHash(scene.bounds.width()) ^ qHash(scene.bounds.height());
    for (const auto &e : scene.edges)
        sig = sig * 1000003u ^ (qHash(e.from) ^ qHash(e.to) ^ qHash(widthOf(e)) ^ qHash(e.a.x()) ^ qHash(e.b.y()));
    if (sig == m_edgesSignature)
        return;
    m_edgesSignature = sig;
    if (scene.edges.empty() || scene.bounds.isEmpty()) {
        if (m_edgeImage) {
            m_edges->removeChildNode(m_edgeImage);
            delete std::exchange(m_edgeImage, nullptr);
        }
        delete std::exchange(m_keeper->edges, nullptr);
        return;
    }
    // Painted at twice the scene's scale (crisp when zoomed in), at most 4096 px a side.
    const QRectF b = scene.bounds;
    const qreal scale = std::min(2.0, 4096.0 / std::max(b.width(), b.height()));
    QImage image(int(std::ceil(b.width() * scale)), int(std::ceil(b.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    p.translate(-b.topLeft());
    for (const auto &e : scene.edges) {
        const bool on = m_model->related(e.from) && m_model->related(e.to);
        const QColor color = dimmed(e.call && e.errorRatio > 0.05 ? m_downColor : m_edgeColor, !on);
        const qreal width = widthOf(e);
        p.setPen(QPen(color, width, e.call ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap));
        p.drawLine(e.a, e.b);
        if (!e.call)
            continue;
        // An arrowhead halfway, pointing at the callee (the ends sit under the boxes' labels).
        const QPointF d = e.b - e.a;
        const qreal length = std::hypot(d.x(), d.y());
        if (length < 30)
            continue;
        const QPointF u = d / length, n(-u.y(), u.x());
        const QPointF tip = e.a + d * 0.5 + u * 5, back = tip - u * (7 + width);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPolygon(QPolygonF{tip, back + n * (3.5 + width / 2), back - n * (3.5 + width / 2)});
    }
    p.end();
    QSGTexture *texture = window()->createTextureFromImage(image);
    texture->setFiltering(QSGTexture::Linear);
    if (!m_edgeImage) {
        m_edgeImage = window()->createImageNode();
        m_edgeImage->setFiltering(QSGTexture::Linear);
        m_edgeImage->setTexture(texture);
        m_edgeImage->setRect(b);
        m_edges->appendChildNode(m_edgeImage);
    } else {
        m_edgeImage->setTexture(texture);
        m_edgeImage->setRect(b);
    }
    delete std::exchange(m_keeper->edges, texture); // the node no longer uses the old one
}

void TopologyView::updateDots(const TopologyScene &scene)
{
    QQuickWindow *w = window();
    const qreal d = TopologyLayout::kDot;
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
