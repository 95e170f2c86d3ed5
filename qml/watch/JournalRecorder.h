#pragma once
// Keeps the journal of one region: each new catalogue and cluster snapshot of its Session, and
// each change of its connection, goes to a ChangeDetector and what changed goes to the Journal.
// The comparing runs on a thread of the recorder's own, one snapshot after the other in order —
// at 10 000 nodes a comparison is milliseconds the GUI thread does not pay; the GUI thread only
// hands over the snapshot pointers.

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <memory>

#include "watch/ChangeDetector.h"
#include "watch/Journal.h"

namespace switchboard::gui {

class Session;

class JournalRecorder : public QObject {
    Q_OBJECT
public:
    /// Records `session`'s changes into `journal` under the session's label as the region.
    JournalRecorder(Session *session, watch::Journal *journal, QObject *parent = nullptr);
    /// Waits for the comparisons under way.
    ~JournalRecorder() override;
    /// Waits until every snapshot handed over so far is compared and its events handed to the
    /// journal (tests).
    void settle();
    /// False while a collector journals this region's services and servers (CollectorHistory):
    /// then only the app's own connection is recorded here, so nothing is journaled twice.
    void setTopologyRecorded(bool recorded);

private:
    void onCatalog();
    void onCluster();
    void onState();
    void onCalls(); ///< bursts of call errors, from the session's call observer (when it has one)
    void onNoted(const std::vector<watch::JournalEvent> &events);
    void record(std::function<std::vector<watch::JournalEvent>(watch::ChangeDetector &, qint64)> compare);

    QPointer<Session> m_session;
    watch::Journal *m_journal;
    std::shared_ptr<watch::ChangeDetector> m_detector; ///< used on m_pool's one thread only
    QThreadPool m_pool;
    bool m_topology = true;
    QTimer m_callsTimer;
    static constexpr int kCallsEveryMs = 5'000;
};

} // namespace switchboard::gui
