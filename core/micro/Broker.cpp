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
    // One encoding buffer per publishing thread: no allocation per event. cnats copies the bytes
    // before publish returns; a buffer grown by an unusually large event is given back.
    constexpr size_t kKeptCapacity = 1 << 20;
    thread_local std::string buffer;
    buffer.clear();
    appendEnvelope(buffer, headers, fixed, body);
    m_connection->publish(topic, buffer);
    if (buffer.capacity() > kKeptCapacity)
        std::string().swap(buffer);
    return id;
}

namespace {

/// A NATS handler that decodes every message into one view and passes it on; what is not an
/// envelope goes to onError. One view per subscription is enough: cnats delivers a
/// subscription's messages one at a time.
template <typename Deliver>
nats::Subscription::Handler decoding(Deliver deliver, Broker::ErrorHandler onError)
{
    return [deliver = std::move(deliver), onError = std::move(onError),
            view = std::make_shared<EnvelopeView>()](nats::Message &&m) {
        try {
            view->decode(m.data());
        } catch (const DecodeError &e) {
            if (onError)
                onError(e.what(), m.data());
            return;
        }
        deliver(m.subject(), *view);
    };
}

} // namespace

nats::Subscription Broker::subscribe(const std::string &topic, Handler handler, const std::string &queueGroup,
                                     ErrorHandler onError)
{
    auto deliver = [handler = std::move(handler)](std::string_view subject, EnvelopeView &view) {
        handler(BrokerEvent{std::string(subject), std::move(view).toEnvelope()});
    };
    return m_connection->subscribe(topic, decoding(std::move(deliver), std::move(onError)), queueGroup);
}

nats::Subscription Broker::subscribeView(const std::string &topic, ViewHandler handler, const std::string &queueGroup,
                                         ErrorHandler onError)
{
    auto deliver = [handler = std::move(handler)](std::string_view subject, const EnvelopeView &view) {
        handler(BrokerEventView{subject, view});
    };
    return m_connection->subscribe(topic, decoding(std::move(deliver), std::move(onError)), queueGroup);
}

} // namespace switchboard::micro
