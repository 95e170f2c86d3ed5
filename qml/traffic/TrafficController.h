#pragma once
// The Traffic page: subscriptions (several, each pausable and removable), the subjects table with
// rates and sparklines, a chart of the selected subjects, the newest messages with an inspector,
// and export as NDJSON. Counts are exact (core/live TrafficMonitor counts every message on the
// cnats thread); a sampler thread builds the rows once a second; the GUI thread swaps them in.

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <mutex>

#include "DetailRowsModel.h"
#include "TrafficSampler.h"
#include "util/PeriodicWorker.h"

namespace switchboard::live {
class TrafficMonitor;
struct RecordedMessage;
}
namespace switchboard::micro {
struct Envelope;
}
namespace switchboard::nats {
class Connection;
}

namespace switchboard::gui {

class Session;
Q_MOC_INCLUDE("Session.h") // moc's code for the Session * property needs the whole class

class TrafficController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(switchboard::gui::RowListModel *subscriptions READ subscriptions CONSTANT)
    Q_PROPERTY(switchboard::gui::RowListModel *subjects READ subjects CONSTANT)
    Q_PROPERTY(switchboard::gui::RowListModel *messages READ messages CONSTANT)
    Q_PROPERTY(QString subjectFilter READ subjectFilter WRITE setSubjectFilter NOTIFY queryChanged)
    Q_PROPERTY(QString sortRole READ sortRole WRITE setSortRole NOTIFY queryChanged)
    Q_PROPERTY(bool sortDescending READ sortDescending WRITE setSortDescending NOTIFY queryChanged)
    Q_PROPERTY(QStringList chartSubjects READ chartSubjects NOTIFY queryChanged)
    Q_PROPERTY(QString messageSubject READ messageSubject WRITE setMessageSubject NOTIFY queryChanged)
    Q_PROPERTY(QString messageText READ messageText WRITE setMessageText NOTIFY queryChanged)
    Q_PROPERTY(bool listFrozen READ listFrozen WRITE setListFrozen NOTIFY queryChanged)
    Q_PROPERTY(QVariantList chart READ chart NOTIFY sampled)
    Q_PROPERTY(bool chartAutomatic READ chartAutomatic NOTIFY sampled)
    Q_PROPERTY(quint64 received READ received NOTIFY sampled)
    Q_PROPERTY(qint64 dropped READ dropped NOTIFY sampled)
    Q_PROPERTY(qint64 kept READ kept NOTIFY sampled)
    Q_PROPERTY(double messagesPerSecond READ messagesPerSecond NOTIFY sampled)
    Q_PROPERTY(double bytesPerSecond READ bytesPerSecond NOTIFY sampled)
    Q_PROPERTY(int subjectCount READ subjectCount NOTIFY sampled)
    Q_PROPERTY(int subjectsMatching READ subjectsMatching NOTIFY sampled)
    Q_PROPERTY(quint64 samples READ samples NOTIFY sampled)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    /// suggestions() changes with the catalogue: this says when to ask again.
    Q_PROPERTY(int catalogRevision READ catalogRevision NOTIFY catalogRevisionChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
public:
    explicit TrafficController(QObject *parent = nullptr);
    ~TrafficController() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    /// Tests: judge subjects starting and stopping over shorter windows (set before the session).
    void setActivityWindow(qint64 ms) { m_sampler.setActivityWindow(ms); }
    [[nodiscard]] RowListModel *subscriptions() { return &m_subscriptions; }
    [[nodiscard]] RowListModel *subjects() { return &m_subjects; }
    [[nodiscard]] RowListModel *messages() { return &m_messages; }

    /// Subscribes (wildcards allowed, queue group optional); returns an error text or "".
    Q_INVOKABLE QString subscribe(const QString &subject, const QString &queue = {});
    Q_INVOKABLE void unsubscribe(const QString &subject);
    Q_INVOKABLE void setPaused(const QString &subject, bool paused);
    /// Adds a subject to the chart, or takes it off (at most 6 at once).
    Q_INVOKABLE void toggleCharted(const QString &subject);
    /// A kept message in full for the inspector: headers, envelope, body as JSON/text/hex.
    Q_INVOKABLE QVariantMap inspect(qulonglong sequence) const;
    /// The type a subject's protobuf events are decoded with: a full name, kSchemaLessChoice, or
    /// "" to go back to the suggestion. Kept with the profile.
    Q_INVOKABLE void setMessageType(const QString &subject, const QString &fullName);
    /// Writes the kept messages that match the list's filters to `path` as NDJSON; returns a
    /// sentence for the user (how many were written, or why not).
    Q_INVOKABLE QString exportMessages(const QString &path) const;
    /// A file name in the user's documents folder for an export now.
    Q_INVOKABLE QString suggestedExportPath() const;
    /// Subjects worth subscribing to: the topics of known subscribers, then `>`.
    Q_INVOKABLE QStringList suggestions() const;
    /// Fills a chart line with a charted subject's msgs/s history; returns its peak.
    Q_INVOKABLE double fillSeries(QObject *series, const QString &subject) const;
    /// Samples now (tests, and after a filter changes) instead of at the next second.
    Q_INVOKABLE void sampleNow();

    [[nodiscard]] QString subjectFilter() const { return m_query.subjectFilter; }
    void setSubjectFilter(const QString &f);
    [[nodiscard]] QString sortRole() const { return m_query.sortRole; }
    void setSortRole(const QString &r);
    [[nodiscard]] bool sortDescending() const { return m_query.sortDescending; }
    void setSortDescending(bool d);
    [[nodiscard]] QStringList chartSubjects() const { return m_query.chartSubjects; }
    [[nodiscard]] QString messageSubject() const { return m_query.messageSubject; }
    void setMessageSubject(const QString &s);
    [[nodiscard]] QString messageText() const { return m_query.messageText; }
    void setMessageText(const QString &t);
    [[nodiscard]] bool listFrozen() const { return !m_query.refreshMessages; }
    void setListFrozen(bool frozen);
    [[nodiscard]] QVariantList chart() const { return m_frame.chart; }
    [[nodiscard]] bool chartAutomatic() const { return m_frame.chartAutomatic; }
    [[nodiscard]] quint64 received() const { return m_frame.received; }
    [[nodiscard]] qint64 dropped() const { return m_frame.dropped; }
    [[nodiscard]] qint64 kept() const { return m_frame.kept; }
    [[nodiscard]] double messagesPerSecond() const { return m_frame.messagesPerSecond; }
    [[nodiscard]] double bytesPerSecond() const { return m_frame.bytesPerSecond; }
    [[nodiscard]] int subjectCount() const { return m_frame.subjectCount; }
    [[nodiscard]] int subjectsMatching() const { return m_frame.subjectsMatching; }
    [[nodiscard]] quint64 samples() const { return m_samples; }
    [[nodiscard]] bool active() const { return m_monitor != nullptr; }
    [[nodiscard]] int catalogRevision() const { return m_catalogRevision; }
    [[nodiscard]] QString error() const { return m_error; }
    /// The monitor (tests read its exact counts).
    [[nodiscard]] std::shared_ptr<live::TrafficMonitor> monitor() const;

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();
    void sampled();
    void activeChanged();
    void catalogRevisionChanged();
    void errorChanged();

private:
    void attach();  // a monitor on the session's connection, with the subjects re-subscribed
    void detach();
    void runSample(); // sampler thread
    void apply(std::shared_ptr<TrafficFrame> frame);
    void queryEdited();
    void setError(const QString &e);
    /// The inspector's protobuf part (empty when the body is not protobuf): see protobufView().
    QVariantMap inspectProtobuf(const live::RecordedMessage &message, const micro::Envelope *envelope) const;
    /// The message types of the subjects shown, for the list's protobuf previews: made again
    /// when a subject appears or the schemas or choices change, not per frame.
    void updateProtobufTypes(const std::vector<RowListModel::Row> &subjects);

    QPointer<Session> m_session;
    DetailRowsModel m_subscriptions, m_subjects, m_messages;
    TrafficQuery m_query;                        // GUI thread's copy
    bool m_protobufTypesStale = true;
    struct Wanted {
        QString subject, queue;
        bool paused = false;
    };
    std::vector<Wanted> m_wanted;                // kept across reconnects
    std::shared_ptr<nats::Connection> m_connection;
    TrafficFrame m_frame;
    quint64 m_samples = 0;
    int m_catalogRevision = 0;
    QString m_error;

    mutable std::mutex m_mutex;                  // guards the two below (sampler thread reads)
    std::shared_ptr<live::TrafficMonitor> m_monitor;
    TrafficQuery m_sharedQuery;
    TrafficSampler m_sampler;                    // sampler thread only
    util::PeriodicWorker m_worker;               // last: stopped first
};

} // namespace switchboard::gui
