#pragma once
// The journal of every change: events are handed in from any thread without waiting and written
// to SQLite (JournalFile) in batches by a thread of its own — one transaction every quarter of a
// second, so a process killed mid-write loses at most that last batch and never corrupts the
// file. Retention keeps the events of the last N days and the file under a size cap.
//
// When the file cannot be written (a read-only folder, a full disk, a damaged file that cannot be
// moved aside) the journal says so through state() and problem() and keeps the events in memory
// (up to kMaxPending, then the oldest go and are counted in dropped()); it tries again every few
// seconds, so a disk that gets space back loses nothing. The app goes on either way.

#include <QObject>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "JournalEvent.h"
#include "JournalFile.h"

namespace switchboard::watch {

class Journal : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int retentionDays = 7;
        qint64 maxBytes = qint64(512) << 20;
        /// SQLite's hard page limit for the file; 0: none. Reaching it is SQLite's "database or
        /// disk is full", which is how the tests fill a disk without owning one.
        int maxPages = 0;
    };
    enum class State { Opening, Ready, Unavailable, Closed };
    static constexpr size_t kMaxPending = 200'000;
    static constexpr int kBatchMs = 250;
    static constexpr int kRetryMs = 5'000;

    explicit Journal(QString path, Limits limits, QObject *parent = nullptr);
    explicit Journal(QString path, QObject *parent = nullptr) : Journal(std::move(path), Limits{}, parent) {}
    /// Writes what is pending (when it can) and closes the file.
    ~Journal() override;

    /// Opens the file on the writer thread; stateChanged() tells how it went.
    void start();
    /// Hands an event in; never waits for the disk.
    void append(JournalEvent event);
    void append(std::vector<JournalEvent> events);
    /// Waits until what was handed in before the call is written, or the journal is unavailable,
    /// or `timeoutMs` passed; true when written.
    bool flush(int timeoutMs = 10'000);
    /// Applies the retention now (it also runs at start and every ten minutes).
    void trim();

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] State state() const;
    [[nodiscard]] JournalFile::Problem problem() const;
    /// SQLite's or the system's words for the problem.
    [[nodiscard]] QString problemDetail() const;
    /// Where a damaged file was moved at opening, or empty.
    [[nodiscard]] QString setAsidePath() const;
    [[nodiscard]] qint64 written() const { return m_written; }
    [[nodiscard]] qint64 dropped() const { return m_dropped; }
    [[nodiscard]] size_t pending() const;

Q_SIGNALS:
    /// From the writer thread (queued to receivers in other threads).
    void stateChanged();
    /// A batch was committed; `total` events written since start.
    void committed(qint64 total);

private:
    void loop();
    bool ensureOpen();
    bool write(std::vector<JournalEvent> &batch);
    void applyRetention();
    void setState(State state, JournalFile::Problem problem, const QString &detail);

    const QString m_path;
    const Limits m_limits;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake, m_progress;
    std::deque<JournalEvent> m_pending;
    bool m_stopping = false, m_trimAsked = false, m_flushAsked = false;
    qint64 m_handedIn = 0; ///< events appended since start (dropped ones included)
    std::atomic<qint64> m_written{0}, m_dropped{0};
    State m_state = State::Closed;
    JournalFile::Problem m_problem = JournalFile::Problem::None;
    QString m_detail, m_setAside;
    QString m_connection; ///< writer thread only
    qint64 m_nextOpenMs = 0, m_nextTrimMs = 0;
};

} // namespace switchboard::watch
