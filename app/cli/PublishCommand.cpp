// switchboard-cli publish TOPIC JSON: a go-micro broker event.
#include "Commands.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "Translate.h"
#include "micro/Broker.h"
#include "nats/Connection.h"
#include "nats/Error.h"

namespace switchboard::cli {

int runPublish(const CliContext &ctx)
{
    const std::string topic = ctx.positional(0, "TOPIC");
    const std::string body = ctx.positional(1, "JSON");
    if (!nlohmann::json::accept(body))
        throw UsageError(tr("the event body is not valid JSON: %1", body));
    const micro::Header headers = ctx.headers();
    auto conn = ctx.connect();
    micro::Broker broker(conn);
    try {
        const std::string id = broker.publish(topic, body + "\n", headers);
        conn->flush();
        std::cout << tr("published %1 on %2", id, topic) << '\n';
    } catch (const nats::Error &e) {
        throw CommandFailure{e.kind() == nats::ErrorKind::InvalidArgument ? ExitUsage : ExitConnection, e.what()};
    }
    return ExitOk;
}

} // namespace switchboard::cli
