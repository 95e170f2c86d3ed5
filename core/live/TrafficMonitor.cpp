#include "TrafficMonitor.h"

#include "HeldMessages.h"

#include <algorithm>
#include <cctype>
#include <atomic>
#include <deque>

#include "micro/Base64.h"
#include "micro/EnvelopeFastPath.h"
#include "micro/EnvelopeView.h"
#include "micro/JsonRead.h"

namespace switchboard::live {

using SteadyClock = std::chrono::steady_clock;
using SystemClock = std::chrono::system_clock;

namespace {
constexpr const char *kOtherSubjects = "(other subjects)";
}

struct TrafficMonitor::Counter {
    uint64_t messages = 0, bytes = 0;
    SystemClock::time_point firstSeen, lastSeen;
    struct Sample {
        SteadyClock::time_point at;
        uint64_t messages, bytes;
    };
    std::deque<Sample> samples; // within the rate window, oldest first
    double messagesPerSecond = 0, bytesPerSecond = 0;

    void count(size_t size, SystemClock::time_point now)
    {
        if (messages == 0)
            firstSeen = now;
        ++messages;
        bytes += size;
        lastSeen = now;
    }

    void sample(SteadyClock::time_point now, std::chrono::milliseconds window)
    {
        samples.push_back({now, messages, bytes});
        while (samples.size() > 2 && now - samples[1].at >= window)
            samples.pop_front();
        const auto &oldest = samples.front();
        // At least a second: a new subject's first message a few ms after its baseline is one
        // message, not hundreds per second.
        const double seconds = std::max(std::chrono::duration<double>(now - oldest.at).count(), 1.0);
        {
            messagesPerSecond = static_cast<double>(messages - oldest.messages) / seconds;
            bytesPerSecond = static_cast<double>(bytes - oldest.bytes) / seconds;
        }
    }
};

struct TrafficMonitor::Ring {
    std::vector<RecordedMessage> slots;
    size_t next = 0;  // slot the next message goes to
    size_t size = 0;
    size_t bytes = 0; // payload bytes held by the kept messages
    explicit Ring(size_t capacity) : slots(std::max<size_t>(capacity, 1)) {}

    [[nodiscard]] size_t index(size_t age) const { return (next + slots.size() - 1 - age) % slots.size(); } // 0 = newest
    void dropOldest()
    {
        RecordedMessage &oldest = slots[index(size - 1)];
        bytes -= oldest.payload.size();
        std::string().swap(oldest.payload); // give a big payload's memory back
        --size;
    }
};

struct TrafficMonitor::Watched {
    std::string subject, queue;
    std::atomic<uint64_t> received{0};
    std::atomic<bool> paused{false};
    std::chrono::steady_clock::time_point since = std::chrono::steady_clock::now();
    nats::Subscription subscription;
};

std::optional<micro::Envelope> RecordedMessage::envelope() const
{
    if (payload.empty() || payload.front() != '{')
        return std::nullopt;
    try {
        return micro::decodeEnvelope(payload);
    } catch (const micro::DecodeError &) {
        return std::nullopt;
    }
}

TrafficMonitor::TrafficMonitor(std::shared_ptr<nats::Connection> connection, TrafficOptions options)
    : m_connection(std::move(connection))
    , m_options(options)
    , m_ring(std::make_unique<Ring>(options.ringCapacity))
    , m_held(std::make_unique<HeldMessages>(options.heldBytes))
{
    m_sampler.start([this] { sampleRates(); }, m_options.sampleInterval);
}

TrafficMonitor::~TrafficMonitor()
{
    m_sampler.stop();
    std::vector<std::unique_ptr<Watched>> watched;
    {
        std::lock_guard lock(m_mutex);
        watched.swap(m_watched);
    }
    watched.clear(); // unsubscribes; handlers take m_mutex, so not under it
}

void TrafficMonitor::addSubject(const std::string &subject, const std::string &queueGroup)
{
    auto watched = std::make_unique<Watched>();
    watched->subject = subject;
    watched->queue = queueGroup;
    Watched *raw = watched.get();
    {
        std::lock_guard lock(m_mutex);
        m_watched.push_back(std::move(watched));
    }
    try {
        nats::Subscription sub =
            m_connection->subscribe(subject, [this, raw](nats::Message &&m) { onMessage(*raw, std::move(m)); }, queueGroup);
        sub.setPendingLimits(m_options.pendingMessages, m_options.pendingBytes);
        std::lock_guard lock(m_mutex);
        raw->subscription = std::move(sub);
    } catch (...) {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_watched, [raw](const auto &w) { return w.get() == raw; });
        throw;
    }
    m_connection->flush();
}

void TrafficMonitor::removeSubject(const std::string &subject)
{
    std::vector<std::unique_ptr<Watched>> removed;
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_watched.begin(); it != m_watched.end();) {
            if ((*it)->subject == subject) {
                removed.push_back(std::move(*it));
                it = m_watched.erase(it);
            } else {
                ++it;
            }
        }
    }
    removed.clear();
}

