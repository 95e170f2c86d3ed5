#include "RegistrySweep.h"

#include "RegistryCodec.h"
#include "nats/Connection.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace switchboard::micro {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::duration_cast;
using std::chrono::microseconds;

struct ReplyQueue {
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<std::pair<Clock::time_point, std::string>> items;
};

int largestNodeCount(const std::vector<Service> &services)
{
    int best = 0;
    for (const auto &s : services)
        best = std::max(best, s.nodes ? static_cast<int>(s.nodes->size()) : 0);
    return best;
}

} // namespace

std::string encodeQuery(const std::string &name, WireLayout layout)
{
    RegistryResult query;
    if (name.empty()) {
        query.action = "list";
    } else {
        // Never send a get with "Service":null: Go responders dereference it and crash (WIRE.md §1.5).
        query.action = "get";
        query.service = Service{name, "", std::nullopt, std::nullopt, std::nullopt};
    }
    return encodeResult(query, layout);
}

void mergeService(std::vector<Service> &services, Service reply)
{
    auto it = std::find_if(services.begin(), services.end(), [&](const Service &s) {
        return s.name == reply.name && s.version == reply.version;
    });
    if (it == services.end()) {
        services.push_back(std::move(reply));
        return;
    }
    if (!it->endpoints && reply.endpoints)
        it->endpoints = std::move(reply.endpoints);
    if (!it->metadata && reply.metadata)
        it->metadata = std::move(reply.metadata);
    if (!reply.nodes)
        return;
    if (!it->nodes)
        it->nodes.emplace();
    for (Node &node : *reply.nodes) {
        auto same = std::find_if(it->nodes->begin(), it->nodes->end(), [&](const Node &n) { return n.id == node.id; });
        if (same == it->nodes->end())
            it->nodes->push_back(std::move(node));
        else
            *same = std::move(node);
    }
}

SweepResult sweepRegistry(nats::Connection &connection, const std::vector<SubjectFamily> &families,
                          WireLayout layout, const std::string &name, const SweepOptions &options)
{
    auto queue = std::make_shared<ReplyQueue>();
    const std::string inbox = nats::Connection::newInbox();
    nats::Subscription sub = connection.subscribe(inbox, [queue](nats::Message &&msg) {
        {
            std::lock_guard lock(queue->mutex);
            queue->items.emplace_back(Clock::now(), std::string(msg.data()));
        }
        queue->arrived.notify_one();
    });
    // go-micro's requester buffers 10 replies and loses the rest under load; we keep them all.
    sub.setPendingLimits(1'000'000, 256 * 1024 * 1024);

    const std::string payload = encodeQuery(name, layout);
    const Clock::time_point start = Clock::now();
    for (SubjectFamily f : families)
        connection.publishRequest(querySubject(f), inbox, payload);
    connection.flush();

    SweepResult result;
    Clock::time_point lastReply{};
    microseconds largestGap{0};
    const Clock::time_point cap = start + options.hardCap;
    std::unique_lock lock(queue->mutex);
    for (;;) {
        if (Clock::now() >= cap) {
            result.capped = options.fixedWait.count() == 0;
            break;
        }
        Clock::time_point deadline;
        if (options.fixedWait.count() > 0)
            deadline = start + options.fixedWait;
        else if (result.replies == 0)
            deadline = start + options.firstReplyWindow;
        else {
            const auto quiet = std::clamp(duration_cast<microseconds>(largestGap * options.quietFactor),
                                          options.minQuiet, options.maxQuiet);
            deadline = lastReply + quiet;
        }
        deadline = std::min(deadline, cap);
        queue->arrived.wait_until(lock, deadline, [&] { return !queue->items.empty(); });
        if (queue->items.empty())
            break;
        auto [when, bytes] = std::move(queue->items.front());
        queue->items.pop_front();
        lock.unlock();
        ++result.replies;
        const Clock::time_point previous = result.replies == 1 ? start : lastReply;
        largestGap = std::max(largestGap, duration_cast<microseconds>(when - previous));
        lastReply = when;
        if (result.replies == 1)
            result.firstReply = duration_cast<microseconds>(when - start);
        try {
            mergeService(result.services, decodeService(bytes));
        } catch (const std::exception &e) {
            result.errors.push_back(std::string(e.what()) + " in reply: " + bytes.substr(0, 80));
        }
        lock.lock();
        if (options.quorum > 0 && largestNodeCount(result.services) >= options.quorum)
            break;
    }
    lock.unlock();
    result.elapsed = duration_cast<microseconds>(Clock::now() - start);
    sub.unsubscribe();
    std::sort(result.services.begin(), result.services.end(), [](const Service &a, const Service &b) {
        return a.name != b.name ? a.name < b.name : a.version < b.version;
    });
    return result;
}

} // namespace switchboard::micro
