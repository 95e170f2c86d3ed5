#pragma once
// mucp client (WIRE.md §3.1): finds the service's nodes with a registry sweep (cached), picks one
// round-robin (or by id), sends the request envelope and decodes the reply or error.
// One NATS connection and one wildcard reply subscription serve every call.

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "RegistryTypes.h"
#include "RpcTypes.h"
#include "util/OneShot.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

class Registry;
class TransportClient;
class ClientSocket;

/// A call in flight. wait() returns its result, or a timeout once the request's deadline passed.
class PendingCall {
public:
    using Slot = util::OneShot<CallResult>;

    PendingCall(std::shared_ptr<Slot> slot, std::unique_ptr<ClientSocket> socket,
                std::chrono::steady_clock::time_point started, std::chrono::steady_clock::time_point deadline,
                CallResult skeleton);
    PendingCall(PendingCall &&) noexcept;
    ~PendingCall();
    [[nodiscard]] CallResult wait();

private:
    std::shared_ptr<Slot> m_slot;
    std::unique_ptr<ClientSocket> m_socket;
    std::chrono::steady_clock::time_point m_started, m_deadline;
    CallResult m_skeleton; ///< node and address, for the timeout result
};

/// A call started with a completion instead of a waiter (load runs). Keep `socket` until the
/// completion ran or the caller gave up: dropping it makes a late reply go nowhere.
struct AsyncCall {
    AsyncCall();
    AsyncCall(AsyncCall &&) noexcept;
    AsyncCall &operator=(AsyncCall &&) noexcept;
    ~AsyncCall();
    std::unique_ptr<ClientSocket> socket;
    std::optional<CallResult> failed; ///< the request could not be sent: the completion will not run
};

class RpcClient {
public:
    using Completion = std::function<void(CallResult &&)>;

    struct Options {
        /// How long resolved nodes are reused before the registry is asked again.
        std::chrono::milliseconds cacheTtl{10000};
    };

    RpcClient(std::shared_ptr<nats::Connection> connection, std::shared_ptr<Registry> registry);
    RpcClient(std::shared_ptr<nats::Connection> connection, std::shared_ptr<Registry> registry, Options options);
    ~RpcClient();

    /// Blocking call. Never throws for remote problems: they are in CallResult::error.
    [[nodiscard]] CallResult call(const CallRequest &request);
    /// Starts a call; many can be in flight at once.
    [[nodiscard]] PendingCall start(const CallRequest &request);
    /// Calls one node directly, without the registry.
    [[nodiscard]] CallResult callNode(const Node &node, const CallRequest &request);
    [[nodiscard]] PendingCall startOnNode(const Node &node, const CallRequest &request);
    /// Sends to `node` and hands the reply to `done` on a cnats thread (a stray duplicate reply
    /// is dropped; a second genuine one would run it again). No deadline: the caller keeps it.
    [[nodiscard]] AsyncCall startAsync(const Node &node, const CallRequest &request, Completion done);

    /// The nodes of a service (all versions), from the cache or a fresh sweep.
    [[nodiscard]] std::vector<Node> resolve(const std::string &service, bool refresh = false);

    /// The envelope a go-micro v4.10+ client sends (both id spellings for older servers).
    [[nodiscard]] static Envelope buildRequest(const CallRequest &request, const std::string &seq);
    /// encodeEnvelope(buildRequest(…)), without the intermediate header map: the call path.
    [[nodiscard]] static std::string encodeRequest(const CallRequest &request, const std::string &seq);
    /// Classifies a reply envelope: success, go-micro error JSON, or framework text.
    [[nodiscard]] static CallResult interpretReply(Envelope &&reply);

private:
    using NodeList = std::shared_ptr<const std::vector<Node>>;
    struct CacheEntry {
        NodeList nodes;
        std::chrono::steady_clock::time_point fetched;
    };
    /// The cached node list is shared, not copied: a call copies only the node it picks.
    NodeList nodesOf(const std::string &service, bool refresh);
    std::optional<Node> pickNode(const CallRequest &request, bool refresh, RpcError &error);

    std::shared_ptr<nats::Connection> m_connection;
    std::shared_ptr<Registry> m_registry;
    std::shared_ptr<TransportClient> m_transport;
    Options m_options;
    std::atomic<uint64_t> m_sequence{0};
    std::atomic<uint64_t> m_roundRobin{0};
    std::mutex m_cacheMutex;
    std::map<std::string, CacheEntry> m_cache;
};

} // namespace switchboard::micro
