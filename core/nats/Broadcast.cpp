#include "Broadcast.h"

#include "Connection.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace switchboard::nats {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::duration_cast;
using std::chrono::microseconds;

struct ReplyQueue {
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<std::pair<Clock::time_point, std::string>> items;
    int noResponders = 0;
    size_t kept = 0, keptBytes = 0; // over the whole broadcast, taken or not
    uint64_t refused = 0;
};

} // namespace

BroadcastResult broadcastRequest(Connection &connection, const std::vector<std::string> &subjects,
                                 std::string_view payload, const SweepOptions &options,
                                 const std::function<bool(const std::string &)> &onReply)
{
    auto queue = std::make_shared<ReplyQueue>();
    const std::string inbox = Connection::newInbox();
    const size_t maxReplies = options.maxReplies, maxBytes = options.maxReplyBytes;
    Subscription sub = connection.subscribe(inbox, [queue, maxReplies, maxBytes](Message &&msg) {
        {
            std::lock_guard lock(queue->mutex);
            if (msg.isNoResponders()) {
                ++queue->noResponders;
            } else if (queue->kept >= maxReplies || queue->keptBytes + msg.data().size() > maxBytes) {
                ++queue->refused;
                return;
            } else {
                ++queue->kept;
                queue->keptBytes += msg.data().size();
                queue->items.emplace_back(Clock::now(), std::string(msg.data()));
            }
        }
        queue->arrived.notify_one();
    });
    // go-micro's requester buffers 10 replies and loses the rest under load; we keep up to the
    // limits. cnats' own buffer in front of the handler is bounded the same way.
    sub.setPendingLimits(static_cast<int>(std::min<size_t>(maxReplies * 2, 1'000'000)),
                         static_cast<int>(std::min<size_t>(maxBytes, 256 * 1024 * 1024)));

    const Clock::time_point start = Clock::now();
    for (const std::string &subject : subjects)
        connection.publishRequest(subject, inbox, payload);
    connection.flush();

    BroadcastResult result;
    Clock::time_point lastReply{};
    microseconds largestGap{0};
    const Clock::time_point cap = start + options.hardCap;
    const int everySubject = static_cast<int>(subjects.size());
    const bool adaptive = options.fixedWait.count() == 0;
    std::unique_lock lock(queue->mutex);
    // The server answers at once for a subject nobody subscribes to: no need to wait then.
    auto nobodyListens = [&] { return result.replies.empty() && queue->noResponders >= everySubject; };
    for (;;) {
        if (Clock::now() >= cap) {
            result.capped = adaptive;
            break;
        }
        if (adaptive && nobodyListens())
            break;
        Clock::time_point deadline;
        if (!adaptive)
            deadline = start + options.fixedWait;
        else if (result.replies.empty())
            deadline = start + options.firstReplyWindow;
        else
            deadline = lastReply
                + std::clamp(duration_cast<microseconds>(largestGap * options.quietFactor), options.minQuiet,
                             options.maxQuiet);
        deadline = std::min(deadline, cap);
        queue->arrived.wait_until(lock, deadline, [&] { return !queue->items.empty() || (adaptive && nobodyListens()); });
        if (queue->items.empty()) {
            if (adaptive && nobodyListens())
                continue; // reported below
            break;
        }
        auto [when, bytes] = std::move(queue->items.front());
        queue->items.pop_front();
        lock.unlock();
        largestGap = std::max(largestGap, duration_cast<microseconds>(when - (result.replies.empty() ? start : lastReply)));
        lastReply = when;
        if (result.replies.empty())
            result.firstReply = duration_cast<microseconds>(when - start);
        result.lastReply = duration_cast<microseconds>(when - start);
        result.replies.push_back(std::move(bytes));
        const bool enough = onReply && onReply(result.replies.back());
        lock.lock();
        if (enough)
            break;
    }
    result.noResponders = nobodyListens();
    result.refused = queue->refused;
    lock.unlock();
    result.elapsed = duration_cast<microseconds>(Clock::now() - start);
    sub.unsubscribe();
    return result;
}

} // namespace switchboard::nats
