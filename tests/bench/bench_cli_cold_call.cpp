// cli_cold_call: wall time of a whole `switchboard-cli call` process against a mock, fresh process
// each time, against a one-shot raw cnats requester process (bench_raw_request) on the same server.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "BenchReport.h"
#include "NatsServer.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

extern char **environ;
using namespace switchboard;

namespace {

double runMs(const std::vector<std::string> &argv)
{
    std::vector<char *> args;
    for (const auto &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const auto t = std::chrono::steady_clock::now();
    pid_t pid = 0;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) != 0)
        return -1;
    int status = 0;
    waitpid(pid, &status, 0);
    posix_spawn_file_actions_destroy(&actions);
    return (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        ? std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count()
        : -1;
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::atoi(argv[1]) : 30;
    testing::NatsServer server;
    server.start();
    nats::ConnectOptions o;
    o.servers = {server.url()};
    o.sendAsap = true;
    auto conn = nats::Connection::connect(o);
    micro::ServerOptions so;
    so.name = "coldmock";
    micro::RpcServer mock(conn, so);
    mock.handle("Mock.Call", [](const micro::RpcRequest &) { return std::string(R"({"ok":true})"); });
    mock.start();
    nats::Subscription raw = conn->subscribe("cold.raw", [conn](nats::Message &&m) { conn->publish(std::string(m.reply()), "{}"); });
    conn->flush();

    std::vector<double> ours, baseline;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        const double a = runMs({SWITCHBOARD_CLI_PATH, "--server", server.url(), "call", "coldmock", "Mock.Call"});
        const double b = runMs({SWITCHBOARD_RAW_REQUEST_PATH, server.url(), "cold.raw"});
        if (a < 0 || b < 0) {
            ++failures;
            continue;
        }
        ours.push_back(a);
        baseline.push_back(b);
    }
    bench::report("cli_cold_call", bench::median(ours), bench::median(baseline), "ms", 4.0, bench::Target::MaxRatio,
                  {{"runs", runs}, {"failures", failures}});
    return 0;
}
