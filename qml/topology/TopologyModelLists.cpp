// TopologyModel's views of the scene for QML: labels, the accessible list and the selection.
#include "TopologyModel.h"

#include "ClusterWords.h"

#include <QSet>

namespace switchboard::gui {

namespace {
QVariantMap rectMap(const QRectF &r)
{
    return {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("width"), r.width()},
            {QStringLiteral("height"), r.height()}};
}
} // namespace

QVariantList TopologyModel::zones() const
{
    QVariantList out;
    for (const auto &z : m_scene->zones) {
        QVariantMap m = rectMap(z.rect);
        m[QStringLiteral("name")] = z.name;
        m[QStringLiteral("health")] = z.health;
        m[QStringLiteral("reason")] = z.reason;
        m[QStringLiteral("summary")] = QString(tr("%n server(s)", nullptr, z.servers) + QStringLiteral(" · ")
                                               + tr("%n node(s)", nullptr, z.nodes)
                                               + (z.stale ? QStringLiteral(" (") + tr("%1 stale").arg(z.stale) + u')' : QString())
                                               + QStringLiteral(" · ") + ClusterWords::health(z.health));
        m[QStringLiteral("dim")] = !related(QStringLiteral("zone:") + z.name) && !m_selected.isEmpty();
        out << m;
    }
    return out;
}

QVariantList TopologyModel::servers() const
{
    QVariantList out;
    for (const auto &s : m_scene->servers) {
        QVariantMap m = rectMap(s.rect);
        m[QStringLiteral("name")] = s.name;
        m[QStringLiteral("reachable")] = s.reachable;
        out << m;
    }
    return out;
}

QVariantList TopologyModel::groups() const
{
    QVariantList out;
    for (const auto &g : m_scene->groups) {
        QVariantMap m = rectMap(g.rect);
        m[QStringLiteral("key")] = g.key;
        m[QStringLiteral("service")] = g.service;
        m[QStringLiteral("protocol")] = g.protocol;
        m[QStringLiteral("nodes")] = g.nodes;
        m[QStringLiteral("stale")] = g.stale;
        m[QStringLiteral("dim")] = !related(g.key);
        out << m;
    }
    return out;
}

QVariantList TopologyModel::topics() const
{
    QVariantList out;
    for (const auto &t : m_scene->topics) {
        QVariantMap m = rectMap(t.rect);
        m[QStringLiteral("name")] = t.name;
        m[QStringLiteral("subscribers")] = t.subscribers;
        m[QStringLiteral("dim")] = !related(QStringLiteral("topic:") + t.name);
        out << m;
    }
    return out;
}

QVariantList TopologyModel::edgeLabels() const
{
    // Rates on call edges: always for the selection's edges, otherwise for the busiest few.
    QVariantList out;
    for (const auto &e : m_scene->edges) {
        if (!e.call)
            continue;
        const bool selectedEdge = !m_selected.isEmpty() && m_related.contains(e.from) && m_related.contains(e.to);
        if (!m_selected.isEmpty() && !selectedEdge)
            continue;
        out << QVariantMap{{QStringLiteral("x"), (e.a.x() + e.b.x()) / 2}, {QStringLiteral("y"), (e.a.y() + e.b.y()) / 2},
                           {QStringLiteral("perSecond"), e.perSecond}, {QStringLiteral("endpoints"), e.label},
                           {QStringLiteral("errorRatio"), e.errorRatio},
                           {QStringLiteral("total"), qint64(e.total)}};
    }
    return out;
}

std::vector<RowListModel::Row> TopologyModel::itemRows() const
{
    std::vector<RowListModel::Row> rows;
    QSet<QString> keys; // a hostile registry can repeat a node id; the model needs unique keys
    auto item = [&](const QString &key, const QString &text) {
        if (!keys.contains(key)) {
            keys.insert(key);
            rows.push_back({key, {key, text}});
        }
    };
    for (const auto &z : m_scene->zones)
        item(QStringLiteral("zone:") + z.name, tr("zone %1, %2, %n node(s)", nullptr, z.nodes).arg(z.name, ClusterWords::health(z.health))
                                                   + (z.reason.isEmpty() ? QString() : QStringLiteral(", ") + z.reason));
    for (const auto &s : m_scene->servers)
        item(QStringLiteral("server:") + s.name,
             tr("server %1 in %2, %3").arg(s.name, s.zone, s.reachable ? tr("reachable") : tr("down")));
    for (const auto &d : m_scene->dots)
        item(d.id, tr("node %1 of %2 in %3%4").arg(d.id, d.service, d.zone, d.stale ? tr(", stale") : QString()));
    for (const auto &t : m_scene->topics)
        item(QStringLiteral("topic:") + t.name,
             tr("topic %1, subscribed by %2").arg(t.name, t.subscribers.join(QStringLiteral(", "))));
    return rows;
}

