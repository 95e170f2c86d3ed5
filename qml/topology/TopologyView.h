#pragma once
// Draws the laid-out map through the Qt Quick scene graph: zone frames, boxes, one dot per node
// (a shared circle texture per colour), a health ring per service, and the edges as one picture
// painted on a pool thread (EdgePainter): routes with an arrowhead at the callee, width by rate,
// colour by error share, subscriptions dashed. Only rectangle and image nodes, which every
// scene-graph backend has: the software renderer used offscreen draws the same picture. Words are
// QML items on top (TopologyPage).

#include <QColor>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <unordered_map>
#include <vector>

#include "EdgePainter.h"
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

Q_SIGNALS:
    void modelChanged();
    void colorsChanged();
    void framesChanged();
    void viewScaleChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    QSGTexture *dotTexture(const QColor &color);
    QSGTexture *ringTexture(int liveTwelfths, bool dim);
    void dropTextures();
    void updateBoxes(const MapScene &scene);
    void updateEdges(const std::shared_ptr<const MapScene> &scene);
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
    QSGNode *m_root = nullptr, *m_boxes = nullptr, *m_edges = nullptr, *m_dots = nullptr;
    TextureKeeper *m_keeper = nullptr;
    std::unordered_map<QString, DotNodes> m_dotNodes;
    /// The edges' picture on screen, one image node per tile (it owns its texture), by the
    /// tile's top-left pixel; the picture's place and size they were cut for.
    struct EdgeTile {
        QSGImageNode *node = nullptr;
        size_t hash = 0;
    };
    std::map<std::pair<int, int>, EdgeTile> m_edgeTiles;
    QRectF m_edgeTilesRect;
    QSize m_edgeTilesSize;
    void dropEdgeTiles();
    /// A box is drawn as a border-coloured rectangle under a fill rectangle, with a health
    /// ring for a service.
    struct BoxLook {
        QRectF rect;
        QColor fill, border;
        int width = 1;
        int ring = -1; ///< live share in twelfths; -1: no ring
        bool dim = false;
        bool operator==(const BoxLook &) const = default;
    };
    struct BoxNodes {
        QString key;
        QSGRectangleNode *border = nullptr, *fill = nullptr;
        QSGImageNode *ring = nullptr;
        BoxLook look;
    };
    std::vector<BoxNodes> m_boxNodes; ///< in the scene's order
    [[nodiscard]] BoxLook lookOf(const MapBox &b) const;
    // The edges' picture: painted on a pool thread, one at a time; signatures of the one asked
    // for last and the one on screen.
    std::shared_ptr<EdgePainter::Picture> m_edgePicture;
    size_t m_requestedEdges = 0, m_shownEdges = 0;
    bool m_paintingEdges = false;
    double m_viewScale = 1;

    QPointer<TopologyModel> m_model;
    QColor m_zoneColor, m_groupColor, m_borderColor, m_liveColor, m_staleColor, m_freshColor, m_edgeColor,
        m_downColor, m_degradedColor;
    bool m_texturesStale = false;
    int m_frames = 0;
};

} // namespace switchboard::gui
