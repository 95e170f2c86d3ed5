// broker_throughput: go-micro envelope publish → Broker subscriber (decoding every envelope, headers
// and body, into the subscription's EnvelopeView), one publisher and one subscriber, bodies of
// 64 B and 1 KiB, against raw cnats publish → subscribe of the same bodies. Rate = messages
// delivered / (first publish → last delivery). Drops reported. `owned_rate` is the same with the
// owning subscribe (an Envelope with a std::map header per event), for handlers that keep events.
// A third, informational measurement sends raw bodies as large as our encoded envelope: the
// ceiling any envelope codec could reach, since the envelope (base64 + headers) is what travels.
#include <atomic>
#include <chrono>
#include <thread>

#include "BenchReport.h"
#include "NatsServer.h"
#include "micro/Broker.h"
#include "micro/Uuid.h"
#include "nats/Connection.h"

using namespace switchboard;
using Clock = std::chrono::steady_clock;

namespace {

std::shared_ptr<nats::Connection> connect(const testing::NatsServer &s)
{
    nats::ConnectOptions o;
    o.servers = {s.url()};
    o.maxPendingMsgs = 10'000'000;
    return nats::Connection::connect(o); // bulk path: buffered, no SendAsap
}

struct Result {
    double rate = 0;
    int64_t dropped = 0, received = 0;
};

template <typename Publish>
Result measure(int total, std::atomic<int64_t> &received, nats::Subscription &sub, nats::Connection &pub, Publish publish)
{
    sub.setPendingLimits(10'000'000, 2'000'000'000);
    const auto t = Clock::now();
    for (int i = 0; i < total; ++i)
        publish();
    pub.flush(60000);
    const auto deadline = Clock::now() + std::chrono::seconds(120);
    while (received.load() + sub.dropped() < total && Clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    return {received.load() / std::chrono::duration<double>(Clock::now() - t).count(), sub.dropped(), received.load()};
}

double measureRaw(const testing::NatsServer &server, int total, const std::string &body)
{
    auto subConn = connect(server);
    auto pubConn = connect(server);
    std::atomic<int64_t> received{0};
    nats::Subscription sub = subConn->subscribe("bench.raw", [&](nats::Message &&) { received.fetch_add(1, std::memory_order_relaxed); });
    subConn->flush();
    return measure(total, received, sub, *pubConn, [&] { pubConn->publish("bench.raw", body); }).rate;
}

} // namespace

int main(int argc, char **argv)
{
    const int total = argc > 1 ? std::atoi(argv[1]) : 2'000'000;
    testing::NatsServer server;
    server.start();
    for (size_t size : {size_t(64), size_t(1024)}) {
        const std::string body(size, 'x');
        micro::Envelope sample;
        sample.header = {{"Content-Type", "application/json"}, {"Micro-Topic", "bench.events"},
                         {"Micro-ID", micro::newUuid()}};
        sample.body = body;
        const std::string wireSized(micro::encodeEnvelope(sample).size(), 'x');
        std::vector<double> ours, owned, raw, rawWireSized;
        int64_t drops = 0;
        for (int round = 0; round < bench::kRounds; ++round) {
            raw.push_back(measureRaw(server, total, body));
            rawWireSized.push_back(measureRaw(server, total, wireSized));
            for (const bool view : {true, false}) {
                auto subConn = connect(server);
                auto pubConn = connect(server);
                micro::Broker subscriber(subConn), publisher(pubConn);
                std::atomic<int64_t> received{0};
                // Counts only events that decoded whole: the body and the publisher's id header.
                auto count = [&](std::string_view eventBody, bool hasId) {
                    if (eventBody.size() == body.size() && hasId)
                        received.fetch_add(1, std::memory_order_relaxed);
                };
                nats::Subscription sub =
                    view ? subscriber.subscribeView("bench.events",
                                                    [&](const micro::BrokerEventView &e) {
                                                        count(e.message.body(), e.message.get("Micro-ID").has_value());
                                                    })
                         : subscriber.subscribe("bench.events", [&](micro::BrokerEvent &&e) {
                               count(e.message.body, e.message.header.count("Micro-ID") == 1);
                           });
                subConn->flush();
                const Result r = measure(total, received, sub, *pubConn, [&] { publisher.publish("bench.events", body); });
                (view ? ours : owned).push_back(r.rate);
                drops += r.dropped;
            }
        }
        bench::report("broker_throughput_" + std::to_string(size) + "B", bench::median(ours), bench::median(raw), "msg/s", 0.70,
                      bench::Target::MinRatio, {{"messages", total}, {"drops", drops}, {"owned_rate", bench::median(owned)}, {"wire_bytes", wireSized.size()},
                       {"raw_at_wire_bytes", bench::median(rawWireSized)}});
    }
    return 0;
}
