#pragma once
// Search and sort over a row model: a case-insensitive filter over the name (and any other text
// roles named), sorting by a role name; for the Services table and the call history.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace switchboard::gui {

class ServiceFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QAbstractItemModel *model READ sourceModel WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QStringList filterRoles READ filterRoles WRITE setFilterRoles NOTIFY filterTextChanged)
    Q_PROPERTY(QString sortRoleName READ sortRoleName WRITE setSortRoleName NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Only rows whose "region" role is this ("" = every region).
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY filterTextChanged)
public:
    explicit ServiceFilterModel(QObject *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    [[nodiscard]] QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    [[nodiscard]] QStringList filterRoles() const { return m_filterRoles; }
    void setFilterRoles(const QStringList &roles);
    [[nodiscard]] QString sortRoleName() const { return m_sortRoleName; }
    void setSortRoleName(const QString &name);
    [[nodiscard]] bool descending() const { return m_descending; }
    void setDescending(bool descending);
    [[nodiscard]] int count() const { return rowCount(); }
    [[nodiscard]] QString region() const { return m_region; }
    void setRegion(const QString &region);
    /// The source row for a proxy row (-1 when out of range).
    Q_INVOKABLE int sourceRow(int proxyRow) const;
    /// The proxy row for a source row (-1 when filtered out).
    Q_INVOKABLE int proxyRow(int sourceRow) const;

Q_SIGNALS:
    void modelChanged();
    void filterTextChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] int roleNumber(const QString &name) const;
    void applySort();

    QString m_filter, m_region;
    QStringList m_filterRoles{QStringLiteral("name")};
    QString m_sortRoleName = QStringLiteral("name");
    bool m_descending = false;
};

} // namespace switchboard::gui
