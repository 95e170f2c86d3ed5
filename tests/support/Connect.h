#pragma once
// A connection to a fixture server, as most tests need one.

#include <memory>

#include "NatsServer.h"
#include "nats/Connection.h"

namespace switchboard::testing {

/// sendAsap: request/reply latency path (see docs/architecture.md, "Latency").
inline std::shared_ptr<nats::Connection> connectTo(const NatsServer &server, bool sendAsap = true, int index = 0)
{
    nats::ConnectOptions o;
    o.servers = {server.url(index)};
    o.sendAsap = sendAsap;
    return nats::Connection::connect(o);
}

} // namespace switchboard::testing
