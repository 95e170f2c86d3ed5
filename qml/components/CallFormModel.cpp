#include "CallFormModel.h"

#include "FormJson.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace switchboard::gui {

using Kind = FormField::Kind;
using nlohmann::json;


namespace {

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Object: return QStringLiteral("object");
    case Kind::Array: return QStringLiteral("array");
    case Kind::Map: return QStringLiteral("map");
    case Kind::String: return QStringLiteral("string");
    case Kind::Bool: return QStringLiteral("bool");
    case Kind::Int: return QStringLiteral("int");
    case Kind::Uint: return QStringLiteral("uint");
    case Kind::Float: return QStringLiteral("float");
    case Kind::Bytes: return QStringLiteral("bytes");
    case Kind::Json: return QStringLiteral("json");
    }
    return {};
}

} // namespace

CallFormModel::CallFormModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

CallFormModel::~CallFormModel() = default;

int CallFormModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CallFormModel::roleNames() const
{
    return {{LabelRole, "label"},   {PathRole, "path"},         {DepthRole, "depth"},       {KindRole, "kind"},
            {TypeRole, "typeName"}, {ValueRole, "value"},       {KeyRole, "key"},           {ErrorRole, "error"},
            {RangeRole, "range"},   {NoteRole, "note"},         {CanAddRole, "canAdd"},     {CanRemoveRole, "canRemove"},
            {ChoicesRole, "choices"}, {AccessibleRole, "accessibleText"},
            {ToolTipRole, "toolTip"}, {PlaceholderRole, "placeholder"}, {OneofRole, "oneof"},
            {AnyTypesRole, "anyTypes"}};
}

QVariant CallFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowRef &r = m_rows[size_t(index.row())];
    const FormNode &n = *r.node;
    const FormField &f = *n.field;
    QString label = f.name;
    if (n.place == FormNode::Place::Element)
        label = QStringLiteral("[%1]").arg(r.path.mid(r.path.lastIndexOf(u'[') + 1).chopped(1));
    else if (n.place == FormNode::Place::Entry)
        label = CallFormModel::tr("key");
    else if (label.isEmpty())
        label = f.typeName;
    switch (role) {
    case LabelRole: return label;
    case PathRole: return r.path;
    case DepthRole: return r.depth;
    case KindRole: return kindName(f.kind);
    case TypeRole: return f.typeName;
    case ValueRole: return n.text;
    case KeyRole: return n.key;
    case ErrorRole: return n.error;
    case RangeRole: return f.rangeText();
    case NoteRole: return f.note;
    case CanAddRole: return f.kind == Kind::Array || f.kind == Kind::Map;
    case CanRemoveRole: return n.place != FormNode::Place::Field;
    case ChoicesRole: return f.choices;
    case AnyTypesRole: return f.anyTypes;
    case ToolTipRole: return f.tooltip;
    case PlaceholderRole: return f.placeholder;
    case OneofRole: return f.oneof;
    case AccessibleRole:
        return CallFormModel::tr("%1, %2%3").arg(r.path.isEmpty() ? label : r.path, f.typeName,
                                           n.error.isEmpty() ? QString() : QStringLiteral(", ") + n.error);
    default: return {};
    }
}

void CallFormModel::setSchema(FieldPtr root)
{
    beginResetModel();
    m_root = std::move(root);
    m_tree = m_root ? FormNode::make(m_root, FormNode::Place::Field) : nullptr;
    rebuildRows();
    endResetModel();
    recountErrors();
    Q_EMIT countChanged();
}

void CallFormModel::rebuildRows()
{
    m_rows.clear();
    if (!m_tree)
        return;
    if (m_tree->field->kind == Kind::Object) // the top-level struct's fields are the form
        for (auto &c : m_tree->children)
            flatten(*c, 0, c->field->name);
    else
        flatten(*m_tree, 0, QString());
}

void CallFormModel::flatten(FormNode &node, int depth, const QString &path)
{
    m_rows.push_back({&node, depth, path});
    for (size_t i = 0; i < node.children.size(); ++i) {
        FormNode &c = *node.children[i];
        QString childPath;
        if (c.place == FormNode::Place::Element)
            childPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        else if (c.place == FormNode::Place::Entry)
            childPath = QStringLiteral("%1[\"%2\"]").arg(path, c.key);
        else
            childPath = path.isEmpty() ? c.field->name : path + u'.' + c.field->name;
        flatten(c, depth + 1, childPath);
    }
}

