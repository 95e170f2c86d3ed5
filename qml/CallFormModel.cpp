#include "CallFormModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace switchboard::gui {

using Kind = FormField::Kind;
using nlohmann::json;

struct CallFormModel::Node {
    FieldPtr field;
    QString key;   ///< a map entry's key
    QString text;  ///< a leaf's value as typed
    QString error; ///< a leaf's (or key's) validation message
    enum class Place { Field, Element, Entry } place = Place::Field;
    std::vector<std::unique_ptr<Node>> children;
    json extras = json::object(); ///< keys the schema does not know, kept for the JSON text

    static std::unique_ptr<Node> make(FieldPtr field, Place place)
    {
        auto n = std::make_unique<Node>();
        n->field = std::move(field);
        n->place = place;
        if (n->field->kind == Kind::Object)
            for (const FieldPtr &f : n->field->fields)
                n->children.push_back(make(f, Place::Field));
        return n;
    }
};

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

/// A leaf's JSON from its text; nullopt for an empty (unset) or invalid one.
std::optional<json> leafJson(const FormField &f, const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    switch (f.kind) {
    case Kind::String:
    case Kind::Bytes: return json(text.toStdString());
    case Kind::Bool:
        if (text == QLatin1String("true") || text == QLatin1String("false"))
            return json(text == QLatin1String("true"));
        return std::nullopt;
    case Kind::Int: {
        const qint64 v = text.trimmed().toLongLong(&ok);
        return ok ? std::optional<json>(json(int64_t(v))) : std::nullopt;
    }
    case Kind::Uint: {
        const quint64 v = text.trimmed().toULongLong(&ok);
        return ok ? std::optional<json>(json(uint64_t(v))) : std::nullopt;
    }
    case Kind::Float: {
        const double v = text.trimmed().toDouble(&ok);
        return ok ? std::optional<json>(json(v)) : std::nullopt;
    }
    case Kind::Json: {
        json v = json::parse(text.toStdString(), nullptr, false);
        return v.is_discarded() ? std::nullopt : std::optional<json>(std::move(v));
    }
    default: return std::nullopt;
    }
}

json zeroOf(const FormField &f)
{
    switch (f.kind) {
    case Kind::Object:
    case Kind::Map: return json::object();
    case Kind::Array: return json::array();
    case Kind::Bool: return false;
    case Kind::Int:
    case Kind::Uint:
    case Kind::Float: return 0;
    case Kind::Json: return nullptr;
    default: return "";
    }
}

/// The JSON a node holds; nullopt when nothing in it is set.
std::optional<json> nodeJson(const CallFormModel::Node &n)
{
    const FormField &f = *n.field;
    switch (f.kind) {
    case Kind::Object: {
        json out = n.extras;
        for (const auto &c : n.children)
            if (auto v = nodeJson(*c))
                out[c->field->name.toStdString()] = std::move(*v);
        return out.empty() ? std::nullopt : std::optional<json>(std::move(out));
    }
    case Kind::Array: {
        json out = json::array();
        for (const auto &c : n.children)
            out.push_back(nodeJson(*c).value_or(zeroOf(*c->field)));
        return out.empty() ? std::nullopt : std::optional<json>(std::move(out));
    }
    case Kind::Map: {
        json out = json::object();
        for (const auto &c : n.children)
            out[c->key.toStdString()] = nodeJson(*c).value_or(zeroOf(*c->field));
        return out.empty() ? std::nullopt : std::optional<json>(std::move(out));
    }
    default: return leafJson(f, n.text);
    }
}

QString describe(const json &v)
{
    switch (v.type()) {
    case json::value_t::object: return CallFormModel::tr("an object");
    case json::value_t::array: return CallFormModel::tr("a list");
    case json::value_t::string: return CallFormModel::tr("a string");
    case json::value_t::boolean: return CallFormModel::tr("true/false");
    case json::value_t::number_float: return CallFormModel::tr("a decimal number");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return CallFormModel::tr("an integer");
    default: return CallFormModel::tr("null");
    }
}

