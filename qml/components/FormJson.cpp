#include "FormJson.h"

#include <QCoreApplication>

namespace switchboard::gui {

using Kind = FormField::Kind;
using nlohmann::json;

/// A leaf's JSON from its text; nullopt for an empty (unset) or invalid one.
static std::optional<json> leafJson(const FormField &f, const QString &text)
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

json zeroJson(const FormField &f)
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

std::optional<json> formNodeJson(const FormNode &n)
{
    const FormField &f = *n.field;
    switch (f.kind) {
    case Kind::Object: {
        json out = n.extras;
        for (const auto &c : n.children)
            if (auto v = formNodeJson(*c))
                out[c->field->name.toStdString()] = std::move(*v);
        return out.empty() ? std::nullopt : std::optional<json>(std::move(out));
    }
    case Kind::Array: {
        json out = json::array();
        for (const auto &c : n.children)
            out.push_back(formNodeJson(*c).value_or(zeroJson(*c->field)));
        return out.empty() ? std::nullopt : std::optional<json>(std::move(out));
    }
    case Kind::Map: {
        json out = json::object();
        for (const auto &c : n.children)
            out[c->key.toStdString()] = formNodeJson(*c).value_or(zeroJson(*c->field));
        return out.empty() ? std::nullopt : std::optional<json>(std::move(out));
    }
    default: return leafJson(f, n.text);
    }
}

static QString describe(const json &v)
{
    switch (v.type()) {
    case json::value_t::object: return QCoreApplication::translate("FormJson", "an object");
    case json::value_t::array: return QCoreApplication::translate("FormJson", "a list");
    case json::value_t::string: return QCoreApplication::translate("FormJson", "a string");
    case json::value_t::boolean: return QCoreApplication::translate("FormJson", "true/false");
    case json::value_t::number_float: return QCoreApplication::translate("FormJson", "a decimal number");
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return QCoreApplication::translate("FormJson", "an integer");
    default: return QCoreApplication::translate("FormJson", "null");
    }
}

QString fillFormNode(FormNode &n, const json &v, const QString &path)
{
    using Place = FormNode::Place;
    const FormField &f = *n.field;
    const QString at = path.isEmpty() ? QCoreApplication::translate("FormJson", "(top level)") : path;
    auto expected = [&](const QString &what) {
        return QCoreApplication::translate("FormJson", "%1: expected %2 (%3), got %4").arg(at, what, f.typeName, describe(v));
    };
    if (v.is_null())
        return {};
    switch (f.kind) {
    case Kind::Object: {
        if (!v.is_object())
            return expected(QCoreApplication::translate("FormJson", "an object"));
        for (const auto &[key, value] : v.items()) {
            const QString k = QString::fromStdString(key);
            FormNode *child = nullptr;
            for (auto &c : n.children) // Go matches JSON keys to fields without regard to case
                if (c->field->name.compare(k, Qt::CaseInsensitive) == 0)
                    child = c.get();
            if (!child) {
                n.extras[key] = value;
                continue;
            }
            const QString e = fillFormNode(*child, value, path.isEmpty() ? k : path + u'.' + k);
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::Array: {
        if (!v.is_array())
            return expected(QCoreApplication::translate("FormJson", "a list"));
        for (size_t i = 0; i < v.size(); ++i) {
            n.children.push_back(FormNode::make(f.fields.front(), Place::Element));
            const QString e = fillFormNode(*n.children.back(), v[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::Map: {
        if (!v.is_object())
            return expected(QCoreApplication::translate("FormJson", "an object of entries"));
        for (const auto &[key, value] : v.items()) {
            n.children.push_back(FormNode::make(f.fields.front(), Place::Entry));
            n.children.back()->key = QString::fromStdString(key);
            const QString e = fillFormNode(*n.children.back(), value, QStringLiteral("%1[\"%2\"]").arg(path, QString::fromStdString(key)));
            if (!e.isEmpty())
                return e;
        }
        return {};
    }
    case Kind::String:
    case Kind::Bytes:
        if (!v.is_string())
            return expected(QCoreApplication::translate("FormJson", "a string"));
        n.text = QString::fromStdString(v.get<std::string>());
        return {};
    case Kind::Bool:
        if (!v.is_boolean())
            return expected(QCoreApplication::translate("FormJson", "true or false"));
        n.text = v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
        return {};
    case Kind::Int:
    case Kind::Uint:
    case Kind::Float:
        if (!v.is_number())
            return expected(QCoreApplication::translate("FormJson", "a number"));
        n.text = QString::fromStdString(v.dump());
        return {};
    case Kind::Json: n.text = QString::fromStdString(v.dump()); return {};
    }
    return {};
}


} // namespace switchboard::gui
