#include "RowListModel.h"

#include <QSet>

namespace switchboard::gui {

RowListModel::RowListModel(QStringList roles, QObject *parent)
    : QAbstractListModel(parent), m_roles(std::move(roles))
{
}

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const int column = role - Qt::UserRole;
    if (role == Qt::DisplayRole)
        return r.key;
    if (column < 0 || column >= r.values.size())
        return {};
    return r.values[column];
}

QHash<int, QByteArray> RowListModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + i, m_roles[i].toUtf8());
    return names;
}

QVariantMap RowListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= count())
        return out;
    const Row &r = m_rows[size_t(row)];
    for (int i = 0; i < m_roles.size() && i < r.values.size(); ++i)
        out.insert(m_roles[i], r.values[i]);
    return out;
}

int RowListModel::indexOfKey(const QString &key) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == key)
            return int(i);
    return -1;
}

int RowListModel::role(const char *name) const
{
    const int i = m_roles.indexOf(QLatin1String(name));
    return i < 0 ? -1 : Qt::UserRole + i;
}

void RowListModel::setRows(std::vector<Row> rows)
{
    const int before = count();
    QSet<QString> incoming;
    for (const Row &r : rows)
        incoming.insert(r.key);

    // 1. Rows whose key is gone, removed in contiguous runs from the back.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (incoming.contains(m_rows[size_t(i)].key)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(m_rows[size_t(first - 1)].key))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. The rows that stay must be in the new order; if the order changed, start over.
    size_t kept = 0;
    for (const Row &r : rows)
        if (kept < m_rows.size() && m_rows[kept].key == r.key)
            ++kept;
    if (kept != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        if (before != count())
            Q_EMIT countChanged();
        return;
    }

    // 3. Walk the new list: insert what is new, update what changed.
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && m_rows[i].key == rows[i].key) {
            if (m_rows[i].values != rows[i].values) {
                // Only the roles that changed: a delegate re-evaluates the bindings of those
                // alone (a row whose rate moved keeps its name, zones and lists untouched).
                QList<int> changed;
                for (qsizetype r = 0; r < rows[i].values.size(); ++r)
                    if (r >= m_rows[i].values.size() || m_rows[i].values[r] != rows[i].values[r])
                        changed << int(Qt::UserRole + r);
                m_rows[i].values = std::move(rows[i].values);
                Q_EMIT dataChanged(index(int(i)), index(int(i)), changed);
            }
            continue;
        }
        size_t end = i; // a run of new keys goes in with one insert
        while (end < rows.size() && (i >= m_rows.size() || m_rows[i].key != rows[end].key))
            ++end;
        beginInsertRows({}, int(i), int(end) - 1);
        // One range insert: a row at a time would move the tail once per row.
        m_rows.insert(m_rows.begin() + long(i), std::make_move_iterator(rows.begin() + long(i)),
                      std::make_move_iterator(rows.begin() + long(end)));
        endInsertRows();
        i = end - 1;
    }
    if (before != count())
        Q_EMIT countChanged();
}

} // namespace switchboard::gui
