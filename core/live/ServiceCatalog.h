#pragma once
// One live catalogue of services from both protocols. An initial sweep, then go-micro's watch
// subject and a periodic re-query (default 15 s): a node that misses a sweep is stale (crashed
// or hung: go-micro sends no delete then), and is removed after a grace period unless it answers
// again. Consumers pull snapshots; changed() is emitted once per batch of changes.

#include <QObject>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "CatalogTypes.h"
#include "CoalescedNotifier.h"
#include "micro/RegistryOptions.h"
#include "util/PeriodicWorker.h"

namespace switchboard::nats {
class Connection;
}
namespace switchboard::micro {
class Registry;
class RegistryWatch;
struct Service;
}
namespace switchboard::srv {
struct SrvInstance;
}

namespace switchboard::live {

struct CatalogOptions {
    std::chrono::milliseconds requeryInterval{15000};
    /// Sweeps a node may miss before it is marked stale.
    int staleAfterMissedSweeps = 1;
    /// A node not seen for this long is removed (go-micro heartbeats every 30 s).
    std::chrono::milliseconds removeAfter{90000};
    micro::RegistryOptions registry;
    bool includeNatsMicro = true;
    size_t maxProblems = 100;
};

class ServiceCatalog : public QObject {
    Q_OBJECT
public:
    /// Finds the server a node is connected to, from a subject only that node subscribes to.
    using PlacementResolver = std::function<std::optional<ServerPlacement>(const std::string &uniqueSubject)>;

    ServiceCatalog(std::shared_ptr<nats::Connection> connection, CatalogOptions options = {}, QObject *parent = nullptr);
    ~ServiceCatalog() override;

    void start();  ///< watch, then sweep at once and every requeryInterval (on a worker thread)
    void stop();
    void refresh(); ///< sweep now
    void setPlacementResolver(PlacementResolver resolver);

    [[nodiscard]] CatalogSnapshot snapshot() const;

Q_SIGNALS:
    /// Something in the snapshot changed; emitted on this object's thread, coalesced.
    void changed();

private:
    using Key = std::pair<std::string, Protocol>; // name, protocol
    void sweepOnce();
    CatalogVersion &versionOf(const std::string &name, Protocol protocol, const std::string &version);
    /// Finds or adds the node and marks it live (seen now).
    CatalogNode &heardFrom(CatalogVersion &version, const std::string &id, const Metadata &metadata,
                           const std::string &address, TimePoint now,
                           std::unordered_map<std::string, size_t> *index = nullptr);
    void applyGoMicro(const micro::Service &service, TimePoint now, std::set<std::string> *seen);
    void applySrv(const srv::SrvInstance &instance, TimePoint now, std::set<std::string> *seen);
    void removeGoMicro(const micro::Service &service);
    void ageNodes(Protocol protocol, const std::set<std::string> &seen, TimePoint sweepStarted, TimePoint now);
    void placeNode(CatalogNode &node, const std::string &uniqueSubject);
    void problem(const std::string &source, const std::string &message);
    void markChanged(); // call with m_mutex held
    void notifyIfChanged();

    std::shared_ptr<nats::Connection> m_connection;
    CatalogOptions m_options;
    std::unique_ptr<micro::Registry> m_registry;
    std::unique_ptr<micro::RegistryWatch> m_watch;

    mutable std::mutex m_mutex;
    std::map<Key, CatalogService> m_services;
    CatalogSnapshot m_status; // outcome, problems, sweep figures (services kept in m_services)
    PlacementResolver m_resolver;
    bool m_dirty = false;
    CoalescedNotifier m_notifier{this, [this] { Q_EMIT changed(); }};
    util::PeriodicWorker m_worker; // last: stopped first
};

} // namespace switchboard::live
