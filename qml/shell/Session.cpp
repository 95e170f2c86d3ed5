#include "Session.h"

#include <QPointer>
#include <QThreadPool>

#include <nats/nats.h>

#include "live/CallObserver.h"
#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::gui {

using namespace std::chrono_literals;

/// What the connecting thread hands to the GUI thread.
struct Session::Opened {
    std::shared_ptr<nats::Connection> services, dashboard;
    QString error, dashboardError;
};

Session::Session(QObject *parent)
    : QObject(parent)
    , m_catalogSnapshot(std::make_shared<live::CatalogSnapshot>())
    , m_clusterSnapshot(std::make_shared<live::ClusterSnapshot>())
{
    m_statusTimer.setInterval(500);
    connect(&m_statusTimer, &QTimer::timeout, this, &Session::pollStatus);
    m_rttTimer.setInterval(5000);
    connect(&m_rttTimer, &QTimer::timeout, this, &Session::measureRtt);
    // The observer samples on its own thread; this only tells the views to read again.
    m_observerTimer.setInterval(1000);
    connect(&m_observerTimer, &QTimer::timeout, this, &Session::callsSampled);
    m_reconnectedNote.setSingleShot(true);
    m_reconnectedNote.setInterval(15000);
    connect(&m_reconnectedNote, &QTimer::timeout, this, [this] {
        if (m_state == Connected)
            setState(Connected, m_connectedNote);
    });
}

Session::~Session()
{
    tearDown();
}

void Session::open(SessionSettings settings)
{
    tearDown();
    m_settings = std::move(settings);
    m_settings.services.sendAsap = true; // calls and registry answers are on the latency path
    if (m_settings.services.name.empty())
        m_settings.services.name = "switchboard";
    setState(Connecting);
    const quint64 generation = ++m_generation;
    QPointer<Session> self(this);
    const SessionSettings s = m_settings;
    QThreadPool::globalInstance()->start([self, s, generation] {
        auto opened = std::make_shared<Opened>();
        try {
            opened->services = nats::Connection::connect(s.services);
        } catch (const std::exception &e) {
            opened->error = QString::fromStdString(e.what());
        }
        if (opened->services && s.dashboard) {
            try {
                opened->dashboard = nats::Connection::connect(*s.dashboard);
            } catch (const std::exception &e) {
                opened->dashboardError = QString::fromStdString(e.what());
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, opened, generation] {
                if (self && self->m_generation == generation)
                    self->adopt(opened);
            },
            Qt::QueuedConnection);
    });
}

void Session::connectTo(const QString &urls, const QString &user, const QString &password, const QString &token)
{
    SessionSettings s;
    s.services.servers = nats::ConnectOptions::splitServers(urls.trimmed().toStdString());
    if (s.services.servers.empty()) {
        setState(Failed, tr("Enter at least one server URL, e.g. nats://127.0.0.1:4222."));
        return;
    }
    s.services.user = user.toStdString();
    s.services.password = password.toStdString();
    s.services.token = token.toStdString();
    s.label = urls.trimmed();
    open(std::move(s));
}

void Session::reconnect()
{
    open(m_settings);
}

void Session::close()
{
    ++m_generation;
    tearDown();
    setState(Closed);
}

void Session::fail(const QString &reason)
{
    ++m_generation;
    tearDown();
    setState(Failed, reason);
}

void Session::retranslate()
{
    Q_EMIT stateChanged();
    Q_EMIT catalogChanged();
    Q_EMIT clusterChanged();
    Q_EMIT callsSampled();
}

void Session::refresh()
{
    if (m_catalog)
        m_catalog->refresh();
    if (m_cluster)
        m_cluster->pollNow();
}

