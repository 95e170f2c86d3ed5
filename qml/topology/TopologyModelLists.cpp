// TopologyModel's views of the map in words: the accessible list, the selection panel, what is
// under the pointer, and what the selection touches.
#include "TopologyModel.h"

#include <QLineF>
#include <QLocale>
#include <QSet>

#include "ClusterWords.h"
#include "Formatter.h"

namespace switchboard::gui {

namespace {

using Kind = MapBox::Kind;

QString errorsText(double ratio)
{
    return ratio < 0 ? TopologyModel::tr("errors unknown")
                     : TopologyModel::tr("%1 % errors").arg(QLocale().toString(ratio * 100, 'f', ratio > 0 && ratio < 0.1 ? 1 : 0));
}

} // namespace

QString TopologyModel::boxName(const MapScene &scene, const QString &key)
{
    if (key == QLatin1String("unknown"))
        return tr("unknown callers");
    const MapBox *b = scene.box(key);
    if (!b)
        return key;
    if (b->kind == Kind::Group && scene.level == MapLevel::Nodes && b->zone != TopologyGraph::unzoned())
        return tr("%1 in %2").arg(b->label, b->zone);
    return b->label == TopologyGraph::unzoned() ? tr("no zone") : b->label;
}

QString TopologyModel::edgeWords(const MapScene &scene, const MapEdge &e)
{
    if (!e.call)
        return tr("topic %1 delivers to %2").arg(boxName(scene, e.from), boxName(scene, e.to));
    return tr("calls %1 → %2 %3, %4").arg(boxName(scene, e.from), boxName(scene, e.to), Formatter::rate(e.perSecond), errorsText(e.errorRatio))
           + (e.estimated ? tr(" (estimated from node counts)") : QString());
}

void TopologyModel::computeRelated()
{
    m_related.clear();
    if (m_selected.isEmpty())
        return;
    m_related.insert(m_selected);
    QString box = m_selected;
    for (const MapDot &d : m_scene->dots)
        if (d.id == m_selected)
            box = d.groupKey;
    m_related.insert(box);
    if (const MapBox *b = m_scene->box(box); b && !b->parent.isEmpty())
        m_related.insert(b->parent);
    for (const MapEdge &e : m_scene->edges)
        if (e.from == box || e.to == box) {
            m_related.insert(e.from);
            m_related.insert(e.to);
            for (const QString &end : {e.from, e.to})
                if (const MapBox *b = m_scene->box(end); b && !b->parent.isEmpty())
                    m_related.insert(b->parent); // the zone frames stay lit around them
        }
}

bool TopologyModel::related(const QString &key) const
{
    return m_selected.isEmpty() || m_related.contains(key);
}

QString TopologyModel::keyAt(qreal x, qreal y) const
{
    const QPointF p(x, y);
    const double r = kMapDot / 2 + 2;
    for (const MapDot &d : m_scene->dots)
        if (std::abs(d.center.x() - x) <= r && std::abs(d.center.y() - y) <= r)
            return d.id;
    const MapBox *frame = nullptr;
    for (const MapBox &b : m_scene->boxes) {
        if (!b.rect.contains(p))
            continue;
        if (!b.frame)
            return b.key;
        frame = &b;
    }
    return frame ? frame->key : QString();
}

QVariantMap TopologyModel::edgeAt(qreal x, qreal y, qreal reach) const
{
    const QPointF p(x, y);
    double best = reach;
    const MapEdge *found = nullptr;
    int index = -1;
    for (size_t i = 0; i < m_scene->edges.size(); ++i) {
        const QPolygonF &route = m_scene->edges[i].route;
        for (qsizetype s = 0; s + 1 < route.size(); ++s) {
            const QRectF seg = QRectF(route[s], route[s + 1]).normalized().adjusted(-best, -best, best, best);
            if (!seg.contains(p))
                continue;
            const bool horizontal = std::abs(route[s].y() - route[s + 1].y()) < 0.01;
            const double d = horizontal ? std::abs(p.y() - route[s].y()) : std::abs(p.x() - route[s].x());
            if (d < best) {
                best = d;
                found = &m_scene->edges[i];
                index = int(i);
            }
        }
    }
    if (!found)
        return {};
    const QString text = MapLabels::edgeText(*found);
    const QString endpoints = found->endpoints.isEmpty() ? QString() : QStringLiteral(" (") + found->endpoints + u')';
    return QVariantMap{{QStringLiteral("key"), QVariant(QStringLiteral("edge:") + QString::number(index))},
                       {QStringLiteral("text"), QVariant(edgeWords(*m_scene, *found) + endpoints)},
                       {QStringLiteral("short"), QVariant(text)}};
}

std::vector<RowListModel::Row> TopologyModel::itemRows(const MapScene &scene)
{
    std::vector<RowListModel::Row> rows;
    QSet<QString> keys; // a hostile registry can repeat a node id; the model needs unique keys
    auto item = [&](const QString &key, const QString &text) {
        if (!keys.contains(key)) {
            keys.insert(key);
            rows.push_back({key, {key, text}});
        }
    };
    for (const MapBox &b : scene.boxes) {
        switch (b.kind) {
        case Kind::Zone:
            item(b.key, tr("zone %1, %2, %n node(s)", nullptr, b.nodes).arg(boxName(scene, b.key), ClusterWords::health(b.health))
                            + (b.reason.isEmpty() ? QString() : QStringLiteral(", ") + b.reason));
            break;
        case Kind::Service:
            item(b.key, tr("service %1, %n node(s)", nullptr, b.nodes).arg(b.label)
                            + (b.stale ? QStringLiteral(", ") + tr("%n stale", nullptr, b.stale) : QString())
                            + (b.perSecond > 0 ? QStringLiteral(", ") + tr("%1 in, %2").arg(Formatter::rate(b.perSecond), errorsText(b.errorRatio)) : QString()));
            break;
        case Kind::Group: item(b.key, tr("service %1, %n node(s)", nullptr, b.nodes).arg(boxName(scene, b.key))); break;
        case Kind::Topic: item(b.key, tr("topic %1, subscribed by %2").arg(b.label, b.members.join(QStringLiteral(", ")))); break;
        case Kind::Server:
            item(b.key, tr("server %1 in %2, %3").arg(b.label, b.zone, b.reachable ? tr("reachable") : tr("down")));
            break;
        case Kind::Servers:
            item(b.key, tr("servers without a zone: %1").arg(b.members.join(QStringLiteral(", "))));
            break;
        case Kind::Unknown: item(b.key, tr("unknown callers: calls without Micro-From-Service")); break;
        }
    }
    for (const MapDot &d : scene.dots)
        item(d.id, nodeName(d.id, d.service, d.zone) + (d.stale ? tr(", stale") : QString()));
    for (size_t i = 0; i < scene.edges.size(); ++i)
        item(QStringLiteral("edge:") + QString::number(i), edgeWords(scene, scene.edges[i]));
    return rows;
}

QVariantMap TopologyModel::selection() const
{
    QVariantMap m;
    if (m_selected.isEmpty())
        return m;
    m[QStringLiteral("key")] = m_selected;
    auto callsOf = [this](const QString &key) {
        QStringList lines;
        for (const MapEdge &e : m_scene->edges)
            if (e.call && (e.to == key || e.from == key))
                lines << tr("%1 %2: %3, %4").arg(e.to == key ? QStringLiteral("←") : QStringLiteral("→"),
                                                  boxName(*m_scene, e.to == key ? e.from : e.to), Formatter::rate(e.perSecond), errorsText(e.errorRatio))
                             + (e.endpoints.isEmpty() ? QString() : QStringLiteral(" (") + e.endpoints + u')');
        return lines;
    };
    for (const MapDot &d : m_scene->dots)
        if (d.id == m_selected) {
            m[QStringLiteral("kind")] = tr("node");
            m[QStringLiteral("title")] = d.id;
            m[QStringLiteral("service")] = d.service;
            m[QStringLiteral("lines")] = QStringList{tr("service %1").arg(d.service), tr("zone %1").arg(d.zone),
                                                     d.stale ? tr("stale: stopped answering the registry") : tr("live")}
                                         + callsOf(d.groupKey);
            return m;
        }
    const MapBox *b = m_scene->box(m_selected);
    if (!b)
        return m;
    m[QStringLiteral("title")] = boxName(*m_scene, b->key);
    QStringList lines;
    switch (b->kind) {
    case Kind::Zone:
        m[QStringLiteral("kind")] = tr("zone");
        lines << ClusterWords::health(b->health) + (b->reason.isEmpty() ? QString() : QStringLiteral(": ") + b->reason)
              << tr("%n server(s)", nullptr, b->servers) << tr("%n node(s)", nullptr, b->nodes);
        break;
    case Kind::Service:
    case Kind::Group:
        m[QStringLiteral("kind")] = tr("service");
        m[QStringLiteral("service")] = b->service;
        lines << (b->kind == Kind::Group ? tr("%1 in zone %2").arg(b->protocol, b->zone) : b->protocol)
              << tr("%n node(s)", nullptr, b->nodes) + (b->stale ? QStringLiteral(", ") + tr("%n stale", nullptr, b->stale) : QString());
        break;
    case Kind::Topic:
        m[QStringLiteral("kind")] = tr("topic");
        lines << tr("subscribed by %1").arg(b->members.join(QStringLiteral(", ")));
        break;
    case Kind::Server:
        m[QStringLiteral("kind")] = tr("server");
        lines << tr("zone %1").arg(b->zone) << (b->reachable ? tr("reachable") : tr("not answering"));
        break;
    case Kind::Servers:
        m[QStringLiteral("kind")] = tr("servers");
        lines << tr("These servers name no zone (no server_tags az:…).") << b->members;
        break;
    case Kind::Unknown:
        m[QStringLiteral("kind")] = tr("callers");
        lines << tr("Calls without Micro-From-Service: clients not wrapped with wrapper.FromService.");
        break;
    }
    m[QStringLiteral("lines")] = lines + callsOf(b->key);
    m[QStringLiteral("canDrill")] = (m_scene->level == MapLevel::Zones && b->kind == Kind::Zone)
                                    || (m_scene->level == MapLevel::Services && b->kind == Kind::Service);
    return m;
}

} // namespace switchboard::gui
