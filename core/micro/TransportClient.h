#pragma once
// Client side of go-micro's NATS transport: Dial(address) gives a socket whose replies arrive on
// its own subject. Unlike go-micro (a new NATS connection per dial), every socket shares one
// connection and one wildcard subscription "_INBOX.<nuid>.*"; a socket is a token under it.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "Envelope.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

/// What a socket received: an envelope, or why there is none.
struct Received {
    enum class Status { Ok, Timeout, NoResponders, Malformed, Closed };
    Status status = Status::Timeout;
    Envelope envelope;
    std::string error; ///< for Malformed: the decoder's reason
    std::string raw;   ///< for Malformed: the bytes received
};

/// Turns a raw reply into a Received (no-responders status, decode errors).
[[nodiscard]] Received receivedFrom(nats::Message &&msg);

class TransportClient;

class ClientSocket {
public:
    /// Called on a cnats thread for each reply, instead of queueing it for recv().
    using Receiver = std::function<void(Received &&)>;

    ~ClientSocket();
    [[nodiscard]] const std::string &address() const noexcept { return m_address; }
    [[nodiscard]] const std::string &replySubject() const noexcept { return m_reply; }

    void send(const Envelope &message);
    /// Sends an already encoded envelope.
    void sendEncoded(std::string_view payload);
    /// Waits for the next reply. Must not be mixed with a Receiver.
    [[nodiscard]] Received recv(std::chrono::microseconds timeout);
    void close();
    /// Closes the socket and lets a later dial reuse its reply subject. Only for a finished
    /// exchange (its reply arrived): a server keeps a virtual connection per reply subject, so
    /// reusing subjects keeps that to the number of calls in flight, as go-micro's pool does.
    void recycle();

private:
    friend class TransportClient;
    struct State {
        std::mutex mutex;
        std::condition_variable arrived;
        std::deque<nats::Message> queue;
        Receiver receiver;
    };
    ClientSocket(std::shared_ptr<TransportClient> transport, std::string address, uint64_t id, std::string reply,
                 std::shared_ptr<State> state);

    std::shared_ptr<TransportClient> m_transport;
    std::string m_address;
    uint64_t m_id;
    std::string m_reply;
    std::shared_ptr<State> m_state;
};

class TransportClient : public std::enable_shared_from_this<TransportClient> {
public:
    static std::shared_ptr<TransportClient> create(std::shared_ptr<nats::Connection> connection);
    ~TransportClient();

    /// A socket to the node address; with a receiver, replies are delivered to it directly.
    [[nodiscard]] std::unique_ptr<ClientSocket> dial(const std::string &address, ClientSocket::Receiver receiver = {});
    [[nodiscard]] size_t openSockets() const;
    [[nodiscard]] nats::Connection &connection() const { return *m_connection; }

private:
    friend class ClientSocket;
    explicit TransportClient(std::shared_ptr<nats::Connection> connection);
    void onReply(nats::Message &&msg);
    void forget(uint64_t id, bool reuse);

    std::shared_ptr<nats::Connection> m_connection;
    std::string m_prefix; ///< "_INBOX.<nuid>."
    uint64_t m_next = 0; ///< guarded by m_mutex
    mutable std::mutex m_mutex;
    /// By the number after the prefix: replies are routed without building a string per reply.
    std::unordered_map<uint64_t, std::shared_ptr<ClientSocket::State>> m_sockets;
    std::vector<uint64_t> m_reusable; ///< ids of recycled sockets, most recent last
    nats::Subscription m_subscription;
};

} // namespace switchboard::micro
