#pragma once
// One field, list element or map entry of the call form, with what the user typed. The form
// (CallFormModel) shows a flattened list of these; FormJson turns them into JSON and back.

#include <QString>

#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "FormSchema.h"

namespace switchboard::gui {

struct FormNode {
    FieldPtr field;
    QString key;   ///< a map entry's key
    QString text;  ///< a leaf's value as typed
    QString error; ///< a leaf's (or key's) validation message
    enum class Place { Field, Element, Entry } place = Place::Field;
    std::vector<std::unique_ptr<FormNode>> children;
    nlohmann::json extras = nlohmann::json::object(); ///< keys the schema does not know, kept for the JSON text

    /// A node for a field; an object gets one child per field, lists and maps start empty.
    static std::unique_ptr<FormNode> make(FieldPtr field, Place place)
    {
        auto n = std::make_unique<FormNode>();
        n->field = std::move(field);
        n->place = place;
        if (n->field->kind == FormField::Kind::Object)
            for (const FieldPtr &f : n->field->fields)
                n->children.push_back(make(f, Place::Field));
        return n;
    }
};

} // namespace switchboard::gui
