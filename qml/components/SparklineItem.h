#pragma once
// A rate's recent history as a small line, painted in C++: a Canvas ran its onPaint in JavaScript
// for every point of every sparkline each second (the Cluster page's largest GUI cost after the
// charts). Scaled to its own peak; the number beside it says how much.

#include <QColor>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace switchboard::gui {

class SparklineItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList values READ values WRITE setValues NOTIFY valuesChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
public:
    explicit SparklineItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QVariantList values() const;
    void setValues(const QVariantList &values);
    [[nodiscard]] QColor color() const { return m_color; }
    void setColor(const QColor &color);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void valuesChanged();
    void colorChanged();

private:
    std::vector<double> m_values;
    QColor m_color;
};

} // namespace switchboard::gui
