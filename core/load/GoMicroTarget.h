#pragma once
// Load on a go-micro endpoint through the core's own RPC client (the same envelopes, reply
// subjects and node choice as a Call page request), so the numbers describe the service.
// Nodes are taken in turn; a node that stops answering (no responders) is left out for 5 s, and
// the list is refreshed from the registry every second (the RPC client's cache), so a killed node's share moves to
// the others while the run goes on.

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <vector>

#include "LoadTarget.h"
#include "micro/RegistryTypes.h"

namespace switchboard::nats {
class Connection;
}
namespace switchboard::micro {
class RpcClient;
}

namespace switchboard::load {

class GoMicroTarget : public LoadTarget {
public:
    /// `request` gives service, endpoint, headers, content type, timeout and the node (empty: all).
    GoMicroTarget(std::shared_ptr<nats::Connection> connection, std::shared_ptr<micro::RpcClient> rpc, micro::CallRequest request);

    std::unique_ptr<Ticket> send(std::string &&body, Done done) override;
    [[nodiscard]] std::string prepare() override;
    [[nodiscard]] int64_t maxPayload() const override;
    void tick() override;

private:
    using Clock = std::chrono::steady_clock;
    [[nodiscard]] std::shared_ptr<const std::vector<micro::Node>> nodes() const;
    void refresh(bool fresh);
    void leaveOut(const std::string &nodeId);

    std::shared_ptr<nats::Connection> m_connection;
    std::shared_ptr<micro::RpcClient> m_rpc;
    micro::CallRequest m_request;
    mutable std::mutex m_mutex;
    std::shared_ptr<const std::vector<micro::Node>> m_nodes; ///< those answering, in turn
    std::map<std::string, Clock::time_point> m_leftOut;      ///< node id → until
    std::atomic<uint64_t> m_turn{0};
};

} // namespace switchboard::load
