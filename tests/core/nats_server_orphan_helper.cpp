// Starts a fixture server, prints its pid, then crashes without running any destructor.
// tst_nats_server_fixture checks that the server dies with it.
#include <cstdio>
#include <cstdlib>

#include "NatsServer.h"

int main()
{
    auto *server = new switchboard::testing::NatsServer();
    server->start();
    std::printf("%d\n", static_cast<int>(server->pid()));
    std::fflush(stdout);
    std::abort();
}
