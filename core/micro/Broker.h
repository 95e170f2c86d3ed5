#pragma once
// go-micro's NATS broker (WIRE.md §4): envelopes published on the topic; subscriptions with an
// optional queue group. Messages that are not envelopes go to the error handler, never lost silently.

#include <functional>
#include <memory>
#include <string>

#include "Envelope.h"
#include "EnvelopeView.h"
#include "nats/Subscription.h"

namespace switchboard::nats {
class Connection;
}

namespace switchboard::micro {

struct BrokerEvent {
    std::string topic;
    Envelope message;
};

/// A broker event that borrows from the NATS message and the subscription's decoding buffer:
/// valid only during the handler's call.
struct BrokerEventView {
    std::string_view topic;
    const EnvelopeView &message;
};

class Broker {
public:
    using Handler = std::function<void(BrokerEvent &&)>;
    using ViewHandler = std::function<void(const BrokerEventView &)>;
    using ErrorHandler = std::function<void(const std::string &error, std::string_view payload)>;

    explicit Broker(std::shared_ptr<nats::Connection> connection);

    /// go-micro client.Publish: adds Content-Type, Micro-Topic and a fresh Micro-ID (uuid)
    /// to the caller's headers. Returns the message id.
    std::string publish(const std::string &topic, std::string_view body, const Header &headers = {},
                        const std::string &contentType = "application/json");

    /// Handlers run on a cnats thread.
    [[nodiscard]] nats::Subscription subscribe(const std::string &topic, Handler handler,
                                               const std::string &queueGroup = {}, ErrorHandler onError = {});
    /// subscribe without copying each event into an Envelope: for handlers that inspect, count or
    /// forward events rather than keep them. Decoding reuses one buffer per subscription, so a
    /// steady stream of events allocates nothing here.
    [[nodiscard]] nats::Subscription subscribeView(const std::string &topic, ViewHandler handler,
                                                   const std::string &queueGroup = {}, ErrorHandler onError = {});

private:
    std::shared_ptr<nats::Connection> m_connection;
};

} // namespace switchboard::micro