void Session::adopt(std::shared_ptr<Opened> opened)
{
    if (!opened->services) {
        setState(Failed, opened->error);
        return;
    }
    m_connection = opened->services;
    m_dashboardConnection = opened->dashboard;
    m_serverUrl = QString::fromStdString(m_connection->connectedUrl());

    // The system account sees every server and every subscription; without it the monitor falls
    // back to HTTP monitoring, then to the connected server alone.
    live::ClusterOptions clusterOptions;
    clusterOptions.pollInterval = m_settings.clusterPoll;
    clusterOptions.monitorUrls = m_settings.monitorUrls;
    clusterOptions.rememberedServers = m_settings.rememberedServers;
    clusterOptions.expectedServers = m_settings.expectedServers;
    clusterOptions.trySystemAccount = m_dashboardConnection != nullptr;
    m_cluster = std::make_unique<live::ClusterMonitor>(m_dashboardConnection ? m_dashboardConnection : m_connection,
                                                       clusterOptions);
    connect(m_cluster.get(), &live::ClusterMonitor::changed, this, [this] {
        const bool first = m_clusterSnapshot->polls == 0;
        m_clusterSnapshot = std::make_shared<live::ClusterSnapshot>(m_cluster->snapshot());
        // The first sweep ran before the cluster's subscription lists were known: sweep again so
        // that nodes get their server (and a zone where metadata has none) without waiting 15 s.
        if (first && m_catalog)
            m_catalog->refresh();
        Q_EMIT clusterChanged();
    });

    live::CatalogOptions catalogOptions;
    if (m_settings.registry == QLatin1String("plugins"))
        catalogOptions.registry.families = {micro::SubjectFamily::Plugins};
    else if (m_settings.registry == QLatin1String("in-tree"))
        catalogOptions.registry.families = {micro::SubjectFamily::InTree};
    m_catalog = std::make_unique<live::ServiceCatalog>(m_connection, catalogOptions);
    live::ClusterMonitor *cluster = m_cluster.get();
    m_catalog->setPlacementResolver([cluster](const std::string &subject) { return cluster->placement(subject); });
    connect(m_catalog.get(), &live::ServiceCatalog::changed, this, &Session::onCatalogChanged);

    m_registry = std::make_shared<micro::Registry>(m_connection);
    m_rpc = std::make_shared<micro::RpcClient>(m_connection, m_registry);
    if (m_observingCalls)
        m_observer = std::make_unique<live::CallObserver>(m_connection);

    m_cluster->start();
    m_catalog->start();
    m_statusTimer.start();
    m_rttTimer.start();
    if (m_observer)
        m_observerTimer.start();
    m_connectedNote = opened->dashboardError.isEmpty() ? QString()
                                                       : tr("Cluster health login failed: %1").arg(opened->dashboardError);
    setState(Connected, m_connectedNote);
    measureRtt();
}

void Session::tearDown()
{
    m_statusTimer.stop();
    m_rttTimer.stop();
    m_observerTimer.stop();
    // Order: the users of the connection stop before it closes.
    m_observer.reset();
    m_catalog.reset();
    m_cluster.reset();
    m_rpc.reset();
    m_registry.reset();
    m_connection.reset();
    m_dashboardConnection.reset();
    m_rttMs = -1;
    m_catalogSnapshot = std::make_shared<live::CatalogSnapshot>();
    m_clusterSnapshot = std::make_shared<live::ClusterSnapshot>();
    Q_EMIT catalogChanged();
    Q_EMIT clusterChanged();
}

void Session::setState(State state, const QString &error)
{
    if (m_state == state && m_error == error)
        return;
    m_state = state;
    m_error = error;
    Q_EMIT stateChanged();
}

void Session::pollStatus()
{
    if (!m_connection)
        return;
    switch (natsConnection_Status(m_connection->raw())) {
    case NATS_CONN_STATUS_CONNECTED: {
        const QString url = QString::fromStdString(m_connection->connectedUrl());
        // In a cluster a failover takes milliseconds, often between two polls: a new server
        // while connected is a reconnect too, and is said in place for a while.
        const bool moved = !m_serverUrl.isEmpty() && url != m_serverUrl;
        if (url != m_serverUrl) {
            m_serverUrl = url;
            Q_EMIT stateChanged();
        }
        if (m_state == Reconnecting || moved) {
            const QString reconnected = tr("Reconnected to %1.").arg(url);
            setState(Connected, m_connectedNote.isEmpty() ? reconnected : reconnected + u' ' + m_connectedNote);
            m_reconnectedNote.start();
        } else if (m_state != Connected) {
            setState(Connected, m_connectedNote);
        }
        break;
    }
    case NATS_CONN_STATUS_RECONNECTING:
    case NATS_CONN_STATUS_DISCONNECTED:
        setState(Reconnecting, tr("Connection lost; retrying the cluster's servers."));
        break;
    case NATS_CONN_STATUS_CLOSED: {
        const char *last = nullptr;
        natsConnection_GetLastError(m_connection->raw(), &last);
        setState(Failed, tr("The connection was closed: %1")
                             .arg(last && *last ? QString::fromUtf8(last) : tr("the servers stopped answering")));
        m_statusTimer.stop();
        break;
    }
    default:
        break;
    }
}

