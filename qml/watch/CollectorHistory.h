#pragma once
// A region whose profile says "read history from the collector": the events a
// `switchboard-cli collect` stored in the cluster's JetStream go into the local journal, so the
// Timeline shows the team's history from before the app was opened, and keeps showing what the
// collector sees while it runs. Read on a thread of its own every few seconds from the last
// stream sequence read (remembered in the settings per region, so a restart loads only what is
// new); a stream that was recreated (its last sequence below ours) is read again by time. The
// collector's rate rollups of the last day are read the same way, into memory (RateHistory).

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

#include "watch/HistoryConfig.h"
#include "watch/RateHistory.h"

class QSettings;

namespace switchboard::watch {
class Journal;
class HistoryStreams;
}

namespace switchboard::gui {

class Session;

class CollectorHistory : public QObject {
    Q_OBJECT
public:
    static constexpr int kPollMs = 5'000;
    static constexpr qint64 kFirstLoadMs = 7LL * 24 * 3600 * 1000; ///< the journal's retention

    CollectorHistory(Session *session, watch::Journal *journal, watch::HistoryConfig config, QSettings *settings,
                     QObject *parent = nullptr);
    /// Waits for a read under way.
    ~CollectorHistory() override;

    [[nodiscard]] QString region() const;
    [[nodiscard]] QString stream() const { return QString::fromStdString(m_config.eventsStream); }
    [[nodiscard]] QString ratesStream() const { return QString::fromStdString(m_config.ratesStream); }
    /// Empty while reading works; else why not (JetStream's or the connection's words).
    [[nodiscard]] QString problem() const { return m_problem; }
    /// Events taken from the collector since the app started.
    [[nodiscard]] qint64 loaded() const { return m_loaded; }
    [[nodiscard]] bool hasRead() const { return m_hasRead; }
    /// Reads now (tests) and waits until it is done.
    void readNow();
    /// The collector's per-minute subject rates of the last 24 hours (the Traffic chart's
    /// history); empty until read, and when the cluster has no rates stream.
    [[nodiscard]] std::shared_ptr<const watch::RateHistory> rates() const { return m_rates; }

Q_SIGNALS:
    void changed();

private:
    struct Progress {
        quint64 sequence = 0;
        qint64 newestMs = 0;
        qint64 events = 0;
        QString problem;
        quint64 ratesSequence = 0;
        bool ratesAdded = false;
    };
    void onState();
    void poll();
    void finished(const Progress &progress);
    /// On the reading thread: the rollups after `after` (the last day when 0) into `rates`;
    /// returns the last sequence read.
    static quint64 readRates(const watch::HistoryStreams &streams, const watch::HistoryConfig &config,
                             watch::RateHistory &rates, quint64 after, qint64 nowMs, bool &added);
    [[nodiscard]] QString settingsKey() const;

    QPointer<Session> m_session;
    watch::Journal *m_journal;
    const watch::HistoryConfig m_config;
    QSettings *m_settings;
    QTimer m_timer;
    QThreadPool m_pool;
    std::atomic<bool> m_busy{false};
    quint64 m_sequence = 0;
    quint64 m_ratesSequence = 0; ///< in memory: a start reads the last day again
    std::shared_ptr<watch::RateHistory> m_rates = std::make_shared<watch::RateHistory>();
    qint64 m_newestMs = 0;
    qint64 m_loaded = 0;
    bool m_hasRead = false;
    QString m_problem;
};

} // namespace switchboard::gui
