#include "Journal.h"

#include <algorithm>

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>

namespace switchboard::watch {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
constexpr qint64 kTrimEveryMs = 10 * 60 * 1000;
constexpr qint64 kDayMs = 24 * 3600 * 1000;

qint64 scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

Journal::Journal(QString path, Limits limits, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_limits(limits)
{
}

Journal::~Journal()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void Journal::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_state = State::Opening;
    }
    m_thread = std::thread([this] { loop(); });
}

void Journal::append(JournalEvent event)
{
    std::lock_guard lock(m_mutex);
    m_pending.push_back(std::move(event));
    ++m_handedIn;
    if (m_pending.size() > kMaxPending) { // the oldest go first; counted, never silently
        m_pending.pop_front();
        ++m_dropped;
    }
}

void Journal::append(std::vector<JournalEvent> events)
{
    std::lock_guard lock(m_mutex);
    for (JournalEvent &e : events) {
        m_pending.push_back(std::move(e));
        ++m_handedIn;
    }
    while (m_pending.size() > kMaxPending) {
        m_pending.pop_front();
        ++m_dropped;
    }
}

bool Journal::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const qint64 target = m_handedIn;
    m_flushAsked = true;
    m_wake.notify_all();
    const bool done = m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        return m_written + m_dropped >= target || (!m_flushAsked && m_state != State::Ready && m_state != State::Opening);
    });
    return done && m_written + m_dropped >= target;
}

void Journal::trim()
{
    std::lock_guard lock(m_mutex);
    m_trimAsked = true;
    m_wake.notify_all();
}

Journal::State Journal::state() const
{
    std::lock_guard lock(m_mutex);
    return m_state;
}

JournalFile::Problem Journal::problem() const
{
    std::lock_guard lock(m_mutex);
    return m_problem;
}

QString Journal::problemDetail() const
{
    std::lock_guard lock(m_mutex);
    return m_detail;
}

QString Journal::setAsidePath() const
{
    std::lock_guard lock(m_mutex);
    return m_setAside;
}

size_t Journal::pending() const
{
    std::lock_guard lock(m_mutex);
    return m_pending.size();
}

void Journal::setState(State state, JournalFile::Problem problem, const QString &detail)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_state == state && m_problem == problem && m_detail == detail)
            return;
        m_state = state;
        m_problem = problem;
        m_detail = detail;
    }
    Q_EMIT stateChanged();
}

void Journal::loop()
{
    for (;;) {
        bool stopping = false, trimAsked = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(kBatchMs), [this] { return m_stopping || m_flushAsked || m_trimAsked; });
            stopping = m_stopping;
            trimAsked = std::exchange(m_trimAsked, false);
        }
        if (ensureOpen()) {
            std::vector<JournalEvent> batch;
            {
                std::lock_guard lock(m_mutex);
                batch.assign(std::make_move_iterator(m_pending.begin()), std::make_move_iterator(m_pending.end()));
                m_pending.clear();
            }
            if (!batch.empty() && !write(batch)) {
                std::lock_guard lock(m_mutex); // back in front of what came meanwhile, in order
                m_pending.insert(m_pending.begin(), std::make_move_iterator(batch.begin()), std::make_move_iterator(batch.end()));
                while (m_pending.size() > kMaxPending) {
                    m_pending.pop_front();
                    ++m_dropped;
                }
            }
            if (!m_connection.isEmpty() && (trimAsked || nowMs() >= m_nextTrimMs))
                applyRetention();
        }
        {
            std::lock_guard lock(m_mutex);
            m_flushAsked = false;
        }
        m_progress.notify_all();
        if (stopping) {
            JournalFile::close(std::exchange(m_connection, QString()));
            setState(State::Closed, m_problem, m_detail);
            m_progress.notify_all();
            return;
        }
    }
}

bool Journal::ensureOpen()
{
    if (!m_connection.isEmpty())
        return true;
    if (nowMs() < m_nextOpenMs)
        return false;
    const JournalFile::Opened opened = JournalFile::open(m_path, false);
    if (opened.problem != JournalFile::Problem::None) {
        m_nextOpenMs = nowMs() + kRetryMs;
        setState(State::Unavailable, opened.problem, opened.detail);
        return false;
    }
    m_connection = opened.connection;
    if (m_limits.maxPages > 0) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        QSqlQuery(db).exec(QStringLiteral("PRAGMA max_page_count = %1").arg(m_limits.maxPages));
    }
    {
        std::lock_guard lock(m_mutex);
        if (!opened.setAside.isEmpty())
            m_setAside = opened.setAside;
    }
    m_nextTrimMs = 0; // the retention runs once at opening
    setState(State::Ready, JournalFile::Problem::None, QString());
    return true;
}

