// switchboard-cli bench SERVICE ENDPOINT [BODY]: a load run (issue 26) with the engine the app
// uses (core/load), printed as a summary and histogram like ghz, or as one JSON object. The exit
// code says whether the thresholds held, so a CI pipeline can gate on it.
#include "Commands.h"

#include <iostream>
#include <unistd.h>

#include <google/protobuf/descriptor.h>

#include "BenchSummary.h"
#include "CallLookup.h"
#include "ProtoBodies.h"
#include "Translate.h"
#include "load/GoMicroTarget.h"
#include "load/LoadRunner.h"
#include "load/SrvTarget.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "nats/Connection.h"
#include "proto/ProtoCodec.h"

namespace switchboard::cli {
namespace {

using namespace std::chrono;

double parseNumber(const std::string &text, const char *option)
{
    try {
        size_t used = 0;
        const double v = std::stod(text, &used);
        if (used == text.size() || (used + 1 == text.size() && text.back() == '%'))
            return v;
    } catch (const std::exception &) {
    }
    throw UsageError(tr("%1 takes a number, not '%2'", option, text));
}

load::LoadPlan planFrom(const CliContext &ctx, const ProtoBodies &bodies)
{
    const Arguments &a = ctx.args();
    load::LoadPlan plan;
    plan.service = ctx.positional(0, "SERVICE");
    plan.endpoint = ctx.positional(1, "ENDPOINT");
    plan.body = a.positionals().size() > 3 ? a.positionals()[3] : "{}";
    plan.contentType = bodies.contentType();
    plan.headers = ctx.headers();
    plan.nodeId = a.valueOr("--node", "");
    if (a.has("--concurrency") && a.has("--rate"))
        throw UsageError(tr("give --concurrency (requests in flight) or --rate (requests a second), not both"));
    if (a.has("--rate")) {
        plan.model = load::LoadPlan::Model::Open;
        plan.rate = parseNumber(*a.value("--rate"), "--rate");
        plan.concurrency = int(parseNumber(a.valueOr("--max-in-flight", "1000"), "--max-in-flight"));
    } else {
        plan.concurrency = int(std::clamp(parseNumber(a.valueOr("--concurrency", "16"), "--concurrency"), -1.0, 1e9));
    }
    if (const auto n = a.value("--requests"))
        plan.requests = uint64_t(std::max(0.0, parseNumber(*n, "--requests")));
    if (const auto d = a.value("--duration"))
        plan.duration = milliseconds(parseDurationMicros(*d) / 1000);
    if (!a.has("--requests") && !a.has("--duration"))
        plan.requests = 1000;
    if (const auto w = a.value("--warmup"))
        plan.warmup = milliseconds(parseDurationMicros(*w) / 1000);
    plan.timeout = milliseconds(parseDurationMicros(a.valueOr("--timeout", "5s")) / 1000);
    if (const auto p = a.value("--stop-error-rate"))
        plan.stopErrorPercent = parseNumber(*p, "--stop-error-rate");
    if (const auto p99 = a.value("--max-p99"))
        plan.thresholds.p99Ms = double(parseDurationMicros(*p99)) / 1000.0;
    if (const auto e = a.value("--max-error-rate"))
        plan.thresholds.errorPercent = parseNumber(*e, "--max-error-rate");
    return plan;
}

/// Waits for the run, a line of progress a second on a terminal; Ctrl-C cancels it.
void follow(load::LoadRunner &runner, bool progress)
{
    while (!runner.waitUntilOver(milliseconds(0))) {
        if (waitForStopSignal(milliseconds(1000))) {
            runner.cancel();
            break;
        }
        if (progress)
            std::cerr << '\r' << progressLine(runner.snapshot()) << std::flush;
    }
    runner.waitUntilOver(runner.plan().timeout + seconds(5));
    if (progress)
        std::cerr << "\r\033[K";
}

} // namespace

int runBench(const CliContext &ctx)
{
    const ProtoBodies bodies(ctx);
    load::LoadPlan plan = planFrom(ctx, bodies);
    blockStopSignals();
    auto conn = ctx.connect();
    auto registry = std::make_shared<micro::Registry>(conn);
    auto rpc = std::make_shared<micro::RpcClient>(conn, registry);
    std::shared_ptr<load::LoadTarget> target;
    const proto::gpb::Descriptor *type = nullptr;
    if (!rpc->resolve(plan.service).empty()) {
        const micro::CallRequest request = load::callRequestOf(plan);
        if (bodies.hasSchemas()) {
            const auto endpoint = registeredEndpoint(*registry, request);
            if (const auto *method = methodForEndpoint(bodies, endpoint ? &*endpoint : nullptr, request.endpoint))
                type = method->input_type();
        }
        target = std::make_shared<load::GoMicroTarget>(conn, rpc, request);
    } else {
        plan.kind = load::LoadPlan::Kind::Srv;
        plan.endpoint = srvSubject(*conn, plan.service, plan.endpoint);
        target = load::SrvTarget::create(conn, plan.endpoint, plan.headers);
    }
    type = bodies.messageOr(type);
    auto runner = load::LoadRunner::create(plan, target);
    if (type || bodies.sendsProtobuf()) {
        // Each rendered body is checked against (and for protobuf encoded with) the request type.
        runner->setEncoder([&bodies, type](std::string &&json, std::string &error) {
            try {
                return bodies.encode(json, type, "request");
            } catch (const std::exception &e) {
                error = e.what();
                return std::string();
            }
        });
    }
    if (!runner->start()) {
        const auto problems = runner->problems();
        for (const auto &p : problems)
            std::cerr << "switchboard-cli: " << p.message() << '\n';
        if (!problems.empty())
            return ExitUsage;
        throw CommandFailure{ExitRemoteError, runner->snapshot().failure};
    }
    follow(*runner, !ctx.json() && ::isatty(STDERR_FILENO));
    const load::LoadSnapshot result = runner->snapshot();
    std::vector<std::string> missed;
    const bool passed = load::meets(plan.thresholds, result, &missed) && result.state == load::LoadSnapshot::State::Finished;
    if (ctx.json())
        std::cout << summaryJson(plan, result, passed, missed) << '\n';
    else
        printSummary(plan, result, missed);
    return passed ? ExitOk : ExitRemoteError;
}

} // namespace switchboard::cli
