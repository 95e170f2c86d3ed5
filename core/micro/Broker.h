#pragma once
// go-micro's NATS broker (WIRE.md §4): envelopes published on the topic; subscriptions with an
// optional queue group. Messages that are not envelopes go to the error handler, never lost silently.

#include <functional>
#include <memory>
#include <string>

#include "Envelope.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

struct BrokerEvent {
    std::string topic;
    Envelope message;
};

class Broker {
public:
    using Handler = std::function<void(BrokerEvent &&)>;
    using ErrorHandler = std::function<void(const std::string &error, std::string_view payload)>;

    explicit Broker(std::shared_ptr<nats::Connection> connection);

    /// go-micro client.Publish: adds Content-Type, Micro-Topic and a fresh Micro-ID (uuid)
    /// to the caller's headers. Returns the message id.
    std::string publish(const std::string &topic, std::string_view body, const Header &headers = {},
                        const std::string &contentType = "application/json");

    /// Handlers run on a cnats thread.
    [[nodiscard]] nats::Subscription subscribe(const std::string &topic, Handler handler,
                                               const std::string &queueGroup = {}, ErrorHandler onError = {});

private:
    std::shared_ptr<nats::Connection> m_connection;
};

} // namespace switchboard::micro
