#pragma once
// Traffic in motion: dots travelling along the call edges from caller to callee, more dots on
// a busier edge (about one per doubling of the rate, at most six), coloured like the edge.
// At most kMaxDots small rectangle nodes moved each frame while running; nothing at all when not
// (the page stops it for reduced motion, --screenshot, a hidden page, or the toolbar's toggle).
// The positions come from the frame's time, not from the traffic: no per-message work.

#include <QColor>
#include <QElapsedTimer>
#include <QPointer>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

#include <vector>

#include "TopologyModel.h"

class QSGRectangleNode;

namespace switchboard::gui {

class TrafficFlow : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::TopologyModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(bool running READ running WRITE setRunning NOTIFY runningChanged)
    Q_PROPERTY(QColor color MEMBER m_color NOTIFY colorsChanged)
    Q_PROPERTY(QColor amberColor MEMBER m_amber NOTIFY colorsChanged)
    Q_PROPERTY(QColor redColor MEMBER m_red NOTIFY colorsChanged)
    /// How many dots are moving (tests).
    Q_PROPERTY(int dots READ dots NOTIFY dotsChanged)
public:
    static constexpr int kMaxDots = 150;
    static constexpr double kSpeed = 90; ///< scene units a second

    explicit TrafficFlow(QQuickItem *parent = nullptr);

    [[nodiscard]] TopologyModel *model() const { return m_model; }
    void setModel(TopologyModel *model);
    [[nodiscard]] bool running() const { return m_running; }
    void setRunning(bool running);
    [[nodiscard]] int dots() const { return int(m_dots.size()); }

    /// Dots per edge for a rate: none for an idle edge, then one per doubling, at most six.
    static int dotsFor(double perSecond);

Q_SIGNALS:
    void modelChanged();
    void runningChanged();
    void colorsChanged();
    void dotsChanged();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;

private:
    void rebuild();
    struct Dot {
        QPolygonF route;
        std::vector<double> lengths; ///< cumulative, per point
        double phase = 0;            ///< where along the route it starts, scene units
        QColor color;
    };
    [[nodiscard]] static QPointF along(const Dot &dot, double distance);

    QPointer<TopologyModel> m_model;
    bool m_running = false, m_dirty = true;
    std::vector<Dot> m_dots;
    std::vector<QSGRectangleNode *> m_nodes; // render thread
    QElapsedTimer m_clock;
    QColor m_color, m_amber, m_red;
};

} // namespace switchboard::gui
