#include "TransportListener.h"

#include "JsonRead.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::micro {

using Clock = std::chrono::steady_clock;

ServerSocket::ServerSocket(std::shared_ptr<nats::Connection> connection, std::string reply)
    : m_connection(std::move(connection))
    , m_reply(std::move(reply))
    , m_lastActive(Clock::now())
{
}

void ServerSocket::send(const Envelope &message)
{
    sendEncoded(encodeEnvelope(message));
}

void ServerSocket::sendEncoded(std::string_view payload)
{
    m_connection->publish(m_reply, payload);
}

TransportListener::TransportListener(std::shared_ptr<nats::Connection> connection, std::string address,
                                     Handler handler, ErrorHandler onError, std::chrono::milliseconds idleTimeout)
    : m_connection(std::move(connection))
    , m_address(address.empty() ? nats::Connection::newInbox() : std::move(address))
    , m_handler(std::move(handler))
    , m_onError(std::move(onError))
    , m_idleTimeout(idleTimeout)
    , m_lastIdleCheck(Clock::now())
{
    if (m_address.find(' ') != std::string::npos)
        throw nats::Error(nats::ErrorKind::InvalidArgument, "transport address must not contain spaces: " + m_address);
    m_subscription = m_connection->subscribe(m_address, [this](nats::Message &&m) { onMessage(std::move(m)); });
}

TransportListener::~TransportListener()
{
    close();
}

void TransportListener::close()
{
    m_subscription.unsubscribe();
    std::lock_guard lock(m_mutex);
    m_sockets.clear();
}

size_t TransportListener::openSockets()
{
    std::lock_guard lock(m_mutex);
    closeIdleSockets(Clock::now());
    return m_sockets.size();
}

void TransportListener::closeSocket(const std::string &remote)
{
    std::lock_guard lock(m_mutex);
    m_sockets.erase(remote);
}

void TransportListener::closeIdleSockets(Clock::time_point now)
{
    std::erase_if(m_sockets, [&](const auto &entry) { return now - entry.second->m_lastActive > m_idleTimeout; });
    m_lastIdleCheck = now;
}

void TransportListener::onMessage(nats::Message &&msg)
{
    if (msg.reply().empty()) {
        if (m_onError)
            m_onError("message without a reply subject", msg.data());
        return;
    }
    Envelope envelope;
    try {
        envelope = decodeEnvelope(msg.data());
    } catch (const DecodeError &e) {
        if (m_onError)
            m_onError(e.what(), msg.data());
        return;
    }
    std::shared_ptr<ServerSocket> socket;
    {
        const auto now = Clock::now();
        std::lock_guard lock(m_mutex);
        if (now - m_lastIdleCheck > std::chrono::seconds(1))
            closeIdleSockets(now);
        auto it = m_sockets.find(msg.reply());
        if (it == m_sockets.end()) {
            const std::string reply(msg.reply());
            it = m_sockets.emplace(reply, std::make_shared<ServerSocket>(m_connection, reply)).first;
        }
        it->second->m_lastActive = now;
        socket = it->second;
    }
    m_handler(socket, std::move(envelope));
}

} // namespace switchboard::micro
