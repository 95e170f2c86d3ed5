#include "Broker.h"

#include "JsonRead.h"
#include "Uuid.h"
#include "nats/Connection.h"

namespace switchboard::micro {

Broker::Broker(std::shared_ptr<nats::Connection> connection)
    : m_connection(std::move(connection))
{
}

std::string Broker::publish(const std::string &topic, std::string_view body, Header headers,
                            const std::string &contentType)
{
    Envelope e;
    e.header = std::move(headers);
    const std::string id = newUuid();
    e.header["Content-Type"] = contentType;
    e.header["Micro-Topic"] = topic;
    // v4.10.0+ reads "Micro-ID", older versions "Micro-Id": send both.
    e.header["Micro-Id"] = id;
    e.header["Micro-ID"] = id;
    e.body = std::string(body);
    publishEnvelope(topic, e);
    return id;
}

void Broker::publishEnvelope(const std::string &topic, const Envelope &message)
{
    m_connection->publish(topic, encodeEnvelope(message));
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
