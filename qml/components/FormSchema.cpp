#include "FormSchema.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "micro/RegistryTypes.h"

namespace switchboard::gui {

namespace {

using Kind = FormField::Kind;

struct Budget {
    int fields = 0;
};

std::shared_ptr<FormField> cutOff(const QString &name, const QString &type, const QString &note)
{
    auto f = std::make_shared<FormField>();
    f->name = name;
    f->typeName = type;
    f->kind = Kind::Json;
    f->note = note;
    return f;
}

QString tooDeep()
{
    return QCoreApplication::translate("FormSchema", "nested deeper than %1 levels: edit this part as JSON").arg(kMaxFormDepth);
}

QString tooMany()
{
    return QCoreApplication::translate("FormSchema", "more than %1 fields: the rest is edited as JSON").arg(kMaxFormFields);
}

std::shared_ptr<FormField> fromGoType(const QString &name, QString type, const micro::Value *value, int depth,
                                      Budget &budget);

/// The fields of a struct, from the Value's values.
void addGoFields(FormField &into, const micro::Value &value, int depth, Budget &budget)
{
    for (const micro::Value &child : *value.values) {
        if (++budget.fields > kMaxFormFields) {
            into.fields.push_back(cutOff(QString::fromStdString(child.name), QString::fromStdString(child.type), tooMany()));
            return;
        }
        into.fields.push_back(fromGoType(QString::fromStdString(child.name), QString::fromStdString(child.type), &child,
                                         depth + 1, budget));
    }
}

std::shared_ptr<FormField> fromGoType(const QString &name, QString type, const micro::Value *value, int depth,
                                      Budget &budget)
{
    const QString spelled = type;
    if (depth > kMaxFormDepth)
        return cutOff(name, spelled, tooDeep());
    while (type.startsWith(u'*'))
        type.remove(0, 1);
    auto f = std::make_shared<FormField>();
    f->name = name;
    f->typeName = spelled;
    const bool hasFields = value && value->values && !value->values->empty();
    if (type == QLatin1String("[]byte") || type == QLatin1String("[]uint8")) {
        f->kind = Kind::Bytes;
    } else if (type.startsWith(QLatin1String("[]"))) {
        // go-micro lists a slice's element fields on the slice's own Value.
        f->kind = Kind::Array;
        f->fields.push_back(fromGoType(QString(), type.mid(2), hasFields ? value : nullptr, depth + 1, budget));
    } else if (type.startsWith(QLatin1String("map["))) {
        f->kind = Kind::Map;
        int open = 0, close = -1;
        for (int i = 3; i < type.size(); ++i) {
            if (type[i] == u'[')
                ++open;
            else if (type[i] == u']' && --open == 0) {
                close = i;
                break;
            }
        }
        const QString element = close > 0 ? type.mid(close + 1) : QStringLiteral("string");
        f->fields.push_back(fromGoType(QString(), element, hasFields ? value : nullptr, depth + 1, budget));
    } else if (hasFields) {
        f->kind = Kind::Object;
        addGoFields(*f, *value, depth, budget);
    } else {
        f->kind = goLeafKind(type, &f->bits);
        if (f->kind == Kind::Json && !type.isEmpty() && type != QLatin1String("interface {}") && type != QLatin1String("any"))
            f->note = QCoreApplication::translate("FormSchema", "no fields described for %1: edit as JSON").arg(spelled);
    }
    return f;
}

std::shared_ptr<FormField> fromSchema(const QString &name, const nlohmann::json &s, int depth, Budget &budget)
{
    if (depth > kMaxFormDepth)
        return cutOff(name, QStringLiteral("object"), tooDeep());
    auto f = std::make_shared<FormField>();
    f->name = name;
    if (!s.is_object())
        return f; // Json leaf
    std::string type = s.contains("type") && s["type"].is_string() ? s["type"].get<std::string>() : std::string();
    if (type.empty() && s.contains("properties"))
        type = "object";
    f->typeName = QString::fromStdString(type);
    if (s.contains("enum") && s["enum"].is_array()) {
        for (const auto &choice : s["enum"])
            f->choices << (choice.is_string() ? QString::fromStdString(choice.get<std::string>())
                                              : QString::fromStdString(choice.dump()));
    }
    if (type == "object") {
        const bool hasProperties = s.contains("properties") && s["properties"].is_object();
        const auto additional = s.find("additionalProperties");
        if (!hasProperties && additional != s.end() && additional->is_object()) {
            f->kind = Kind::Map;
            f->fields.push_back(fromSchema(QString(), *additional, depth + 1, budget));
            return f;
        }
        f->kind = Kind::Object;
        if (hasProperties)
            for (const auto &[key, sub] : s["properties"].items()) {
                if (++budget.fields > kMaxFormFields) {
                    f->fields.push_back(cutOff(QString::fromStdString(key), QString(), tooMany()));
                    break;
                }
                f->fields.push_back(fromSchema(QString::fromStdString(key), sub, depth + 1, budget));
            }
    } else if (type == "array") {
        f->kind = Kind::Array;
        f->fields.push_back(fromSchema(QString(), s.contains("items") ? s["items"] : nlohmann::json::object(), depth + 1, budget));
    } else if (type == "string") {
        f->kind = Kind::String;
    } else if (type == "boolean") {
        f->kind = Kind::Bool;
    } else if (type == "integer") {
        f->kind = Kind::Int;
    } else if (type == "number") {
        f->kind = Kind::Float;
    }
    return f;
}

} // namespace

Kind goLeafKind(const QString &t, int *bits)
{
    static const struct {
        const char *name;
        Kind kind;
        int bits;
    } kTypes[] = {
        {"string", Kind::String, 0},  {"bool", Kind::Bool, 0},     {"int", Kind::Int, 64},      {"int8", Kind::Int, 8},
        {"int16", Kind::Int, 16},     {"int32", Kind::Int, 32},    {"int64", Kind::Int, 64},    {"rune", Kind::Int, 32},
        {"uint", Kind::Uint, 64},     {"uint8", Kind::Uint, 8},    {"uint16", Kind::Uint, 16},  {"uint32", Kind::Uint, 32},
        {"uint64", Kind::Uint, 64},   {"uintptr", Kind::Uint, 64}, {"byte", Kind::Uint, 8},     {"float32", Kind::Float, 32},
        {"float64", Kind::Float, 64}, {"time.Time", Kind::String, 0}, {"time.Duration", Kind::Int, 64},
    };
    for (const auto &k : kTypes)
        if (t == QLatin1String(k.name)) {
            if (bits)
                *bits = k.bits;
            return k.kind;
        }
    return Kind::Json;
}

QString FormField::rangeText() const
{
    if (kind == Kind::Int) {
        if (bits >= 64)
            return QStringLiteral("−9223372036854775808 … 9223372036854775807");
        const qint64 max = (qint64(1) << (bits - 1)) - 1;
        return QStringLiteral("%1 … %2").arg(-max - 1).arg(max);
    }
    if (kind == Kind::Uint)
        return bits >= 64 ? QStringLiteral("0 … 18446744073709551615")
                          : QStringLiteral("0 … %1").arg((quint64(1) << bits) - 1);
    return {};
}

FieldPtr fieldFromGoValue(const micro::Value &value)
{
    Budget budget;
    return fromGoType(QString(), QString::fromStdString(value.type), &value, 0, budget);
}

FieldPtr fieldFromJsonSchema(const nlohmann::json &schema)
{
    Budget budget;
    return fromSchema(QString(), schema, 0, budget);
}

} // namespace switchboard::gui
