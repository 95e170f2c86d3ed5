#pragma once
// A go-micro compatible service (WIRE.md §3.2): listens on "_INBOX.<nuid>", routes mucp requests
// to handlers, replies or sends Micro-Error; hosts broker subscribers; registers itself with
// node id "<name>-<uuid>" and mucp metadata, re-announces on the heartbeat, deregisters on stop.

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "Broker.h"
#include "RegistryOptions.h"
#include "RegistryTypes.h"
#include "nats/Subscription.h"

namespace switchboard::util {
class WorkerPool;
}

namespace switchboard::micro {

class Registry;
class TransportListener;
class ServerSocket;

struct RpcRequest {
    std::string service, endpoint, contentType;
    Header header;
    std::string body;
};

/// Returns the response body. Throw MicroError for a go-micro error reply (JSON in Micro-Error);
/// any other exception becomes a plain-text Micro-Error, as a Go handler returning errors.New.
using RpcHandler = std::function<std::string(const RpcRequest &)>;
using EventHandler = std::function<void(const BrokerEvent &)>;

struct ServerOptions {
    std::string name = "go.micro.server";
    std::string version = "latest";
    Metadata metadata;       ///< node metadata, e.g. {"zone": "az-a"}; mucp keys are added
    std::string address;     ///< empty: a fresh inbox
    RegistryOptions registry;
    /// Handler threads. 0: handlers run on the NATS delivery thread, one at a time and without a
    /// thread hand-off per request (a wake-up and a context switch each, the largest cost of a
    /// call on two cores) — only for handlers that never block, such as a mock's canned reply.
    int workers = 4;
};

class RpcServer {
public:
    RpcServer(std::shared_ptr<nats::Connection> connection, ServerOptions options);
    ~RpcServer();

    /// endpoint is "Type.Method". request/response describe the types for the registry.
    void handle(const std::string &endpoint, RpcHandler handler, Value request = {}, Value response = {});
    /// A broker subscriber, registered as endpoint `name` with {"subscriber":"true","topic":…}.
    void subscribe(const std::string &topic, EventHandler handler, const std::string &queueGroup = {},
                   Value request = {}, const std::string &name = "Subscriber.Handle");

    void start(); ///< listen, subscribe, register
    void stop();  ///< deregister, then stop listening

    [[nodiscard]] const Node &node() const noexcept { return m_node; }
    /// The Service this server registers (one node).
    [[nodiscard]] Service service() const;
    [[nodiscard]] uint64_t requestsServed() const noexcept { return m_served.load(); }

private:
    struct Subscriber {
        std::string topic, queue, name;
        EventHandler handler;
        Value request;
        nats::Subscription subscription;
    };
    void dispatch(const std::shared_ptr<ServerSocket> &socket, Envelope &&request);
    void serveEvent(const std::shared_ptr<ServerSocket> &socket, Envelope &&request);
    void replyError(const std::shared_ptr<ServerSocket> &socket, Header header, const std::string &error);

    std::shared_ptr<nats::Connection> m_connection;
    ServerOptions m_options;
    Node m_node;
    std::map<std::string, std::pair<RpcHandler, Endpoint>> m_handlers; // sorted, as go-micro lists them
    std::vector<Subscriber> m_subscribers;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<Broker> m_broker;
    std::unique_ptr<util::WorkerPool> m_pool;
    std::unique_ptr<TransportListener> m_listener;
    std::atomic<uint64_t> m_served{0};
    bool m_running = false;
};

} // namespace switchboard::micro
