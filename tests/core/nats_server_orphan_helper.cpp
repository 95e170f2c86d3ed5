// Starts a fixture server, prints its pid and its directory, then crashes without running any
// destructor. tst_nats_server_fixture checks that the server dies with it, and removes the
// directory the crash left behind.
#include <cstdio>
#include <cstdlib>

#include "NatsServer.h"

int main()
{
    auto *server = new switchboard::testing::NatsServer();
    server->start();
    std::printf("%d %s\n", static_cast<int>(server->pid()), server->directory().c_str());
    std::fflush(stdout);
    std::abort();
}
