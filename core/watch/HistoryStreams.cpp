#include "HistoryStreams.h"

#include <nats/nats.h>

namespace switchboard::watch {

namespace {
constexpr int64_t kNanosPerSecond = 1'000'000'000;
constexpr jsErrCode kStreamNotFound = static_cast<jsErrCode>(10059);

[[noreturn]] void fail(natsStatus status, jsErrCode code, const std::string &what)
{
    std::string words = what + ": ";
    if (status == NATS_NO_RESPONDERS || code == static_cast<jsErrCode>(10076) /* not enabled for account */
        || code == static_cast<jsErrCode>(10039) /* not enabled */)
        words += "JetStream is not enabled on this server or for this account (nats-server -js, or jetstream in its config)";
    else if (status == NATS_TIMEOUT)
        words += "JetStream did not answer in time";
    else if (code == static_cast<jsErrCode>(10058))
        words += "a stream with that name exists with other subjects";
    else if (code == static_cast<jsErrCode>(10065))
        words += "the subjects overlap with another stream's";
    else if (code == static_cast<jsErrCode>(10047))
        words += "the server has no room left for the stream's limits (max_file_store / max_memory_store)";
    else {
        const char *last = nats_GetLastError(nullptr);
        words += (last && *last) ? last : natsStatus_GetText(status);
        if (code != 0)
            words += " (JetStream error " + std::to_string(static_cast<int>(code)) + ")";
    }
    throw HistoryError(words);
}

StreamState stateOf(const jsStreamInfo *si, bool created)
{
    StreamState s;
    s.name = si->Config && si->Config->Name ? si->Config->Name : "";
    s.created = created;
    if (si->Config) {
        s.maxAgeSeconds = si->Config->MaxAge / kNanosPerSecond;
        s.maxBytes = si->Config->MaxBytes;
    }
    s.messages = si->State.Msgs;
    s.bytes = si->State.Bytes;
    s.firstSequence = si->State.FirstSeq;
    s.lastSequence = si->State.LastSeq;
    return s;
}
} // namespace

HistoryStreams::HistoryStreams(std::shared_ptr<nats::Connection> connection, HistoryConfig config)
    : m_connection(std::move(connection))
    , m_config(std::move(config))
{
    if (const std::string problem = m_config.problem(); !problem.empty())
        throw HistoryError(problem);
    jsOptions options;
    jsOptions_Init(&options);
    options.Wait = 5000;
    if (const natsStatus s = natsConnection_JetStream(&m_js, m_connection->raw(), &options); s != NATS_OK)
        fail(s, jsErrCode(0), "cannot use JetStream");
}

HistoryStreams::~HistoryStreams()
{
    jsCtx_Destroy(m_js);
}

std::pair<StreamState, StreamState> HistoryStreams::ensure()
{
    const auto one = [this](const std::string &name, const std::string &filter, int64_t maxBytes) {
        jsStreamInfo *si = nullptr;
        jsErrCode code = jsErrCode(0);
        natsStatus s = js_GetStreamInfo(&si, m_js, name.c_str(), nullptr, &code);
        if (s == NATS_OK) {
            StreamState state = stateOf(si, false);
            jsStreamInfo_Destroy(si);
            return state;
        }
        if (s != NATS_NOT_FOUND && code != kStreamNotFound)
            fail(s, code, "cannot look up the stream " + name);
        jsStreamConfig config;
        jsStreamConfig_Init(&config);
        const char *subjects[] = {filter.c_str()};
        config.Name = name.c_str();
        config.Description = "Switchboard collector history";
        config.Subjects = subjects;
        config.SubjectsLen = 1;
        config.Retention = js_LimitsPolicy;
        config.Discard = js_DiscardOld; // the oldest history goes first; the collector never blocks
        config.MaxAge = m_config.maxAge.count() * kNanosPerSecond;
        config.MaxBytes = maxBytes;
        config.Storage = m_config.memoryStorage ? js_MemoryStorage : js_FileStorage;
        config.Replicas = m_config.replicas;
        config.Duplicates = int64_t(120) * kNanosPerSecond;
        code = jsErrCode(0);
        s = js_AddStream(&si, m_js, &config, nullptr, &code);
        if (s != NATS_OK)
            fail(s, code, "cannot create the stream " + name);
        StreamState state = stateOf(si, true);
        jsStreamInfo_Destroy(si);
        return state;
    };
    StreamState events = one(m_config.eventsStream, m_config.eventsFilter(), m_config.eventsMaxBytes);
    StreamState rates = one(m_config.ratesStream, m_config.ratesFilter(), m_config.ratesMaxBytes);
    return {events, rates};
}

StreamState HistoryStreams::info(const std::string &stream) const
{
    jsStreamInfo *si = nullptr;
    jsErrCode code = jsErrCode(0);
    const natsStatus s = js_GetStreamInfo(&si, m_js, stream.c_str(), nullptr, &code);
    if (s == NATS_NOT_FOUND || code == kStreamNotFound)
        throw HistoryError("the stream " + stream + " does not exist (is a collector running on this cluster?)");
    if (s != NATS_OK)
        fail(s, code, "cannot read the stream " + stream);
    StreamState state = stateOf(si, false);
    jsStreamInfo_Destroy(si);
    return state;
}

void HistoryStreams::publish(const std::string &subject, std::string_view payload, const std::string &messageId)
{
    natsMsg *msg = nullptr;
    natsStatus s = natsMsg_Create(&msg, subject.c_str(), nullptr, payload.data(), static_cast<int>(payload.size()));
    if (s == NATS_OK && !messageId.empty())
        s = natsMsgHeader_Set(msg, "Nats-Msg-Id", messageId.c_str());
    jsPubAck *ack = nullptr;
    jsErrCode code = jsErrCode(0);
    if (s == NATS_OK)
        s = js_PublishMsg(&ack, m_js, msg, nullptr, &code);
    natsMsg_Destroy(msg);
    jsPubAck_Destroy(ack);
    if (s != NATS_OK)
        fail(s, code, "cannot store history on " + subject);
}

uint64_t HistoryStreams::read(const std::string &stream, const std::string &filter, uint64_t afterSequence,
                              int64_t sinceMs, const Visitor &visit, std::chrono::milliseconds timeout) const
{
    const StreamState state = info(stream);
    if (state.lastSequence == 0 || state.lastSequence <= afterSequence)
        return afterSequence;
    jsSubOptions options;
    jsSubOptions_Init(&options);
    options.Stream = stream.c_str();
    options.Ordered = true; // no acks, no redeliveries: a reader, not a worker
    if (afterSequence > 0) {
        options.Config.DeliverPolicy = js_DeliverByStartSequence;
        options.Config.OptStartSeq = afterSequence + 1;
    } else if (sinceMs > 0) {
        options.Config.DeliverPolicy = js_DeliverByStartTime;
        options.Config.OptStartTime = sinceMs * 1'000'000;
    } else {
        options.Config.DeliverPolicy = js_DeliverAll;
    }
    natsSubscription *sub = nullptr;
    jsErrCode code = jsErrCode(0);
    natsStatus s = js_SubscribeSync(&sub, m_js, filter.c_str(), nullptr, &options, &code);
    if (s != NATS_OK)
        fail(s, code, "cannot read the stream " + stream);
    // The only unbounded loop: ends at the last sequence seen at the start, or when the stream
    // stops delivering (messages aged out under us) for a while, or at the deadline.
    uint64_t last = afterSequence;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (last < state.lastSequence && std::chrono::steady_clock::now() < deadline) {
        natsMsg *msg = nullptr;
        s = natsSubscription_NextMsg(&msg, sub, 2000);
        if (s == NATS_TIMEOUT)
            break; // nothing more is coming: the rest is filtered out or gone
        if (s != NATS_OK) {
            natsSubscription_Destroy(sub);
            fail(s, jsErrCode(0), "reading the stream " + stream + " stopped");
        }
        jsMsgMetaData *meta = nullptr;
        if (natsMsg_GetMetaData(&meta, msg) == NATS_OK) {
            last = meta->Sequence.Stream;
            const int64_t storedAtMs = meta->Timestamp / 1'000'000;
            jsMsgMetaData_Destroy(meta);
            visit(last, storedAtMs, std::string_view(natsMsg_GetData(msg), static_cast<size_t>(natsMsg_GetDataLength(msg))));
        }
        natsMsg_Destroy(msg);
    }
    natsSubscription_Unsubscribe(sub);
    natsSubscription_Destroy(sub);
    return last;
}

} // namespace switchboard::watch
