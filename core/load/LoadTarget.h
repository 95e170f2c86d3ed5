#pragma once
// How a load run sends one request: to a go-micro endpoint through the core's RPC client
// (GoMicroTarget) or to a NATS micro ($SRV) endpoint (SrvTarget). The runner owns pacing,
// deadlines and statistics; a target only sends and reports the reply.

#include <functional>
#include <memory>
#include <string>

#include "micro/RpcTypes.h"

namespace switchboard::load {

/// A request on its way. The runner drops it once the request finished or timed out; a reply
/// arriving after that goes nowhere.
class Ticket {
public:
    explicit Ticket(std::string node = {}) : nodeId(std::move(node)) {}
    virtual ~Ticket() = default;
    const std::string nodeId; ///< where the request went, when the target knows (a timeout is counted there)
    /// The reply came: the target may reuse what the request held (go-micro's reply subject).
    virtual void answered() {}
};

class LoadTarget {
public:
    using Done = std::function<void(micro::CallResult &&)>;
    virtual ~LoadTarget() = default;

    /// Sends one request. `done` runs once with the reply, on a cnats thread; when the request
    /// cannot be sent it runs at once, on this thread, and send returns nullptr.
    virtual std::unique_ptr<Ticket> send(std::string &&body, Done done) = 0;
    /// Ready to send: the endpoint has a node (go-micro) or the connection is up; else why not.
    [[nodiscard]] virtual std::string prepare() = 0;
    /// The server's largest message in bytes (0: unknown).
    [[nodiscard]] virtual int64_t maxPayload() const = 0;
    /// Called about once a second from a thread of the runner that does nothing else:
    /// where a target refreshes what may block (the registry).
    virtual void tick() {}
};

} // namespace switchboard::load
