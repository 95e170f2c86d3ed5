// switchboard-cli publish TOPIC JSON: a go-micro broker event, in JSON or (--content-type
// protobuf, with --proto) protobuf encoded from the JSON.
#include "Commands.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "ProtoBodies.h"
#include "Translate.h"
#include "micro/Registry.h"
#include "proto/MethodMatcher.h"
#include "micro/Broker.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::cli {

namespace {

/// The topic's message type, from --message, else from a subscriber's request type in the
/// registry (go-micro registers a subscriber as an endpoint with metadata topic=TOPIC).
const proto::gpb::Descriptor *eventType(const ProtoBodies &bodies, const std::shared_ptr<nats::Connection> &conn,
                                        const std::string &topic)
{
    if (const auto *given = bodies.messageOr(nullptr); given || !bodies.hasSchemas())
        return given;
    const micro::Registry registry(conn);
    for (const auto &service : registry.listServices().services)
        for (const auto &endpoint : service.endpoints.value_or(std::vector<micro::Endpoint>{}))
            if (endpoint.metadata && endpoint.metadata->count("topic") && endpoint.metadata->at("topic") == topic &&
                endpoint.request)
                if (const auto named = proto::messagesNamed(bodies.schemas(), endpoint.request->name); named.size() == 1)
                    return named.front();
    return nullptr;
}

} // namespace

int runPublish(const CliContext &ctx)
{
    const std::string topic = ctx.positional(0, "TOPIC");
    const ProtoBodies bodies(ctx);
    std::string body = ctx.positional(1, "JSON");
    const micro::Header headers = ctx.headers();
    if (!bodies.hasSchemas())
        body = bodies.encode(body, nullptr, "event"); // checks the JSON before connecting
    auto conn = ctx.connect();
    if (bodies.hasSchemas())
        body = bodies.encode(body, eventType(bodies, conn, topic), "event");
    // go-micro's JSON codec ends a body with a newline; protobuf has no framing (WIRE.md §3.4).
    if (!bodies.sendsProtobuf())
        body += "\n";
    micro::Broker broker(conn);
    try {
        const std::string id = broker.publish(topic, body, headers, bodies.contentType());
        conn->flush();
        std::cout << tr("published %1 on %2", id, topic) << '\n';
    } catch (const nats::Error &e) {
        throw CommandFailure{e.kind() == nats::ErrorKind::InvalidArgument ? ExitUsage : ExitConnection, e.what()};
    }
    return ExitOk;
}

} // namespace switchboard::cli
