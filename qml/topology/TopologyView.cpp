#include "TopologyView.h"

#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSGImageNode>
#include <QSGOpacityNode>
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

QSGNode *layer(QSGNode *root, qreal opacity)
{
    auto *o = new QSGOpacityNode;
    o->setOpacity(opacity);
    root->appendChildNode(o);
    return o;
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
    const int size = 64; // drawn once, scaled down: smooth at any zoom
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

QSGNode *TopologyView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    // The scene changes a few times a second at most: rebuilt whole, it stays simple.
    delete old;
    if (std::exchange(m_texturesStale, false))
        dropTextures();
    if (!m_model)
        return nullptr;
    const std::shared_ptr<const TopologyScene> scene = m_model->scene();
    QQuickWindow *w = window();
    auto *root = new QSGNode;
    QSGNode *bright = layer(root, 1.0), *dim = layer(root, kDimmed);
    auto target = [&](const QString &key) { return m_model->related(key) ? bright : dim; };

    for (const auto &z : scene->zones) {
        const QColor border = z.health == QLatin1String("down") ? m_downColor
                              : z.health == QLatin1String("degraded") ? m_degradedColor : m_borderColor;
        addBox(w, target(QStringLiteral("zone:") + z.name), z.rect, m_zoneColor, border,
               z.health == QLatin1String("healthy") || z.health == QLatin1String("unknown") ? 1 : 2);
    }
    for (const auto &s : scene->servers)
        addBox(w, target(QStringLiteral("server:") + s.name), s.rect, m_groupColor, s.reachable ? m_borderColor : m_downColor,
               s.reachable ? 1 : 2);
    if (!scene->unknownCallers.isEmpty())
        addBox(w, target(QStringLiteral("unknown")), scene->unknownCallers, m_groupColor, m_staleColor);
    for (const auto &t : scene->topics)
        addBox(w, target(QStringLiteral("topic:") + t.name), t.rect, m_groupColor, m_edgeColor);
    for (const auto &g : scene->groups)
        addBox(w, target(g.key), g.rect, m_groupColor, m_borderColor);

    // Edges above the boxes, under the dots; width grows with the rate (log scale).
    for (const auto &e : scene->edges) {
        const bool on = m_model->related(e.from) && m_model->related(e.to);
        const qreal width = e.call ? std::clamp(1.0 + std::log10(1.0 + e.perSecond) * 1.5, 1.0, 6.0) : 1.0;
        addBar(w, on ? bright : dim, e.a, e.b, width, m_edgeColor, !e.call);
    }

    const qreal d = TopologyLayout::kDot;
    for (const auto &dot : scene->dots) {
        QSGNode *parent = target(dot.id) == bright || target(dot.groupKey) == bright ? bright : dim;
        if (dot.fresh) // new: a ring for a few seconds
            addRect(w, parent, QRectF(dot.center.x() - d / 2 - 2, dot.center.y() - d / 2 - 2, d + 4, d + 4), m_freshColor);
        QSGImageNode *n = w->createImageNode();
        n->setTexture(dotTexture(dot.stale ? m_staleColor : m_liveColor));
        n->setRect(QRectF(dot.center.x() - d / 2, dot.center.y() - d / 2, d, d));
        n->setFiltering(QSGTexture::Linear);
        parent->appendChildNode(n);
    }
    ++m_frames;
    QMetaObject::invokeMethod(this, &TopologyView::framesChanged, Qt::QueuedConnection);
    return root;
}

} // namespace switchboard::gui
