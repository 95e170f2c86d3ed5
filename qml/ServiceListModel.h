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

class ServiceListModel : public RowListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
public:
    explicit ServiceListModel(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    /// Builds the rows from a snapshot (public for tests that feed snapshots).
    void update(const live::CatalogSnapshot &snapshot);

Q_SIGNALS:
    void sessionChanged();

private:
    QPointer<Session> m_session;
};

} // namespace switchboard::gui
