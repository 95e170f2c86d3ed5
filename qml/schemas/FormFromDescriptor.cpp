#include "FormFromDescriptor.h"

#include <QCoreApplication>

#include <google/protobuf/descriptor.h>

#include <vector>

namespace switchboard::gui {

namespace {

using Kind = FormField::Kind;
using gpb = proto::gpb::FieldDescriptor;

struct Walk {
    QStringList anyTypes;
    int fields = 0;
    std::vector<const proto::gpb::Descriptor *> open; ///< message types being expanded: a repeat is recursion
};

void scalar(FormField &f, const proto::gpb::FieldDescriptor *field)
{
    switch (field->type()) {
    case gpb::TYPE_INT32: case gpb::TYPE_SINT32: case gpb::TYPE_SFIXED32: f.kind = Kind::Int; f.bits = 32; break;
    case gpb::TYPE_INT64: case gpb::TYPE_SINT64: case gpb::TYPE_SFIXED64: f.kind = Kind::Int; f.bits = 64; break;
    case gpb::TYPE_UINT32: case gpb::TYPE_FIXED32: f.kind = Kind::Uint; f.bits = 32; break;
    case gpb::TYPE_UINT64: case gpb::TYPE_FIXED64: f.kind = Kind::Uint; f.bits = 64; break;
    case gpb::TYPE_DOUBLE: f.kind = Kind::Float; f.bits = 64; break;
    case gpb::TYPE_FLOAT: f.kind = Kind::Float; f.bits = 32; break;
    case gpb::TYPE_BOOL: f.kind = Kind::Bool; break;
    case gpb::TYPE_STRING: f.kind = Kind::String; break;
    case gpb::TYPE_BYTES: f.kind = Kind::Bytes; break;
    case gpb::TYPE_ENUM:
        f.kind = Kind::String;
        for (int i = 0; i < field->enum_type()->value_count(); ++i)
            f.choices << QString::fromStdString(field->enum_type()->value(i)->name());
        break;
    default: f.kind = Kind::Json; break;
    }
}

QString typeName(const proto::gpb::FieldDescriptor *field)
{
    if (field->type() == gpb::TYPE_MESSAGE || field->type() == gpb::TYPE_GROUP)
        return QString::fromStdString(field->message_type()->name());
    if (field->type() == gpb::TYPE_ENUM)
        return QString::fromStdString(field->enum_type()->name());
    return QString::fromLatin1(field->type_name());
}

QString placeholderOf(const FormField &f)
{
    switch (f.kind) {
    case Kind::Int: case Kind::Uint: case Kind::Float: return QStringLiteral("0");
    case Kind::Bool: return QStringLiteral("false");
    case Kind::String: return f.choices.isEmpty() ? QString() : f.choices.front();
    default: return {};
    }
}

std::shared_ptr<FormField> messageField(const proto::gpb::Descriptor *type, Walk &walk);

/// The field's value shape, without its repeated/map wrapping.
std::shared_ptr<FormField> valueField(const proto::gpb::FieldDescriptor *field, Walk &walk)
{
    if (field->type() != gpb::TYPE_MESSAGE && field->type() != gpb::TYPE_GROUP) {
        auto f = std::make_shared<FormField>();
        scalar(*f, field);
        f->typeName = typeName(field);
        f->placeholder = placeholderOf(*f);
        return f;
    }
    return messageField(field->message_type(), walk);
}

std::shared_ptr<FormField> messageField(const proto::gpb::Descriptor *type, Walk &walk)
{
    auto f = std::make_shared<FormField>();
    f->typeName = QString::fromStdString(type->name());
    const QString wkt = wellKnownName(type);
    if (wkt == QLatin1String("Timestamp")) {
        f->kind = Kind::String;
        f->placeholder = QStringLiteral("2026-01-31T12:00:00Z");
        f->note = QCoreApplication::translate("FormFromDescriptor", "a time in RFC 3339, UTC: 2026-01-31T12:00:00Z");
        return f;
    }
    if (wkt == QLatin1String("Duration")) {
        f->kind = Kind::String;
        f->placeholder = QStringLiteral("1.5s");
        f->note = QCoreApplication::translate("FormFromDescriptor", "seconds with an s: 90s, 1.5s");
        return f;
    }
    if (wkt.endsWith(QLatin1String("Value")) && wkt != QLatin1String("Value") && type->field_count() == 1) {
        // A wrapper (Int64Value, StringValue, …) is its scalar in proto3 JSON; empty means unset.
        scalar(*f, type->field(0));
        f->placeholder = QCoreApplication::translate("FormFromDescriptor", "unset");
        return f;
    }
    if (wkt == QLatin1String("FieldMask")) {
        f->kind = Kind::String;
        f->placeholder = QStringLiteral("name,address.city");
        return f;
    }
    if (wkt == QLatin1String("Struct") || wkt == QLatin1String("Value") || wkt == QLatin1String("ListValue")) {
        f->kind = Kind::Json;
        f->placeholder = wkt == QLatin1String("ListValue") ? QStringLiteral("[]") : QStringLiteral("{}");
        return f;
    }
    if (wkt == QLatin1String("Any")) {
        f->kind = Kind::Json;
        f->placeholder = QStringLiteral(R"({"@type": "type.googleapis.com/pkg.Message", …})");
        f->note = QCoreApplication::translate("FormFromDescriptor", "JSON with \"@type\": the message type's URL, and that message's fields");
        f->anyTypes = walk.anyTypes;
        return f;
    }
    if (std::find(walk.open.begin(), walk.open.end(), type) != walk.open.end() || int(walk.open.size()) >= kMaxFormDepth) {
        f->kind = Kind::Json;
        f->note = QCoreApplication::translate("FormFromDescriptor", "%1 contains itself: edit this part as JSON").arg(f->typeName);
        return f;
    }
    f->kind = Kind::Object;
    walk.open.push_back(type);
    for (int i = 0; i < type->field_count(); ++i) {
        const auto *field = type->field(i);
        std::shared_ptr<FormField> child;
        if (++walk.fields > kMaxFormFields) {
            child = std::make_shared<FormField>();
            child->kind = Kind::Json;
            child->note = QCoreApplication::translate("FormFromDescriptor", "more than %1 fields: the rest is edited as JSON").arg(kMaxFormFields);
        } else if (field->is_map()) {
            child = std::make_shared<FormField>();
            child->kind = Kind::Map;
            const auto *entry = field->message_type();
            child->typeName = QStringLiteral("map<%1, %2>").arg(typeName(entry->map_key()), typeName(entry->map_value()));
            child->fields.push_back(valueField(entry->map_value(), walk));
        } else if (field->is_repeated()) {
            child = std::make_shared<FormField>();
            child->kind = Kind::Array;
            child->typeName = QStringLiteral("repeated ") + typeName(field);
            child->fields.push_back(valueField(field, walk));
        } else {
            child = valueField(field, walk);
        }
        child->name = QString::fromStdString(field->name());
        if (const auto *oneof = field->real_containing_oneof())
            child->oneof = QString::fromStdString(oneof->name());
        const QString comment = QString::fromStdString(proto::SchemaSet::commentOf(field));
        child->tooltip = comment.isEmpty() ? QCoreApplication::translate("FormFromDescriptor", "field %1").arg(field->number())
                                           : QCoreApplication::translate("FormFromDescriptor", "field %1 · %2").arg(field->number()).arg(comment);
        f->fields.push_back(std::move(child));
    }
    walk.open.pop_back();
    return f;
}

} // namespace

QString wellKnownName(const proto::gpb::Descriptor *type)
{
    if (!type || type->file()->package() != "google.protobuf")
        return {};
    return QString::fromStdString(type->name());
}

FieldPtr fieldFromDescriptor(const proto::gpb::Descriptor *type, const QStringList &anyTypes)
{
    if (!type)
        return nullptr;
    Walk walk;
    walk.anyTypes = anyTypes;
    return messageField(type, walk);
}

} // namespace switchboard::gui
