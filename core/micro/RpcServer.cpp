#include "RpcServer.h"

#include "MicroError.h"
#include "Registry.h"
#include "TransportListener.h"
#include "Uuid.h"
#include "nats/Connection.h"
#include "util/WorkerPool.h"

namespace switchboard::micro {

RpcServer::RpcServer(std::shared_ptr<nats::Connection> connection, ServerOptions options)
    : m_connection(std::move(connection))
    , m_options(std::move(options))
{
    m_node.id = m_options.name + "-" + newUuid();
    m_node.address = m_options.address.empty() ? nats::Connection::newInbox() : m_options.address;
    Metadata md = m_options.metadata;
    // Without "protocol" a go-micro client falls back to the legacy json-rpc codec (WIRE.md §3.1).
    md["protocol"] = "mucp";
    md["server"] = "mucp";
    md["transport"] = "nats";
    md["broker"] = "nats";
    md["registry"] = "nats";
    m_node.metadata = std::move(md);
}

RpcServer::~RpcServer()
{
    stop();
}

void RpcServer::handle(const std::string &endpoint, RpcHandler handler, Value request, Value response)
{
    Endpoint e;
    e.name = endpoint;
    e.request = std::move(request);
    e.response = std::move(response);
    e.metadata = Metadata{};
    m_handlers[endpoint] = {std::move(handler), std::move(e)};
}

void RpcServer::subscribe(const std::string &topic, EventHandler handler, const std::string &queueGroup,
                          Value request, const std::string &name)
{
    m_subscribers.push_back(Subscriber{topic, queueGroup, name, std::move(handler), std::move(request), {}});
}

Service RpcServer::service() const
{
    Service s;
    s.name = m_options.name;
    s.version = m_options.version;
    s.endpoints.emplace();
    for (const auto &[name, entry] : m_handlers)
        s.endpoints->push_back(entry.second);
    for (const Subscriber &sub : m_subscribers) {
        Endpoint e;
        e.name = sub.name;
        e.request = sub.request;
        e.metadata = Metadata{{"subscriber", "true"}, {"topic", sub.topic}};
        s.endpoints->push_back(std::move(e));
    }
    s.nodes = std::vector<Node>{m_node};
    return s;
}

void RpcServer::start()
{
    if (m_running)
        return;
    if (m_options.workers > 0)
        m_pool = std::make_unique<util::WorkerPool>(m_options.workers);
    m_broker = std::make_unique<Broker>(m_connection);
    m_running = true; // from here on stop() tears down in order, also when a step below fails
    try {
        for (Subscriber &sub : m_subscribers) {
            EventHandler handler = sub.handler;
            sub.subscription = m_broker->subscribe(
                sub.topic,
                [this, handler](BrokerEvent &&event) {
                    if (!m_pool) {
                        handler(event);
                        return;
                    }
                    m_pool->post([handler, event = std::move(event)] { handler(event); });
                },
                sub.queue);
        }
        m_listener = std::make_unique<TransportListener>(
            m_connection, m_node.address, [this](const std::shared_ptr<ServerSocket> &socket, Envelope &&request) {
                if (!m_pool) {
                    dispatch(socket, std::move(request));
                    return;
                }
                m_pool->post([this, socket, request = std::move(request)]() mutable { dispatch(socket, std::move(request)); });
            });
        m_registry = std::make_unique<Registry>(m_connection, m_options.registry);
        m_registry->registerService(service());
    } catch (...) {
        stop();
        throw;
    }
}

void RpcServer::stop()
{
    if (!m_running)
        return;
    m_running = false;
    // go-micro's Deregister sends only name, version and the node's id and address.
    Service gone;
    gone.name = m_options.name;
    gone.version = m_options.version;
    gone.nodes = std::vector<Node>{Node{m_node.id, m_node.address, std::nullopt}};
    try {
        if (m_registry)
            m_registry->deregisterService(gone);
        m_connection->flush(1000); // the delete must leave before the process may exit
    } catch (const std::exception &) {
        // connection already gone: watchers will find the node stale instead
    }
    for (Subscriber &sub : m_subscribers)
        sub.subscription.unsubscribe();
    m_listener.reset();
    m_pool.reset(); // finishes queued requests, which still reply
    m_registry.reset();
    m_broker.reset();
}

void RpcServer::replyError(const std::shared_ptr<ServerSocket> &socket, Header header, const std::string &error)
{
    // go-micro echoes the request headers and adds the error twice (WIRE.md §3.2).
    header["Micro-Error"] = error;
    header["X-Micro-Error"] = error;
    Envelope reply;
    reply.header = std::move(header);
    socket->send(reply);
}

void RpcServer::serveEvent(const std::shared_ptr<ServerSocket> &socket, Envelope &&request)
{
    const std::string topic = request.getWithXFallback("Micro-Topic");
    BrokerEvent event{topic, request};
    std::string error;
    for (const Subscriber &sub : m_subscribers) {
        if (sub.topic != topic)
            continue;
        try {
            sub.handler(event);
        } catch (const std::exception &e) {
            error = e.what();
        }
    }
    if (!error.empty()) {
        replyError(socket, std::move(request.header), error);
        return;
    }
    Envelope reply;
    reply.header = std::move(request.header);
    socket->send(reply);
}

void RpcServer::dispatch(const std::shared_ptr<ServerSocket> &socket, Envelope &&request)
{
    ++m_served;
    try {
        if (!request.getWithXFallback("Micro-Topic").empty()) {
            serveEvent(socket, std::move(request));
            return;
        }
        std::string endpoint = request.getWithXFallback("Micro-Endpoint");
        if (endpoint.empty())
            endpoint = request.getWithXFallback("Micro-Method");
        const std::string idKey = request.header.count("Micro-ID") ? "Micro-ID" : "Micro-Id";
        const std::string id = request.getWithXFallback(idKey);
        const std::string contentType = request.get("Content-Type");
        const bool closeAfter = request.get("Connection") == "close";

        const size_t dot = endpoint.find('.');
        if (dot == std::string::npos || endpoint.find('.', dot + 1) != std::string::npos) {
            replyError(socket, std::move(request.header), "rpc: service/endpoint request ill-formed: " + endpoint);
            return;
        }
        auto it = m_handlers.find(endpoint);
        if (it == m_handlers.end()) {
            const std::string type = endpoint.substr(0, dot);
            const bool typeKnown = std::any_of(m_handlers.begin(), m_handlers.end(),
                                               [&](const auto &h) { return h.first.rfind(type + ".", 0) == 0; });
            replyError(socket, std::move(request.header),
                       typeKnown ? "rpc: can't find method " + endpoint.substr(dot + 1) : "rpc: can't find service " + type);
            return;
        }
        // The handler sees the header by const reference: moved, not copied (a go-micro call
        // carries nine entries, a tree node and strings each), and still there for an error reply.
        RpcRequest call{m_options.name, endpoint, contentType, std::move(request.header), std::move(request.body)};
        std::string body;
        try {
            body = it->second.first(call);
        } catch (const MicroError &e) {
            replyError(socket, std::move(call.header), e.toJson());
            return;
        } catch (const std::exception &e) {
            replyError(socket, std::move(call.header), e.what());
            return;
        }
        if (contentType == "application/json" && (body.empty() || body.back() != '\n'))
            body.push_back('\n'); // Go's json.Encoder
        const std::string xIdKey = "X-" + idKey;
        const HeaderOverride reply[] = {{"Content-Type", contentType}, {idKey, id}, {xIdKey, id}}; // sorted bytewise
        socket->sendEncoded(encodeEnvelope(Header{}, reply, body));
        if (closeAfter && m_listener)
            m_listener->closeSocket(socket->remote());
    } catch (const std::exception &) {
        // The reply could not be published (connection closing); the caller times out.
    }
}

} // namespace switchboard::micro