QString CallFormModel::validate(const FormNode &n) const
{
    const FormField &f = *n.field;
    if (n.place == FormNode::Place::Entry && n.key.isEmpty())
        return tr("the key is empty");
    if (!f.isLeaf() || n.text.isEmpty())
        return {};
    bool ok = false;
    switch (f.kind) {
    case Kind::Bool:
        return n.text == QLatin1String("true") || n.text == QLatin1String("false") ? QString() : tr("true or false");
    case Kind::Int: {
        const qint64 v = n.text.trimmed().toLongLong(&ok);
        if (!ok)
            return tr("not a whole number, or outside %1").arg(f.rangeText());
        if (f.bits < 64) {
            const qint64 max = (qint64(1) << (f.bits - 1)) - 1;
            if (v > max || v < -max - 1)
                return tr("outside %1").arg(f.rangeText());
        }
        return {};
    }
    case Kind::Uint: {
        const quint64 v = n.text.trimmed().toULongLong(&ok);
        if (!ok)
            return tr("not a whole number ≥ 0, or outside %1").arg(f.rangeText());
        if (f.bits < 64 && v > (quint64(1) << f.bits) - 1)
            return tr("outside %1").arg(f.rangeText());
        return {};
    }
    case Kind::Float: {
        const double v = n.text.trimmed().toDouble(&ok);
        if (!ok)
            return tr("not a number");
        if (f.bits == 32 && std::abs(v) > double(std::numeric_limits<float>::max()))
            return tr("too large for a float32");
        return {};
    }
    case Kind::Json:
        return json::accept(n.text.toStdString()) ? QString() : tr("not valid JSON");
    default:
        if (!f.choices.isEmpty() && !f.choices.contains(n.text))
            return tr("one of: %1").arg(f.choices.join(QStringLiteral(", ")));
        return {};
    }
}

void CallFormModel::recountErrors()
{
    const int before = m_errors;
    m_errors = 0;
    for (const RowRef &r : m_rows)
        if (!r.node->error.isEmpty())
            ++m_errors;
    if (before != m_errors || before)
        Q_EMIT validityChanged();
}

QString CallFormModel::firstError() const
{
    for (const RowRef &r : m_rows)
        if (!r.node->error.isEmpty())
            return (r.path.isEmpty() ? r.node->field->typeName : r.path) + QStringLiteral(": ") + r.node->error;
    return {};
}

void CallFormModel::setValue(int row, const QString &text, bool isKey)
{
    if (row < 0 || row >= count())
        return;
    FormNode &n = *m_rows[size_t(row)].node;
    if ((isKey ? n.key : n.text) == text)
        return;
    (isKey ? n.key : n.text) = text;
    n.error = validate(n);
    if (!isKey && !text.isEmpty() && clearOtherOneofMembers(row)) {
        recountErrors();
        Q_EMIT edited();
        return;
    }
    if (isKey) // the paths below an entry name its key
        rebuildRows();
    Q_EMIT dataChanged(index(row), index(isKey ? count() - 1 : row));
    recountErrors();
    Q_EMIT edited();
}

namespace {

// Empties a subtree: leaves' texts, lists' and maps' elements. True when anything was set.
bool clearSubtree(FormNode &node)
{
    bool cleared = !node.text.isEmpty() || (!node.children.empty() && node.field->kind != FormField::Kind::Object);
    node.text.clear();
    node.error.clear();
    if (node.field->kind == FormField::Kind::Object) {
        for (auto &c : node.children)
            cleared = clearSubtree(*c) || cleared;
    } else {
        node.children.clear();
    }
    return cleared;
}

} // namespace

