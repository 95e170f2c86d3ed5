#include "TransportClient.h"

#include <charconv>

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

ClientSocket::ClientSocket(std::shared_ptr<TransportClient> transport, std::string address, uint64_t id,
                           std::string reply, std::shared_ptr<State> state)
    : m_transport(std::move(transport))
    , m_address(std::move(address))
    , m_id(id)
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
    sendEncoded(encodeEnvelope(message));
}

void ClientSocket::sendEncoded(std::string_view payload)
{
    m_transport->m_connection->publishRequest(m_address, m_reply, payload);
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
        m_transport->forget(m_id, false);
        m_transport.reset();
    }
}

void ClientSocket::recycle()
{
    if (m_transport) {
        m_transport->forget(m_id, true);
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
    uint64_t id = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_reusable.empty()) {
            id = m_next++;
        } else {
            id = m_reusable.back();
            m_reusable.pop_back();
        }
        m_sockets.emplace(id, state);
    }
    return std::unique_ptr<ClientSocket>(
        new ClientSocket(shared_from_this(), address, id, m_prefix + std::to_string(id), std::move(state)));
}

size_t TransportClient::openSockets() const
{
    std::lock_guard lock(m_mutex);
    return m_sockets.size();
}

void TransportClient::forget(uint64_t id, bool reuse)
{
    std::lock_guard lock(m_mutex);
    m_sockets.erase(id);
    if (reuse)
        m_reusable.push_back(id);
}

void TransportClient::onReply(nats::Message &&msg)
{
    // The subscription is "<prefix>*", so the subject is the prefix and one token.
    const std::string_view token = msg.subject().substr(std::min(m_prefix.size(), msg.subject().size()));
    uint64_t id = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), id);
    if (ec != std::errc() || end != token.data() + token.size() || token.empty() || (token.size() > 1 && token[0] == '0'))
        return; // not a subject we made
    std::shared_ptr<ClientSocket::State> state;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_sockets.find(id);
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
