#pragma once
// Server side of go-micro's NATS transport (WIRE.md §2): one plain subscription on the node
// address; each distinct reply subject is a virtual connection (socket) that closes when idle.

#include <chrono>
#include <functional>
#include <unordered_map>
#include <memory>
#include <mutex>
#include <string>

#include "Envelope.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

/// A virtual connection: everything sent goes to the requester's reply subject.
class ServerSocket {
public:
    ServerSocket(std::shared_ptr<nats::Connection> connection, std::string reply);
    [[nodiscard]] const std::string &remote() const noexcept { return m_reply; }
    void send(const Envelope &message);
    /// Sends an already encoded envelope.
    void sendEncoded(std::string_view payload);

private:
    friend class TransportListener;
    std::shared_ptr<nats::Connection> m_connection;
    std::string m_reply;
    std::chrono::steady_clock::time_point m_lastActive;
};

class TransportListener {
public:
    /// Runs on a cnats thread for every decoded message.
    using Handler = std::function<void(const std::shared_ptr<ServerSocket> &, Envelope &&)>;
    /// A message that is not a transport envelope (the reason and the raw bytes).
    using ErrorHandler = std::function<void(const std::string &, std::string_view)>;

    /// An empty address listens on a fresh "_INBOX.<nuid>" (go-micro's default ":0").
    TransportListener(std::shared_ptr<nats::Connection> connection, std::string address, Handler handler,
                      ErrorHandler onError = {}, std::chrono::milliseconds idleTimeout = std::chrono::minutes(1));
    ~TransportListener();

    [[nodiscard]] const std::string &address() const noexcept { return m_address; }
    /// Virtual connections seen within the idle timeout.
    [[nodiscard]] size_t openSockets();
    /// Ends a virtual connection (go-micro's "Connection: close").
    void closeSocket(const std::string &remote);
    void close();

private:
    void onMessage(nats::Message &&msg);
    void closeIdleSockets(std::chrono::steady_clock::time_point now);

    std::shared_ptr<nats::Connection> m_connection;
    std::string m_address;
    Handler m_handler;
    ErrorHandler m_onError;
    std::chrono::milliseconds m_idleTimeout;

    mutable std::mutex m_mutex;
    /// Looked up by string_view (transparent hash): no string is built per message.
    struct SubjectHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::shared_ptr<ServerSocket>, SubjectHash, std::equal_to<>> m_sockets;
    std::chrono::steady_clock::time_point m_lastIdleCheck;
    nats::Subscription m_subscription; // last: destroyed first, before what its handler uses
};

} // namespace switchboard::micro
