#include "Broker.h"

#include "JsonRead.h"
#include "Uuid.h"
#include "nats/Connection.h"

namespace switchboard::micro {

Broker::Broker(std::shared_ptr<nats::Connection> connection)
    : m_connection(std::move(connection))
{
}

std::string Broker::publish(const std::string &topic, std::string_view body, const Header &headers,
                            const std::string &contentType)
{
    const std::string id = newUuid();
    // "Micro-ID", as go-micro v4.10+ writes it (the capture). Unlike an RPC id, a broker message id
    // is only information for the subscriber, so the pre-v4.10 spelling is not sent as well: it
    // would add 51 bytes to every event (a 64-byte event is 223 bytes on the wire without it).
    const HeaderOverride fixed[] = {{"Content-Type", contentType}, {"Micro-ID", id}, {"Micro-Topic", topic}};
    m_connection->publish(topic, encodeEnvelope(headers, fixed, body));
    return id;
}

nats::Subscription Broker::subscribe(const std::string &topic, Handler handler, const std::string &queueGroup,
                                     ErrorHandler onError)
{
    return m_connection->subscribe(
        topic,
        [handler = std::move(handler), onError = std::move(onError)](nats::Message &&m) {
            BrokerEvent event;
            try {
                event.message = decodeEnvelope(m.data());
            } catch (const DecodeError &e) {
                if (onError)
                    onError(e.what(), m.data());
                return;
            }
            event.topic = std::string(m.subject());
            handler(std::move(event));
        },
        queueGroup);
}

} // namespace switchboard::micro
