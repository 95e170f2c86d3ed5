// TopologyModel::dumpScene: the laid-out map as JSON, for the geometry tests and for tools
// (switchboard --dump-scene). Scene coordinates throughout; the viewport says what was on screen.
#include "TopologyModel.h"

#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include "MapSvgWriter.h"

namespace switchboard::gui {

namespace {

QString kindName(MapBox::Kind k)
{
    switch (k) {
    case MapBox::Kind::Zone: return QStringLiteral("zone");
    case MapBox::Kind::Service: return QStringLiteral("service");
    case MapBox::Kind::Group: return QStringLiteral("group");
    case MapBox::Kind::Topic: return QStringLiteral("topic");
    case MapBox::Kind::Server: return QStringLiteral("server");
    case MapBox::Kind::Servers: return QStringLiteral("servers");
    case MapBox::Kind::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

QJsonObject rectJson(const QRectF &r)
{
    return {{QStringLiteral("x"), r.x()}, {QStringLiteral("y"), r.y()}, {QStringLiteral("w"), r.width()}, {QStringLiteral("h"), r.height()}};
}

} // namespace

QString TopologyModel::dumpScene(const QString &file, const QVariantMap &viewport) const
{
    QJsonArray boxes, dots, edges, labels;
    for (const MapBox &b : m_scene->boxes) {
        QJsonObject o = rectJson(b.rect);
        o[QStringLiteral("kind")] = kindName(b.kind);
        o[QStringLiteral("id")] = b.key;
        o[QStringLiteral("label")] = b.label;
        o[QStringLiteral("parent")] = b.parent;
        o[QStringLiteral("frame")] = b.frame;
        boxes.append(o);
    }
    for (const MapDot &d : m_scene->dots)
        dots.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("group"), d.groupKey},
                                {QStringLiteral("x"), d.center.x()}, {QStringLiteral("y"), d.center.y()}});
    for (const MapEdge &e : m_scene->edges) {
        QJsonArray points;
        for (const QPointF &p : e.route)
            points.append(QJsonArray{p.x(), p.y()});
        edges.append(QJsonObject{{QStringLiteral("from"), e.from}, {QStringLiteral("to"), e.to}, {QStringLiteral("call"), e.call},
                                 {QStringLiteral("perSecond"), e.perSecond}, {QStringLiteral("polyline"), points}});
    }
    for (int i = 0; i < m_labels.count(); ++i) {
        const QVariantMap l = m_labels.get(i);
        QJsonObject o{{QStringLiteral("key"), l.value(QStringLiteral("labelKey")).toString()},
                      {QStringLiteral("owner"), l.value(QStringLiteral("owner")).toString()},
                      {QStringLiteral("text"), l.value(QStringLiteral("text")).toString()},
                      {QStringLiteral("px"), l.value(QStringLiteral("px")).toDouble()}};
        o[QStringLiteral("x")] = l.value(QStringLiteral("sx")).toDouble();
        o[QStringLiteral("y")] = l.value(QStringLiteral("sy")).toDouble();
        o[QStringLiteral("w")] = l.value(QStringLiteral("sw")).toDouble();
        o[QStringLiteral("h")] = l.value(QStringLiteral("sh")).toDouble();
        labels.append(o);
    }
    QJsonObject root{{QStringLiteral("level"), level()}, {QStringLiteral("scope"), scope()},
                     {QStringLiteral("zoom"), m_zoom}, {QStringLiteral("bounds"), rectJson(m_scene->bounds)},
                     {QStringLiteral("viewport"), QJsonObject::fromVariantMap(viewport)},
                     {QStringLiteral("layoutMs"), m_scene->layoutMs}, {QStringLiteral("routeMs"), m_scene->routeMs},
                     {QStringLiteral("boxes"), boxes}, {QStringLiteral("dots"), dots}, {QStringLiteral("edges"), edges},
                     {QStringLiteral("labels"), labels}};
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return tr("could not write %1: %2").arg(file, out.errorString());
    return {};
}

} // namespace switchboard::gui

namespace switchboard::gui {

QString TopologyModel::exportSvg(const QString &path, const QVariantMap &colours) const
{
    auto colour = [&](const char *name) { return colours.value(QLatin1String(name)).value<QColor>(); };
    const MapSvgWriter::Palette palette{colour("background"), colour("zone"), colour("group"), colour("border"),
                                        colour("text"),       colour("muted"), colour("edge"), colour("live"),
                                        colour("stale"),      colour("amber"), colour("red")};
    const QString error = MapSvgWriter::write(*m_scene, m_placedLabels, m_zoom, palette, path);
    return error.isEmpty() ? tr("The map was written to %1").arg(path) : error;
}

QString TopologyModel::suggestedExportPath(const QString &extension) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("switchboard-map-%1.%2")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")), extension));
}

} // namespace switchboard::gui
