#pragma once
// One grid of the map: cells of one width in rows of their tallest cell, a lane in every gap and
// around the outside. MapGridLayout places the top grid, each zone's grid and the topics' band
// with it.

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <vector>

#include "ChannelRouter.h"

namespace switchboard::gui {

struct MapGrid {
    QPointF origin;
    double gap = 0, cellWidth = 0;
    int columns = 1;
    std::vector<double> rows; ///< heights
    int firstVertical = -1, firstHorizontal = -1; ///< indices of its lanes in Channels::lines

    /// Rows tall enough for the cells (slot → height), never shorter than `kept`.
    static std::vector<double> rowsFor(const std::vector<std::pair<int, double>> &cells, int columns,
                                       const std::vector<double> &kept)
    {
        std::vector<double> rows(kept);
        for (const auto &[slot, height] : cells) {
            const size_t row = size_t(slot / columns);
            if (rows.size() <= row)
                rows.resize(row + 1, 0);
            rows[row] = std::max(rows[row], height);
        }
        return rows;
    }

    [[nodiscard]] double width() const { return columns * cellWidth + (columns + 1) * gap; }
    [[nodiscard]] double height() const
    {
        double h = gap;
        for (double r : rows)
            h += r + gap;
        return h;
    }
    [[nodiscard]] double vertical(int i) const { return origin.x() + gap / 2 + i * (cellWidth + gap); }
    [[nodiscard]] double horizontal(int j) const
    {
        double y = origin.y() + gap / 2;
        for (int r = 0; r < j && r < int(rows.size()); ++r)
            y += rows[size_t(r)] + gap;
        return y;
    }
    [[nodiscard]] QRectF cell(int slot) const
    {
        const int row = slot / columns, column = slot % columns;
        return QRectF(vertical(column) + gap / 2, horizontal(row) + gap / 2, cellWidth,
                      row < int(rows.size()) ? rows[size_t(row)] : 0);
    }

    /// Adds its lanes: verticals from the top lane down to `bottom`, horizontals from `left` to
    /// `right` (a zone's lanes reach out to the lanes around the zone).
    void addLanes(std::vector<ChannelLine> &lines, int owner, double left, double right, double bottom)
    {
        const int rowCount = int(rows.size());
        firstVertical = int(lines.size());
        for (int i = 0; i <= columns; ++i)
            lines.push_back({false, vertical(i), horizontal(0), bottom, gap, owner});
        firstHorizontal = int(lines.size());
        for (int j = 0; j <= rowCount; ++j)
            lines.push_back({true, horizontal(j), left, right, gap, owner});
    }

    /// The lanes around a cell, for its ports.
    [[nodiscard]] BoxPorts portsOf(int slot) const
    {
        const int row = slot / columns, column = slot % columns;
        return {firstHorizontal + row, firstHorizontal + row + 1, firstVertical + column, firstVertical + column + 1};
    }
};

} // namespace switchboard::gui
