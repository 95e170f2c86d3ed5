#include "SchemaTreeModel.h"

#include <google/protobuf/descriptor.h>

#include "FormFromDescriptor.h"
#include "SchemaLibrary.h"
#include "Session.h"
#include "live/CatalogTypes.h"

namespace switchboard::gui {

SchemaTreeModel::SchemaTreeModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SchemaTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> SchemaTreeModel::roleNames() const
{
    return {{LabelRole, "label"},           {TypeRole, "typeName"}, {DepthRole, "depth"},
            {ExpandableRole, "expandable"}, {ExpandedRole, "expanded"}, {NoteRole, "note"},
            {AccessibleRole, "accessibleText"}};
}

QVariant SchemaTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const FormField &f = *r.field;
    const QString label = f.name.isEmpty() ? (r.depth == 0 ? f.typeName : tr("element")) : f.name;
    switch (role) {
    case LabelRole: return label;
    case TypeRole: return f.typeName;
    case DepthRole: return r.depth;
    case ExpandableRole: return !f.fields.empty();
    case ExpandedRole: return m_expanded.count(&f) > 0;
    case NoteRole: return f.note;
    case AccessibleRole: return tr("%1, type %2, level %3").arg(label, f.typeName).arg(r.depth + 1);
    default: return {};
    }
}

void SchemaTreeModel::setSession(Session *s)
{
    if (m_session == s)
        return;
    m_session = s;
    disconnect(m_schemasChanged);
    // A .proto imported (or a method chosen) later changes what describes the endpoint.
    disconnect(m_choicesChanged);
    if (s) {
        m_schemasChanged = connect(s->schemas(), &SchemaLibrary::changed, this, &SchemaTreeModel::reload);
        m_choicesChanged = connect(s->schemas(), &SchemaLibrary::choicesChanged, this, &SchemaTreeModel::reload);
    }
    Q_EMIT sourceChanged();
    reload();
}

void SchemaTreeModel::setService(const QString &s)
{
    if (m_service == s)
        return;
    m_service = s;
    Q_EMIT sourceChanged();
    reload();
}

void SchemaTreeModel::setEndpoint(const QString &e)
{
    if (m_endpoint == e)
        return;
    m_endpoint = e;
    Q_EMIT sourceChanged();
    reload();
}

void SchemaTreeModel::setResponse(bool r)
{
    if (m_response == r)
        return;
    m_response = r;
    Q_EMIT sourceChanged();
    reload();
}

void SchemaTreeModel::reload()
{
    // Read once per (service, endpoint): the type is part of the registration, not live data.
    if (!m_session || m_service.isEmpty() || m_endpoint.isEmpty())
        return;
    for (const live::CatalogService &s : m_session->catalog()->services) {
        if (QString::fromStdString(s.name) != m_service)
            continue;
        for (const live::CatalogVersion &v : s.versions)
            for (const micro::Endpoint &e : v.endpoints)
                if (QString::fromStdString(e.name) == m_endpoint) {
                    const auto typeName = [](const std::optional<micro::Value> &v) {
                        return v ? QString::fromStdString(v->type) : QString();
                    };
                    if (const auto *method = m_session->schemas()->methodFor(m_service, m_endpoint, typeName(e.request),
                                                                             typeName(e.response))) {
                        m_protoFile = QString::fromStdString(method->file()->name());
                        setRoot(fieldFromDescriptor(m_response ? method->output_type() : method->input_type()));
                        return;
                    }
                    m_protoFile.clear();
                    const auto &value = m_response ? e.response : e.request;
                    setRoot(value ? fieldFromGoValue(*value) : nullptr);
                    return;
                }
    }
}

void SchemaTreeModel::setRoot(FieldPtr root)
{
    beginResetModel();
    m_root = std::move(root);
    m_expanded.clear();
    m_rows.clear();
    if (m_root) {
        // Expand the first two levels.
        m_expanded.insert(m_root.get());
        for (const FieldPtr &f : m_root->fields)
            if (f->kind == FormField::Kind::Array || f->kind == FormField::Kind::Map)
                m_expanded.insert(f.get());
        appendVisible(*m_root, 0, m_rows);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void SchemaTreeModel::appendVisible(const FormField &f, int depth, std::vector<Row> &out) const
{
    out.push_back({&f, depth});
    if (!m_expanded.count(&f))
        return;
    for (const FieldPtr &c : f.fields)
        appendVisible(*c, depth + 1, out);
}

void SchemaTreeModel::toggle(int row)
{
    if (row < 0 || row >= count() || m_rows[size_t(row)].field->fields.empty())
        return;
    const Row r = m_rows[size_t(row)];
    if (m_expanded.count(r.field)) {
        int end = row + 1;
        while (end < count() && m_rows[size_t(end)].depth > r.depth)
            ++end;
        m_expanded.erase(r.field);
        if (end > row + 1) {
            beginRemoveRows({}, row + 1, end - 1);
            m_rows.erase(m_rows.begin() + row + 1, m_rows.begin() + end);
            endRemoveRows();
        }
    } else {
        m_expanded.insert(r.field);
        std::vector<Row> added;
        for (const FieldPtr &c : r.field->fields)
            appendVisible(*c, r.depth + 1, added);
        beginInsertRows({}, row + 1, row + int(added.size()));
        m_rows.insert(m_rows.begin() + row + 1, added.begin(), added.end());
        endInsertRows();
    }
    Q_EMIT dataChanged(index(row), index(row), {ExpandedRole});
    Q_EMIT countChanged();
}

} // namespace switchboard::gui
