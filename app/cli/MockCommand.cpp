// switchboard-cli mock SERVICE --endpoint NAME --reply JSON: a go-micro compatible service that
// answers every call with the same reply, until Ctrl-C (then it deregisters). With --proto it
// answers protobuf calls too, encoding the reply JSON as each endpoint's response type.
#include "Commands.h"

#include <iostream>
#include <map>

#include <google/protobuf/descriptor.h>
#include <nlohmann/json.hpp>

#include "ProtoBodies.h"
#include "Translate.h"
#include "micro/MicroError.h"
#include "proto/MethodMatcher.h"
#include "proto/ProtoCodec.h"
#include "proto/RegistryValue.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::cli {

int runMock(const CliContext &ctx)
{
    micro::ServerOptions options;
    options.name = ctx.positional(0, "SERVICE");
    options.version = ctx.args().valueOr("--service-version", "latest");
    // A canned reply never blocks: answered on the delivery thread, without a hand-off per request
    // (a mock is what load runs measure their own overhead against).
    options.workers = 0;
    const std::vector<std::string> endpoints = ctx.args().values("--endpoint");
    if (endpoints.empty())
        throw UsageError(tr("mock needs at least one --endpoint Type.Method"));
    for (const auto &e : endpoints)
        if (e.find('.') == std::string::npos || e.find('.') != e.rfind('.') || e.front() == '.' || e.back() == '.')
            throw UsageError(tr("endpoint '%1' must look like Type.Method", e));
    const ProtoBodies bodies(ctx);
    const std::string reply = ctx.args().valueOr("--reply", "{}");
    // With --proto, each endpoint found in the schemas answers in the caller's content type (the
    // reply JSON encoded as its response type once, here) and registers its .proto types.
    struct Answer {
        std::string json, protobuf;
        micro::Value request{"Request", "Request", std::nullopt}, response{"Response", "Response", std::nullopt};
    };
    std::map<std::string, Answer> answers;
    for (const auto &e : endpoints) {
        Answer answer;
        answer.json = bodies.encode(reply, nullptr, "reply");
        if (bodies.hasSchemas()) {
            const auto *method = proto::matchEndpoint(bodies.schemas(), e).method;
            const auto *response = method ? method->output_type() : bodies.messageOr(nullptr);
            if (!response)
                throw UsageError(tr("no method %1 in the schemas given with --proto (or name the reply's type with --message)", e));
            const auto encoded = proto::ProtoCodec::fromJson(bodies.schemas(), response, reply);
            if (!encoded.ok())
                throw UsageError(tr("the reply body: %1", encoded.error));
            answer.protobuf = encoded.data;
            answer.response = proto::registryValue(response);
            if (method)
                answer.request = proto::registryValue(method->input_type());
        }
        answers[e] = std::move(answer);
    }
    if (auto zone = ctx.args().value("--zone"))
        options.metadata["zone"] = *zone;

    blockStopSignals();
    auto conn = ctx.connect();
    micro::RpcServer server(conn, options);
    for (const auto &[e, answer] : answers)
        server.handle(
            e,
            [answer = answer, schema = bodies.hasSchemas()](const micro::RpcRequest &r) {
                // go-micro: no Content-Type means protobuf; the reply goes in the request's type.
                const bool protobuf = r.contentType.empty() || r.contentType == kProtobufContentType;
                if (protobuf && !schema)
                    throw micro::MicroError::badRequest("mock", "this mock has no schema for protobuf: start it with --proto");
                return protobuf ? answer.protobuf : answer.json;
            },
            answer.request, answer.response);
    try {
        server.start();
    } catch (const nats::Error &e) {
        throw CommandFailure{ExitConnection, e.what()};
    }
    std::cout << tr("mock %1 running as node %2 on %3", options.name, server.node().id, server.node().address) << '\n'
              << tr("Ctrl-C to stop") << std::endl;
    waitForStopSignal();
    server.stop();
    std::cout << tr("deregistered %1 (%2 served)", server.node().id,
                    plural(static_cast<long long>(server.requestsServed()), "%n request", "%n requests"))
              << std::endl;
    return ExitOk;
}

} // namespace switchboard::cli
