#include "MapPainter.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "MapLabels.h"

namespace switchboard::gui {

namespace {
bool isLit(const QString &key, const QSet<QString> &lit)
{
    return lit.isEmpty() || lit.contains(key);
}

bool isLit(const MapEdge &e, const QSet<QString> &lit)
{
    return isLit(e.from, lit) && isLit(e.to, lit);
}

QColor faded(QColor c, bool dim, double alpha)
{
    if (dim)
        c.setAlphaF(c.alphaF() * alpha);
    return c;
}

/// The live share of a service's nodes in twelfths, for its health ring; -1: no ring.
int ringOf(const MapBox &b)
{
    return b.kind == MapBox::Kind::Service && b.nodes > 0 ? int(std::lround(12.0 * (b.nodes - b.stale) / b.nodes)) : -1;
}
} // namespace

double MapPainter::widthOf(const MapEdge &e)
{
    // A log scale in half-pixel steps, so that small rate changes paint nothing new.
    return e.call ? std::round(std::clamp(1.0 + std::log10(1.0 + e.perSecond) * 1.2, 1.0, 5.0) * 2) / 2 : 1.0;
}

QColor MapPainter::colorOf(const MapEdge &e, const EdgeStyle &style)
{
    if (!e.call)
        return style.neutral;
    return e.errorRatio >= MapLabels::kRedErrors ? style.red : e.errorRatio >= MapLabels::kAmberErrors ? style.amber : style.neutral;
}

double MapPainter::scaleFor(double shown)
{
    const double steps = std::ceil(std::log2(std::max(shown, 0.05) * 1.25) * 2);
    return std::min(4.0, std::pow(2.0, steps / 2));
}

double MapPainter::overviewScale(const QRectF &bounds, double scale)
{
    const double side = std::max(bounds.width(), bounds.height());
    return side > 0 ? std::min(scale, kOverviewSide / side) : scale;
}

QSize MapPainter::sizeAt(const QRectF &bounds, double scale)
{
    return {int(std::ceil(bounds.width() * scale)), int(std::ceil(bounds.height() * scale))};
}

QRect MapPainter::pixelsFor(const QRectF &bounds, double scale, const QRectF &area)
{
    const QSize size = sizeAt(bounds, scale);
    const QRectF px((area.left() - bounds.left()) * scale, (area.top() - bounds.top()) * scale, area.width() * scale,
                    area.height() * scale);
    const int left = std::max(0, int(std::floor(px.left() / kTile)) * kTile);
    const int top = std::max(0, int(std::floor(px.top() / kTile)) * kTile);
    const int right = std::min(size.width(), int(std::ceil(px.right() / kTile)) * kTile);
    const int bottom = std::min(size.height(), int(std::ceil(px.bottom() / kTile)) * kTile);
    return right > left && bottom > top ? QRect(left, top, right - left, bottom - top) : QRect();
}

size_t MapPainter::signature(const Content &content, double scale)
{
    const MapScene &scene = *content.scene;
    const EdgeStyle &es = content.edges;
    const BoxStyle &bs = content.boxes;
    size_t sig = qHash(scale) ^ qHash(scene.bounds.width()) ^ qHash(scene.bounds.height()) << 1 ^ scene.edges.size();
    for (const QColor &c : {es.neutral, es.amber, es.red, bs.zone, bs.group, bs.border, bs.live, bs.stale, bs.down, bs.degraded, bs.topic})
        sig = sig * 31u ^ size_t(c.rgba());
    for (const MapEdge &e : scene.edges) {
        sig = sig * 1000003u ^ (qHash(widthOf(e)) ^ size_t(colorOf(e, es).rgba()) ^ size_t(isLit(e, content.lit)));
        for (const QPointF &p : e.route)
            sig = sig * 31u ^ qHash(p.x()) ^ qHash(p.y()) << 1;
    }
    for (const MapBox &b : scene.boxes) {
        sig = sig * 1000003u ^ qHash(b.key) ^ size_t(b.kind) ^ qHash(b.health) << 3 ^ size_t(b.reachable) << 7
              ^ size_t(ringOf(b) + 1) << 9 ^ size_t(isLit(b.key, content.lit)) << 14;
        sig = sig * 31u ^ qHash(b.rect.x()) ^ qHash(b.rect.y()) << 1 ^ qHash(b.rect.width()) << 2 ^ qHash(b.rect.height()) << 3;
    }
    return sig;
}

void MapPainter::paintBox(QPainter &p, const MapBox &b, const BoxStyle &style, bool dim, double dimmedAlpha)
{
    using Kind = MapBox::Kind;
    const bool zone = b.kind == Kind::Zone;
    const bool server = b.kind == Kind::Server || b.kind == Kind::Servers;
    const QColor health = b.health == QLatin1String("down") ? style.down
                          : b.health == QLatin1String("degraded") ? style.degraded : style.border;
    QColor border = zone ? health : b.kind == Kind::Topic ? style.topic : style.border;
    if (server && !b.reachable)
        border = style.down;
    if (b.kind == Kind::Unknown)
        border = style.stale;
    const double bw = (zone && border != style.border) || (server && !b.reachable) ? 2 : 1;
    const QColor fill = faded(zone || b.kind == Kind::Servers ? style.zone : style.group, dim, dimmedAlpha);
    border = faded(border, dim, dimmedAlpha);
    // The frame as four strips, not under the fill: a dimmed fill lets what is under it show.
    const QRectF r = b.rect, in = r.adjusted(bw, bw, -bw, -bw);
    p.fillRect(QRectF(r.left(), r.top(), r.width(), bw), border);
    p.fillRect(QRectF(r.left(), in.bottom(), r.width(), bw), border);
    p.fillRect(QRectF(r.left(), in.top(), bw, in.height()), border);
    p.fillRect(QRectF(in.right(), in.top(), bw, in.height()), border);
    p.fillRect(in, fill);
    const int live = ringOf(b);
    if (live < 0)
        return;
    // The health ring, top right: the live share in the live colour from twelve o'clock
    // clockwise, the rest in the stale colour (Kiali's health ring).
    const QRectF ring(r.right() - 23.5, r.top() + 8.5, 15, 15);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(faded(style.stale, dim, dimmedAlpha), 3.5, Qt::SolidLine, Qt::FlatCap));
    p.drawArc(ring, 0, 360 * 16);
    if (live > 0) {
        p.setPen(QPen(faded(style.live, dim, dimmedAlpha), 3.5, Qt::SolidLine, Qt::FlatCap));
        p.drawArc(ring, 90 * 16, -live * 30 * 16);
    }
    p.setPen(Qt::NoPen);
    p.setRenderHint(QPainter::Antialiasing, false);
}

