#pragma once
// The call form's nodes as JSON, both ways, with Go's rules: keys match fields without regard
// to case, keys the schema does not know are kept, a value of the wrong type is an error that
// names its path ("lines[0].quantity: expected a number (int32), got a string").

#include <QString>

#include <optional>

#include <nlohmann/json.hpp>

#include "FormNode.h"

namespace switchboard::gui {

/// The JSON a node holds; nullopt when nothing in it is set.
[[nodiscard]] std::optional<nlohmann::json> formNodeJson(const FormNode &node);
/// The zero value of a field's type (what Go decodes an absent value to).
[[nodiscard]] nlohmann::json zeroJson(const FormField &field);
/// Fills a fresh node from JSON; returns "" or "path: what is wrong".
[[nodiscard]] QString fillFormNode(FormNode &node, const nlohmann::json &value, const QString &path);

} // namespace switchboard::gui
