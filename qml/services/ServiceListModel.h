#pragma once
// The Services table: one row per service and protocol, rebuilt from each catalogue snapshot
// (one coalesced signal per batch of registry changes).

#include <QPointer>

#include "RowListModel.h"

namespace switchboard::live {
struct CatalogSnapshot;
}

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

class ServiceListModel : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    /// Several regions at once (the primary first): one row per service and region.
    Q_PROPERTY(QList<QObject *> sessions READ sessions WRITE setSessions NOTIFY sessionChanged)
public:
    explicit ServiceListModel(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QList<QObject *> sessions() const;
    void setSessions(const QList<QObject *> &sessions);
    /// Builds the rows from a snapshot (public for tests that feed snapshots).
    void update(const live::CatalogSnapshot &snapshot);
    /// The session a row came from (for the detail pane).
    Q_INVOKABLE switchboard::gui::Session *sessionOf(int row) const;

Q_SIGNALS:
    void sessionChanged();

private:
    void rebuild();
    void appendRows(std::vector<Row> &rows, const live::CatalogSnapshot &snapshot, const QString &region) const;

    QPointer<Session> m_session;
    QList<QPointer<Session>> m_sessions;
};

} // namespace switchboard::gui
