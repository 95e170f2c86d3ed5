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
#include <string>
#include <unordered_map>
#include <vector>

#include "RowListModel.h"

namespace switchboard::live {
class TrafficMonitor;
struct RecordedMessage;
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
};

class TrafficSampler {
public:
    static constexpr size_t kHistoryPoints = 300;  ///< 5 minutes at one sample a second
    static constexpr size_t kSparkPoints = 60;
    static constexpr size_t kTrackedSubjects = 2000; ///< subjects with a rate history

    static QStringList subjectRoles();
    static QStringList subscriptionRoles();
    static QStringList messageRoles();

    TrafficFrame sample(const live::TrafficMonitor &monitor, const TrafficQuery &query);
    void reset() { m_history.clear(); }

private:
    struct History {
        std::deque<float> rates;
        std::deque<qint64> times; // ms since epoch
    };
    std::unordered_map<std::string, History> m_history;
};

} // namespace switchboard::gui
