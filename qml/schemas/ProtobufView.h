#pragma once
// A protobuf body as the Traffic inspector shows it (issue 24): with a message type, the tree of
// its fields and its proto3 JSON; always the schema-less decode too (protoc --decode_raw's text
// and its tree), so a wrong type choice can be seen against what the bytes hold. Also which type a
// subject's events are: the user's choice for the subject, else the request type of a go-micro
// subscriber registered on that topic.

#include <QString>
#include <QVariantMap>

#include <string>
#include <string_view>

#include "proto/SchemaSet.h"

namespace switchboard::live {
struct CatalogSnapshot;
}

namespace switchboard::gui {

class SchemaLibrary;

/// Remembered for a subject when the user wants the schema-less decode although a type is known.
inline const QString kSchemaLessChoice = QStringLiteral("-");

/// A body worth decoding as protobuf: its content type says so, or it is not text and decodes
/// schema-less as at least one field.
[[nodiscard]] bool looksLikeProtobuf(const std::string &body, std::string_view contentType);

struct SubjectType {
    const proto::gpb::Descriptor *type = nullptr;
    QString fullName;    ///< the type's name even when the schemas do not hold it (then type is null)
    QString source;      ///< a sentence: why this type
    bool chosen = false; ///< the user's choice (else a suggestion)
    bool schemaLess = false; ///< the user chose no type
};

/// The type of the events on `subject`.
[[nodiscard]] SubjectType subjectType(const SchemaLibrary &library, const proto::SchemaSet &set,
                                      const live::CatalogSnapshot &catalog, const QString &subject);

/// {type, rows: [{depth, name, type, value, number}], rowsCut, json, error,
///  rawRows, rawRowsCut, rawText, rawError}: `type` may be null (then only the raw keys).
[[nodiscard]] QVariantMap protobufView(const proto::SchemaSet &set, const proto::gpb::Descriptor *type, std::string_view bytes);

} // namespace switchboard::gui
