#pragma once
// The Cluster page: one card per zone (health in words, its servers with their counters and a
// sparkline, what losing the zone would take with it), cluster-wide problems (servers the
// configuration names that do not answer, fewer servers than expected), the data source said
// once, and the rate history behind the per-zone and per-server charts. Rebuilt from each
// ClusterMonitor snapshot (about once a second), never per message.

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "DetailRowsModel.h"

class QAbstractSeries;

namespace switchboard::live {
struct ClusterSnapshot;
struct CatalogSnapshot;
}

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

class ClusterView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(switchboard::gui::RowListModel *zones READ zones CONSTANT)
    Q_PROPERTY(QString health READ health NOTIFY updated)
    Q_PROPERTY(QString healthText READ healthText NOTIFY updated)
    Q_PROPERTY(QStringList problems READ problems NOTIFY updated)
    Q_PROPERTY(QString source READ source NOTIFY updated)
    Q_PROPERTY(QString sourceText READ sourceText NOTIFY updated)
    Q_PROPERTY(QString moreAccessText READ moreAccessText NOTIFY updated)
    Q_PROPERTY(QString error READ error NOTIFY updated)
    Q_PROPERTY(int serverCount READ serverCount NOTIFY updated)
    Q_PROPERTY(int reachableCount READ reachableCount NOTIFY updated)
    Q_PROPERTY(QStringList serverNames READ serverNames NOTIFY updated)
    Q_PROPERTY(QStringList zoneNames READ zoneNames NOTIFY updated)
    Q_PROPERTY(quint64 polls READ polls NOTIFY updated)
public:
    explicit ClusterView(QObject *parent = nullptr);

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] RowListModel *zones() { return &m_zones; }
    [[nodiscard]] QString health() const { return m_health; } ///< key for colours: "healthy", "degraded", …
    [[nodiscard]] QString healthText() const { return m_healthText; }
    [[nodiscard]] QStringList problems() const { return m_problems; }
    [[nodiscard]] QString source() const { return m_source; }
    [[nodiscard]] QString sourceText() const { return m_sourceText; }
    [[nodiscard]] QString moreAccessText() const { return m_moreAccess; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int serverCount() const { return m_serverCount; }
    [[nodiscard]] int reachableCount() const { return m_reachable; }
    [[nodiscard]] QStringList serverNames() const { return m_serverNames; }
    [[nodiscard]] QStringList zoneNames() const { return m_zoneNames; }
    [[nodiscard]] quint64 polls() const { return m_polls; }

    /// Fills a chart line with a zone's or a server's msgs/s (in + out) over the last 15
    /// minutes, averaged into 5-second steps; returns the peak, for the axis.
    Q_INVOKABLE double fillSeries(QObject *series, const QString &name, bool zone) const;
    /// Stops listing a server removed from the cluster on purpose.
    Q_INVOKABLE void forget(const QString &server);

    /// Builds everything from snapshots (public for tests that feed snapshots).
    void update(const live::ClusterSnapshot &cluster, const live::CatalogSnapshot &catalog);

Q_SIGNALS:
    void sessionChanged();
    void updated();

private:
    void refresh();

    QPointer<Session> m_session;
    DetailRowsModel m_zones;
    QString m_health, m_healthText, m_source, m_sourceText, m_moreAccess, m_error;
    QStringList m_problems, m_serverNames, m_zoneNames;
    int m_serverCount = 0, m_reachable = 0;
    quint64 m_polls = 0;
};

} // namespace switchboard::gui
