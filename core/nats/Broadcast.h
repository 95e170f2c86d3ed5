#pragma once
// One request, many answers: publish on one or more subjects with a shared inbox and collect the
// replies until they go quiet. Used by registry sweeps ($SRV and go-micro) where there is no
// end-of-replies marker in the protocol.

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace switchboard::nats {

using namespace std::chrono_literals;

class Connection;

/// When a broadcast is complete. go-micro always waits its full 100 ms; we wait for quiet.
struct SweepOptions {
    /// Give up on the first reply after this long: nothing is there (or it is unreachable).
    std::chrono::microseconds firstReplyWindow = 30ms;
    /// After a reply, finish once no further reply came for quiet =
    /// clamp(quietFactor × (largest gap between replies, the first counting from the query), min, max).
    /// minQuiet covers a responder thread that the scheduler delays under load (2 busy cores).
    double quietFactor = 4.0;
    std::chrono::microseconds minQuiet = 8ms;
    std::chrono::microseconds maxQuiet = 30ms;
    /// Never wait longer than this in total.
    std::chrono::microseconds hardCap = 1000ms;
    /// > 0: ignore the adaptive rules and wait exactly this long (go-micro's behaviour).
    std::chrono::microseconds fixedWait = 0us;
    /// What one broadcast keeps at most: a peer that answers a query thousands of times (a reply
    /// storm) or with huge payloads costs bounded memory; the rest is counted, not kept.
    size_t maxReplies = 10'000;
    size_t maxReplyBytes = 64 * 1024 * 1024;
};

struct BroadcastResult {
    std::vector<std::string> replies;          ///< payloads, in arrival order
    std::chrono::microseconds elapsed{0};
    std::chrono::microseconds firstReply{-1}; ///< -1 when no reply came
    std::chrono::microseconds lastReply{-1};  ///< the rest of elapsed was the wait for quiet
    bool capped = false;                       ///< the hard cap ended it while replies kept coming
    /// Every subject came back "no responders": nobody subscribes to it at all.
    bool noResponders = false;
    uint64_t refused = 0;                      ///< replies beyond maxReplies / maxReplyBytes, not kept
};

/// onReply sees each payload as it arrives (on the calling thread) and returns true to stop early.
[[nodiscard]] BroadcastResult broadcastRequest(Connection &connection, const std::vector<std::string> &subjects,
                                               std::string_view payload, const SweepOptions &options,
                                               const std::function<bool(const std::string &)> &onReply = {});

} // namespace switchboard::nats
