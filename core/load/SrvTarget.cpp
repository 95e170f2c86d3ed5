#include "SrvTarget.h"

#include <charconv>
#include <chrono>

#include <nats/nats.h>

#include "nats/Connection.h"
#include "nats/Error.h"
#include "nats/Message.h"
#include "srv/SrvClient.h"

namespace switchboard::load {

using Clock = std::chrono::steady_clock;

class SrvTarget::RequestTicket : public Ticket {
public:
    RequestTicket(std::weak_ptr<SrvTarget> target, uint64_t token) : m_target(std::move(target)), m_token(token) {}
    ~RequestTicket() override
    {
        if (auto target = m_target.lock())
            target->forget(m_token);
    }

private:
    std::weak_ptr<SrvTarget> m_target;
    uint64_t m_token;
};

std::shared_ptr<SrvTarget> SrvTarget::create(std::shared_ptr<nats::Connection> connection, std::string subject,
                                             micro::Header headers)
{
    auto target = std::shared_ptr<SrvTarget>(new SrvTarget(std::move(connection), std::move(subject), std::move(headers)));
    std::weak_ptr<SrvTarget> weak = target;
    target->m_replies = target->m_connection->subscribe(target->m_prefix + "*", [weak](nats::Message &&m) {
        if (auto self = weak.lock())
            self->onReply(std::move(m));
    });
    // Replies must not be dropped by the client library; the limit only bounds memory.
    target->m_replies.setPendingLimits(1'000'000, 512 * 1024 * 1024);
    return target;
}

SrvTarget::SrvTarget(std::shared_ptr<nats::Connection> connection, std::string subject, micro::Header headers)
    : m_connection(std::move(connection))
    , m_subject(std::move(subject))
    , m_headers(headers.begin(), headers.end())
    , m_prefix(nats::Connection::newInbox() + ".")
{
}

SrvTarget::~SrvTarget()
{
    m_replies.unsubscribe();
}

std::unique_ptr<Ticket> SrvTarget::send(std::string &&body, Done done)
{
    const uint64_t token = m_next.fetch_add(1, std::memory_order_relaxed);
    {
        std::lock_guard lock(m_mutex);
        m_waiting.emplace(token, std::move(done));
    }
    auto ticket = std::make_unique<RequestTicket>(weak_from_this(), token);
    try {
        m_connection->publishWithHeaders(m_subject, m_prefix + std::to_string(token), body, m_headers);
    } catch (const nats::Error &e) {
        Done failed;
        {
            std::lock_guard lock(m_mutex);
            auto it = m_waiting.find(token);
            if (it != m_waiting.end()) {
                failed = std::move(it->second);
                m_waiting.erase(it);
            }
        }
        if (failed) {
            micro::CallResult r;
            r.address = m_subject;
            r.error.kind = e.kind() == nats::ErrorKind::InvalidArgument ? micro::RpcError::Kind::Malformed
                                                                        : micro::RpcError::Kind::Connection;
            r.error.detail = e.what();
            failed(std::move(r));
        }
        return nullptr;
    }
    return ticket;
}

void SrvTarget::onReply(nats::Message &&message)
{
    const std::string_view token = message.subject().substr(std::min(m_prefix.size(), message.subject().size()));
    uint64_t id = 0;
    const auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), id);
    if (ec != std::errc() || end != token.data() + token.size())
        return; // not a subject we made
    Done done;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_waiting.find(id);
        if (it == m_waiting.end())
            return; // late: the request timed out
        done = std::move(it->second);
        m_waiting.erase(it);
    }
    done(srv::resultOfReply(message, m_subject));
}

void SrvTarget::forget(uint64_t token)
{
    Done dropped;
    {
        std::lock_guard lock(m_mutex);
        auto it = m_waiting.find(token);
        if (it == m_waiting.end())
            return;
        dropped = std::move(it->second);
        m_waiting.erase(it);
    }
    // `dropped` is destroyed here, outside the lock: it may hold the runner's last reference.
}

std::string SrvTarget::prepare()
{
    if (m_connection->isClosed())
        return "the connection is closed";
    return {};
}

int64_t SrvTarget::maxPayload() const
{
    return natsConnection_GetMaxPayload(m_connection->raw());
}

size_t SrvTarget::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_waiting.size();
}

} // namespace switchboard::load
