// discovery_sweep: 200 go-micro nodes on 20 connections; 50 complete ListServices sweeps.
// Ours: adaptive sweep p50 (ms). Baseline: go-micro's fixed 100 ms wait, measured the same way.
#include <cstdio>

#include "BenchReport.h"
#include "NatsServer.h"
#include "micro/Registry.h"
#include "nats/Connection.h"

using namespace switchboard;

int main(int argc, char **argv)
{
    const int sweeps = argc > 1 ? std::atoi(argv[1]) : 50;
    testing::NatsServer server;
    server.start();
    nats::ConnectOptions options;
    options.servers = {server.url()};
    options.sendAsap = true;
    std::vector<std::shared_ptr<nats::Connection>> conns;
    std::vector<std::unique_ptr<micro::Registry>> registries;
    for (int c = 0; c < 20; ++c) {
        conns.push_back(nats::Connection::connect(options));
        registries.push_back(std::make_unique<micro::Registry>(conns.back()));
        for (int n = 0; n < 10; ++n) {
            // 20 services of 10 nodes each; every connection hosts one node of ten services.
            const std::string name = "svc" + std::to_string((c * 10 + n) % 20);
            registries.back()->registerService(micro::Service{
                name, "latest", std::nullopt, std::vector<micro::Endpoint>{},
                std::vector<micro::Node>{{name + "-c" + std::to_string(c) + "n" + std::to_string(n), nats::Connection::newInbox(),
                                          micro::Metadata{{"protocol", "mucp"}}}}});
        }
    }
    auto client = nats::Connection::connect(options);
    micro::Registry registry(client);
    micro::SweepOptions fixed;
    fixed.fixedWait = std::chrono::milliseconds(100);
    auto nodesIn = [](const micro::SweepResult &r) {
        size_t n = 0;
        for (const auto &s : r.services)
            n += s.nodes ? s.nodes->size() : 0;
        return n;
    };
    std::vector<double> ours, baseline, lastReply;
    size_t missed = 0;
    for (int i = 0; i < sweeps; ++i) {
        const auto a = registry.listServices();
        ours.push_back(static_cast<double>(a.elapsed.count()) / 1000.0);
        lastReply.push_back(static_cast<double>(a.lastReply.count()) / 1000.0);
        missed += 200 - std::min<size_t>(200, nodesIn(a));
        const auto b = registry.listServices(fixed);
        baseline.push_back(static_cast<double>(b.elapsed.count()) / 1000.0);
    }
    bench::report("discovery_sweep", bench::median(ours), bench::median(baseline), "ms", 20, bench::Target::MaxAbsolute,
                  {{"p99_ms", bench::percentile(ours, 0.99)}, {"last_reply_p50_ms", bench::median(lastReply)}, {"nodes", 200}, {"sweeps", sweeps}, {"nodes_missed", missed}});
    return 0;
}
