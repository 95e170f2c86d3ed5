#include "MapLabels.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "Formatter.h"

namespace switchboard::gui {

namespace {

using Kind = MapBox::Kind;
constexpr double kCell = 96; // spatial hash cell, scene units

/// Rects already taken, hashed by cell so that a candidate checks only its neighbours.
class Taken {
public:
    void add(const QRectF &r)
    {
        const int id = int(m_rects.size());
        m_rects.push_back(r);
        forCells(r, [&](qint64 cell) { m_cells[cell].push_back(id); return false; });
    }
    [[nodiscard]] bool hits(const QRectF &r) const
    {
        return forCells(r, [&](qint64 cell) {
            const auto it = m_cells.find(cell);
            if (it != m_cells.end())
                for (int id : it->second)
                    if (m_rects[size_t(id)].intersects(r))
                        return true;
            return false;
        });
    }

private:
    template <class F>
    static bool forCells(const QRectF &r, F &&f)
    {
        const auto x0 = qint64(std::floor(r.left() / kCell)), x1 = qint64(std::floor(r.right() / kCell));
        const auto y0 = qint64(std::floor(r.top() / kCell)), y1 = qint64(std::floor(r.bottom() / kCell));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (f((x << 32) ^ (y & 0xffffffff)))
                    return true;
        return false;
    }
    std::vector<QRectF> m_rects;
    std::unordered_map<qint64, std::vector<int>> m_cells;
};

double lineHeight(double px) { return std::ceil(px * 1.35); }

/// "pricing · $SRV" for a NATS micro service; nothing for a name that did not fit.
QString withProtocol(const QString &name, const QString &protocol)
{
    return name.isEmpty() || protocol != QLatin1String("$SRV") ? name : name + QStringLiteral(" · $SRV");
}

} // namespace

double MapLabels::textWidth(const QString &text, double pixelSize)
{
    double em = 0;
    for (const QChar c : text)
        em += c.unicode() < 0x2e80 ? 0.62 : 1.0; // a little wide: overlaps are worse than gaps
    return em * pixelSize;
}

QString MapLabels::shorten(const QString &name, int chars)
{
    if (name.size() <= chars)
        return name;
    QString rest = name;
    for (;;) {
        const auto dot = rest.indexOf(u'.');
        if (dot < 0 || dot + 1 >= rest.size())
            return {};
        rest = rest.mid(dot + 1);
        if (rest.size() + 1 <= chars)
            return QStringLiteral("…") + rest;
    }
}

QString MapLabels::fit(const QString &name, int chars)
{
    const QString shortened = shorten(name, chars);
    if (!shortened.isEmpty() || chars < 5)
        return shortened;
    // The last part, cut at its end: the hover and the list give the whole name.
    const QString last = name.section(u'.', -1);
    return last.left(chars - 1) + QStringLiteral("…");
}

QString MapLabels::toneOf(double errorRatio)
{
    return errorRatio >= kRedErrors ? QStringLiteral("red") : errorRatio >= kAmberErrors ? QStringLiteral("amber") : QString();
}

QString MapLabels::edgeText(const MapEdge &e)
{
    if (!e.call)
        return {};
    QString text = Formatter::rate(e.perSecond);
    if (e.errorRatio > 0)
        text += QStringLiteral(" · ") + tr("%1 % err").arg(QLocale().toString(e.errorRatio * 100, 'f', e.errorRatio < 0.1 ? 1 : 0));
    return text;
}

std::vector<MapLabel> MapLabels::place(const MapScene &scene, double zoom)
{
    std::vector<MapLabel> out;
    if (zoom <= 0)
        return out;
    const double pad = 6 / zoom;
    // A box's lines, top down, each only when it fits whole.
    for (const MapBox &b : scene.boxes) {
        QRectF area = b.header.isEmpty() ? b.rect : b.header;
        if (b.frame) // its name and summary; the servers' chips below are boxes of their own
            area.setHeight(std::min(area.height(), kFrameTextHeight));
        // A one-line box (its name in a header strip) takes the line without leading: 11 px words
        // fit a 13 px strip, so that names stay at smaller zooms (Fit on a small window).
        const bool oneLine = b.kind == Kind::Group || b.kind == Kind::Topic || b.kind == Kind::Server
                             || b.kind == Kind::Unknown || b.kind == Kind::Servers;
        const auto heightOf = [oneLine](double px) { return oneLine ? std::ceil(px * 1.15) : lineHeight(px); };
        double y = area.top() + (oneLine ? std::max(0.0, (area.height() - heightOf(kSmallPx) / zoom) / 2) : pad);
        double width = area.width() - 2 * std::min(pad, area.width() / 8);
        const double left = area.left() + std::min(pad, area.width() / 8);
        auto line = [&](MapLabel::Kind kind, const QString &text, double px, const QString &tone, int index) {
            const double h = heightOf(px) / zoom;
            if (text.isEmpty() || y + h > area.bottom() + 0.5 || textWidth(text, px) / zoom > width)
                return false;
            // As wide as the words (estimated), so that a summary can sit beside a name.
            out.push_back({b.key + u'#' + QString::number(index), b.key, kind, text,
                           QRectF(left, y, std::min(width, textWidth(text, px) / zoom), h), px, tone});
            y += h;
            return true;
        };
        const int chars = int(width * zoom / (0.62 * kSmallPx));
        switch (b.kind) {
        case Kind::Zone: {
            const QString name = b.label == QLatin1String("unzoned") ? tr("no zone") : b.label;
            if (!line(MapLabel::Kind::Name, fit(name, int(width * zoom / (0.62 * kNamePx))), kNamePx, {}, 0))
                break;
            const QString health = b.health == QLatin1String("down") ? QStringLiteral("red")
                                   : b.health == QLatin1String("degraded") ? QStringLiteral("amber") : QStringLiteral("muted");
            QString nodes = tr("%n node(s)", nullptr, b.nodes);
            if (b.stale)
                nodes += QStringLiteral(" (") + tr("%n stale", nullptr, b.stale) + u')';
            // Servers only where the zone has its own (a plain nats-server names no zone).
            const QString servers = b.servers ? tr("%n server(s)", nullptr, b.servers) + QStringLiteral(" · ") : QString();
            if (line(MapLabel::Kind::Summary, servers + nodes, kSmallPx, health, 1)
                || line(MapLabel::Kind::Summary, nodes, kSmallPx, health, 1))
                ; // below the name
            else if (const MapLabel named = out.back(); named.owner == b.key) {
                // No room below: beside the name, on its line, when the frame is wide enough.
                const double nameWidth = (textWidth(named.text, kNamePx) + 10) / zoom;
                for (const QString &text : {QString(servers + nodes), nodes}) {
                    const double w = textWidth(text, kSmallPx) / zoom;
                    if (nameWidth + w <= width) {
                        out.push_back({b.key + QStringLiteral("#1"), b.key, MapLabel::Kind::Summary, text,
                                       QRectF(left + nameWidth, named.rect.top(), w, named.rect.height()), kSmallPx, health});
                        break;
                    }
                }
            }
            if (!b.frame && b.perSecond > 0)
                line(MapLabel::Kind::Summary, tr("%1 in").arg(Formatter::rate(b.perSecond))
                         + (b.errorRatio > 0 ? QStringLiteral(" · ") + tr("%1 % err").arg(QLocale().toString(b.errorRatio * 100, 'f', 1)) : QString()),
                     kSmallPx, toneOf(b.errorRatio), 2);
            break;
        }
        case Kind::Service: {
            const double ring = 26; // the health ring's corner, top right
            const double full = width;
            width = full - ring;
            const int chars = int(width * zoom / (0.62 * kSmallPx));
            const QString name = withProtocol(shorten(b.label, chars), b.protocol);
            if (!line(MapLabel::Kind::Name, name, kSmallPx, {}, 0) && !line(MapLabel::Kind::Name, fit(b.label, chars), kSmallPx, {}, 0))
                break;
            width = full;
            QString nodes = tr("%n node(s)", nullptr, b.nodes);
            if (b.stale)
                nodes += QStringLiteral(", ") + tr("%n stale", nullptr, b.stale);
            line(MapLabel::Kind::Summary, nodes, kSmallPx, b.stale ? QStringLiteral("amber") : QStringLiteral("muted"), 1);
            if (b.perSecond > 0)
                line(MapLabel::Kind::Summary, tr("%1 in").arg(Formatter::rate(b.perSecond))
                         + (b.errorRatio > 0 ? QStringLiteral(" · ") + tr("%1 % err").arg(QLocale().toString(b.errorRatio * 100, 'f', 1)) : QString()),
                     kSmallPx, toneOf(b.errorRatio), 2);
            break;
        }
        case Kind::Group:
            if (!line(MapLabel::Kind::Name, withProtocol(shorten(b.label, chars), b.protocol), kSmallPx, {}, 0))
                line(MapLabel::Kind::Name, fit(b.label, chars), kSmallPx, {}, 0);
            break;
        case Kind::Topic: line(MapLabel::Kind::Name, fit(b.label, chars - 2).isEmpty() ? QString() : QStringLiteral("◇ ") + fit(b.label, chars - 2), kSmallPx, {}, 0); break;
        case Kind::Server: line(MapLabel::Kind::Name, fit(b.label, chars), kSmallPx, b.reachable ? QStringLiteral("muted") : QStringLiteral("red"), 0); break;
        case Kind::Unknown:
            if (!line(MapLabel::Kind::Name, tr("unknown callers"), kSmallPx, QStringLiteral("muted"), 0))
                line(MapLabel::Kind::Name, tr("unknown"), kSmallPx, QStringLiteral("muted"), 0);
            break;
        case Kind::Servers: {
            // "Servers (no zone): n1, n2, n3", as many names as fit, then "+2".
            const QString tone = b.reachable ? QStringLiteral("muted") : QStringLiteral("red");
            bool shown = false;
            for (qsizetype n = b.members.size(); n >= 1 && !shown; --n) {
                QString text = tr("Servers, no zone: %1").arg(b.members.mid(0, n).join(QStringLiteral(", ")));
                if (n < b.members.size())
                    text += QStringLiteral(" +%1").arg(b.members.size() - n);
                shown = line(MapLabel::Kind::Name, text, kSmallPx, tone, 0);
            }
            if (!shown)
                line(MapLabel::Kind::Name, tr("%n server(s) without a zone", nullptr, int(b.members.size())), kSmallPx, tone, 0);
            break;
        }
        }
    }

    // Edge labels: not over boxes (frames only whole, inside or out), arrowheads or each other.
    Taken taken;
    std::vector<const MapBox *> frames;
    for (const MapBox &b : scene.boxes) {
        if (b.frame) {
            frames.push_back(&b);
            taken.add(b.header);
        } else {
            taken.add(b.rect.adjusted(-2 / zoom, -2 / zoom, 2 / zoom, 2 / zoom)); // a hair apart
        }
    }
    for (const MapEdge &e : scene.edges)
        if (e.route.size() >= 2) {
            const QPointF tip = e.route.back();
            taken.add(QRectF(tip.x() - 7, tip.y() - 7, 14, 14));
        }
    std::vector<size_t> order;
    for (size_t i = 0; i < scene.edges.size(); ++i)
        if (scene.edges[i].call && scene.edges[i].route.size() >= 2 && scene.edges[i].perSecond >= 0.05) // idle: the hover tells
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scene.edges[a].perSecond > scene.edges[b].perSecond; });
    const double h = lineHeight(kSmallPx) / zoom;
    for (size_t i : order) {
        const MapEdge &e = scene.edges[i];
        const QString text = edgeText(e);
        const double w = (textWidth(text, kSmallPx) + 8) / zoom;
        bool placed = false;
        // Inner segments first (the first and last are the stubs at the boxes); a straight
        // route has only its one.
        const qsizetype first = e.route.size() >= 4 ? 1 : 0, last = e.route.size() >= 4 ? e.route.size() - 2 : e.route.size() - 1;
        for (qsizetype s = first; s < last && !placed; ++s) {
            const QPointF a = e.route[s], b = e.route[s + 1];
            const bool horizontal = std::abs(a.y() - b.y()) < 0.01;
            const double length = horizontal ? std::abs(b.x() - a.x()) : std::abs(b.y() - a.y());
            if (horizontal && length < w + 4 / zoom)
                continue;
            for (double t : {0.5, 0.3, 0.7, 0.15, 0.85}) {
                const QPointF c = a + (b - a) * t;
                // On the line, or just beside it (above or below; left or right).
                const double across[] = {0.0, -(horizontal ? h : w) / 2 - 2 / zoom, (horizontal ? h : w) / 2 + 2 / zoom};
                for (double shift : across) {
                    const QRectF r(c.x() - w / 2 + (horizontal ? 0 : shift), c.y() - h / 2 + (horizontal ? shift : 0), w, h);
                    if (taken.hits(r) || !scene.bounds.contains(r)) // past the bounds, Fit would cut it off
                        continue;
                    if (std::any_of(frames.begin(), frames.end(), [&](const MapBox *f) { return f->rect.intersects(r) && !f->rect.contains(r); }))
                        continue;
                    taken.add(r);
                    out.push_back({QStringLiteral("edge:") + QString::number(i), QStringLiteral("edge:") + QString::number(i),
                                   MapLabel::Kind::Edge, text, r, kSmallPx, toneOf(e.errorRatio)});
                    placed = true;
                    break;
                }
                if (placed)
                    break;
            }
        }
    }
    return out;
}

} // namespace switchboard::gui
