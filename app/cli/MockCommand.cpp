// switchboard-cli mock SERVICE --endpoint NAME --reply JSON: a go-micro compatible service that
// answers every call with the same reply, until Ctrl-C (then it deregisters).
#include "Commands.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "Translate.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::cli {

int runMock(const CliContext &ctx)
{
    micro::ServerOptions options;
    options.name = ctx.positional(0, "SERVICE");
    options.version = ctx.args().valueOr("--service-version", "latest");
    const std::vector<std::string> endpoints = ctx.args().values("--endpoint");
    if (endpoints.empty())
        throw UsageError(tr("mock needs at least one --endpoint Type.Method"));
    for (const auto &e : endpoints)
        if (e.find('.') == std::string::npos || e.find('.') != e.rfind('.') || e.front() == '.' || e.back() == '.')
            throw UsageError(tr("endpoint '%1' must look like Type.Method", e));
    const std::string reply = ctx.args().valueOr("--reply", "{}");
    if (!nlohmann::json::accept(reply))
        throw UsageError(tr("the reply is not valid JSON: %1", reply));
    if (auto zone = ctx.args().value("--zone"))
        options.metadata["zone"] = *zone;

    blockStopSignals();
    auto conn = ctx.connect();
    micro::RpcServer server(conn, options);
    for (const auto &e : endpoints)
        server.handle(
            e, [reply](const micro::RpcRequest &) { return reply; },
            micro::Value{"Request", "Request", std::nullopt}, micro::Value{"Response", "Response", std::nullopt});
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
