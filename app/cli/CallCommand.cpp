// switchboard-cli call SERVICE ENDPOINT [JSON]: one call, or --count N calls with latency figures.
// With --proto the JSON body is checked against (and with --content-type protobuf encoded as) the
// endpoint's request type and the reply decoded; --body-file sends a file's bytes as they are.
#include "Commands.h"
#include "CallLookup.h"

#include <algorithm>
#include <functional>
#include <map>
#include <iostream>
#include <optional>

#include <google/protobuf/descriptor.h>
#include <nlohmann/json.hpp>

#include "Printing.h"
#include "ProtoBodies.h"
#include "micro/Base64.h"
#include "util/Utf8.h"
#include "Translate.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "srv/SrvClient.h"
#include "srv/SrvDiscovery.h"
#include "nats/Connection.h"

namespace switchboard::cli {
namespace {

// The body stays JSON text here; it is checked and encoded once its message type is known.
micro::CallRequest requestFrom(const CliContext &ctx, const ProtoBodies &bodies)
{
    micro::CallRequest request;
    request.service = ctx.positional(0, "SERVICE");
    request.endpoint = ctx.positional(1, "ENDPOINT");
    if (ctx.args().positionals().size() > 3)
        request.body = ctx.args().positionals()[3];
    if (const auto file = ctx.args().value("--body-file")) {
        if (ctx.args().positionals().size() > 3)
            throw UsageError(tr("give the body either as JSON or with --body-file, not both"));
        request.body = readBodyFile(*file);
    }
    request.contentType = bodies.contentType();
    request.nodeId = ctx.args().valueOr("--node", "");
    request.timeout = std::chrono::milliseconds(parseDurationMicros(ctx.args().valueOr("--timeout", "5s")) / 1000);
    request.headers = ctx.headers();
    return request;
}

nlohmann::ordered_json errorJson(const micro::RpcError &e)
{
    return {{"kind", micro::kindName(e.kind)}, {"id", e.id}, {"code", e.code}, {"detail", e.detail}, {"status", e.status}};
}

using CallFn = std::function<micro::CallResult()>;

/// How the reply is shown: its content type (go-micro answers in the request's) and message type.
struct ReplyShape {
    const ProtoBodies &bodies;
    const proto::gpb::Descriptor *type = nullptr;
    bool srv = false; ///< a $SRV reply has no content type: JSON when it parses, else bytes
};

std::string replyContentType(const micro::CallResult &r, const ReplyShape &shape)
{
    const auto it = r.header.find("Content-Type");
    if (it != r.header.end())
        return it->second;
    return shape.srv ? std::string() : std::string(kProtobufContentType); // go-micro: none means protobuf
}

int singleCall(const CliContext &ctx, const CallFn &call, const ReplyShape &shape)
{
    const micro::CallResult r = call();
    const std::string contentType = replyContentType(r, shape);
    if (ctx.json()) {
        nlohmann::ordered_json out{{"ok", r.ok()}, {"node", r.nodeId}, {"latency_us", r.latency.count()}};
        if (r.ok()) {
            out["content_type"] = contentType;
            const auto body = nlohmann::ordered_json::parse(r.body, nullptr, false);
            if (!body.is_discarded())
                out["body"] = body;
            else if (shape.type || contentType == kProtobufContentType)
                out["body"] = shape.bodies.json(r.body, contentType, shape.type); // carries the bytes itself
            else
                out["body"] = readablePayload(r.body, false);
            // Bytes that are not text: the exact reply too, so a script loses nothing.
            if (body.is_discarded() && !out["body"].is_object() && util::firstInvalidUtf8(r.body))
                out["body_base64"] = micro::base64::encode(r.body);
        } else {
            out["error"] = errorJson(r.error);
        }
        std::cout << jsonText(out, 2) << '\n';
        return r.ok() ? ExitOk : ExitRemoteError;
    }
    if (!r.ok())
        throw CommandFailure{ExitRemoteError, r.error.message()};
    std::cout << shape.bodies.readable(r.body, contentType, shape.type, true) << '\n';
    return ExitOk;
}

int repeatedCalls(const CliContext &ctx, const CallFn &call, long long count)
{
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(count));
    std::map<std::string, int> errors;
    for (long long i = 0; i < count; ++i) {
        const micro::CallResult r = call();
        if (r.ok())
            latencies.push_back(static_cast<double>(r.latency.count()));
        else
            ++errors[r.error.message()];
    }
    std::sort(latencies.begin(), latencies.end());
    auto pct = [&](double p) {
        return latencies.empty() ? 0.0 : latencies[std::min(latencies.size() - 1, static_cast<size_t>(p * latencies.size()))];
    };
    long long errorCount = 0;
    for (const auto &[_, n] : errors)
        errorCount += n;
    if (ctx.json()) {
        nlohmann::ordered_json out{{"calls", count}, {"ok", latencies.size()}, {"errors", errorCount},
                                   {"min_us", latencies.empty() ? 0.0 : latencies.front()}, {"p50_us", pct(0.50)},
                                   {"p99_us", pct(0.99)}, {"max_us", latencies.empty() ? 0.0 : latencies.back()},
                                   {"error_kinds", errors}};
        std::cout << jsonText(out, 2) << '\n';
    } else {
        std::cout << tr("%1: %2 ok, %3", plural(count, "%n call", "%n calls"), std::to_string(latencies.size()),
                        plural(errorCount, "%n error", "%n errors"))
                  << '\n';
        if (!latencies.empty())
            std::cout << tr("latency min %1  p50 %2  p99 %3", formatMicros(latencies.front()), formatMicros(pct(0.5)),
                            formatMicros(pct(0.99)))
                      << tr("  max %1", formatMicros(latencies.back())) << '\n';
        for (const auto &[message, n] : errors)
            std::cout << "  " << n << " × " << message << '\n';
    }
    return errorCount == 0 ? ExitOk : ExitRemoteError;
}

} // namespace

