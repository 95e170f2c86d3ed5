#pragma once
// The Traffic page's work, done once a second on its own thread: a TrafficMonitor snapshot turned
// into the rows the page shows (subjects filtered, sorted and capped; subscriptions; the newest
// matching messages), plus the rate history behind the sparklines and the chart. The GUI thread
// only swaps in the finished frame: nothing here runs per message.

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "RowListModel.h"
#include "proto/SchemaSet.h"
#include "watch/JournalEvent.h"
#include "watch/SubjectActivity.h"

namespace switchboard::live {
class TrafficMonitor;
struct RecordedMessage;
struct TrafficSnapshot;
}

namespace switchboard::gui {

/// NATS subject matching: `*` one token, `>` the rest (at the end).
[[nodiscard]] bool subjectMatches(const std::string &pattern, const std::string &subject);
/// The payload (or, for a go-micro envelope, its decoded body) contains `text`; "" matches all.
[[nodiscard]] bool payloadContains(const live::RecordedMessage &message, const std::string &text);
/// A filter as typed: a wildcard pattern when it has `*` or `>`, else a case-insensitive part.
[[nodiscard]] bool subjectFilterAccepts(const QString &filter, const std::string &subject);

/// What the page asks for; copied for each sample.
struct TrafficQuery {
    QString subjectFilter;
    QString sortRole = QStringLiteral("rate");
    bool sortDescending = true;
    QStringList chartSubjects;
    QString messageSubject, messageText; ///< filters of the message list
    bool refreshMessages = true;          ///< false while the user reads a frozen list
    size_t maxSubjectRows = 300, maxMessages = 300; // enough to scroll; each row costs the GUI thread
    /// The message types of subjects seen (chosen or suggested): protobuf bodies in the list are
    /// decoded with them, the rest schema-less. Made on the GUI thread, read on the sampler's.
    struct ProtobufTypes {
        proto::SchemaSetPtr set;
        std::unordered_map<std::string, const proto::gpb::Descriptor *> bySubject;
    };
    std::shared_ptr<const ProtobufTypes> protobuf;
};

struct TrafficFrame {
    std::vector<RowListModel::Row> subjects, subscriptions, messages;
    bool messagesUpdated = false;
    int subjectCount = 0;               ///< before the filter and the cap
    int subjectsMatching = 0;           ///< after the filter, before the cap
    quint64 received = 0, bytes = 0;
    qint64 dropped = 0;
    double messagesPerSecond = 0, bytesPerSecond = 0;
    qint64 kept = 0;                    ///< messages the ring holds
    bool ringPaused = false;
    QVariantList chart;                 ///< [{subject, points: [{t (ms), v}]}]
    bool chartAutomatic = false;        ///< the busiest subjects, as none was chosen
    std::vector<watch::JournalEvent> activity; ///< subjects that started or stopped, for the journal
};

class TrafficSampler {
public:
    static constexpr size_t kHistoryPoints = 300;  ///< 5 minutes at one sample a second
    static constexpr size_t kSparkPoints = 60;
    static constexpr size_t kTrackedSubjects = 2000; ///< subjects with a rate history
    /// Subjects' starting and stopping is judged over windows this long (stopped: two empty
    /// windows in a row, 20–30 s of silence).
    static constexpr qint64 kActivityWindowMs = 10'000;
    void setActivityWindow(qint64 ms) { m_activityWindowMs = ms; } ///< tests: shorter windows

    static QStringList subjectRoles();
    static QStringList subscriptionRoles();
    static QStringList messageRoles();

    TrafficFrame sample(const live::TrafficMonitor &monitor, const TrafficQuery &query);
    void reset()
    {
        m_history.clear();
        m_activityStarted = false; // a new monitor counts from zero: a new baseline
    }

private:
    struct History {
        std::deque<float> rates;
        std::deque<qint64> times; // ms since epoch
    };
    std::unordered_map<std::string, History> m_history;

    std::vector<watch::JournalEvent> closeActivityWindow(const live::TrafficSnapshot &snap, qint64 now);
    watch::SubjectActivity m_activity;
    bool m_activityStarted = false;
    std::string m_activitySubscriptions;                     ///< the subscriptions the window began with
    std::unordered_map<std::string, uint64_t> m_activityCounts; ///< per subject, at the window's start
    qint64 m_activityWindowStart = 0;
    qint64 m_activityWindowMs = kActivityWindowMs;
};

} // namespace switchboard::gui
