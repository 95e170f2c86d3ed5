#pragma once
// The call form of a protobuf message (issue 24): FormSchema's field tree built from a message
// descriptor instead of go-micro's Value tree. Enums become choices by name, oneofs an exclusive
// group, repeated and map fields lists and maps, the well-known types friendly leaves (Timestamp
// and Duration as their JSON text, wrappers as their scalar, Struct/Value/Any as JSON), defaults
// placeholders, field numbers and .proto comments tooltips. The JSON it edits is proto3 JSON with
// the .proto's field names, which ProtoCodec encodes.

#include "FormSchema.h"
#include "proto/SchemaSet.h"

namespace switchboard::gui {

/// `anyTypes`: the message types a google.protobuf.Any field's type picker offers (full names).
[[nodiscard]] FieldPtr fieldFromDescriptor(const proto::gpb::Descriptor *type, const QStringList &anyTypes = {});

/// "Timestamp", "Duration", "Int64Value", … for google.protobuf types; empty for others.
[[nodiscard]] QString wellKnownName(const proto::gpb::Descriptor *type);

} // namespace switchboard::gui
