#pragma once
// The demo: a local 3-zone NATS cluster (az-a, az-b, az-c) with living services — six go-micro
// services with 1–3 nodes each spread over the zones, calling each other and publishing events,
// one NATS micro ($SRV) service — and a steady, varying load. Chaos controls stop and restart
// servers, kill (no deregistration, as a crash) and restart nodes, and raise the load.

#include <atomic>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

#include "LocalNatsCluster.h"
#include "util/PeriodicWorker.h"

namespace switchboard::util {
class WorkerPool;
}

namespace switchboard::demo {

struct DemoNode;
class SyntheticServices;

struct DemoInfo {
    std::string urls;                       ///< all three servers, comma-separated
    std::string servicesUser, servicesPassword;   ///< APP account: services, discovery, calls
    std::string dashboardUser, dashboardPassword; ///< system account: cluster health ($SYS)
    std::vector<std::string> monitorUrls;   ///< HTTP monitoring, one per server
    std::vector<std::string> zones;
};

class Demo {
public:
    /// zones: the three zone names (default az-a, az-b, az-c); a second region uses its own.
    /// syntheticNodes: that many more nodes of synthetic services (SyntheticServices).
    explicit Demo(std::vector<std::string> zones = {}, int syntheticNodes = 0);
    ~Demo(); ///< stops everything
    Demo(const Demo &) = delete;
    Demo &operator=(const Demo &) = delete;

    /// Starts the cluster, the services and the load; throws std::runtime_error on failure
    /// (e.g. nats-server is not installed).
    void start();
    void stop();

    [[nodiscard]] DemoInfo info() const;
    /// go-micro and $SRV service names the demo hosts.
    [[nodiscard]] static std::vector<std::string> serviceNames();

    // Chaos controls. Each returns one line saying what it did. Call them from a thread that lives
    // as long as the demo: a restarted server is tied to it (PR_SET_PDEATHSIG).
    std::string stopServer(int index);
    std::string restartServer(int index);
    std::string killNode(const std::string &service);    ///< the service's first live node, without deregistering
    std::string restartNode(const std::string &service); ///< a new node in the zone of the last one killed
    std::string setLoadFactor(double factor);            ///< 1 = normal; raises every event topic's rate

private:
    std::unique_ptr<DemoNode> makeNode(const std::string &service, int zone);
    void generateLoad();

    std::vector<std::string> m_zones;
    std::unique_ptr<LocalNatsCluster> m_cluster;
    LocalNatsOptions m_options;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<DemoNode>> m_nodes;
    std::vector<std::pair<std::string, int>> m_killed; // service, zone
    std::atomic<double> m_loadFactor{1.0};
    std::mt19937 m_random{std::random_device{}()};
    std::unique_ptr<DemoNode> m_client; // the load generator's own "service"
    std::unique_ptr<util::WorkerPool> m_loadPool;
    util::PeriodicWorker m_load;
    int m_syntheticNodes = 0;
    std::unique_ptr<SyntheticServices> m_synthetic;
};

} // namespace switchboard::demo
