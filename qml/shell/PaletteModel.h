#pragma once
// The command palette (Ctrl+K): every service, endpoint, node and server the session knows,
// ranked by a fuzzy match of the query (letters in order; word starts and runs score higher).

#include <QPointer>

#include "RowListModel.h"

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

class PaletteModel : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
public:
    explicit PaletteModel(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *s);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &q);

    /// Fuzzy score of query against text: -1 when the letters do not all appear in order.
    static int score(const QString &query, const QString &text);

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();

private:
    void rebuild();

    QPointer<Session> m_session;
    QString m_query;
};

} // namespace switchboard::gui
