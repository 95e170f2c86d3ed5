#pragma once
// Live traffic on any set of subjects: exact per-subject counts, smoothed rates, a bounded ring of
// recent messages, and cnats' slow-consumer drops per subscription (received + dropped =
// published). Per-message work on the cnats thread is O(1): count, and copy into a reused ring
// slot. Consumers pull snapshots; nothing is pushed per message.

#include <chrono>
#include <functional>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "micro/Envelope.h"
#include "nats/Connection.h"
#include "util/PeriodicWorker.h"

namespace switchboard::live {

class HeldMessages;

struct TrafficOptions {
    size_t ringCapacity = 10000;                      ///< recent messages kept per monitor
    std::chrono::milliseconds rateWindow{5000};       ///< rates are averaged over this window
    std::chrono::milliseconds sampleInterval{250};    ///< how often rates are sampled
    int pendingMessages = 1'000'000;                  ///< cnats pending limit per subscription
    int pendingBytes = 512 * 1024 * 1024;
    size_t maxSubjects = 100'000;                     ///< beyond: counted under "(other subjects)"
    size_t ringBytes = 64 * 1024 * 1024;              ///< payload bytes the ring keeps at most
    size_t maxStoredPayload = 1024 * 1024;            ///< longer payloads are kept cut to this
    size_t heldBytes = 16 * 1024 * 1024;              ///< listed messages kept past the ring (HeldMessages)
};

struct SubjectStats {
    std::string subject;
    uint64_t messages = 0;
    uint64_t bytes = 0;
    double messagesPerSecond = 0;
    double bytesPerSecond = 0;
    std::chrono::system_clock::time_point firstSeen, lastSeen;
};

struct SubscriptionStats {
    std::string subject, queue;
    uint64_t received = 0;
    int64_t dropped = 0;  ///< cnats slow-consumer drops
    int pending = 0;
    bool paused = false;
    std::chrono::steady_clock::time_point since; ///< subscribed at
};

struct RecordedMessage {
    uint64_t sequence = 0;  ///< 1-based arrival number within the monitor
    std::chrono::system_clock::time_point at;
    std::string subject, reply;
    nats::HeaderList headers;
    std::string payload;   ///< cut to maxStoredPayload when size is larger
    size_t size = 0;       ///< payload bytes as received
    [[nodiscard]] bool truncated() const { return payload.size() < size; }
    /// The go-micro envelope inside, when it is one (decoded on demand, off the cnats thread).
    [[nodiscard]] std::optional<micro::Envelope> envelope() const;
};

/// One row of a message list: enough to show it, not the whole payload.
struct MessageSummary {
    uint64_t sequence = 0;
    std::chrono::system_clock::time_point at;
    std::string subject;
    size_t size = 0;
    std::string preview; ///< the first bytes of the payload; of the body for a go-micro envelope
    bool envelope = false;   ///< the payload is a go-micro envelope and preview is its body's start
    bool previewCut = false; ///< preview stops before the end of what it shows
    /// The Content-Type the message or its envelope names (empty when none). A protobuf body
    /// (a type with "protobuf" in it) of up to 4 KiB is kept whole in preview, uncut, so that
    /// the list can decode it.
    std::string contentType;
};

/// A Content-Type that names protobuf ("application/protobuf", "application/x-protobuf", …).
[[nodiscard]] inline bool isProtobufContentType(std::string_view contentType)
{
    return contentType.find("protobuf") != std::string_view::npos;
}

struct TrafficSnapshot {
    std::chrono::milliseconds rateWindow{5000}; ///< the rates below are averaged over this
    std::vector<SubjectStats> subjects;        ///< sorted by subject
    std::vector<SubscriptionStats> subscriptions;
    uint64_t messages = 0, bytes = 0;
    int64_t dropped = 0;
    double messagesPerSecond = 0, bytesPerSecond = 0;
    bool paused = false;
};

class TrafficMonitor {
public:
    explicit TrafficMonitor(std::shared_ptr<nats::Connection> connection, TrafficOptions options = {});
    ~TrafficMonitor();
    TrafficMonitor(const TrafficMonitor &) = delete;
    TrafficMonitor &operator=(const TrafficMonitor &) = delete;

    /// Subscribes (wildcards allowed); throws nats::Error for an invalid subject.
    void addSubject(const std::string &subject, const std::string &queueGroup = {});
    void removeSubject(const std::string &subject);

    /// Paused: counting and rates go on (nothing is lost); the ring of recent messages is frozen.
    void pause();
    void resume();
    /// The same for one subscription: its messages are still counted, not recorded.
    void pause(const std::string &subject);
    void resume(const std::string &subject);

    [[nodiscard]] TrafficSnapshot snapshot() const;
    /// The newest messages (up to max), oldest first; optionally only one subject.
    [[nodiscard]] std::vector<RecordedMessage> recent(size_t max = SIZE_MAX, const std::string &subject = {}) const;
    /// The newest messages that `keep` accepts (up to max), oldest first, as summaries. `keep`
    /// runs under the monitor's lock: it must be quick. With `hold`, the messages summarised stay
    /// findable by message() after the ring lets them go, until two later held batches.
    [[nodiscard]] std::vector<MessageSummary> summaries(size_t max, const std::function<bool(const RecordedMessage &)> &keep,
                                                        size_t previewBytes = 96, bool hold = false) const;
    /// One kept (or held) message by its sequence number; nullopt once it is let go.
    [[nodiscard]] std::optional<RecordedMessage> message(uint64_t sequence) const;
    /// How many messages the ring holds now.
    [[nodiscard]] size_t kept() const;

private:
    struct Counter;
    struct Ring;
    struct Watched;
    void onMessage(Watched &watched, nats::Message &&msg);
    void sampleRates();
    void setPaused(const std::string &subject, bool paused);

    std::shared_ptr<nats::Connection> m_connection;
    TrafficOptions m_options;

    mutable std::mutex m_mutex; // guards everything below
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::unique_ptr<Counter>, StringHash, std::equal_to<>> m_counters;
    std::unique_ptr<Ring> m_ring;
    mutable std::unique_ptr<HeldMessages> m_held; ///< mutable: summaries() is a read that holds what it lists
    bool m_paused = false;
    uint64_t m_sequence = 0;
    std::vector<std::unique_ptr<Watched>> m_watched;

    util::PeriodicWorker m_sampler; // last: stopped first
};

} // namespace switchboard::live
