#include "TransportClient.h"

#include "JsonRead.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::micro {

Received receivedFrom(nats::Message &&msg)
{
    Received r;
    if (msg.isNoResponders()) {
        r.status = Received::Status::NoResponders;
        return r;
    }
    try {
        r.envelope = decodeEnvelope(msg.data());
        r.status = Received::Status::Ok;
    } catch (const DecodeError &e) {
        r.status = Received::Status::Malformed;
        r.error = e.what();
        r.raw = std::string(msg.data());
    }
    return r;
}

ClientSocket::ClientSocket(std::shared_ptr<TransportClient> transport, std::string address, std::string reply,
                           std::shared_ptr<State> state)
    : m_transport(std::move(transport))
    , m_address(std::move(address))
    , m_reply(std::move(reply))
    , m_state(std::move(state))
{
}

ClientSocket::~ClientSocket()
{
    close();
}

void ClientSocket::send(const Envelope &message)
{
    m_transport->m_connection->publishRequest(m_address, m_reply, encodeEnvelope(message));
}

Received ClientSocket::recv(std::chrono::microseconds timeout)
{
    std::unique_lock lock(m_state->mutex);
    if (!m_state->arrived.wait_for(lock, timeout, [this] { return !m_state->queue.empty(); }))
        return Received{};
    nats::Message msg = std::move(m_state->queue.front());
    m_state->queue.pop_front();
    lock.unlock();
    return receivedFrom(std::move(msg));
}

void ClientSocket::close()
{
    if (m_transport) {
        m_transport->forget(m_reply);
        m_transport.reset();
    }
}

std::shared_ptr<TransportClient> TransportClient::create(std::shared_ptr<nats::Connection> connection)
{
    auto client = std::shared_ptr<TransportClient>(new TransportClient(std::move(connection)));
    client->m_subscription = client->m_connection->subscribe(
        client->m_prefix + "*", [raw = client.get()](nats::Message &&m) { raw->onReply(std::move(m)); });
    // Replies are small and must never be dropped silently; the limit only bounds memory.
    client->m_subscription.setPendingLimits(1'000'000, 512 * 1024 * 1024);
    return client;
}

TransportClient::TransportClient(std::shared_ptr<nats::Connection> connection)
    : m_connection(std::move(connection))
    , m_prefix(nats::Connection::newInbox() + ".")
{
}

TransportClient::~TransportClient()
{
    m_subscription.unsubscribe();
}

std::unique_ptr<ClientSocket> TransportClient::dial(const std::string &address, ClientSocket::Receiver receiver)
{
    if (address.empty() || address.find(' ') != std::string::npos)
        throw nats::Error(nats::ErrorKind::InvalidArgument, "invalid node address '" + address + "'");
    auto state = std::make_shared<ClientSocket::State>();
    state->receiver = std::move(receiver);
    std::string reply = m_prefix + std::to_string(m_next.fetch_add(1, std::memory_order_relaxed));
    {
        std::lock_guard lock(m_mutex);
        m_sockets.emplace(reply, state);
    }
    return std::unique_ptr<ClientSocket>(new ClientSocket(shared_from_this(), address, std::move(reply), std::move(state)));
}

size_t TransportClient::openSockets() const
{
    std::lock_guard lock(m_mutex);
    return m_sockets.size();
}

void TransportClient::forget(const std::string &reply)
{
    std::lock_guard lock(m_mutex);
    m_sockets.erase(reply);
}

void TransportClient::onReply(nats::Message &&msg)
{
    std::shared_ptr<ClientSocket::State> state;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_sockets.find(std::string(msg.subject()));
        if (it == m_sockets.end())
            return; // late reply to a closed socket (e.g. after a timeout)
        state = it->second;
    }
    if (state->receiver) {
        state->receiver(receivedFrom(std::move(msg)));
        return;
    }
    {
        std::lock_guard lock(state->mutex);
        state->queue.push_back(std::move(msg));
    }
    state->arrived.notify_one();
}

} // namespace switchboard::micro
