#pragma once
// Load on a NATS micro ($SRV) endpoint: NATS requests with headers, as `switchboard-cli call`
// sends them, but many in flight on one wildcard reply subscription (a token per request) rather
// than a blocking request each.

#include <atomic>
#include <mutex>
#include <unordered_map>

#include "LoadTarget.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::load {

class SrvTarget : public LoadTarget, public std::enable_shared_from_this<SrvTarget> {
public:
    static std::shared_ptr<SrvTarget> create(std::shared_ptr<nats::Connection> connection, std::string subject,
                                             micro::Header headers);
    ~SrvTarget() override;

    std::unique_ptr<Ticket> send(std::string &&body, Done done) override;
    [[nodiscard]] std::string prepare() override;
    [[nodiscard]] int64_t maxPayload() const override;

    /// Requests sent whose reply has not come and whose ticket is still held.
    [[nodiscard]] size_t waiting() const;

private:
    class RequestTicket;
    SrvTarget(std::shared_ptr<nats::Connection> connection, std::string subject, micro::Header headers);
    void onReply(nats::Message &&message);
    void forget(uint64_t token);

    std::shared_ptr<nats::Connection> m_connection;
    std::string m_subject;
    std::vector<std::pair<std::string, std::string>> m_headers;
    std::string m_prefix; ///< "_INBOX.<nuid>."
    nats::Subscription m_replies;
    mutable std::mutex m_mutex;
    std::unordered_map<uint64_t, Done> m_waiting;
    std::atomic<uint64_t> m_next{1};
};

} // namespace switchboard::load
