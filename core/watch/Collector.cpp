#include "Collector.h"

#include <algorithm>

#include <nats/nats.h>

#include "live/ClusterMonitor.h"
#include "live/ServiceCatalog.h"
#include "live/TrafficMonitor.h"

namespace switchboard::watch {

namespace {
int64_t windowEndAfter(int64_t ms, int64_t length)
{
    return (ms / length + 1) * length;
}

bool connected(const nats::Connection &connection)
{
    return natsConnection_Status(connection.raw()) == NATS_CONN_STATUS_CONNECTED;
}
} // namespace

std::string Collector::rollupKey(const std::string &subject, const std::string &historyPrefix)
{
    if (subject.size() > historyPrefix.size() && subject.compare(0, historyPrefix.size(), historyPrefix) == 0
        && subject[historyPrefix.size()] == '.')
        return {};
    if (subject.rfind("_INBOX.", 0) == 0)
        return "_INBOX.>";
    if (subject.rfind("$JS.ACK.", 0) == 0)
        return "$JS.ACK.>";
    return subject;
}

Collector::Collector(std::shared_ptr<nats::Connection> connection, CollectorOptions options)
    : m_connection(std::move(connection))
    , m_options(std::move(options))
    , m_streams(m_connection, m_options.history)
    , m_detector(QString::fromStdString(m_options.region))
{
    if (m_options.rollupMs < 1000)
        throw HistoryError("the rollup window must be a second or longer");
}

Collector::~Collector() = default;

std::pair<StreamState, StreamState> Collector::start(int64_t nowMs)
{
    auto streams = m_streams.ensure();
    m_idPrefix = HistoryConfig::regionToken(m_options.region) + "." + std::to_string(nowMs) + ".";
    if (!m_options.subjects.empty()) {
        live::TrafficOptions traffic;
        traffic.ringCapacity = 1; // counts only: the collector never shows a message
        traffic.ringBytes = 64 * 1024;
        traffic.maxStoredPayload = 64;
        m_traffic = std::make_unique<live::TrafficMonitor>(m_connection, traffic);
        for (const std::string &s : m_options.subjects)
            m_traffic->addSubject(s); // nats::Error for an invalid subject
    }
    if (m_options.registry) {
        m_catalog = std::make_unique<live::ServiceCatalog>(m_connection);
        m_catalog->start();
    }
    if (m_options.cluster) {
        live::ClusterOptions cluster;
        cluster.monitorUrls = m_options.monitorUrls;
        m_cluster = std::make_unique<live::ClusterMonitor>(m_connection, cluster);
        m_cluster->start();
    }
    m_windowStartMs = nowMs;
    m_windowEndMs = windowEndAfter(nowMs, m_options.rollupMs);
    (void)m_detector.connectionChanged(connected(*m_connection), {}, nowMs); // the baseline
    return streams;
}

void Collector::tick(int64_t nowMs)
{
    std::vector<JournalEvent> events = m_detector.connectionChanged(connected(*m_connection), {}, nowMs);
    if (m_catalog) {
        auto more = m_detector.catalogChanged(m_catalog->snapshot(), nowMs);
        events.insert(events.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    if (m_cluster) {
        auto more = m_detector.clusterChanged(m_cluster->snapshot(), nowMs);
        events.insert(events.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
    queueEvents(std::move(events));
    if (m_traffic && nowMs >= m_windowEndMs)
        closeWindow(m_windowEndMs);
    send();
}

void Collector::finish(int64_t nowMs)
{
    if (m_traffic && nowMs > m_windowStartMs)
        closeWindow(nowMs);
    send();
}

void Collector::queueEvents(std::vector<JournalEvent> events)
{
    if (events.empty())
        return;
    for (JournalEvent &e : events)
        if (e.region.isEmpty())
            e.region = QString::fromStdString(m_options.region);
    const std::string subject = m_options.history.eventsSubject(m_options.region);
    // Encode in slices so that a message's event count is known for the stats.
    constexpr size_t kSlice = 500;
    for (size_t i = 0; i < events.size(); i += kSlice) {
        std::vector<JournalEvent> slice(events.begin() + std::ptrdiff_t(i),
                                        events.begin() + std::ptrdiff_t(std::min(events.size(), i + kSlice)));
        const size_t count = slice.size();
        std::vector<std::string> payloads = history::encodeEvents(m_options.region, slice);
        for (size_t p = 0; p < payloads.size(); ++p)
            m_unsent.push_back({subject, std::move(payloads[p]), m_idPrefix + std::to_string(m_nextId++), p == 0 ? count : 0, false});
    }
}

void Collector::closeWindow(int64_t endMs)
{
    const live::TrafficSnapshot snap = m_traffic->snapshot();
    RateRollup rollup;
    rollup.region = m_options.region;
    rollup.startMs = m_windowStartMs;
    rollup.endMs = endMs;
    std::map<std::string, uint64_t> now, folded;
    for (const live::SubjectStats &s : snap.subjects) {
        now[s.subject] = s.messages;
        const uint64_t before = [&] {
            const auto it = m_countedBefore.find(s.subject);
            return it == m_countedBefore.end() ? uint64_t(0) : it->second;
        }();
        const std::string key = rollupKey(s.subject, m_options.history.subjectPrefix);
        if (!key.empty() && s.messages > before)
            folded[key] += s.messages - before;
    }
    rollup.subjects.assign(folded.begin(), folded.end());
    {
        std::lock_guard lock(m_statsMutex);
        m_stats.messagesCounted = snap.messages;
    }
    // Started and stopped subjects, window by window; the first window is the baseline.
    std::vector<JournalEvent> activity = m_activity.windowClosed(folded, endMs);
    m_countedBefore = std::move(now);
    queueEvents(std::move(activity));

    std::vector<std::string> payloads = history::encodeRollup(rollup);
    const std::string subject = m_options.history.ratesSubject(m_options.region);
    for (std::string &p : payloads)
        m_unsent.push_back({subject, std::move(p), m_idPrefix + std::to_string(m_nextId++), 0, true});
    m_windowStartMs = endMs;
    m_windowEndMs = windowEndAfter(endMs, m_options.rollupMs);
}

void Collector::send()
{
    uint64_t dropped = 0;
    while (m_unsent.size() > m_options.maxUnsent) {
        m_unsent.pop_front();
        ++dropped;
    }
    std::string error;
    uint64_t events = 0, rollups = 0, sent = 0;
    while (!m_unsent.empty()) {
        const Outgoing &o = m_unsent.front();
        try {
            m_streams.publish(o.subject, o.payload, o.id);
        } catch (const HistoryError &e) {
            error = e.what(); // stays queued: tried again at the next tick
            break;
        }
        events += o.events;
        rollups += o.rollup ? 1 : 0;
        ++sent;
        m_unsent.pop_front();
    }
    std::lock_guard lock(m_statsMutex);
    m_stats.eventsStored += events;
    m_stats.rollupsStored += rollups;
    m_stats.messagesSent += sent;
    m_stats.unsent = m_unsent.size();
    m_stats.unsentDropped += dropped;
    m_stats.lastError = error;
}

CollectorStats Collector::stats() const
{
    std::lock_guard lock(m_statsMutex);
    return m_stats;
}

} // namespace switchboard::watch
