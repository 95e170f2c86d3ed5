#include "EdgePainter.h"

#include <QLineF>
#include <QPainter>

#include <algorithm>
#include <cmath>

#include "MapLabels.h"

namespace switchboard::gui {

namespace {
bool isLit(const MapEdge &e, const QSet<QString> &lit)
{
    return lit.isEmpty() || (lit.contains(e.from) && lit.contains(e.to));
}
} // namespace

double EdgePainter::widthOf(const MapEdge &e)
{
    // A log scale in half-pixel steps, so that small rate changes paint nothing new.
    return e.call ? std::round(std::clamp(1.0 + std::log10(1.0 + e.perSecond) * 1.2, 1.0, 5.0) * 2) / 2 : 1.0;
}

QColor EdgePainter::colorOf(const MapEdge &e, const Style &style)
{
    if (!e.call)
        return style.neutral;
    return e.errorRatio >= MapLabels::kRedErrors ? style.red : e.errorRatio >= MapLabels::kAmberErrors ? style.amber : style.neutral;
}

double EdgePainter::scaleFor(double shown)
{
    const double steps = std::ceil(std::log2(std::max(shown, 0.05) * 1.25) * 2);
    return std::min(2.0, std::pow(2.0, steps / 2));
}

size_t EdgePainter::signature(const MapScene &scene, const Style &style, const QSet<QString> &lit, double scale)
{
    size_t sig = qHash(scale) ^ qHash(scene.bounds.width()) ^ qHash(scene.bounds.height()) << 1 ^ scene.edges.size() ^ size_t(style.neutral.rgba())
                 ^ size_t(style.amber.rgba()) << 2 ^ size_t(style.red.rgba()) << 4;
    for (const MapEdge &e : scene.edges) {
        sig = sig * 1000003u ^ (qHash(widthOf(e)) ^ size_t(colorOf(e, style).rgba()) ^ size_t(isLit(e, lit)));
        for (const QPointF &p : e.route)
            sig = sig * 31u ^ qHash(p.x()) ^ qHash(p.y()) << 1;
    }
    return sig;
}

EdgePainter::Picture EdgePainter::paint(const MapScene &scene, const Style &style, const QSet<QString> &lit, double shownScale)
{
    Picture picture;
    picture.signature = signature(scene, style, lit, shownScale);
    const QRectF b = scene.bounds;
    if (scene.edges.empty() || b.isEmpty())
        return picture;
    const qreal scale = std::min(shownScale, 4096.0 / std::max(b.width(), b.height()));
    picture.rect = b;
    QImage image(int(std::ceil(b.width() * scale)), int(std::ceil(b.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    picture.size = image.size();
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.scale(scale, scale);
    p.translate(-b.topLeft());
    p.setPen(Qt::NoPen);
    for (const MapEdge &e : scene.edges) {
        if (e.route.size() < 2)
            continue;
        QColor color = colorOf(e, style);
        if (!isLit(e, lit))
            color.setAlphaF(color.alphaF() * style.dimmedAlpha);
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
    p.end();
    picture.tiles = cut(image);
    return picture;
}

std::vector<EdgePainter::Tile> EdgePainter::cut(const QImage &image)
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
                tiles.push_back({r.topLeft(), image.copy(r), hash});
        }
    }
    return tiles;
}

QRectF EdgePainter::Picture::sceneRectOf(const Tile &t) const
{
    const double sx = rect.width() / size.width(), sy = rect.height() / size.height();
    return {rect.left() + t.at.x() * sx, rect.top() + t.at.y() * sy, t.image.width() * sx, t.image.height() * sy};
}

} // namespace switchboard::gui
