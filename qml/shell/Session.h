#pragma once
// One live connection to a NATS cluster, as the app sees it: the connection (opened off the GUI
// thread), its state as words, the RTT, and the core/live objects that watch it — the service
// catalogue (services account), the cluster monitor (system account when the profile has one)
// and the RPC client. View-models read snapshots from here; nothing here runs per message.

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <vector>

#include "live/CatalogTypes.h"
#include "live/ClusterMonitor.h"
#include "live/ClusterTypes.h"
#include "nats/ConnectOptions.h"
#include "watch/JournalEvent.h"
#include "SchemaLibrary.h"

namespace switchboard::nats {
class Connection;
}
namespace switchboard::micro {
class Registry;
class RpcClient;
}
namespace switchboard::live {
class ServiceCatalog;
class ClusterMonitor;
class CallObserver;
}

namespace switchboard::gui {

/// What to connect to: the services login, and optionally a system-account login and HTTP
/// monitoring URLs for cluster health.
struct SessionSettings {
    nats::ConnectOptions services;
    std::optional<nats::ConnectOptions> dashboard;
    std::vector<std::string> monitorUrls;
    QString label; ///< shown in the status bar ("demo", a profile name)
    std::chrono::milliseconds clusterPoll{1000};
    /// Servers seen in earlier runs of this profile, and how many the cluster should have.
    std::vector<live::RememberedServer> rememberedServers;
    int expectedServers = 0;
    /// Registry subject family: "both", "plugins" (micro.registry.nats.*) or "in-tree" (micro.nats.*).
    QString registry = QStringLiteral("both");
};

class Session : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Session is owned by AppContext")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY stateChanged)
    Q_PROPERTY(QString label READ label NOTIFY stateChanged)
    Q_PROPERTY(QStringList configuredServers READ configuredServers NOTIFY stateChanged)
    Q_PROPERTY(double rttMs READ rttMs NOTIFY rttChanged)
    Q_PROPERTY(int serviceCount READ serviceCount NOTIFY catalogChanged)
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY catalogChanged)
    Q_PROPERTY(int staleCount READ staleCount NOTIFY catalogChanged)
    Q_PROPERTY(bool catalogReady READ catalogReady NOTIFY catalogChanged)
    Q_PROPERTY(QString discoveryText READ discoveryText NOTIFY catalogChanged)
    Q_PROPERTY(qint64 dropped READ dropped NOTIFY callsSampled)
    /// Whether calls are watched here (setObservingCalls) and an observer runs.
    Q_PROPERTY(bool observingCalls READ observingCalls NOTIFY callsSampled)
    Q_PROPERTY(QString clusterSource READ clusterSource NOTIFY clusterChanged)
    /// The profile's protobuf schemas (empty for the demo and for profiles without any).
    Q_PROPERTY(switchboard::gui::SchemaLibrary *schemas READ schemas CONSTANT)
public:
    enum State { Idle, Connecting, Connected, Reconnecting, Failed, Closed };
    Q_ENUM(State)

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    /// Connects off the GUI thread; state goes Connecting → Connected or Failed.
    void open(SessionSettings settings);
    /// From the connect dialog: comma-separated URLs, then user/password or a token.
    Q_INVOKABLE void connectTo(const QString &urls, const QString &user, const QString &password, const QString &token);
    Q_INVOKABLE void reconnect();
    Q_INVOKABLE void close();
    /// Failed before connecting (a profile that cannot be used): said like a connection failure.
    void fail(const QString &reason);
    Q_INVOKABLE void refresh(); ///< sweep the registry now
    /// After a language switch: the view-models rebuild their text from the data they have
    /// (their change signals, without a new sweep or poll).
    void retranslate();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    [[nodiscard]] QString label() const { return m_settings.label; }
    [[nodiscard]] QStringList configuredServers() const;
    [[nodiscard]] double rttMs() const { return m_rttMs; }
    [[nodiscard]] int serviceCount() const;
    [[nodiscard]] int nodeCount() const;
    [[nodiscard]] int staleCount() const;
    [[nodiscard]] bool catalogReady() const;
    [[nodiscard]] QString discoveryText() const;
    [[nodiscard]] qint64 dropped() const;
    [[nodiscard]] QString clusterSource() const;

    /// The latest snapshots (never null); replaced, never changed in place.
    [[nodiscard]] std::shared_ptr<const live::CatalogSnapshot> catalog() const { return m_catalogSnapshot; }
    [[nodiscard]] std::shared_ptr<const live::ClusterSnapshot> cluster() const { return m_clusterSnapshot; }
    [[nodiscard]] std::vector<live::RatePoint> serverHistory(const std::string &server) const;
    [[nodiscard]] std::vector<live::RatePoint> zoneHistory(const std::string &zone) const;
    /// Servers seen alive (or remembered), for the profile's next run.
    [[nodiscard]] std::vector<live::RememberedServer> knownServers() const;
    /// Stops listing a server that was removed on purpose.
    void forgetServer(const std::string &name);
    [[nodiscard]] std::shared_ptr<nats::Connection> connection() const { return m_connection; }
    [[nodiscard]] std::shared_ptr<micro::RpcClient> rpcClient() const { return m_rpc; }
    [[nodiscard]] live::CallObserver *callObserver() const { return m_observer.get(); }
    [[nodiscard]] SchemaLibrary *schemas() const { return m_schemas; }
    /// Calls are watched (every request to a go-micro node, every reply) only for the region the
    /// Topology shows: a region not shown costs no per-message work. On by default.
    void setObservingCalls(bool on);
    [[nodiscard]] bool observingCalls() const { return m_observer != nullptr; }
    /// Changes a page saw on this region's connection (the Traffic page's subjects starting or
    /// stopping), for the region's journal: the recorder listens, so pages need not know it.
    void noteChanges(const std::vector<watch::JournalEvent> &events) { Q_EMIT changesNoted(events); }

Q_SIGNALS:
    void stateChanged();
    void rttChanged();
    void catalogChanged();
    void clusterChanged();
    /// The observed-calls figures were sampled (about once a second).
    void callsSampled();
    void changesNoted(const std::vector<switchboard::watch::JournalEvent> &events);

private:
    SchemaLibrary *m_schemas = new SchemaLibrary(this);
    struct Opened;
    void setState(State state, const QString &error = {});
    void adopt(std::shared_ptr<Opened> opened);
    void tearDown();
    void pollStatus();
    void measureRtt();
    void onCatalogChanged();
    void watchNodeAddresses();

    SessionSettings m_settings;
    State m_state = Idle;
    QString m_error, m_serverUrl;
    double m_rttMs = -1;
    quint64 m_generation = 0; // an open() outdated by a newer one is dropped
    std::shared_ptr<nats::Connection> m_connection, m_dashboardConnection;
    std::shared_ptr<micro::Registry> m_registry;
    std::shared_ptr<micro::RpcClient> m_rpc;
    std::unique_ptr<live::ClusterMonitor> m_cluster;
    std::unique_ptr<live::ServiceCatalog> m_catalog;
    std::unique_ptr<live::CallObserver> m_observer;
    bool m_observingCalls = true;
    std::shared_ptr<const live::CatalogSnapshot> m_catalogSnapshot;
    std::shared_ptr<const live::ClusterSnapshot> m_clusterSnapshot;
    QTimer m_statusTimer, m_rttTimer, m_observerTimer;
    QTimer m_reconnectedNote; // clears "Reconnected to …" after a while
    QString m_connectedNote;  // what stays said while connected (a failed cluster-health login)
    bool m_rttInFlight = false;
};

} // namespace switchboard::gui
