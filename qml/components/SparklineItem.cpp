#include "SparklineItem.h"

#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace switchboard::gui {

SparklineItem::SparklineItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

QVariantList SparklineItem::values() const
{
    QVariantList out;
    for (double v : m_values)
        out << v;
    return out;
}

void SparklineItem::setValues(const QVariantList &values)
{
    std::vector<double> next;
    next.reserve(size_t(values.size()));
    for (const QVariant &v : values)
        next.push_back(v.toDouble());
    if (next == m_values)
        return; // same line: no repaint
    m_values = std::move(next);
    update();
    Q_EMIT valuesChanged();
}

void SparklineItem::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    update();
    Q_EMIT colorChanged();
}

void SparklineItem::paint(QPainter *painter)
{
    const size_t n = m_values.size();
    if (n < 2)
        return;
    const double peak = *std::max_element(m_values.begin(), m_values.end());
    const double w = width() - 1, h = height() - 2;
    QPolygonF line;
    line.reserve(qsizetype(n));
    for (size_t i = 0; i < n; ++i)
        line << QPointF(double(i) * w / double(n - 1), 1 + h - (peak > 0 ? m_values[i] / peak * h : 0));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_color, 1.2));
    painter->drawPolyline(line);
}

} // namespace switchboard::gui
