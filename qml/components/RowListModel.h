#pragma once
// A list model whose rows are replaced as a whole from each new snapshot, with a keyed diff:
// rows that stay keep their identity (ListView keeps its selection and scroll position), rows
// that come and go are inserted and removed, changed values emit dataChanged for their row.
// Subclasses turn a snapshot into rows; the diff is written (and tested) once.

#include <QAbstractListModel>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace switchboard::gui {

class RowListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a base class")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    struct Row {
        QString key;          ///< unique within the list
        QVariantList values;  ///< one per role, in the order of the role names
    };

    explicit RowListModel(QStringList roles, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] const Row &row(int i) const { return m_rows[size_t(i)]; }
    /// The row as a map of role name → value, for QML (empty for a bad index).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The row with this key, or -1.
    Q_INVOKABLE int indexOfKey(const QString &key) const;
    /// The role number for a name, or -1.
    [[nodiscard]] int role(const char *name) const;

Q_SIGNALS:
    void countChanged();

protected:
    /// Replaces the rows; keys must be unique. Emits the fewest signals it can.
    void setRows(std::vector<Row> rows);

private:
    QStringList m_roles;
    std::vector<Row> m_rows;
};

} // namespace switchboard::gui
