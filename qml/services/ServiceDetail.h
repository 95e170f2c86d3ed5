#pragma once
// The Services page's detail pane for one service: its nodes (with zone and where the zone came
// from), its endpoints (RPC handlers, broker subscribers with their topics, $SRV endpoints with
// their STATS), the history of $SRV stats for the charts, and the catalogue's problems.

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <deque>
#include <map>

#include "DetailRowsModel.h"
#include "srv/SrvTypes.h"

namespace switchboard::live {
struct CatalogSnapshot;
struct CatalogService;
}

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

class ServiceDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(QString protocol READ protocol WRITE setProtocol NOTIFY nameChanged)
    Q_PROPERTY(bool found READ found NOTIFY updated)
    Q_PROPERTY(QString summary READ summary NOTIFY updated)
    Q_PROPERTY(switchboard::gui::RowListModel *nodes READ nodes CONSTANT)
    Q_PROPERTY(switchboard::gui::RowListModel *endpoints READ endpoints CONSTANT)
    Q_PROPERTY(switchboard::gui::RowListModel *problems READ problems CONSTANT)
    Q_PROPERTY(QStringList statsEndpoints READ statsEndpoints NOTIFY updated)
public:
    explicit ServiceDetail(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString name() const { return m_name; }
    void setName(const QString &name);
    [[nodiscard]] QString protocol() const { return m_protocol; }
    void setProtocol(const QString &protocol);
    [[nodiscard]] bool found() const { return m_found; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] RowListModel *nodes() { return &m_nodes; }
    [[nodiscard]] RowListModel *endpoints() { return &m_endpoints; }
    [[nodiscard]] RowListModel *problems() { return &m_problems; }
    [[nodiscard]] QStringList statsEndpoints() const;

    /// $SRV STATS over time for one endpoint: [{t (ms since epoch), requests, errors, avgMs}].
    Q_INVOKABLE QVariantList statsHistory(const QString &endpoint) const;

    void update(const live::CatalogSnapshot &snapshot);

Q_SIGNALS:
    void sessionChanged();
    void nameChanged();
    void updated();

private:
    void showAnotherService();
    void fill(const live::CatalogService &service);
    /// $SRV: asks the service's instances for STATS off the GUI thread (one request at a time).
    void pollStats();
    void takeStats(std::vector<srv::SrvInstance> instances, qint64 atMs);

    QPointer<Session> m_session;
    QString m_name, m_protocol;
    bool m_found = false;
    QString m_summary;
    DetailRowsModel m_nodes, m_endpoints, m_problems;
    struct StatsPoint {
        qint64 atMs;
        qint64 requests, errors;
        double averageMs;
    };
    std::map<QString, std::deque<StatsPoint>> m_stats; // endpoint → points, bounded
    std::map<QString, StatsPoint> m_latestStats;       // endpoint → summed over instances
    QTimer m_statsTimer;
    bool m_statsInFlight = false;
    quint64 m_statsGeneration = 0; // answers for a service no longer shown are dropped
};

} // namespace switchboard::gui
