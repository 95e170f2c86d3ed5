// traffic_monitor: a flat-out publisher over 1000 subjects; TrafficMonitor on ">" against a raw
// cnats subscriber on ">" that only counts, each measured on its own run against the same server.
// Reports delivered msgs/s (received over the time from first publish to last count) and drops.
#include <atomic>
#include <chrono>
#include <thread>

#include "BenchReport.h"
#include "NatsServer.h"
#include "live/TrafficMonitor.h"
#include "nats/Connection.h"

using namespace switchboard;
using Clock = std::chrono::steady_clock;

namespace {

struct Run {
    double messagesPerSecond = 0;
    int64_t received = 0, dropped = 0;
};

template <typename Received, typename Dropped>
Run publishAndWait(nats::Connection &publisher, int total, Received received, Dropped dropped)
{
    const auto start = Clock::now();
    for (int i = 0; i < total; ++i)
        publisher.publish("traffic.s" + std::to_string(i % 1000), "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    publisher.flush();
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (received() + dropped() < total && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    Run r;
    r.received = received();
    r.dropped = dropped();
    r.messagesPerSecond = static_cast<double>(r.received) / std::chrono::duration<double>(Clock::now() - start).count();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    const int total = argc > 1 ? std::atoi(argv[1]) : 1'000'000;
    testing::NatsServer server;
    server.start();
    nats::ConnectOptions options;
    options.servers = {server.url()};
    options.maxPendingMsgs = 10'000'000;
    std::vector<double> ours, raw;
    int64_t ourDrops = 0, rawDrops = 0;
    int64_t miscounts = 0;
    for (int round = 0; round < bench::kRounds; ++round) {
        {
            auto conn = nats::Connection::connect(options);
            std::atomic<int64_t> count{0};
            nats::Subscription sub = conn->subscribe(">", [&](nats::Message &&) { count.fetch_add(1, std::memory_order_relaxed); });
            sub.setPendingLimits(10'000'000, 2'000'000'000);
            conn->flush();
            auto publisher = nats::Connection::connect(options);
            const Run r = publishAndWait(*publisher, total, [&] { return count.load(); }, [&] { return sub.dropped(); });
            raw.push_back(r.messagesPerSecond);
            rawDrops += r.dropped;
        }
        {
            live::TrafficOptions to;
            to.pendingMessages = 10'000'000;
            to.pendingBytes = 2'000'000'000;
            live::TrafficMonitor monitor(nats::Connection::connect(options), to);
            monitor.addSubject(">");
            auto publisher = nats::Connection::connect(options);
            const Run r = publishAndWait(*publisher, total, [&] { return static_cast<int64_t>(monitor.snapshot().messages); },
                                         [&] { return monitor.snapshot().dropped; });
            ours.push_back(r.messagesPerSecond);
            ourDrops += r.dropped;
            int64_t perSubject = 0;
            for (const auto &s : monitor.snapshot().subjects)
                perSubject += static_cast<int64_t>(s.messages);
            miscounts += std::llabs(perSubject + r.dropped - total);
        }
    }
    bench::report("traffic_monitor", bench::median(ours), bench::median(raw), "msg/s", 0.80, bench::Target::MinRatio,
                  {{"messages", total}, {"subjects", 1000}, {"drops_ours", ourDrops}, {"drops_raw", rawDrops},
                   {"miscounts", miscounts}});
    return 0;
}