bool CallFormModel::clearOtherOneofMembers(int row)
{
    // The chain of rows from this one up to the top, each the parent of the one before.
    std::vector<FormNode *> chain{m_rows[size_t(row)].node};
    for (int depth = m_rows[size_t(row)].depth, i = row - 1; i >= 0 && depth > 0; --i)
        if (m_rows[size_t(i)].depth == depth - 1) {
            chain.push_back(m_rows[size_t(i)].node);
            --depth;
        }
    chain.push_back(m_tree.get());
    bool cleared = false;
    for (size_t i = 0; i + 1 < chain.size(); ++i) {
        const FormNode *member = chain[i];
        if (member->field->oneof.isEmpty())
            continue;
        for (auto &sibling : chain[i + 1]->children)
            if (sibling.get() != member && sibling->field->oneof == member->field->oneof)
                cleared = clearSubtree(*sibling) || cleared;
    }
    if (cleared) {
        beginResetModel();
        rebuildRows();
        endResetModel();
        Q_EMIT countChanged();
    }
    return cleared;
}

void CallFormModel::addItem(int row)
{
    if (row < 0 || row >= count())
        return;
    FormNode &n = *m_rows[size_t(row)].node;
    if (n.field->kind != Kind::Array && n.field->kind != Kind::Map)
        return;
    // The new element's rows go right after the last row of this node's subtree.
    int end = row + 1;
    while (end < count() && m_rows[size_t(end)].depth > m_rows[size_t(row)].depth)
        ++end;
    auto element = FormNode::make(n.field->fields.front(),
                              n.field->kind == Kind::Array ? FormNode::Place::Element : FormNode::Place::Entry);
    if (n.field->kind == Kind::Map)
        element->error = tr("the key is empty");
    const int before = count();
    n.children.push_back(std::move(element));
    std::vector<RowRef> old = std::move(m_rows);
    rebuildRows();
    const int added = count() - before;
    std::swap(old, m_rows);
    beginInsertRows({}, end, end + added - 1);
    m_rows = std::move(old);
    endInsertRows();
    recountErrors();
    Q_EMIT countChanged();
    Q_EMIT edited();
}

void CallFormModel::removeItem(int row)
{
    if (row < 0 || row >= count())
        return;
    FormNode *n = m_rows[size_t(row)].node;
    if (n->place == FormNode::Place::Field)
        return;
    int end = row + 1;
    while (end < count() && m_rows[size_t(end)].depth > m_rows[size_t(row)].depth)
        ++end;
    // Find the parent: the nearest earlier row one level up.
    int parentRow = row - 1;
    while (parentRow >= 0 && m_rows[size_t(parentRow)].depth >= m_rows[size_t(row)].depth)
        --parentRow;
    FormNode *parent = parentRow >= 0 ? m_rows[size_t(parentRow)].node : m_tree.get();
    beginRemoveRows({}, row, end - 1);
    auto &siblings = parent->children;
    siblings.erase(std::find_if(siblings.begin(), siblings.end(), [n](const auto &c) { return c.get() == n; }));
    rebuildRows();
    endRemoveRows();
    // Element labels and paths after the removed one shift by one.
    if (row < count())
        Q_EMIT dataChanged(index(row), index(count() - 1));
    recountErrors();
    Q_EMIT countChanged();
    Q_EMIT edited();
}

void CallFormModel::clear()
{
    setSchema(m_root);
    Q_EMIT edited();
}

QString CallFormModel::toJson() const
{
    if (!m_tree)
        return QStringLiteral("{}");
    const json v = formNodeJson(*m_tree).value_or(zeroJson(*m_tree->field));
    return QString::fromStdString(v.dump(2));
}

QString CallFormModel::setJson(const QString &text)
{
    const json v = json::parse(text.toStdString(), nullptr, false);
    if (v.is_discarded())
        return tr("not valid JSON");
    if (!m_tree)
        return {};
    // Filled into a fresh tree: on an error the form keeps what it had.
    auto fresh = FormNode::make(m_root, FormNode::Place::Field);
    const QString error = fillFormNode(*fresh, v, QString());
    if (!error.isEmpty())
        return error;
    beginResetModel();
    m_tree = std::move(fresh);
    rebuildRows();
    for (const RowRef &r : m_rows)
        r.node->error = validate(*r.node);
    endResetModel();
    recountErrors();
    Q_EMIT countChanged();
    return {};
}

int CallFormModel::rowOfPath(const QString &path) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].path == path)
            return int(i);
    return -1;
}

} // namespace switchboard::gui