void MapPainter::paintEdge(QPainter &p, const MapEdge &e, QColor color)
{
    const double width = widthOf(e);
    for (qsizetype i = 0; i + 1 < e.route.size(); ++i) {
        const QPointF a = e.route[i];
        QPointF z = e.route[i + 1];
        const bool horizontal = std::abs(a.y() - z.y()) < 0.01;
        if (i + 2 == e.route.size()) // the last part ends where the arrowhead starts
            z -= (z - a) / std::max(1.0, QLineF(a, z).length()) * std::min(QLineF(a, z).length(), 7.0 + width);
        const QRectF seg = QRectF(a, z).normalized().adjusted(-width / 2, -width / 2, width / 2, width / 2);
        if (e.call) {
            p.fillRect(seg, color);
            continue;
        }
        const double length = horizontal ? seg.width() : seg.height(); // dashed: 6 on, 4 off
        for (double at = 0; at < length; at += 10) {
            const double dash = std::min(6.0, length - at);
            p.fillRect(horizontal ? QRectF(seg.left() + at, seg.top(), dash, seg.height())
                                  : QRectF(seg.left(), seg.top() + at, seg.width(), dash),
                       color);
        }
    }
    const QPointF tip = e.route.back(), from = e.route[e.route.size() - 2];
    const QPointF d = (tip - from) / std::max(0.01, QLineF(from, tip).length()), n(-d.y(), d.x());
    const double size = 9 + width;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(color);
    p.drawPolygon(QPolygonF{tip, tip - d * size + n * size / 2.4, tip - d * size - n * size / 2.4});
    p.setRenderHint(QPainter::Antialiasing, false);
}

