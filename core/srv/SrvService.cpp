#include "SrvService.h"

#include <chrono>

#include "SrvCodec.h"
#include "SrvDiscovery.h"
#include "nats/Connection.h"
#include "nats/Error.h"
#include "util/WorkerPool.h"

namespace switchboard::srv {

struct SrvService::Endpoint {
    SrvEndpoint info; // identity and stats
    SrvHandler handler;
};

SrvService::SrvService(std::shared_ptr<nats::Connection> connection, SrvServiceOptions options)
    : m_connection(std::move(connection))
    , m_options(std::move(options))
{
    const auto valid = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_'; };
    if (m_options.name.empty() || !std::all_of(m_options.name.begin(), m_options.name.end(), valid))
        throw nats::Error(nats::ErrorKind::InvalidArgument, "invalid $SRV service name '" + m_options.name + "'");
    m_id = nats::Connection::newInbox().substr(7); // the 22-character NUID after "_INBOX."
}

SrvService::~SrvService()
{
    stop();
}

void SrvService::addEndpoint(const std::string &name, SrvHandler handler, const std::string &subject,
                             std::optional<Metadata> metadata)
{
    auto e = std::make_unique<Endpoint>();
    e->info.name = name;
    e->info.subject = subject.empty() ? name : subject;
    e->info.queueGroup = m_options.queueGroup;
    e->info.metadata = std::move(metadata);
    e->info.lastError = "";
    e->handler = std::move(handler);
    m_endpoints.push_back(std::move(e));
}

SrvInstance SrvService::snapshot() const
{
    SrvInstance s;
    s.name = m_options.name;
    s.id = m_id;
    s.version = m_options.version;
    s.metadata = m_options.metadata;
    s.description = m_options.description;
    s.startedUnixNs = m_startedUnixNs;
    s.started = formatRfc3339Nano(m_startedUnixNs);
    std::lock_guard lock(m_statsMutex);
    for (const auto &e : m_endpoints)
        s.endpoints.push_back(e->info);
    return s;
}

void SrvService::start()
{
    if (!m_subscriptions.empty())
        return;
    m_startedUnixNs = std::chrono::duration_cast<std::chrono::nanoseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
    m_pool = std::make_unique<util::WorkerPool>(m_options.workers);
    for (Verb verb : {Verb::Ping, Verb::Info, Verb::Stats}) {
        for (const auto &subject : {controlSubject(verb), controlSubject(verb, m_options.name),
                                    controlSubject(verb, m_options.name, m_id)}) {
            m_subscriptions.push_back(m_connection->subscribe(subject, [this, verb](nats::Message &&m) {
                if (m.reply().empty())
                    return;
                const SrvInstance s = snapshot();
                const std::string body = verb == Verb::Ping ? encodePing(s) : verb == Verb::Info ? encodeInfo(s) : encodeStats(s);
                try {
                    m_connection->publish(std::string(m.reply()), body);
                } catch (const nats::Error &) {
                }
            }));
        }
    }
    for (auto &e : m_endpoints) {
        Endpoint *endpoint = e.get();
        m_subscriptions.push_back(m_connection->subscribe(
            endpoint->info.subject,
            [this, endpoint](nats::Message &&m) {
                auto shared = std::make_shared<nats::Message>(std::move(m));
                m_pool->post([this, endpoint, shared] { serve(*endpoint, std::move(*shared)); });
            },
            m_options.queueGroup));
    }
    m_connection->flush();
}

void SrvService::stop()
{
    m_subscriptions.clear();
    m_pool.reset();
}

void SrvService::serve(Endpoint &endpoint, nats::Message &&msg)
{
    const auto started = std::chrono::steady_clock::now();
    SrvRequest request{std::string(msg.subject()), std::string(msg.data()), {}};
    for (auto &[k, v] : msg.headers())
        request.headers[k] = v;
    std::string body;
    nats::HeaderList errorHeaders;
    std::string errorText;
    try {
        body = endpoint.handler(request);
    } catch (const SrvError &e) {
        errorText = e.what();
        errorHeaders = {{"Nats-Service-Error", e.what()}, {"Nats-Service-Error-Code", std::to_string(e.code())}};
        body = e.body();
    } catch (const std::exception &e) {
        errorText = e.what();
        errorHeaders = {{"Nats-Service-Error", e.what()}, {"Nats-Service-Error-Code", "500"}};
    }
    const auto elapsed = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - started).count();
    {
        std::lock_guard lock(m_statsMutex);
        SrvEndpoint &s = endpoint.info;
        ++s.numRequests;
        if (!errorText.empty()) {
            ++s.numErrors; // nats.go ≥ 1.32 counts error replies too
            s.lastError = errorText;
        }
        s.processingTimeNs += elapsed;
        s.averageProcessingTimeNs = s.processingTimeNs / s.numRequests;
    }
    if (msg.reply().empty())
        return;
    try {
        if (errorHeaders.empty())
            m_connection->publish(std::string(msg.reply()), body);
        else
            m_connection->publishWithHeaders(std::string(msg.reply()), {}, body, errorHeaders);
    } catch (const nats::Error &) {
    }
}

} // namespace switchboard::srv
