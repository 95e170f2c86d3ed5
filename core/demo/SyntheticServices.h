#pragma once
// Many services for looking at (and measuring) a large map: `switchboard --demo --demo-nodes N`.
// N go-micro nodes of N/8 services spread over the demo's zones, registered over the real
// registry protocol (one Registry answers the queries for all of them, as one go-micro process
// with many services does), each service calling three others: requests published to the
// callees' node addresses with go-micro's headers, so the call observer sees them as it sees
// real calls. Nobody answers them: these services exist on the map, not in the Call page.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "micro/Registry.h"
#include "util/PeriodicWorker.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::demo {

class SyntheticServices {
public:
    SyntheticServices(std::shared_ptr<nats::Connection> connection, int nodes, std::vector<std::string> zones);
    ~SyntheticServices();
    SyntheticServices(const SyntheticServices &) = delete;
    SyntheticServices &operator=(const SyntheticServices &) = delete;

    /// Registers the services and starts their calls (one round a second).
    void start();
    [[nodiscard]] const std::vector<micro::Service> &services() const { return m_services; }
    /// (caller, callee) indices into services().
    [[nodiscard]] const std::vector<std::pair<size_t, size_t>> &calls() const { return m_calls; }

private:
    void callRound();

    std::shared_ptr<nats::Connection> m_connection;
    micro::Registry m_registry;
    std::vector<micro::Service> m_services;
    std::vector<std::pair<size_t, size_t>> m_calls;
    size_t m_round = 0;
    util::PeriodicWorker m_worker;
};

} // namespace switchboard::demo
