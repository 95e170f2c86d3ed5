// rpc_latency: one call in flight, p50/p99 of RpcClient → RpcServer against raw cnats request →
// raw replier (SendAsap). rpc_throughput: 64 calls in flight against 64 raw requests in flight on
// one wildcard inbox. Same server, same run. The echo service answers on the delivery thread
// (workers = 0), as the raw replier does; rpc_throughput_pooled_server is the same window
// against the echo behind the default four handler threads.
// rpc_throughput_envelope_sized: the same 64-call window against raw requests whose payload is as
// large as the go-micro envelope of the call (JSON headers and a base64 body: 9× the body here),
// echoed: what the wire format itself costs is then in the baseline, and the ratio is ours.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

#include <sys/resource.h>

#include "BenchReport.h"
#include "Connect.h"
#include "NatsServer.h"
#include "RpcWindow.h"
#include "micro/Envelope.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

using namespace switchboard;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kBody = R"({"name":"benchmark","n":12345})";

std::vector<double> rawLatencies(nats::Connection &client, int calls)
{
    std::vector<double> out;
    out.reserve(static_cast<size_t>(calls));
    for (int i = 0; i < calls; ++i) {
        natsMsg *reply = nullptr;
        const auto t = Clock::now();
        if (natsConnection_Request(&reply, client.raw(), "bench.raw", kBody.data(), static_cast<int>(kBody.size()), 5000) == NATS_OK)
            out.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t).count());
        natsMsg_Destroy(reply);
    }
    return out;
}

double rawThroughput(nats::Connection &client, int calls, int inFlight, const std::string &payload)
{
    std::mutex m;
    std::condition_variable cv;
    int outstanding = 0, done = 0;
    const std::string prefix = nats::Connection::newInbox() + ".";
    nats::Subscription sub = client.subscribe(prefix + "*", [&](nats::Message &&) {
        std::lock_guard lock(m);
        --outstanding;
        ++done;
        cv.notify_one();
    });
    sub.setPendingLimits(1'000'000, 1 << 30);
    const auto t = Clock::now();
    for (int i = 0; i < calls; ++i) {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return outstanding < inFlight; });
        ++outstanding;
        lock.unlock();
        client.publishRequest("bench.raw", prefix + std::to_string(i), payload);
    }
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return done == calls; });
    return calls / std::chrono::duration<double>(Clock::now() - t).count();
}

/// CPU time of this process (client and server side, not nats-server), in microseconds.
double processCpuMicros()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e6 + u.ru_utime.tv_usec + u.ru_stime.tv_usec;
}

} // namespace

int main(int argc, char **argv)
{
    const int calls = argc > 1 ? std::atoi(argv[1]) : 20000;
    testing::NatsServer server;
    server.start();
    auto serverConn = testing::connectTo(server);
    // Raw replier: answers on the cnats thread, SendAsap.
    nats::Subscription raw = serverConn->subscribe("bench.raw", [serverConn](nats::Message &&m) {
        serverConn->publish(std::string(m.reply()), m.data());
    });
    // The echo never blocks: answered on the delivery thread (workers = 0), as the raw replier
    // answers. The same echo behind the default four handler threads, as services whose handlers
    // may block run, is its own row (rpc_throughput_pooled_server).
    micro::ServerOptions so;
    so.name = "bench";
    so.workers = 0;
    micro::RpcServer rpc(serverConn, so);
    rpc.handle("Bench.Echo", [](const micro::RpcRequest &r) { return r.body; });
    rpc.start();
    micro::ServerOptions pooledOptions;
    pooledOptions.name = "bench-pooled";
    micro::RpcServer pooled(serverConn, pooledOptions);
    pooled.handle("Bench.Echo", [](const micro::RpcRequest &r) { return r.body; });
    pooled.start();

    auto clientConn = testing::connectTo(server);
    auto registry = std::make_shared<micro::Registry>(clientConn);
    micro::RpcClient client(clientConn, registry);
    micro::CallRequest request;
    request.service = "bench";
    request.endpoint = "Bench.Echo";
    request.body = kBody;
    (void)client.resolve("bench");

    std::vector<double> oursP50, oursP99, rawP50, rawP99, oursTp, rawTp, oursCpu, rawCpu, rawSizedTp, rawSizedCpu, pooledTp,
        pooledCpu;
    micro::CallRequest pooledRequest = request;
    pooledRequest.service = "bench-pooled";
    (void)client.resolve("bench-pooled");
    const std::string envelopeSized(micro::encodeEnvelope(micro::RpcClient::buildRequest(request, "0")).size(), 'x');
    for (int round = 0; round < bench::kRounds; ++round) {
        std::vector<double> ours;
        ours.reserve(static_cast<size_t>(calls));
        for (int i = 0; i < calls; ++i) {
            const auto r = client.call(request);
            if (r.ok())
                ours.push_back(static_cast<double>(r.latency.count()));
        }
        const auto rawL = rawLatencies(*clientConn, calls);
        oursP50.push_back(bench::percentile(ours, 0.5));
        oursP99.push_back(bench::percentile(ours, 0.99));
        rawP50.push_back(bench::percentile(rawL, 0.5));
        rawP99.push_back(bench::percentile(rawL, 0.99));

        const double cpu0 = processCpuMicros();
        oursTp.push_back(bench::rpcWindowThroughput(client, request, calls));
        const double cpu1 = processCpuMicros();
        rawTp.push_back(rawThroughput(*clientConn, calls, 64, kBody));
        oursCpu.push_back((cpu1 - cpu0) / calls);
        const double cpu2 = processCpuMicros();
        rawCpu.push_back((cpu2 - cpu1) / calls);
        rawSizedTp.push_back(rawThroughput(*clientConn, calls, 64, envelopeSized));
        rawSizedCpu.push_back((processCpuMicros() - cpu2) / calls);
        const double cpu3 = processCpuMicros();
        pooledTp.push_back(bench::rpcWindowThroughput(client, pooledRequest, calls));
        pooledCpu.push_back((processCpuMicros() - cpu3) / calls);
    }
    bench::report("rpc_latency_p50", bench::median(oursP50), bench::median(rawP50), "us", 1.15, bench::Target::MaxRatio);
    bench::report("rpc_latency_p99", bench::median(oursP99), bench::median(rawP99), "us", 1.3, bench::Target::MaxRatio);
    bench::report("rpc_throughput", bench::median(oursTp), bench::median(rawTp), "calls/s", 0.85, bench::Target::MinRatio,
                  {{"in_flight", 64}, {"cpu_us_per_call", bench::median(oursCpu)}, {"raw_cpu_us_per_call", bench::median(rawCpu)}});
    bench::report("rpc_throughput_pooled_server", bench::median(pooledTp), bench::median(rawTp), "calls/s", 0.70,
                  bench::Target::MinRatio,
                  {{"in_flight", 64}, {"server_workers", 4}, {"cpu_us_per_call", bench::median(pooledCpu)},
                   {"raw_cpu_us_per_call", bench::median(rawCpu)}});
    bench::report("rpc_throughput_envelope_sized", bench::median(oursTp), bench::median(rawSizedTp), "calls/s", 0.85,
                  bench::Target::MinRatio,
                  {{"in_flight", 64}, {"payload_bytes", envelopeSized.size()}, {"body_bytes", kBody.size()},
                   {"cpu_us_per_call", bench::median(oursCpu)}, {"raw_cpu_us_per_call", bench::median(rawSizedCpu)}});
    return 0;
}