bool Journal::write(std::vector<JournalEvent> &batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlError error;
    bool ok = db.transaction();
    if (!ok)
        error = db.lastError();
    if (ok) {
        QSqlQuery q(db);
        ok = q.prepare(QStringLiteral("INSERT INTO events (at, kind, region, zone, server, service, node, subject, detail, value)"
                                      " VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''),"
                                      " COALESCE(?, ''), COALESCE(?, ''), ?)"));
        for (size_t i = 0; ok && i < batch.size(); ++i) {
            const JournalEvent &e = batch[i];
            q.bindValue(0, e.atMs);
            q.bindValue(1, kindName(e.kind));
            q.bindValue(2, e.region);
            q.bindValue(3, e.zone);
            q.bindValue(4, e.server);
            q.bindValue(5, e.service);
            q.bindValue(6, e.node);
            q.bindValue(7, e.subject);
            q.bindValue(8, e.detail);
            q.bindValue(9, e.value);
            ok = q.exec();
        }
        if (!ok)
            error = q.lastError();
        q.finish();
        if (ok && !db.commit()) {
            ok = false;
            error = db.lastError();
        }
        if (!ok)
            db.rollback();
    }
    // SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH, SQLITE_RANGE: a row was refused, the
    // file is fine. Anything else is the place (busy, read-only, full, I/O).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const bool refusedRows = !ok && (code == 18 || code == 19 || code == 20 || code == 25);
    if (refusedRows && batch.size() == 1)
        return false; // the caller below counts it; the file is fine
    if (refusedRows) {
        // Not the place but what was written (SQLite refused a row): one at a time, so that one
        // bad event does not hold back the others; the refused ones are counted as dropped.
        qint64 refused = 0;
        for (size_t i = 0; i < batch.size(); ++i) {
            std::vector<JournalEvent> one{batch[i]};
            if (write(one))
                continue;
            if (m_connection.isEmpty()) { // the place failed after all: the rest stays pending
                batch.erase(batch.begin(), batch.begin() + qsizetype(i));
                m_dropped += refused;
                return false;
            }
            ++refused;
        }
        m_dropped += refused;
        batch.clear();
        return true;
    }
    if (!ok) {
        // The file stays as the last commit left it; the batch goes back to pending and the
        // file is opened again later.
        db = QSqlDatabase();
        JournalFile::close(std::exchange(m_connection, QString()));
        m_nextOpenMs = nowMs() + kRetryMs;
        setState(State::Unavailable, JournalFile::problemOf(error), error.text());
        return false;
    }
    m_written += qint64(batch.size());
    Q_EMIT committed(m_written);
    return true;
}

void Journal::applyRetention()
{
    m_nextTrimMs = nowMs() + kTrimEveryMs;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM events WHERE at < ?"));
    q.bindValue(0, nowMs() - qint64(m_limits.retentionDays) * kDayMs);
    // The text index keeps what was deleted as markers until its segments merge: a little
    // merging now (milliseconds), so the index does not grow with what retention removed.
    if (q.exec() && q.numRowsAffected() > 0)
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO events_text (events_text, rank) VALUES ('merge', 500)"));
    auto liveBytes = [&] {
        return (scalar(db, QStringLiteral("PRAGMA page_count")) - scalar(db, QStringLiteral("PRAGMA freelist_count")))
               * scalar(db, QStringLiteral("PRAGMA page_size"));
    };
    // Over the size cap: the oldest go, as many as keeps nine tenths of what fits, so that it is
    // under the cap in a round or two rather than creeping down a tenth at a time.
    for (int round = 0; round < 20; ++round) {
        const qint64 live = liveBytes();
        if (live <= m_limits.maxBytes)
            break;
        const qint64 count = scalar(db, QStringLiteral("SELECT count(*) FROM events"));
        if (count <= 0)
            break;
        const double share = std::clamp(1.0 - 0.9 * double(m_limits.maxBytes) / double(live), 0.1, 1.0);
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM events WHERE id IN (SELECT id FROM events ORDER BY id LIMIT ?)"));
        del.bindValue(0, std::max<qint64>(1, qint64(double(count) * share)));
        if (!del.exec())
            break;
        // Over the cap the index must give its pages back now: rewritten without the deleted
        // rows (seconds at a million events; it happens when the cap is reached, not often).
        QSqlQuery(db).exec(QStringLiteral("INSERT INTO events_text (events_text) VALUES ('optimize')"));
    }
    // The pragma gives back one page per step, and Qt steps a statement without columns once:
    // so it runs once per free page, in one transaction (microseconds a page).
    const qint64 freePages = scalar(db, QStringLiteral("PRAGMA freelist_count"));
    if (freePages > 0 && QSqlQuery(db).exec(QStringLiteral("BEGIN"))) {
        QSqlQuery vacuum(db);
        vacuum.prepare(QStringLiteral("PRAGMA incremental_vacuum(1)"));
        for (qint64 i = 0; i < freePages && vacuum.exec(); ++i) {
        }
        vacuum.finish();
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
    }
    QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); // the file shrinks at a checkpoint
}

} // namespace switchboard::watch