void Session::measureRtt()
{
    if (!m_connection || m_rttInFlight || m_state != Connected)
        return;
    m_rttInFlight = true;
    QPointer<Session> self(this);
    std::shared_ptr<nats::Connection> connection = m_connection;
    QThreadPool::globalInstance()->start([self, connection] {
        int64_t rttNs = -1;
        if (natsConnection_GetRTT(connection->raw(), &rttNs) != NATS_OK)
            rttNs = -1;
        QMetaObject::invokeMethod(
            self.data(),
            [self, rttNs] {
                if (!self)
                    return;
                self->m_rttInFlight = false;
                self->m_rttMs = rttNs < 0 ? -1 : double(rttNs) / 1e6;
                Q_EMIT self->rttChanged();
            },
            Qt::QueuedConnection);
    });
}

void Session::onCatalogChanged()
{
    if (!m_catalog)
        return;
    m_catalogSnapshot = std::make_shared<live::CatalogSnapshot>(m_catalog->snapshot());
    watchNodeAddresses();
    Q_EMIT catalogChanged();
}

QString Session::stateText() const
{
    switch (m_state) {
    case Idle: return tr("not connected");
    case Connecting: return tr("connecting");
    case Connected: return tr("connected");
    case Reconnecting: return tr("reconnecting");
    case Failed: return tr("connection failed");
    case Closed: return tr("disconnected");
    }
    return {};
}

QStringList Session::configuredServers() const
{
    QStringList out;
    for (const std::string &s : m_settings.services.servers)
        out << QString::fromStdString(s);
    return out;
}

int Session::serviceCount() const
{
    return int(m_catalogSnapshot->services.size());
}

int Session::nodeCount() const
{
    size_t n = 0;
    for (const auto &s : m_catalogSnapshot->services)
        n += s.nodeCount();
    return int(n);
}

int Session::staleCount() const
{
    size_t n = 0;
    for (const auto &s : m_catalogSnapshot->services)
        n += s.staleCount();
    return int(n);
}

bool Session::catalogReady() const
{
    return m_catalogSnapshot->sweeps > 0;
}

QString Session::discoveryText() const
{
    const live::CatalogSnapshot &c = *m_catalogSnapshot;
    if (c.sweeps == 0 || !c.services.empty())
        return {};
    if (c.goMicro == live::SweepOutcome::Failed)
        return tr("The registry query could not be sent: the connection is down.");
    if (c.goMicro == live::SweepOutcome::Timeout)
        return tr("Something listens on the registry subjects but did not answer in time.");
    return tr("No go-micro services answered on micro.registry.nats.query or micro.nats.query, "
              "and no NATS micro service answered $SRV.INFO. Are the services running, and does "
              "this login's account see them?");
}

qint64 Session::dropped() const
{
    return m_observer ? m_observer->dropped() : 0;
}

QString Session::clusterSource() const
{
    return QString::fromStdString(m_clusterSnapshot->source);
}

std::vector<live::RatePoint> Session::serverHistory(const std::string &server) const
{
    return m_cluster ? m_cluster->serverHistory(server) : std::vector<live::RatePoint>{};
}

std::vector<live::RatePoint> Session::zoneHistory(const std::string &zone) const
{
    return m_cluster ? m_cluster->zoneHistory(zone) : std::vector<live::RatePoint>{};
}

std::vector<live::RememberedServer> Session::knownServers() const
{
    return m_cluster ? m_cluster->knownServers() : m_settings.rememberedServers;
}

void Session::forgetServer(const std::string &name)
{
    std::erase_if(m_settings.rememberedServers, [&](const live::RememberedServer &r) { return r.name == name; });
    if (m_cluster)
        m_cluster->forget(name);
}

} // namespace switchboard::gui
