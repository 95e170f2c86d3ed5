#include "ServiceFilterModel.h"

namespace switchboard::gui {

ServiceFilterModel::ServiceFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    auto count = [this] { Q_EMIT countChanged(); };
    connect(this, &QAbstractItemModel::rowsInserted, this, count);
    connect(this, &QAbstractItemModel::rowsRemoved, this, count);
    connect(this, &QAbstractItemModel::modelReset, this, count);
    connect(this, &QAbstractItemModel::layoutChanged, this, count);
}

void ServiceFilterModel::setModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    setSourceModel(model);
    applySort();
    Q_EMIT modelChanged();
}

void ServiceFilterModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

void ServiceFilterModel::setFilterRoles(const QStringList &roles)
{
    if (roles == m_filterRoles)
        return;
    m_filterRoles = roles;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

void ServiceFilterModel::setSortRoleName(const QString &name)
{
    if (name == m_sortRoleName)
        return;
    m_sortRoleName = name;
    applySort();
    Q_EMIT sortChanged();
}

void ServiceFilterModel::setDescending(bool descending)
{
    if (descending == m_descending)
        return;
    m_descending = descending;
    applySort();
    Q_EMIT sortChanged();
}

int ServiceFilterModel::sourceRow(int proxyRow) const
{
    const QModelIndex i = mapToSource(index(proxyRow, 0));
    return i.isValid() ? i.row() : -1;
}

int ServiceFilterModel::proxyRow(int sourceRow) const
{
    if (!sourceModel())
        return -1;
    const QModelIndex i = mapFromSource(sourceModel()->index(sourceRow, 0));
    return i.isValid() ? i.row() : -1;
}

int ServiceFilterModel::roleNumber(const QString &name) const
{
    if (!sourceModel())
        return -1;
    const auto names = sourceModel()->roleNames();
    for (auto it = names.begin(); it != names.end(); ++it)
        if (QString::fromUtf8(it.value()) == name)
            return it.key();
    return -1;
}

void ServiceFilterModel::applySort()
{
    const int role = roleNumber(m_sortRoleName);
    if (role < 0)
        return;
    setSortRole(role);
    sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void ServiceFilterModel::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    invalidateFilter();
    Q_EMIT filterTextChanged();
}

bool ServiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_region.isEmpty() && roleNumber(QStringLiteral("region")) >= 0
        && !i.data(roleNumber(QStringLiteral("region"))).toString().isEmpty()
        && i.data(roleNumber(QStringLiteral("region"))).toString() != m_region)
        return false;
    if (m_filter.isEmpty())
        return true;
    for (const QString &roleName : m_filterRoles) {
        const QVariant v = i.data(roleNumber(roleName));
        const QString text = v.typeId() == QMetaType::QStringList ? v.toStringList().join(u' ') : v.toString();
        if (text.contains(m_filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ServiceFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    if (l.typeId() == QMetaType::QStringList)
        return l.toStringList().join(u',') < r.toStringList().join(u',');
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace switchboard::gui
