#pragma once
// An endpoint's request or response type as an expandable tree (Services page): the visible rows
// of the FormSchema tree, flattened, so a ListView shows a type of 10 000 fields without
// creating 10 000 items. The first two levels start expanded. When the session's .proto files
// describe the endpoint (issue 24) the tree comes from the message descriptor — field numbers,
// enums, oneofs, maps — and `protoFile` names the file; else from the registry's Value tree.

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <set>
#include <vector>

#include "FormSchema.h"
#include "Session.h"

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

class SchemaTreeModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sourceChanged)
    Q_PROPERTY(QString service READ service WRITE setService NOTIFY sourceChanged)
    Q_PROPERTY(QString endpoint READ endpoint WRITE setEndpoint NOTIFY sourceChanged)
    Q_PROPERTY(bool response READ response WRITE setResponse NOTIFY sourceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString protoFile READ protoFile NOTIFY countChanged)
public:
    enum Role { LabelRole = Qt::UserRole, TypeRole, DepthRole, ExpandableRole, ExpandedRole, NoteRole, AccessibleRole };

    explicit SchemaTreeModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *s);
    [[nodiscard]] QString service() const { return m_service; }
    void setService(const QString &s);
    [[nodiscard]] QString endpoint() const { return m_endpoint; }
    void setEndpoint(const QString &e);
    [[nodiscard]] bool response() const { return m_response; }
    void setResponse(bool r);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    /// The .proto file the tree comes from; empty for the registry's type.
    [[nodiscard]] QString protoFile() const { return m_protoFile; }

    /// Shows a type directly (tests; endpoints not in the catalogue).
    void setRoot(FieldPtr root);
    Q_INVOKABLE void toggle(int row);

Q_SIGNALS:
    void sourceChanged();
    void countChanged();

private:
    struct Row {
        const FormField *field;
        int depth;
    };
    void reload();
    void appendVisible(const FormField &f, int depth, std::vector<Row> &out) const;

    QPointer<Session> m_session;
    QString m_service, m_endpoint, m_protoFile;
    QMetaObject::Connection m_schemasChanged, m_choicesChanged;
    bool m_response = false;
    FieldPtr m_root;
    std::set<const FormField *> m_expanded;
    std::vector<Row> m_rows;
};

} // namespace switchboard::gui
