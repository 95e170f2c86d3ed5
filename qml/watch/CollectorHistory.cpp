#include "CollectorHistory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSettings>

#include "Session.h"
#include "watch/HistoryCodec.h"
#include "watch/HistoryStreams.h"
#include "watch/Journal.h"

namespace switchboard::gui {

CollectorHistory::CollectorHistory(Session *session, watch::Journal *journal, watch::HistoryConfig config,
                                   QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_journal(journal)
    , m_config(std::move(config))
    , m_settings(settings)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_sequence = m_settings->value(settingsKey() + QStringLiteral("/sequence")).toULongLong();
    m_newestMs = m_settings->value(settingsKey() + QStringLiteral("/newest")).toLongLong();
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &CollectorHistory::poll);
    connect(session, &Session::stateChanged, this, &CollectorHistory::onState);
    onState();
}

CollectorHistory::~CollectorHistory()
{
    m_pool.waitForDone();
}

QString CollectorHistory::region() const
{
    return m_session ? m_session->label() : QString();
}

QString CollectorHistory::settingsKey() const
{
    // Per region and stream: two profiles on two clusters each have their own sequence.
    return QStringLiteral("collectorHistory/%1/%2").arg(QString::fromUtf8(region().toUtf8().toPercentEncoding()), stream());
}

void CollectorHistory::onState()
{
    if (m_session && m_session->state() == Session::Connected) {
        poll();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void CollectorHistory::readNow()
{
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
    poll();
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void CollectorHistory::poll()
{
    if (!m_session || m_busy.exchange(true))
        return;
    auto connection = m_session->connection();
    if (!connection) {
        m_busy = false;
        return;
    }
    const quint64 after = m_sequence;
    const quint64 ratesAfter = m_ratesSequence;
    const qint64 newest = m_newestMs;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_pool.start([this, connection, after, newest, now, config = m_config, journal = m_journal, rates = m_rates, ratesAfter] {
        Progress p{after, newest, 0, {}, ratesAfter, false};
        try {
            watch::HistoryStreams streams(connection, config);
            const watch::StreamState state = streams.info(config.eventsStream);
            uint64_t from = after;
            qint64 since = newest > 0 ? newest + 1 : now - kFirstLoadMs;
            if (state.lastSequence < from) // recreated or purged: by time, from what we have
                from = 0;
            else if (from > 0)
                since = 0;
            std::vector<watch::JournalEvent> events;
            p.sequence = streams.read(config.eventsStream, config.eventsFilter(), from, since,
                                      [&](uint64_t, int64_t, std::string_view payload) {
                                          auto batch = watch::history::decodeEvents(payload);
                                          if (!batch)
                                              return; // not ours: someone else's message on the subject
                                          for (watch::JournalEvent &e : batch->events) {
                                              p.newestMs = std::max(p.newestMs, e.atMs);
                                              events.push_back(std::move(e));
                                          }
                                      });
            p.events = qint64(events.size());
            if (!events.empty())
                journal->append(std::move(events));
            p.ratesSequence = readRates(streams, config, *rates, ratesAfter, now, p.ratesAdded);
        } catch (const std::exception &e) {
            p.problem = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(this, [this, p] { finished(p); }, Qt::QueuedConnection);
    });
}

quint64 CollectorHistory::readRates(const watch::HistoryStreams &streams, const watch::HistoryConfig &config,
                                    watch::RateHistory &rates, quint64 after, qint64 nowMs, bool &added)
{
    try {
        const watch::StreamState state = streams.info(config.ratesStream);
        if (state.lastSequence < after)
            after = 0; // recreated: the last day again
        return streams.read(config.ratesStream, config.ratesFilter(), after, after ? 0 : nowMs - watch::RateHistory::kSpanMs,
                            [&](uint64_t, int64_t, std::string_view payload) {
                                if (const auto rollup = watch::history::decodeRollup(payload)) {
                                    rates.add(*rollup);
                                    added = true;
                                }
                            });
    } catch (const watch::HistoryError &) {
        return after; // no rates stream (an older collector): the events still count
    }
}

void CollectorHistory::finished(const Progress &progress)
{
    m_busy = false;
    m_ratesSequence = progress.ratesSequence;
    const bool changedNow = !m_hasRead || progress.problem != m_problem || progress.events > 0 || progress.ratesAdded;
    m_hasRead = true;
    m_problem = progress.problem;
    m_loaded += progress.events;
    if (progress.sequence != m_sequence || progress.newestMs != m_newestMs) {
        m_sequence = progress.sequence;
        m_newestMs = progress.newestMs;
        m_settings->setValue(settingsKey() + QStringLiteral("/sequence"), quint64(m_sequence));
        m_settings->setValue(settingsKey() + QStringLiteral("/newest"), m_newestMs);
    }
    if (changedNow)
        Q_EMIT changed();
}

} // namespace switchboard::gui
