#include "MapSvgWriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include "MapPainter.h"

namespace switchboard::gui {

namespace {

QString num(double v) { return QString::number(v, 'f', 1); }
QString rgb(const QColor &c) { return c.name(QColor::HexRgb); }

void title(QXmlStreamWriter &x, const QString &text)
{
    if (!text.isEmpty())
        x.writeTextElement(QStringLiteral("title"), text);
}

} // namespace

QByteArray MapSvgWriter::document(const MapScene &scene, const std::vector<MapLabel> &labels, double zoom, const Palette &p)
{
    using Kind = MapBox::Kind;
    const QRectF b = scene.bounds.adjusted(-16, -16, 16, 16);
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("svg"));
    x.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    x.writeAttribute(QStringLiteral("viewBox"), QStringLiteral("%1 %2 %3 %4").arg(num(b.x()), num(b.y()), num(b.width()), num(b.height())));
    x.writeAttribute(QStringLiteral("width"), num(b.width()));
    x.writeAttribute(QStringLiteral("height"), num(b.height()));
    x.writeAttribute(QStringLiteral("font-family"), QStringLiteral("DejaVu Sans, sans-serif"));
    x.writeEmptyElement(QStringLiteral("rect"));
    x.writeAttribute(QStringLiteral("x"), num(b.x()));
    x.writeAttribute(QStringLiteral("y"), num(b.y()));
    x.writeAttribute(QStringLiteral("width"), num(b.width()));
    x.writeAttribute(QStringLiteral("height"), num(b.height()));
    x.writeAttribute(QStringLiteral("fill"), rgb(p.background));

    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("boxes"));
    for (const MapBox &box : scene.boxes) {
        x.writeStartElement(QStringLiteral("rect"));
        x.writeAttribute(QStringLiteral("data-key"), box.key);
        x.writeAttribute(QStringLiteral("x"), num(box.rect.x()));
        x.writeAttribute(QStringLiteral("y"), num(box.rect.y()));
        x.writeAttribute(QStringLiteral("width"), num(box.rect.width()));
        x.writeAttribute(QStringLiteral("height"), num(box.rect.height()));
        x.writeAttribute(QStringLiteral("rx"), QStringLiteral("4"));
        x.writeAttribute(QStringLiteral("fill"), rgb(box.kind == Kind::Zone || box.kind == Kind::Servers ? p.zone : p.group));
        const bool down = box.health == QLatin1String("down") || ((box.kind == Kind::Server || box.kind == Kind::Servers) && !box.reachable);
        x.writeAttribute(QStringLiteral("stroke"), rgb(down ? p.red : box.health == QLatin1String("degraded") ? p.amber : p.border));
        title(x, box.label);
        x.writeEndElement();
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("edges"));
    const MapPainter::EdgeStyle style{p.edge, p.amber, p.red, 1};
    for (const MapEdge &e : scene.edges) {
        if (e.route.size() < 2)
            continue;
        const QColor colour = MapPainter::colorOf(e, style);
        QString d = QStringLiteral("M%1 %2").arg(num(e.route[0].x()), num(e.route[0].y()));
        for (qsizetype i = 1; i < e.route.size(); ++i)
            d += QStringLiteral(" L%1 %2").arg(num(e.route[i].x()), num(e.route[i].y()));
        x.writeStartElement(QStringLiteral("path"));
        x.writeAttribute(QStringLiteral("data-from"), e.from);
        x.writeAttribute(QStringLiteral("data-to"), e.to);
        x.writeAttribute(QStringLiteral("d"), d);
        x.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
        x.writeAttribute(QStringLiteral("stroke"), rgb(colour));
        x.writeAttribute(QStringLiteral("stroke-width"), num(MapPainter::widthOf(e)));
        if (!e.call)
            x.writeAttribute(QStringLiteral("stroke-dasharray"), QStringLiteral("6 4"));
        title(x, MapLabels::edgeText(e));
        x.writeEndElement();
        // The arrowhead at the callee, as the view draws it.
        const QPointF tip = e.route.back(), from = e.route[e.route.size() - 2];
        const double length = std::max(0.01, std::hypot(tip.x() - from.x(), tip.y() - from.y()));
        const QPointF dir = (tip - from) / length, normal(-dir.y(), dir.x());
        const double size = 9 + MapPainter::widthOf(e);
        const QPointF l = tip - dir * size + normal * size / 2.4, r = tip - dir * size - normal * size / 2.4;
        x.writeEmptyElement(QStringLiteral("polygon"));
        x.writeAttribute(QStringLiteral("points"),
                         QStringLiteral("%1,%2 %3,%4 %5,%6").arg(num(tip.x()), num(tip.y()), num(l.x()), num(l.y()), num(r.x()), num(r.y())));
        x.writeAttribute(QStringLiteral("fill"), rgb(colour));
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("nodes"));
    for (const MapDot &dot : scene.dots) {
        x.writeStartElement(QStringLiteral("circle"));
        x.writeAttribute(QStringLiteral("data-node"), dot.id);
        x.writeAttribute(QStringLiteral("cx"), num(dot.center.x()));
        x.writeAttribute(QStringLiteral("cy"), num(dot.center.y()));
        x.writeAttribute(QStringLiteral("r"), num(kMapDot / 2));
        x.writeAttribute(QStringLiteral("fill"), rgb(dot.stale ? p.stale : p.live));
        title(x, dot.id);
        x.writeEndElement();
    }
    x.writeEndElement();

    x.writeStartElement(QStringLiteral("g"));
    x.writeAttribute(QStringLiteral("id"), QStringLiteral("labels"));
    for (const MapLabel &l : labels) {
        const bool edge = l.kind == MapLabel::Kind::Edge;
        const QColor colour = l.tone == QLatin1String("red") ? p.red : l.tone == QLatin1String("amber") ? p.amber
                              : l.tone == QLatin1String("muted") || edge ? p.muted : p.text;
        x.writeStartElement(QStringLiteral("text"));
        x.writeAttribute(QStringLiteral("x"), num(edge ? l.rect.center().x() : l.rect.x()));
        x.writeAttribute(QStringLiteral("y"), num(l.rect.center().y()));
        x.writeAttribute(QStringLiteral("dominant-baseline"), QStringLiteral("middle"));
        if (edge)
            x.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        x.writeAttribute(QStringLiteral("font-size"), num(l.pixelSize / std::max(zoom, 0.01)));
        x.writeAttribute(QStringLiteral("fill"), rgb(colour));
        x.writeCharacters(l.text);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement(); // svg
    x.writeEndDocument();
    return out;
}

QString MapSvgWriter::write(const MapScene &scene, const std::vector<MapLabel> &labels, double zoom, const Palette &palette,
                            const QString &path)
{
    if (scene.boxes.empty())
        return QCoreApplication::translate("MapSvgWriter", "Nothing to export: the map is empty.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("MapSvgWriter", "Could not write %1: %2").arg(path, file.errorString());
    file.write(document(scene, labels, zoom, palette));
    if (!file.commit())
        return QCoreApplication::translate("MapSvgWriter", "Could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace switchboard::gui
