// TopologyModel: moving around the map by keyboard and by name, and the hover's words.
#include "TopologyModel.h"

#include <cmath>
#include <limits>

namespace switchboard::gui {

namespace {

/// What the keyboard walks: the boxes one can select (not the frames at the Nodes level, whose
/// insides are walked instead) and the nodes.
struct Stop {
    QString key;
    QRectF rect;
};

std::vector<Stop> stopsOf(const MapScene &scene)
{
    std::vector<Stop> stops;
    for (const MapBox &b : scene.boxes)
        if (!b.frame)
            stops.push_back({b.key, b.rect});
    for (const MapDot &d : scene.dots)
        stops.push_back({d.id, QRectF(d.center.x() - kMapDot / 2, d.center.y() - kMapDot / 2, kMapDot, kMapDot)});
    return stops;
}

} // namespace

QRectF TopologyModel::rectOf(const QString &key) const
{
    for (const MapDot &d : m_scene->dots)
        if (d.id == key)
            return QRectF(d.center.x() - kMapDot / 2, d.center.y() - kMapDot / 2, kMapDot, kMapDot);
    const MapBox *b = m_scene->box(key);
    return b ? b->rect : QRectF();
}

QString TopologyModel::neighbour(const QString &key, int dx, int dy) const
{
    const std::vector<Stop> stops = stopsOf(*m_scene);
    const QRectF from = rectOf(key);
    if (from.isEmpty()) // nothing selected: start at the top left
        return stops.empty() ? QString() : std::min_element(stops.begin(), stops.end(), [](const Stop &a, const Stop &b) {
                                               return a.rect.top() + a.rect.left() < b.rect.top() + b.rect.left();
                                           })->key;
    // The nearest centre ahead, with sideways distance counted three times: a step right stays
    // on its row when the row goes on.
    const QPointF c = from.center();
    double best = std::numeric_limits<double>::infinity();
    QString found;
    for (const Stop &s : stops) {
        if (s.key == key)
            continue;
        const QPointF d = s.rect.center() - c;
        const double ahead = d.x() * dx + d.y() * dy;
        if (ahead <= 1)
            continue;
        const double side = std::abs(dx ? d.y() : d.x());
        const double cost = ahead + 3 * side;
        if (cost < best) {
            best = cost;
            found = s.key;
        }
    }
    return found;
}

QString TopologyModel::describe(const QString &key) const
{
    if (key.isEmpty())
        return {};
    const int row = m_items.indexOfKey(key);
    return row < 0 ? QString() : m_items.row(row).values.value(1).toString();
}

QString TopologyModel::find(const QString &text, const QString &after) const
{
    if (text.isEmpty())
        return {};
    std::vector<QString> matches;
    for (const MapBox &b : m_scene->boxes)
        if (b.label.contains(text, Qt::CaseInsensitive))
            matches.push_back(b.key);
    for (const MapDot &d : m_scene->dots)
        if (d.id.contains(text, Qt::CaseInsensitive))
            matches.push_back(d.id);
    if (matches.empty())
        return {};
    const auto it = std::find(matches.begin(), matches.end(), after);
    return it == matches.end() || std::next(it) == matches.end() ? matches.front() : *std::next(it);
}

} // namespace switchboard::gui

namespace switchboard::gui {

QVariantList TopologyModel::overview() const
{
    // The boxes at the top (zones, or services when there are no frames): a few dozen rects,
    // enough to recognise where the view is, cheap to draw beside the map.
    QVariantList out;
    for (const MapBox &b : m_scene->boxes) {
        if (!b.parent.isEmpty())
            continue;
        out << QVariantMap{{QStringLiteral("x"), b.rect.x()},          {QStringLiteral("y"), b.rect.y()},
                           {QStringLiteral("w"), b.rect.width()},      {QStringLiteral("h"), b.rect.height()},
                           {QStringLiteral("frame"), b.frame}};
        if (out.size() >= 400)
            break;
    }
    return out;
}

} // namespace switchboard::gui
