#pragma once
// Draws the laid-out map through the Qt Quick scene graph: the zone frames, boxes and edges as
// pictures painted on a pool thread (MapPainter) and shown in tiles, one dot per node on top (a
// shared circle texture per colour). Only image and rectangle nodes, which every scene-graph
// backend has: the software renderer used offscreen draws the same picture. Words are QML items
// on top (TopologyPage).
//
// Only the part of the map around the view is painted at the view's scale (the detail); when
// that is not the whole map, a coarse picture of the whole map (the overview) lies under it and
// shows while a pan or zoom waits for its part to be painted, so the map never has holes.

#include <QColor>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <unordered_map>
#include <vector>

#include "MapPainter.h"
#include "MapTileLayer.h"
#include "TopologyModel.h"

class QSGTexture;
class QSGNode;
class QSGImageNode;
class QSGRectangleNode;

namespace switchboard::gui {

class TopologyView : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::TopologyModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QColor zoneColor MEMBER m_zoneColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor groupColor MEMBER m_groupColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor borderColor MEMBER m_borderColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor liveColor MEMBER m_liveColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor staleColor MEMBER m_staleColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor freshColor MEMBER m_freshColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor edgeColor MEMBER m_edgeColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor downColor MEMBER m_downColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor degradedColor MEMBER m_degradedColor NOTIFY colorsChanged)
    Q_PROPERTY(int frames READ frames NOTIFY framesChanged)
    /// Screen pixels per scene unit (the page's zoom): the edges are painted for it.
    Q_PROPERTY(double viewScale READ viewScale WRITE setViewScale NOTIFY viewScaleChanged)
    /// The part of the scene in the window (scene coordinates); null: all of it.
    Q_PROPERTY(QRectF visibleArea READ visibleArea WRITE setVisibleArea NOTIFY visibleAreaChanged)
    /// Tiles on screen, detail and overview (for tests and the bench).
    Q_PROPERTY(int detailTiles READ detailTiles NOTIFY framesChanged)
    Q_PROPERTY(int overviewTiles READ overviewTiles NOTIFY framesChanged)
public:
    explicit TopologyView(QQuickItem *parent = nullptr);

    [[nodiscard]] TopologyModel *model() const { return m_model; }
    void setModel(TopologyModel *model);
    [[nodiscard]] int frames() const { return m_frames; }
    [[nodiscard]] double viewScale() const { return m_viewScale; }
    void setViewScale(double scale)
    {
        if (scale == m_viewScale)
            return;
        m_viewScale = scale;
        Q_EMIT viewScaleChanged();
        update();
    }
    [[nodiscard]] QRectF visibleArea() const { return m_visibleArea; }
    void setVisibleArea(const QRectF &area)
    {
        if (area == m_visibleArea)
            return;
        m_visibleArea = area;
        Q_EMIT visibleAreaChanged();
        update();
    }
    [[nodiscard]] int detailTiles() const { return m_detailTiles; }
    [[nodiscard]] int overviewTiles() const { return m_overviewTiles; }

Q_SIGNALS:
    void modelChanged();
    void colorsChanged();
    void framesChanged();
    void viewScaleChanged();
    void visibleAreaChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    QSGTexture *dotTexture(const QColor &color);
    void dropTextures();
    void updateMap(const std::shared_ptr<const MapScene> &scene);
    void updateDots(const MapScene &scene);
    [[nodiscard]] QColor dimmed(QColor c, bool dim) const;

    // Retained scene-graph nodes (render thread; the GUI thread is blocked while they change).
    // Kept between frames so that only what changed is marked dirty: the software renderer then
    // repaints small regions instead of the whole view.
    struct DotNodes {
        QSGImageNode *dot = nullptr;
        QSGRectangleNode *ring = nullptr;
        QRectF rect;
        QSGTexture *texture = nullptr;
    };
    struct TextureKeeper; // a node of the tree that owns the textures (TopologyView.cpp)
    QSGNode *m_root = nullptr, *m_dots = nullptr;
    TextureKeeper *m_keeper = nullptr;
    std::unordered_map<QString, DotNodes> m_dotNodes;
    MapTileLayer m_overview, m_detail;

    // The pictures: painted on a pool thread, one job at a time. What the last job was asked
    // for (signature of content and scale, and the part), and the newest pictures painted.
    struct Painted {
        std::shared_ptr<const MapPainter::Picture> detail, overview; ///< overview: null when the detail is whole
        int serial = 0;
    };
    void requestPictures(const MapPainter::Content &content, const QRectF &seen);
    size_t m_detailAsked = 0, m_overviewAsked = 0;
    QRect m_detailPartAsked;
    bool m_painting = false;
    Painted m_painted;
    int m_shownSerial = 0;
    bool m_overviewShown = false;
    double m_viewScale = 1;
    QRectF m_visibleArea;
    int m_detailTiles = 0, m_overviewTiles = 0;

    QPointer<TopologyModel> m_model;
    QColor m_zoneColor, m_groupColor, m_borderColor, m_liveColor, m_staleColor, m_freshColor, m_edgeColor,
        m_downColor, m_degradedColor;
    bool m_texturesStale = false;
    int m_frames = 0;
};

} // namespace switchboard::gui
