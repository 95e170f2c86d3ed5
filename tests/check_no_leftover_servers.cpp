// Fails when any nats-server started by a test fixture is still running.
#include <cstdio>

#include "NatsServer.h"

int main()
{
    const auto pids = switchboard::testing::natsServersMentioning(switchboard::testing::NatsServer::kDirectoryPrefix);
    for (pid_t pid : pids)
        std::fprintf(stderr, "leftover nats-server from a test: pid %d\n", static_cast<int>(pid));
    if (pids.empty())
        std::puts("no leftover nats-server processes");
    return pids.empty() ? 0 : 1;
}
