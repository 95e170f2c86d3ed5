#pragma once
// The words on the map, placed for a zoom: text keeps its size on screen (11 px and up) while
// boxes scale, so what fits changes with the zoom. A box's name goes in its header, shortened by
// dropping leading parts ("go.micro.srv.greeter" → "…srv.greeter"), or not at all when even
// the last part does not fit (the hover names it). Edge labels (rate, errors) go on a straight
// part of their route where they overlap no box, no arrowhead and no other label; the busier
// edge places first, the quieter one keeps its label for the hover when there is no room.

#include <QCoreApplication>
#include <QRectF>
#include <QString>

#include <vector>

#include "MapScene.h"

namespace switchboard::gui {

struct MapLabel {
    enum class Kind { Name, Summary, Edge };
    QString key;  ///< unique: "<box key>#name", "<box key>#summary", "edge:<n>"
    QString owner; ///< the box key or "edge:<n>"
    Kind kind = Kind::Name;
    QString text;
    QRectF rect;  ///< scene coordinates at the zoom it was placed for
    double pixelSize = 11;
    QString tone; ///< "", "muted", "amber" (errors over 1 %), "red" (over 5 %: failing now)
};

class MapLabels {
    Q_DECLARE_TR_FUNCTIONS(MapLabels)
public:
    static constexpr double kSmallPx = 11, kNamePx = 12;
    static constexpr double kFrameTextHeight = 48; ///< a zone frame's name and summary (MapGridLayout::kZoneHeader)
    /// Error shares at and above which an edge is amber, then red (the legend shows them).
    static constexpr double kAmberErrors = 0.01, kRedErrors = 0.05;

    /// Labels that fit at this zoom (scene → screen scale).
    static std::vector<MapLabel> place(const MapScene &scene, double zoom);

    /// The label an edge would have (also for the hover and the accessible list).
    static QString edgeText(const MapEdge &edge);
    /// Drops leading dotted parts until the name fits `chars` characters; empty when it cannot.
    static QString shorten(const QString &name, int chars);
    /// shorten(), or else the last part cut at its end ("notificati…"); empty below 5 characters.
    static QString fit(const QString &name, int chars);
    /// A text's width in pixels at a size, estimated without fonts (any thread): wide for CJK.
    static double textWidth(const QString &text, double pixelSize);
    static QString toneOf(double errorRatio);
};

} // namespace switchboard::gui
