#pragma once
// Rows a view-model fills from its own snapshots (the detail tabs, the traffic tables): a
// RowListModel whose setRows is public to its owner.

#include "RowListModel.h"

namespace switchboard::gui {

class DetailRowsModel : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by a view-model")
public:
    using RowListModel::RowListModel;
    using RowListModel::setRows;
};

} // namespace switchboard::gui
