#include "TrafficSampler.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

#include "CoreStrings.h"
#include "PayloadText.h"
#include "live/TrafficMonitor.h"
#include "proto/OneLine.h"
#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"
#include "proto/SchemaDecoder.h"

namespace switchboard::gui {

namespace {

qint64 msSinceEpoch(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

/// The first bytes (of a go-micro event: of its body) as one line of text, or as hex when they
/// are not text; `cut` when more follows.
QString preview(const std::string &bytes, bool cut)
{
    if (bytes.empty())
        return QCoreApplication::translate("TrafficSampler", "(empty)");
    std::string whole = bytes;
    if (cut)
        while (!whole.empty() && (static_cast<unsigned char>(whole.back()) & 0x80))
            whole.pop_back(); // the cut may end inside a UTF-8 sequence
    if (looksBinary(whole)) {
        QString hex;
        for (size_t i = 0; i < std::min<size_t>(bytes.size(), 24); ++i)
            hex += QStringLiteral("%1 ").arg((unsigned char)bytes[i], 2, 16, QLatin1Char('0'));
        return hex.trimmed();
    }
    QString text = q(whole).simplified();
    return cut ? text + QChar(0x2026) : text;
}

/// A whole protobuf body on one line: with the subject's type (the schema decoder: no
/// DynamicMessage, a few µs for a 1 KiB event), else schema-less; empty when it is not protobuf.
std::string protobufPreview(const live::MessageSummary &m, const TrafficQuery::ProtobufTypes *types,
                            std::vector<proto::DecodedField> &scratch)
{
    if (m.previewCut || !live::isProtobufContentType(m.contentType))
        return {};
    if (types)
        if (const auto it = types->bySubject.find(m.subject); it != types->bySubject.end() && it->second)
            if (proto::decodeWithSchema(it->second, m.preview, scratch).ok())
                return proto::oneLine(scratch);
    const proto::RawDecode raw = proto::decodeRaw(m.preview);
    if (!raw.ok() || raw.fields.empty())
        return {};
    return proto::rawText(m.preview, raw);
}

/// The row's preview: a protobuf body decoded, else its first bytes as text or hex.
QString shownPreview(const live::MessageSummary &m, const TrafficQuery::ProtobufTypes *types,
                     std::vector<proto::DecodedField> &scratch)
{
    std::string decoded = protobufPreview(m, types, scratch);
    if (decoded.empty())
        return preview(m.preview.substr(0, std::min<size_t>(m.preview.size(), 96)), m.previewCut || m.preview.size() > 96);
    QString text = QString::fromUtf8(decoded).simplified();
    if (text.size() > 160)
        text = text.left(159) + QChar(0x2026);
    return text;
}

} // namespace

bool subjectMatches(const std::string &pattern, const std::string &subject)
{
    auto tokens = [](const std::string &text) {
        std::vector<std::string_view> out;
        for (size_t begin = 0;;) {
            const size_t end = text.find('.', begin);
            out.emplace_back(text.data() + begin, (end == std::string::npos ? text.size() : end) - begin);
            if (end == std::string::npos)
                return out;
            begin = end + 1;
        }
    };
    const auto p = tokens(pattern), s = tokens(subject);
    for (size_t i = 0; i < p.size(); ++i) {
        if (p[i] == ">")
            return i + 1 == p.size() && s.size() > i;
        if (i >= s.size() || (p[i] != "*" && p[i] != s[i]))
            return false;
    }
    return p.size() == s.size();
}

bool payloadContains(const live::RecordedMessage &m, const std::string &text)
{
    if (text.empty() || m.payload.find(text) != std::string::npos)
        return true;
    // A go-micro event carries its body base64-encoded: search the decoded body too.
    if (m.payload.find("\"Body\"") == std::string::npos)
        return false;
    const auto envelope = m.envelope();
    return envelope && envelope->body.find(text) != std::string::npos;
}

bool subjectFilterAccepts(const QString &filter, const std::string &subject)
{
    if (filter.isEmpty())
        return true;
    if (filter.contains(u'*') || filter.contains(u'>'))
        return subjectMatches(filter.toStdString(), subject);
    return q(subject).contains(filter, Qt::CaseInsensitive);
}

QStringList TrafficSampler::subjectRoles()
{
    return {QStringLiteral("subject"), QStringLiteral("rate"), QStringLiteral("bytesRate"), QStringLiteral("total"),
            QStringLiteral("bytes"), QStringLiteral("lastSeen"), QStringLiteral("spark"), QStringLiteral("charted"),
            QStringLiteral("spoken")};
}

QStringList TrafficSampler::subscriptionRoles()
{
    return {QStringLiteral("subject"), QStringLiteral("queue"), QStringLiteral("paused"), QStringLiteral("received"),
            QStringLiteral("dropped"), QStringLiteral("pending")};
}

QStringList TrafficSampler::messageRoles()
{
    return {QStringLiteral("sequence"), QStringLiteral("time"), QStringLiteral("subject"), QStringLiteral("size"),
            QStringLiteral("preview"), QStringLiteral("spoken")};
}

std::vector<watch::JournalEvent> TrafficSampler::closeActivityWindow(const live::TrafficSnapshot &snap, qint64 now)
{
    std::vector<std::string> subscriptions;
    for (const live::SubscriptionStats &s : snap.subscriptions)
        subscriptions.push_back(s.subject + '\x1f' + s.queue);
    std::sort(subscriptions.begin(), subscriptions.end());
    std::string key;
    for (const std::string &s : subscriptions)
        key += s + '\n';
    const auto countsNow = [&] {
        std::unordered_map<std::string, uint64_t> counts;
        counts.reserve(snap.subjects.size());
        for (const live::SubjectStats &s : snap.subjects)
            counts.emplace(s.subject, s.messages);
        return counts;
    };
    // Other subscriptions (or a new monitor): subjects appear or vanish because of what is
    // watched, not because they started or stopped. Start again from a baseline.
    if (!m_activityStarted || key != m_activitySubscriptions) {
        m_activityStarted = true;
        m_activitySubscriptions = std::move(key);
        m_activity.reset();
        m_activityCounts = countsNow();
        m_activityWindowStart = now;
        return {};
    }
    if (now - m_activityWindowStart < m_activityWindowMs)
        return {};
    std::map<std::string, uint64_t> window;
    for (const live::SubjectStats &s : snap.subjects) {
        const auto it = m_activityCounts.find(s.subject);
        const uint64_t before = it == m_activityCounts.end() ? 0 : it->second;
        if (s.messages > before)
            window.emplace(s.subject, s.messages - before);
    }
    m_activityCounts = countsNow();
    m_activityWindowStart = now;
    return m_activity.windowClosed(window, now);
}

TrafficFrame TrafficSampler::sample(const live::TrafficMonitor &monitor, const TrafficQuery &query)
{
    TrafficFrame f;
    const live::TrafficSnapshot snap = monitor.snapshot();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    f.received = snap.messages;
    f.bytes = snap.bytes;
    f.dropped = snap.dropped;
    f.messagesPerSecond = snap.messagesPerSecond;
    f.bytesPerSecond = snap.bytesPerSecond;
    f.ringPaused = snap.paused;
    f.subjectCount = int(snap.subjects.size());
    f.activity = closeActivityWindow(snap, now);

    // Rate history: every tracked subject gets a point each second (subjects beyond the cap have
    // none; the tooltip says so).
    for (const auto &s : snap.subjects) {
        auto it = m_history.find(s.subject);
        if (it == m_history.end()) {
            if (m_history.size() >= kTrackedSubjects)
                continue;
            it = m_history.emplace(s.subject, History{}).first;
        }
        it->second.rates.push_back(float(s.messagesPerSecond));
        it->second.times.push_back(now);
        if (it->second.rates.size() > kHistoryPoints) {
            it->second.rates.pop_front();
            it->second.times.pop_front();
        }
    }

    std::vector<const live::SubjectStats *> rows;
    for (const auto &s : snap.subjects)
        if (subjectFilterAccepts(query.subjectFilter, s.subject))
            rows.push_back(&s);
    f.subjectsMatching = int(rows.size());
    const QString &role = query.sortRole;
    auto less = [&](const live::SubjectStats *a, const live::SubjectStats *b) {
        if (role == QLatin1String("subject"))
            return a->subject < b->subject;
        if (role == QLatin1String("bytesRate"))
            return a->bytesPerSecond < b->bytesPerSecond;
        if (role == QLatin1String("total"))
            return a->messages < b->messages;
        if (role == QLatin1String("lastSeen"))
            return a->lastSeen < b->lastSeen;
        return a->messagesPerSecond < b->messagesPerSecond;
    };
    std::stable_sort(rows.begin(), rows.end(), [&](auto *a, auto *b) { return query.sortDescending ? less(b, a) : less(a, b); });
    if (rows.size() > query.maxSubjectRows)
        rows.resize(query.maxSubjectRows);
    for (const live::SubjectStats *s : rows) {
        QVariantList spark;
        if (auto it = m_history.find(s->subject); it != m_history.end()) {
            const auto &rates = it->second.rates;
            for (size_t i = rates.size() > kSparkPoints ? rates.size() - kSparkPoints : 0; i < rates.size(); ++i)
                spark.push_back(double(rates[i]));
        }
        const QString subject = q(s->subject);
        const QString spoken = QCoreApplication::translate("TrafficSampler", "%1, %2 messages per second, %3 in total")
                                   .arg(subject, QString::number(s->messagesPerSecond, 'f', 1), QString::number(s->messages));
        f.subjects.push_back({subject, {subject, s->messagesPerSecond, s->bytesPerSecond, qulonglong(s->messages),
                                        qulonglong(s->bytes), QDateTime::fromMSecsSinceEpoch(msSinceEpoch(s->lastSeen)),
                                        spark, query.chartSubjects.contains(subject), spoken}});
    }
    for (const auto &sub : snap.subscriptions)
        f.subscriptions.push_back({q(sub.subject), {q(sub.subject), q(sub.queue), sub.paused, qulonglong(sub.received),
                                                    qlonglong(sub.dropped), sub.pending}});

    // Nothing chosen yet: the three busiest matching subjects, so the chart is never empty.
    QStringList charted = query.chartSubjects;
    f.chartAutomatic = charted.isEmpty();
    if (f.chartAutomatic) {
        std::vector<const live::SubjectStats *> busiest;
        for (const auto &s : snap.subjects)
            if (s.messagesPerSecond > 0 && subjectFilterAccepts(query.subjectFilter, s.subject))
                busiest.push_back(&s);
        const size_t n = std::min<size_t>(busiest.size(), 3);
        std::partial_sort(busiest.begin(), busiest.begin() + long(n), busiest.end(),
                          [](auto *a, auto *b) { return a->messagesPerSecond > b->messagesPerSecond; });
        for (size_t i = 0; i < n; ++i)
            charted << q(busiest[i]->subject);
    }
    for (const QString &subject : charted) {
        QVariantList points;
        if (auto it = m_history.find(subject.toStdString()); it != m_history.end())
            for (size_t i = 0; i < it->second.rates.size(); ++i)
                points.push_back(QVariantMap{{QStringLiteral("t"), it->second.times[i]}, {QStringLiteral("v"), double(it->second.rates[i])}});
        f.chart.push_back(QVariantMap{{QStringLiteral("subject"), subject}, {QStringLiteral("points"), points}});
    }

    f.kept = qint64(monitor.kept());
    if (query.refreshMessages) {
        f.messagesUpdated = true;
        const std::string text = query.messageText.toStdString();
        const QString subjectFilter = query.messageSubject;
        const auto keep = [&](const live::RecordedMessage &m) {
            return subjectFilterAccepts(subjectFilter, m.subject) && payloadContains(m, text);
        };
        // Held: a row clicked after the ring let its message go (a tenth of a second at 100 000
        // msgs/s) still opens in the inspector.
        auto summaries = monitor.summaries(query.maxMessages, keep, 96, true);
        std::reverse(summaries.begin(), summaries.end()); // newest first: the top of the list is now
        std::vector<proto::DecodedField> scratch;
        for (const auto &m : summaries) {
            const QString subject = q(m.subject);
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch(m.at));
            const QString spoken = QCoreApplication::translate("TrafficSampler", "message %1 on %2, %3 bytes")
                                       .arg(QString::number(m.sequence), subject, QString::number(m.size));
            f.messages.push_back({QString::number(m.sequence), {qulonglong(m.sequence), at, subject, qulonglong(m.size),
                                                                 shownPreview(m, query.protobuf.get(), scratch), spoken}});
        }
    }
    return f;
}

} // namespace switchboard::gui
