#include "RegistryValue.h"

#include <google/protobuf/descriptor.h>

namespace switchboard::proto {

namespace {

std::string goType(const gpb::FieldDescriptor *field)
{
    using F = gpb::FieldDescriptor;
    switch (field->cpp_type()) {
    case F::CPPTYPE_INT32: return "int32";
    case F::CPPTYPE_INT64: return "int64";
    case F::CPPTYPE_UINT32: return "uint32";
    case F::CPPTYPE_UINT64: return "uint64";
    case F::CPPTYPE_DOUBLE: return "float64";
    case F::CPPTYPE_FLOAT: return "float32";
    case F::CPPTYPE_BOOL: return "bool";
    case F::CPPTYPE_ENUM: return field->enum_type()->name();
    case F::CPPTYPE_STRING: return field->type() == F::TYPE_BYTES ? "[]uint8" : "string";
    case F::CPPTYPE_MESSAGE: return field->message_type()->name();
    }
    return "string";
}

micro::Value fieldValue(const gpb::FieldDescriptor *field, int depth)
{
    micro::Value value{field->name(), goType(field), std::nullopt};
    if (field->is_map()) {
        const auto *entry = field->message_type();
        value.type = "map[" + goType(entry->map_key()) + "]" + goType(entry->map_value());
        return value;
    }
    if (field->cpp_type() == gpb::FieldDescriptor::CPPTYPE_MESSAGE && depth > 1) {
        const auto nested = registryValue(field->message_type(), depth - 1);
        value.values = nested.values;
    }
    if (field->is_repeated())
        value.type = "[]" + value.type;
    return value;
}

} // namespace

micro::Value registryValue(const gpb::Descriptor *type, int depth)
{
    micro::Value value{type->name(), type->name(), std::nullopt};
    if (depth <= 0)
        return value;
    std::vector<micro::Value> fields;
    for (int i = 0; i < type->field_count(); ++i)
        fields.push_back(fieldValue(type->field(i), depth));
    value.values = std::move(fields);
    return value;
}

} // namespace switchboard::proto