QVariantMap TopologyModel::selection() const
{
    QVariantMap m;
    if (m_selected.isEmpty())
        return m;
    m[QStringLiteral("key")] = m_selected;
    auto callsOf = [this](const QString &groupKey, bool incoming) {
        QStringList lines;
        for (const auto &e : m_scene->edges) {
            if (!e.call || (incoming ? e.to : e.from) != groupKey)
                continue;
            QString other = incoming ? e.from : e.to;
            other = other == QLatin1String("unknown") ? tr("unknown callers") : other.section(u'|', 1);
            const QString errors = e.errorRatio < 0 ? tr("errors unknown") : tr("%1 % errors").arg(e.errorRatio * 100, 0, 'f', 1);
            lines << tr("%1 %2: %3/s, %4 (%5)").arg(incoming ? QStringLiteral("←") : QStringLiteral("→"), other)
                         .arg(e.perSecond, 0, 'f', 1).arg(errors, e.label);
        }
        return lines;
    };
    for (const auto &d : m_scene->dots)
        if (d.id == m_selected) {
            m[QStringLiteral("kind")] = tr("node");
            m[QStringLiteral("title")] = d.id;
            m[QStringLiteral("service")] = d.service;
            m[QStringLiteral("lines")] = QStringList{tr("service %1").arg(d.service), tr("zone %1").arg(d.zone),
                                                     d.stale ? tr("stale: stopped answering the registry") : tr("live")}
                                         + callsOf(d.groupKey, true) + callsOf(d.groupKey, false);
            return m;
        }
    for (const auto &g : m_scene->groups)
        if (g.key == m_selected) {
            m[QStringLiteral("kind")] = tr("service");
            m[QStringLiteral("title")] = g.service;
            m[QStringLiteral("service")] = g.service;
            m[QStringLiteral("lines")] = QStringList{tr("%1 in zone %2").arg(g.protocol, g.zone),
                                                     tr("%n node(s)", nullptr, g.nodes) + (g.stale ? tr(", %1 stale").arg(g.stale) : QString())}
                                         + callsOf(g.key, true) + callsOf(g.key, false);
            return m;
        }
    for (const auto &t : m_scene->topics)
        if (QStringLiteral("topic:") + t.name == m_selected) {
            m[QStringLiteral("kind")] = tr("topic");
            m[QStringLiteral("title")] = t.name;
            m[QStringLiteral("lines")] = QStringList{tr("subscribed by %1").arg(t.subscribers.join(QStringLiteral(", ")))};
            return m;
        }
    for (const auto &s : m_scene->servers)
        if (QStringLiteral("server:") + s.name == m_selected) {
            m[QStringLiteral("kind")] = tr("server");
            m[QStringLiteral("title")] = s.name;
            m[QStringLiteral("lines")] = QStringList{tr("zone %1").arg(s.zone), s.reachable ? tr("reachable") : tr("not answering")};
            return m;
        }
    for (const auto &z : m_scene->zones)
        if (QStringLiteral("zone:") + z.name == m_selected) {
            m[QStringLiteral("kind")] = tr("zone");
            m[QStringLiteral("title")] = z.name;
            m[QStringLiteral("lines")] = QStringList{ClusterWords::health(z.health) + (z.reason.isEmpty() ? QString() : QStringLiteral(": ") + z.reason),
                                                     tr("%n server(s)", nullptr, z.servers), tr("%n node(s)", nullptr, z.nodes)};
            return m;
        }
    if (m_selected == QLatin1String("unknown")) {
        m[QStringLiteral("kind")] = tr("callers");
        m[QStringLiteral("title")] = tr("unknown callers");
        m[QStringLiteral("lines")] = QStringList{tr("Calls without Micro-From-Service: clients not wrapped with wrapper.FromService.")}
                                     + callsOf(QStringLiteral("unknown"), false);
    }
    return m;
}

} // namespace switchboard::gui