MapPainter::Picture MapPainter::paint(const Content &content, double scale, const QRect &pixels)
{
    Picture picture;
    picture.signature = signature(content, scale);
    const MapScene &scene = *content.scene;
    const QRectF b = scene.bounds;
    picture.rect = b;
    picture.size = sizeAt(b, scale);
    picture.painted = pixels & QRect(QPoint(0, 0), picture.size);
    if ((scene.edges.empty() && scene.boxes.empty()) || b.isEmpty() || picture.painted.isEmpty())
        return picture;
    QImage image(picture.painted.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.translate(-picture.painted.topLeft());
    p.scale(scale, scale);
    p.translate(-b.topLeft());
    p.setPen(Qt::NoPen);
    // What lies outside the part painted is skipped, not clipped pixel by pixel.
    const QRectF part(b.left() + picture.painted.left() / scale, b.top() + picture.painted.top() / scale,
                      picture.painted.width() / scale, picture.painted.height() / scale);
    const QRectF reach = part.adjusted(-16, -16, 16, 16); // an arrowhead or a ring pokes out this far
    const double alpha = content.edges.dimmedAlpha;
    for (const MapBox &box : scene.boxes) // frames come before what they hold
        if (box.rect.intersects(reach))
            paintBox(p, box, content.boxes, !isLit(box.key, content.lit), alpha);
    for (const MapEdge &e : scene.edges) {
        if (e.route.size() < 2 || !QPolygonF(e.route).boundingRect().adjusted(-16, -16, 16, 16).intersects(part))
            continue;
        paintEdge(p, e, faded(colorOf(e, content.edges), !isLit(e, content.lit), alpha));
    }
    p.end();
    picture.tiles = cut(image, picture.painted.topLeft());
    return picture;
}

std::vector<MapPainter::Tile> MapPainter::cut(const QImage &image, QPoint offset)
{
    std::vector<Tile> tiles;
    for (int y = 0; y < image.height(); y += kTile) {
        for (int x = 0; x < image.width(); x += kTile) {
            const QRect r(x, y, std::min(kTile, image.width() - x), std::min(kTile, image.height() - y));
            size_t hash = 0;
            bool empty = true;
            for (int row = r.top(); row <= r.bottom(); ++row) {
                const auto *line = reinterpret_cast<const quint32 *>(image.constScanLine(row)) + r.left();
                const size_t bytes = size_t(r.width()) * sizeof(quint32);
                if (empty)
                    empty = std::all_of(line, line + r.width(), [](quint32 px) { return px == 0; });
                hash = qHashBits(line, bytes, hash);
            }
            if (!empty)
                tiles.push_back({r.topLeft() + offset, image.copy(r), hash});
        }
    }
    return tiles;
}

QRectF MapPainter::Picture::sceneRectOf(const Tile &t) const
{
    const double sx = rect.width() / size.width(), sy = rect.height() / size.height();
    return {rect.left() + t.at.x() * sx, rect.top() + t.at.y() * sy, t.image.width() * sx, t.image.height() * sy};
}

bool MapPainter::Picture::covers(const QRectF &area) const
{
    if (size.isEmpty())
        return false;
    const double sx = size.width() / rect.width(), sy = size.height() / rect.height();
    const QRectF seen = area & rect; // nothing to paint outside the map
    if (seen.isEmpty())
        return true;
    const QRectF px((seen.left() - rect.left()) * sx, (seen.top() - rect.top()) * sy, seen.width() * sx, seen.height() * sy);
    return QRectF(painted).adjusted(-0.5, -0.5, 0.5, 0.5).contains(px);
}

} // namespace switchboard::gui
