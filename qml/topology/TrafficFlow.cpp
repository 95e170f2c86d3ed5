#include "TrafficFlow.h"

#include <QQuickWindow>
#include <QSGRectangleNode>

#include <algorithm>
#include <cmath>

#include "MapPainter.h"

namespace switchboard::gui {

namespace {
constexpr double kDot = 5;
constexpr double kIdle = 0.05; // calls a second below which an edge is idle (MapLabels: no label either)
} // namespace

TrafficFlow::TrafficFlow(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
    m_clock.start();
    connect(this, &TrafficFlow::colorsChanged, this, [this] {
        m_dirty = true;
        update();
    });
}

void TrafficFlow::setModel(TopologyModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model)
        connect(m_model, &TopologyModel::sceneChanged, this, [this] {
            m_dirty = true;
            update();
        });
    m_dirty = true;
    Q_EMIT modelChanged();
    update();
}

void TrafficFlow::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    m_dirty = true;
    Q_EMIT runningChanged();
    update();
}

int TrafficFlow::dotsFor(double perSecond)
{
    if (perSecond < kIdle)
        return 0;
    return std::clamp(1 + int(std::floor(std::log2(1 + perSecond) / 2)), 1, 6);
}

void TrafficFlow::rebuild()
{
    // GUI thread (updatePaintNode runs with it blocked): the scene is immutable and shared.
    m_dots.clear();
    if (!m_running || !m_model)
        return;
    const std::shared_ptr<const MapScene> scene = m_model->scene();
    const MapPainter::EdgeStyle style{m_color, m_amber, m_red, 1};
    // The busiest edges first, so that the cap leaves out the quietest.
    std::vector<const MapEdge *> edges;
    for (const MapEdge &e : scene->edges)
        if (e.route.size() >= 2 && dotsFor(e.perSecond) > 0) // calls and publishes with a rate
            edges.push_back(&e);
    std::sort(edges.begin(), edges.end(), [](const MapEdge *a, const MapEdge *b) { return a->perSecond > b->perSecond; });
    for (const MapEdge *e : edges) {
        Dot proto;
        proto.route = e->route;
        proto.lengths.push_back(0);
        for (qsizetype i = 1; i < e->route.size(); ++i)
            proto.lengths.push_back(proto.lengths.back() + QLineF(e->route[i - 1], e->route[i]).length());
        proto.color = MapPainter::colorOf(*e, style);
        // One step short of opaque: Qt's software renderer then skips working out what each dot
        // hides (TopologyView's boxes do the same).
        proto.color.setAlpha(std::min(proto.color.alpha(), 254));
        const int n = dotsFor(e->perSecond);
        for (int i = 0; i < n && int(m_dots.size()) < kMaxDots; ++i) {
            Dot d = proto;
            d.phase = proto.lengths.back() * i / n;
            m_dots.push_back(std::move(d));
        }
        if (int(m_dots.size()) >= kMaxDots)
            break;
    }
}

QPointF TrafficFlow::along(const Dot &dot, double distance)
{
    const double total = dot.lengths.back();
    if (total <= 0)
        return dot.route.front();
    const double at = std::fmod(distance, total);
    const auto it = std::upper_bound(dot.lengths.begin(), dot.lengths.end(), at);
    const size_t i = size_t(std::max<std::ptrdiff_t>(1, it - dot.lengths.begin())) - 1;
    if (i + 1 >= dot.lengths.size())
        return dot.route.back();
    const double part = dot.lengths[i + 1] - dot.lengths[i];
    const double f = part > 0 ? (at - dot.lengths[i]) / part : 0;
    return dot.route[qsizetype(i)] + (dot.route[qsizetype(i) + 1] - dot.route[qsizetype(i)]) * f;
}

QSGNode *TrafficFlow::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    QSGNode *root = old;
    if (!root) {
        root = new QSGNode;
        m_nodes.clear();
    }
    if (std::exchange(m_dirty, false)) {
        const size_t before = m_dots.size();
        rebuild();
        if (before != m_dots.size())
            QMetaObject::invokeMethod(this, &TrafficFlow::dotsChanged, Qt::QueuedConnection);
    }
    while (m_nodes.size() > m_dots.size()) {
        root->removeChildNode(m_nodes.back());
        delete m_nodes.back();
        m_nodes.pop_back();
    }
    const double travelled = double(m_clock.elapsed()) / 1000.0 * kSpeed;
    for (size_t i = 0; i < m_dots.size(); ++i) {
        const QPointF p = along(m_dots[i], travelled + m_dots[i].phase);
        const QRectF r(p.x() - kDot / 2, p.y() - kDot / 2, kDot, kDot);
        if (i >= m_nodes.size()) {
            QSGRectangleNode *n = window()->createRectangleNode();
            n->setRect(r);
            n->setColor(m_dots[i].color);
            root->appendChildNode(n);
            m_nodes.push_back(n);
            continue;
        }
        m_nodes[i]->setRect(r);
        m_nodes[i]->setColor(m_dots[i].color);
    }
    if (m_running && !m_dots.empty()) // the next frame: moving is the point
        QMetaObject::invokeMethod(this, &QQuickItem::update, Qt::QueuedConnection);
    return root;
}

} // namespace switchboard::gui
