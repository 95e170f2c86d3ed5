#pragma once
// What a request looks like, whatever described it: go-micro's registry Value tree (Go type names,
// exported fields) or a JSON Schema ($SRV endpoints' request_schema metadata). The call form and
// the endpoint trees are built from this one shape.

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace switchboard::micro {
struct Value;
}

namespace switchboard::gui {

struct FormField {
    enum class Kind { Object, Array, Map, String, Bool, Int, Uint, Float, Bytes, Json };
    QString name;     ///< JSON key (empty for array/map elements)
    QString typeName; ///< as the schema spells it: "int32", "[]Line", "integer"
    Kind kind = Kind::Json;
    int bits = 64;    ///< Int/Uint/Float width
    QStringList choices; ///< JSON Schema enum
    QString note;     ///< e.g. why a subtree was cut off
    QString oneof;    ///< protobuf: the oneof group this field belongs to (setting it clears the others)
    QString tooltip;  ///< protobuf: field number and the .proto's comment
    QString placeholder; ///< what an empty value means (protobuf's default), shown greyed
    QStringList anyTypes; ///< google.protobuf.Any: the message types its type picker offers
    /// Object: its fields. Array and Map: one element template. Others: empty.
    std::vector<std::shared_ptr<const FormField>> fields;

    [[nodiscard]] bool isLeaf() const { return kind != Kind::Object && kind != Kind::Array && kind != Kind::Map; }
    /// "-128 … 127" for integers, empty otherwise.
    [[nodiscard]] QString rangeText() const;
};

using FieldPtr = std::shared_ptr<const FormField>;

/// Fields nested deeper than this become a raw-JSON leaf with a note (a hostile schema can nest
/// 10 000 levels; a form that deep is useless and would cost the GUI thread).
inline constexpr int kMaxFormDepth = 24;
/// More fields than this (over the whole tree) are cut off with a note.
inline constexpr int kMaxFormFields = 20000;

[[nodiscard]] FieldPtr fieldFromGoValue(const micro::Value &value);
/// schema: a parsed JSON Schema object; anything it does not describe becomes a Json leaf.
[[nodiscard]] FieldPtr fieldFromJsonSchema(const nlohmann::json &schema);

/// The leaf kind of a Go type name ("int32" → Int 32), or Json for a type it does not know.
[[nodiscard]] FormField::Kind goLeafKind(const QString &goType, int *bits);

} // namespace switchboard::gui