std::string srvSubject(nats::Connection &conn, const std::string &service, const std::string &endpoint)
{
    const srv::SrvSweepResult info = srv::discover(conn, srv::Verb::Info, service);
    if (info.instances.empty())
        throw CommandFailure{ExitRemoteError, tr("service %1 not found (neither go-micro nor $SRV)", service)};
    for (const auto &e : info.instances.front().endpoints)
        if (e.name == endpoint || e.subject == endpoint)
            return e.subject;
    throw CommandFailure{ExitRemoteError, tr("$SRV service %1 has no endpoint %2", service, endpoint)};
}

std::optional<micro::Endpoint> registeredEndpoint(const micro::Registry &registry, const micro::CallRequest &request)
{
    for (const auto &service : registry.getService(request.service).services)
        for (const auto &endpoint : service.endpoints.value_or(std::vector<micro::Endpoint>{}))
            if (endpoint.name == request.endpoint)
                return endpoint;
    return std::nullopt;
}

int runCall(const CliContext &ctx)
{
    const ProtoBodies bodies(ctx);
    micro::CallRequest request = requestFrom(ctx, bodies);
    const bool rawBody = ctx.args().has("--body-file"); // bytes sent as they are
    const long long count = parsePositive(ctx.args().valueOr("--count", "1"), "--count");
    auto conn = ctx.connect();
    auto registry = std::make_shared<micro::Registry>(conn);
    micro::RpcClient client(conn, registry);
    CallFn call;
    ReplyShape shape{bodies};
    if (!client.resolve(request.service).empty()) {
        const proto::gpb::MethodDescriptor *method = nullptr;
        if (bodies.hasSchemas()) {
            const auto endpoint = registeredEndpoint(*registry, request);
            method = methodForEndpoint(bodies, endpoint ? &*endpoint : nullptr, request.endpoint);
        }
        if (!rawBody)
            request.body = bodies.encode(request.body, bodies.messageOr(method ? method->input_type() : nullptr), "request");
        shape.type = method ? method->output_type() : nullptr;
        call = [&] { return client.call(request); };
    } else {
        // Not a go-micro service: a NATS micro ($SRV) service of that name? It has no schema
        // names to match; --message gives the request's type.
        const std::string subject = srvSubject(*conn, request.service, request.endpoint);
        if (!rawBody)
            request.body = bodies.encode(request.body, bodies.messageOr(nullptr), "request");
        shape.srv = true;
        call = [&, subject] { return srv::callEndpoint(*conn, subject, request.body, request.headers, request.timeout); };
    }
    return count == 1 ? singleCall(ctx, call, shape) : repeatedCalls(ctx, call, count);
}

} // namespace switchboard::cli
