#pragma once
// The call form: one row per field of the request, generated from the endpoint's schema
// (FormSchema), with add/remove rows for lists and maps, validation per field, and two-way sync
// with the JSON text: toJson() writes what the form holds, setJson() fills the form from text and
// names the path of the first mismatch. JSON keys the schema does not know are kept, not lost.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <vector>

#include <nlohmann/json.hpp>

#include "FormSchema.h"

namespace switchboard::gui {

struct FormNode;

class CallFormModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY validityChanged)
    Q_PROPERTY(QString firstError READ firstError NOTIFY validityChanged)
    Q_PROPERTY(bool hasSchema READ hasSchema NOTIFY countChanged)
public:
    enum Role {
        LabelRole = Qt::UserRole, PathRole, DepthRole, KindRole, TypeRole, ValueRole, KeyRole, ErrorRole,
        RangeRole, NoteRole, CanAddRole, CanRemoveRole, ChoicesRole, AccessibleRole, ToolTipRole, PlaceholderRole,
        OneofRole, AnyTypesRole,
    };
    Q_ENUM(Role)

    explicit CallFormModel(QObject *parent = nullptr);
    ~CallFormModel() override;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /// Replaces the form (null: no schema, the JSON editor is the only way in).
    void setSchema(FieldPtr root);
    [[nodiscard]] bool hasSchema() const { return m_root != nullptr; }

    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] bool valid() const { return m_errors == 0; }
    [[nodiscard]] QString firstError() const;

    /// Sets a leaf's text (or a map entry's key with isKey); validates it at once.
    Q_INVOKABLE void setValue(int row, const QString &text, bool isKey = false);
    Q_INVOKABLE void addItem(int row);    ///< on a list or map row: a new element at its end
    Q_INVOKABLE void removeItem(int row); ///< on an element row
    Q_INVOKABLE void clear();             ///< every value back to empty
    /// The request body the form describes, indented.
    Q_INVOKABLE QString toJson() const;
    /// Fills the form from JSON text. Returns "" or the error ("lines[0].quantity: …").
    Q_INVOKABLE QString setJson(const QString &text);
    /// The first row whose path is this (e.g. "customer.id"), or -1.
    Q_INVOKABLE int rowOfPath(const QString &path) const;


Q_SIGNALS:
    void countChanged();
    void validityChanged();
    /// The form's content changed through the form (not through setJson).
    void edited();

private:
    struct RowRef {
        FormNode *node;
        int depth;
        QString path;
    };
    void rebuildRows();
    void flatten(FormNode &node, int depth, const QString &path);
    void recountErrors();
    /// A value set inside one member of a protobuf oneof clears the group's other members.
    bool clearOtherOneofMembers(int row);
    [[nodiscard]] QString validate(const FormNode &node) const;

    FieldPtr m_root;
    std::unique_ptr<FormNode> m_tree;
    std::vector<RowRef> m_rows;
    int m_errors = 0;
};

} // namespace switchboard::gui