void TrafficMonitor::pause()
{
    std::lock_guard lock(m_mutex);
    m_paused = true;
}

void TrafficMonitor::resume()
{
    std::lock_guard lock(m_mutex);
    m_paused = false;
}

void TrafficMonitor::pause(const std::string &subject)
{
    setPaused(subject, true);
}

void TrafficMonitor::resume(const std::string &subject)
{
    setPaused(subject, false);
}

void TrafficMonitor::setPaused(const std::string &subject, bool paused)
{
    std::lock_guard lock(m_mutex);
    for (auto &w : m_watched)
        if (w->subject == subject)
            w->paused.store(paused, std::memory_order_relaxed);
}

void TrafficMonitor::onMessage(Watched &watched, nats::Message &&msg)
{
    watched.received.fetch_add(1, std::memory_order_relaxed);
    const auto now = SystemClock::now();
    const std::string_view subject = msg.subject();
    const std::string_view data = msg.data();
    std::lock_guard lock(m_mutex);
    auto it = m_counters.find(subject);
    if (it == m_counters.end()) {
        const std::string key = m_counters.size() < m_options.maxSubjects ? std::string(subject) : kOtherSubjects;
        it = m_counters.try_emplace(key, std::make_unique<Counter>()).first;
        // Baseline at zero, so that a first burst counts towards the rate.
        it->second->samples.push_back({SteadyClock::now(), 0, 0});
    }
    it->second->count(data.size(), now);
    ++m_sequence;
    if (m_paused || watched.paused.load(std::memory_order_relaxed))
        return;
    Ring &ring = *m_ring;
    if (ring.size == ring.slots.size())
        ring.dropOldest(); // the slot about to be reused
    // Reuse the slot's buffers: after warm-up, recording a message allocates nothing new. A
    // buffer far larger than what it holds now is let go, so one huge message does not stay.
    RecordedMessage &slot = ring.slots[ring.next];
    const std::string_view kept = data.substr(0, m_options.maxStoredPayload);
    if (slot.payload.capacity() > 4 * std::max<size_t>(kept.size(), 4096))
        std::string().swap(slot.payload);
    slot.sequence = m_sequence;
    slot.at = now;
    slot.subject.assign(subject);
    slot.reply.assign(msg.reply());
    slot.payload.assign(kept);
    slot.size = data.size();
    slot.headers = msg.headers(); // go-micro never uses NATS headers; $SRV errors do
    ring.bytes += kept.size();
    ring.next = (ring.next + 1) % ring.slots.size();
    ++ring.size;
    while (ring.bytes > m_options.ringBytes && ring.size > 1)
        ring.dropOldest();
}

void TrafficMonitor::sampleRates()
{
    std::lock_guard lock(m_mutex);
    const auto now = SteadyClock::now();
    for (auto &[subject, counter] : m_counters)
        counter->sample(now, m_options.rateWindow);
}

TrafficSnapshot TrafficMonitor::snapshot() const
{
    TrafficSnapshot s;
    s.rateWindow = m_options.rateWindow;
    std::lock_guard lock(m_mutex);
    s.paused = m_paused;
    s.subjects.reserve(m_counters.size());
    for (const auto &[subject, c] : m_counters) {
        s.subjects.push_back({subject, c->messages, c->bytes, c->messagesPerSecond, c->bytesPerSecond, c->firstSeen, c->lastSeen});
        s.messages += c->messages;
        s.bytes += c->bytes;
        s.messagesPerSecond += c->messagesPerSecond;
        s.bytesPerSecond += c->bytesPerSecond;
    }
    for (const auto &w : m_watched) {
        SubscriptionStats sub{w->subject, w->queue, w->received.load(), w->subscription.dropped(),
                              w->subscription.pendingMessages(), w->paused.load(std::memory_order_relaxed), w->since};
        s.dropped += sub.dropped;
        s.subscriptions.push_back(std::move(sub));
    }
    std::sort(s.subjects.begin(), s.subjects.end(), [](const auto &a, const auto &b) { return a.subject < b.subject; });
    return s;
}

