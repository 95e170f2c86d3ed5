#include "JournalRecorder.h"

#include <QDateTime>

#include "Session.h"

namespace switchboard::gui {

JournalRecorder::JournalRecorder(Session *session, watch::Journal *journal, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_journal(journal)
    , m_detector(std::make_shared<watch::ChangeDetector>())
{
    m_pool.setMaxThreadCount(1); // in order: each comparison against the one before
    m_pool.setExpiryTimeout(-1);
    connect(session, &Session::catalogChanged, this, &JournalRecorder::onCatalog);
    connect(session, &Session::clusterChanged, this, &JournalRecorder::onCluster);
    connect(session, &Session::stateChanged, this, &JournalRecorder::onState);
    connect(session, &Session::changesNoted, this, &JournalRecorder::onNoted);
    connect(&m_callsTimer, &QTimer::timeout, this, &JournalRecorder::onCalls);
    m_callsTimer.start(kCallsEveryMs);
    onState();
}

JournalRecorder::~JournalRecorder()
{
    m_pool.waitForDone();
}

void JournalRecorder::settle()
{
    m_pool.waitForDone();
}

void JournalRecorder::record(std::function<std::vector<watch::JournalEvent>(watch::ChangeDetector &, qint64)> compare)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // The label is the region's name; it is known only once the session is opened.
    const QString region = m_session->label();
    m_pool.start([detector = m_detector, journal = m_journal, compare = std::move(compare), now, region] {
        detector->setRegion(region);
        std::vector<watch::JournalEvent> events = compare(*detector, now);
        if (!events.empty())
            journal->append(std::move(events));
    });
}

void JournalRecorder::setTopologyRecorded(bool recorded)
{
    if (recorded == m_topology)
        return;
    m_topology = recorded;
    m_detector = std::make_shared<watch::ChangeDetector>(); // back on: a new baseline
}

void JournalRecorder::onCatalog()
{
    if (!m_session || !m_topology)
        return;
    record([snapshot = m_session->catalog()](watch::ChangeDetector &d, qint64 at) { return d.catalogChanged(*snapshot, at); });
}

void JournalRecorder::onCluster()
{
    if (!m_session || !m_topology)
        return;
    record([snapshot = m_session->cluster()](watch::ChangeDetector &d, qint64 at) { return d.clusterChanged(*snapshot, at); });
}

void JournalRecorder::onCalls()
{
    if (!m_session || m_session->state() != Session::Connected || !m_session->callObserver())
        return;
    // The copy is the edges' counts (the Topology's own view takes it as often); comparing
    // them runs on the recorder's thread with the rest.
    record([calls = m_session->callObserver()->snapshot()](watch::ChangeDetector &d, qint64 at) {
        return d.callsChanged(calls, at);
    });
}

void JournalRecorder::onNoted(const std::vector<watch::JournalEvent> &events)
{
    // With a collector journaling this region, its subjects' activity comes from there.
    if (!m_session || !m_topology || events.empty())
        return;
    std::vector<watch::JournalEvent> stamped = events;
    for (watch::JournalEvent &e : stamped)
        if (e.region.isEmpty())
            e.region = m_session->label();
    m_journal->append(std::move(stamped));
}

void JournalRecorder::onState()
{
    if (!m_session)
        return;
    // Reconnecting is the connection lost while the client tries again. Closed is the user's doing
    // (or the app quitting), not a loss; Connecting is a new open, perhaps of another cluster:
    // after either, the first picture is a new baseline, compared with nothing.
    const Session::State s = m_session->state();
    if (s == Session::Closed || s == Session::Connecting) {
        m_detector = std::make_shared<watch::ChangeDetector>(); // queued comparisons keep the old one
        return;
    }
    if (s == Session::Connected || s == Session::Reconnecting || s == Session::Failed) {
        const bool connected = s == Session::Connected;
        const QString why = m_session->errorText();
        record([connected, why](watch::ChangeDetector &d, qint64 at) { return d.connectionChanged(connected, why, at); });
    }
}

} // namespace switchboard::gui