/// Fills a fresh node from JSON; returns "" or "path: what is wrong".
QString fill(CallFormModel::Node &n, const json &v, const QString &path)
{
    using Place = CallFormModel::Node::Place;
    const FormField &f = *n.field;
    const QString at = path.isEmpty() ? CallFormModel::tr("(top level)") : path;
    auto expected = [&](const QString &what) {
        return CallFormModel::tr("%1: expected %2 (%3), got %4").arg(at, what, f.typeName, describe(v));
    };
    if (v.is_null())
        return {};
    switch (f.kind) {
    case Kind::Object: {
        if (!v.is_object())
            return expected(CallFormModel::tr("an object"));
        for (const auto &[key, value] : v.items()) {
            const QString k = QString::fromStdString(key);
            CallFormModel::Node *child = nullptr;
            for (auto &c : n.children) // Go matches JSON keys to fields without regard to case
                if (c->field->name.compare(k, Qt::CaseInsensitive) == 0)
                    child = c.get();
            if (!child) {
                n.extras[key] = value;
                continue;
            }
            const QString e = fill(*child, value, path.isEmpty() ? k : path + u'.' + k);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::Array: {
        if (!v.is_array())
            return expected(CallFormModel::tr("a list"));
        for (size_t i = 0; i < v.size(); ++i) {
            n.children.push_back(CallFormModel::Node::make(f.fields.front(), Place::Element));
            const QString e = fill(*n.children.back(), v[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::Map: {
        if (!v.is_object())
            return expected(CallFormModel::tr("an object of entries"));
        for (const auto &[key, value] : v.items()) {
            n.children.push_back(CallFormModel::Node::make(f.fields.front(), Place::Entry));
            n.children.back()->key = QString::fromStdString(key);
            const QString e = fill(*n.children.back(), value, QStringLiteral("%1[\"%2\"]").arg(path, QString::fromStdString(key)));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::String:
    case Kind::Bytes:
        if (!v.is_string())
            return expected(CallFormModel::tr("a string"));
        n.text = QString::fromStdString(v.get<std::string>());
        return {};
    case Kind::Bool:
        if (!v.is_boolean())
            return expected(CallFormModel::tr("true or false"));
        n.text = v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    case Kind::Int:
    case Kind::Uint:
    case Kind::Float:
        if (!v.is_number())
            return expected(CallFormModel::tr("a number"));
        n.text = QString::fromStdString(v.dump());
        return {};
    case Kind::Json: n.text = QString::fromStdString(v.dump()); return {};
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
            {ChoicesRole, "choices"}, {AccessibleRole, "accessibleText"}};
}

QVariant CallFormModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowRef &r = m_rows[size_t(index.row())];
    const Node &n = *r.node;
    const FormField &f = *n.field;
    QString label = f.name;
    if (n.place == Node::Place::Element)
        label = QStringLiteral("[%1]").arg(r.path.mid(r.path.lastIndexOf(u'[') + 1).chopped(1));
    else if (n.place == Node::Place::Entry)
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
    case CanRemoveRole: return n.place != Node::Place::Field;
    case ChoicesRole: return f.choices;
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
    m_tree = m_root ? Node::make(m_root, Node::Place::Field) : nullptr;
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

void CallFormModel::flatten(Node &node, int depth, const QString &path)
{
    m_rows.push_back({&node, depth, path});
    for (size_t i = 0; i < node.children.size(); ++i) {
        Node &c = *node.children[i];
        QString childPath;
        if (c.place == Node::Place::Element)
            childPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        else if (c.place == Node::Place::Entry)
            childPath = QStringLiteral("%1[\"%2\"]").arg(path, c.key);
        else
            childPath = path.isEmpty() ? c.field->name : path + u'.' + c.field->name;
        flatten(c, depth + 1, childPath);
    }
}

QString CallFormModel::validate(const Node &n) const
{
    const FormField &f = *n.field;
    if (n.place == Node::Place::Entry && n.key.isEmpty())
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
    Node &n = *m_rows[size_t(row)].node;
    if ((isKey ? n.key : n.text) == text)
        return;
    (isKey ? n.key : n.text) = text;
    n.error = validate(n);
    if (isKey) // the paths below an entry name its key
        rebuildRows();
    Q_EMIT dataChanged(index(row), index(isKey ? count() - 1 : row));
    recountErrors();
    Q_EMIT edited();
}

void CallFormModel::addItem(int row)
{
    if (row < 0 || row >= count())
        return;
    Node &n = *m_rows[size_t(row)].node;
    if (n.field->kind != Kind::Array && n.field->kind != Kind::Map)
        return;
    // The new element's rows go right after the last row of this node's subtree.
    int end = row + 1;
    while (end < count() && m_rows[size_t(end)].depth > m_rows[size_t(row)].depth)
        ++end;
    auto element = Node::make(n.field->fields.front(),
                              n.field->kind == Kind::Array ? Node::Place::Element : Node::Place::Entry);
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
    Node *n = m_rows[size_t(row)].node;
    if (n->place == Node::Place::Field)
        return;
    int end = row + 1;
    while (end < count() && m_rows[size_t(end)].depth > m_rows[size_t(row)].depth)
        ++end;
    // Find the parent: the nearest earlier row one level up.
    int parentRow = row - 1;
    while (parentRow >= 0 && m_rows[size_t(parentRow)].depth >= m_rows[size_t(row)].depth)
        --parentRow;
    Node *parent = parentRow >= 0 ? m_rows[size_t(parentRow)].node : m_tree.get();
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
    const json v = nodeJson(*m_tree).value_or(zeroOf(*m_tree->field));
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
    auto fresh = Node::make(m_root, Node::Place::Field);
    const QString error = fill(*fresh, v, QString());
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