std::vector<RecordedMessage> TrafficMonitor::recent(size_t max, const std::string &subject) const
{
    std::vector<RecordedMessage> out;
    std::lock_guard lock(m_mutex);
    // Walk from the newest back, then reverse: oldest first.
    for (size_t i = 0; i < m_ring->size && out.size() < max; ++i) {
        const RecordedMessage &m = m_ring->slots[m_ring->index(i)];
        if (subject.empty() || m.subject == subject)
            out.push_back(m);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

namespace {

// How much of a payload a summary copies under the lock to find an envelope's body in: all of a
// usual go-micro event; of a larger one, enough for its header and the body's first bytes.
constexpr size_t kEnvelopeScanBytes = 4096;

struct BodyStart {
    std::string bytes;
    bool cut = false; ///< the body goes on after bytes
    std::string contentType; ///< the envelope header's Content-Type (of a whole envelope only)
};

std::string headerValue(const nats::HeaderList &headers, std::string_view key)
{
    for (const auto &[k, v] : headers)
        if (k.size() == key.size() && std::equal(k.begin(), k.end(), key.begin(), [](char a, char b) {
                return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
            }))
            return v;
    return {};
}

/// The first bytes of a go-micro event's body, when `head` (the payload's first bytes; all of them
/// when `whole`) is an envelope; nullopt for anything else (plain JSON, text, binary).
std::optional<BodyStart> envelopeBodyStart(std::string_view head, bool whole, size_t maxBytes)
{
    if (head.empty() || head.front() != '{')
        return std::nullopt;
    if (whole) {
        micro::EnvelopeView view;
        try {
            if (!micro::decodeEnvelopeFast(head, view))
                view.decode(head);
        } catch (const micro::DecodeError &) {
            return std::nullopt;
        }
        // Any JSON object decodes as an envelope (unknown keys are ignored): one without a header
        // or a body is plain JSON.
        if (view.header().empty() && view.bodyNull())
            return std::nullopt;
        std::string contentType(view.get("Content-Type").value_or(std::string_view()));
        // A protobuf body is kept whole: the list decodes it (with its type, or schema-less).
        const size_t keep = isProtobufContentType(contentType) ? std::max(maxBytes, kEnvelopeScanBytes) : maxBytes;
        return BodyStart{std::string(view.body().substr(0, keep)), view.body().size() > keep, std::move(contentType)};
    }
    // Cut: Go writes {"Header":{…},"Body":"<base64>"}. The key can only be at the first ,"Body":"
    // (a quote inside a JSON string is always escaped), and base64 needs no escapes.
    if (!head.starts_with(R"({"Header":{)"))
        return std::nullopt;
    const std::string_view key = R"(,"Body":")";
    const size_t at = head.find(key);
    if (at == std::string_view::npos)
        return std::nullopt;
    std::string_view text = head.substr(at + key.size());
    const size_t end = text.find('"');
    const size_t wanted = (maxBytes + 2) / 3 * 4; // base64 characters for maxBytes
    bool cut = end == std::string_view::npos || end > wanted;
    text = text.substr(0, std::min(std::min(end, text.size()), wanted) / 4 * 4); // whole quanta
    auto bytes = micro::base64::decode(text);
    if (!bytes)
        return std::nullopt;
    cut = cut || bytes->size() > maxBytes;
    bytes->resize(std::min(bytes->size(), maxBytes));
    return BodyStart{std::move(*bytes), cut};
}

} // namespace

std::vector<MessageSummary> TrafficMonitor::summaries(size_t max, const std::function<bool(const RecordedMessage &)> &keep,
                                                      size_t previewBytes, bool hold) const
{
    std::vector<MessageSummary> out;
    {
        std::lock_guard lock(m_mutex);
        if (hold)
            m_held->beginBatch();
        for (size_t i = 0; i < m_ring->size && out.size() < max; ++i) {
            const RecordedMessage &m = m_ring->slots[m_ring->index(i)];
            if (!keep || keep(m)) {
                if (hold)
                    m_held->hold(m);
                // Only what can be an envelope (a JSON object) is copied long enough to look into.
                // So is a body whose NATS header says protobuf: the list decodes it whole.
                std::string contentType = m.headers.empty() ? std::string() : headerValue(m.headers, "Content-Type");
                const bool scan = m.payload.starts_with('{') || isProtobufContentType(contentType);
                const size_t copied = scan ? std::max(previewBytes, kEnvelopeScanBytes) : previewBytes;
                out.push_back({m.sequence, m.at, m.subject, m.size, m.payload.substr(0, copied)});
                out.back().contentType = std::move(contentType);
            }
        }
    }
    // Outside the lock: the cnats thread records while envelopes are looked into.
    for (MessageSummary &s : out) {
        if (auto body = envelopeBodyStart(s.preview, s.preview.size() == s.size, previewBytes)) {
            s.preview = std::move(body->bytes);
            s.previewCut = body->cut;
            s.envelope = true;
            s.contentType = std::move(body->contentType);
        } else if (isProtobufContentType(s.contentType)) {
            s.previewCut = s.size > s.preview.size();
        } else {
            s.previewCut = s.size > previewBytes;
            s.preview.resize(std::min(s.preview.size(), previewBytes));
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::optional<RecordedMessage> TrafficMonitor::message(uint64_t sequence) const
{
    std::lock_guard lock(m_mutex);
    if (const RecordedMessage *held = m_held->find(sequence))
        return *held;
    if (m_ring->size == 0)
        return std::nullopt;
    // Sequences rise from the oldest kept to the newest; paused gaps make them uneven, so search.
    size_t lo = 0, hi = m_ring->size; // ages; age 0 = newest (largest sequence)
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        const uint64_t s = m_ring->slots[m_ring->index(mid)].sequence;
        if (s == sequence)
            return m_ring->slots[m_ring->index(mid)];
        if (s > sequence)
            lo = mid + 1;
        else
            hi = mid;
    }
    return std::nullopt;
}

size_t TrafficMonitor::kept() const
{
    std::lock_guard lock(m_mutex);
    return m_ring->size;
}

} // namespace switchboard::live
