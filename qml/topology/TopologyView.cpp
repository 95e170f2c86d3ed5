#include "TopologyView.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGRectangleNode>
#include <QSGTexture>
#include <QSGTransformNode>

#include <QRunnable>

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

/// A bar from a to b, `width` thick; dashed as a row of short bars.
void addBar(QQuickWindow *w, QSGNode *parent, QPointF a, QPointF b, qreal width, const QColor &color, bool dashed)
{
    const QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 1)
        return;
    auto *t = new QSGTransformNode;
    QMatrix4x4 m;
    m.translate(float(a.x()), float(a.y()));
    m.rotate(float(std::atan2(d.y(), d.x()) * 180 / M_PI), 0, 0, 1);
    t->setMatrix(m);
    if (!dashed) {
        addRect(w, t, QRectF(0, -width / 2, length, width), color);
    } else {
        for (qreal x = 0; x < length; x += 10)
            addRect(w, t, QRectF(x, -width / 2, std::min<qreal>(6, length - x), width), color);
    }
    parent->appendChildNode(t);
}

} // namespace

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
    auto it = m_textures.find(color.rgba());
    if (it != m_textures.end())
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
    m_textures[color.rgba()] = t;
    return t;
}

void TopologyView::dropTextures()
{
    for (auto &[rgb, t] : m_textures)
        delete t;
    m_textures.clear();
}

void TopologyView::releaseResources()
{
    // Called on the GUI thread; textures belong to the render thread.
    if (!window() || m_textures.empty())
        return;
    auto textures = std::make_shared<std::map<QRgb, QSGTexture *>>(std::exchange(m_textures, {}));
    window()->scheduleRenderJob(QRunnable::create([textures] {
                                    for (auto &[rgb, t] : *textures)
                                        delete t;
                                }),
                                QQuickWindow::BeforeSynchronizingStage);
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
        m_root = new QSGNode;
        m_boxes = new QSGNode;
        m_edges = new QSGNode;
        m_dots = new QSGNode;
        m_root->appendChildNode(m_boxes);
        m_root->appendChildNode(m_edges);
        m_root->appendChildNode(m_dots);
        m_dotNodes.clear();
        m_boxesSignature = m_edgesSignature = 0;
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
    // not rebuild anything).
    auto widthOf = [](const TopologyScene::Edge &e) {
        return e.call ? std::round(std::clamp(1.0 + std::log10(1.0 + e.perSecond) * 1.5, 1.0, 6.0) * 2) / 2 : 1.0;
    };
    size_t sig = qHash(m_model->selected());
    for (const auto &e : scene.edges)
        sig = sig * 1000003u ^ (qHash(e.from) ^ qHash(e.to) ^ qHash(widthOf(e)) ^ qHash(e.a.x()) ^ qHash(e.b.y()));
    if (sig == m_edgesSignature && (m_edges->childCount() || scene.edges.empty()))
        return;
    m_edgesSignature = sig;
    while (QSGNode *n = m_edges->firstChild()) {
        m_edges->removeChildNode(n);
        delete n;
    }
    for (const auto &e : scene.edges) {
        const bool on = m_model->related(e.from) && m_model->related(e.to);
        addBar(window(), m_edges, e.a, e.b, widthOf(e), dimmed(m_edgeColor, !on), !e.call);
    }
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
