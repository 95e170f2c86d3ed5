#include "JournalFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
#include <utility>

namespace switchboard::watch {

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("switchboard-journal-%1").arg(counter.fetch_add(1));
}

/// Runs one statement; on failure fills `opened` and returns false.
bool run(QSqlDatabase &db, const QString &sql, JournalFile::Opened &opened, QString *firstValue = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        opened.problem = JournalFile::problemOf(q.lastError());
        opened.detail = q.lastError().text();
        return false;
    }
    if (firstValue && q.next())
        *firstValue = q.value(0).toString();
    return true;
}

const char *const kCreate[] = {
    "CREATE TABLE IF NOT EXISTS events ("
    " id INTEGER PRIMARY KEY,"
    " at INTEGER NOT NULL,"
    " kind TEXT NOT NULL,"
    " region TEXT NOT NULL DEFAULT '', zone TEXT NOT NULL DEFAULT '', server TEXT NOT NULL DEFAULT '',"
    " service TEXT NOT NULL DEFAULT '', node TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '', value REAL NOT NULL DEFAULT 0)",
    // Newest first by time (pages, retention) and by kind (the kind filter).
    "CREATE INDEX IF NOT EXISTS events_at ON events (at)",
    "CREATE INDEX IF NOT EXISTS events_kind_at ON events (kind, at)",
    // The text filter: a substring of any field, case-insensitive, without scanning every row.
    // Trigrams find any substring of three characters or more; external content: the words are
    // stored once, in events, and the index only points at rows.
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_text USING fts5(kind, region, zone, server, service, node, subject,"
    " detail, content='events', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER IF NOT EXISTS events_text_insert AFTER INSERT ON events BEGIN"
    " INSERT INTO events_text (rowid, kind, region, zone, server, service, node, subject, detail)"
    " VALUES (new.id, new.kind, new.region, new.zone, new.server, new.service, new.node, new.subject, new.detail); END",
    "CREATE TRIGGER IF NOT EXISTS events_text_delete AFTER DELETE ON events BEGIN"
    " INSERT INTO events_text (events_text, rowid, kind, region, zone, server, service, node, subject, detail)"
    " VALUES ('delete', old.id, old.kind, old.region, old.zone, old.server, old.service, old.node, old.subject, old.detail); END",
};

/// The file is an SQLite database (not any file of that name).
bool isDatabase(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
}

/// The file is a journal SQLite can read through: false when it is not a database or damaged.
bool looksSound(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return false;
    return q.value(0).toString() == QLatin1String("ok");
}

QString setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target))
        return {};
    for (const char *side : {"-wal", "-shm"}) // they belong to the damaged file
        QFile::rename(path + QLatin1String(side), target + QLatin1String(side));
    return target;
}

} // namespace

JournalFile::Problem JournalFile::problemOf(const QSqlError &error)
{
    // SQLite's primary result codes (the low byte of an extended one).
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 8:  // SQLITE_READONLY
    case 3:  // SQLITE_PERM
        return Problem::ReadOnly;
    case 13: // SQLITE_FULL
        return Problem::DiskFull;
    case 14: // SQLITE_CANTOPEN
        return Problem::ReadOnly;
    case 10: // SQLITE_IOERR: writing failed (no space left is reported here too)
        return error.text().contains(QLatin1String("full"), Qt::CaseInsensitive) ? Problem::DiskFull : Problem::Other;
    default:
        return Problem::Other;
    }
}

JournalFile::Opened JournalFile::open(const QString &path, bool readOnly)
{
    Opened opened;
    const QFileInfo info(path);
    if (!readOnly && !QDir().mkpath(info.absolutePath())) {
        opened.problem = Problem::CannotCreate;
        opened.detail = QStringLiteral("cannot create the folder %1").arg(info.absolutePath());
        return opened;
    }
    if (readOnly && !info.exists()) {
        opened.problem = Problem::Other;
        opened.detail = QStringLiteral("there is no journal at %1 yet").arg(path);
        return opened;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = newConnectionName();
        bool sound = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                          : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                opened.problem = problemOf(db.lastError());
                if (opened.problem == Problem::Other && !readOnly)
                    opened.problem = Problem::ReadOnly; // QSQLITE reports a folder it cannot write in as "out of memory"
                opened.detail = db.lastError().text();
            } else {
                // The writer checks the pages (it must not write into a damaged file); a reader
                // only that it is a database — a check of a million rows is most of a second,
                // and a damaged page read later is an error the reader says.
                sound = readOnly ? isDatabase(db) : looksSound(db);
                if (sound)
                    opened.connection = name;
            }
        }
        if (sound)
            break;
        QSqlDatabase::removeDatabase(name);
        if (!opened.detail.isEmpty() || readOnly || attempt > 0) {
            if (opened.detail.isEmpty()) {
                opened.problem = Problem::Other;
                opened.detail = QStringLiteral("%1 is not a journal SQLite can read").arg(path);
            }
            return opened;
        }
        opened.setAside = setAside(path);
        if (opened.setAside.isEmpty()) {
            opened.problem = Problem::ReadOnly;
            opened.detail = QStringLiteral("%1 is damaged and cannot be moved aside").arg(path);
            return opened;
        }
    }

    QSqlDatabase db = QSqlDatabase::database(opened.connection, false);
    auto fail = [&] {
        db = QSqlDatabase();
        close(std::exchange(opened.connection, QString()));
        return opened;
    };
    QString version;
    if (!run(db, QStringLiteral("PRAGMA user_version"), opened, &version))
        return fail();
    if (version.toInt() > kSchemaVersion) {
        opened.problem = Problem::NewerSchema;
        opened.detail = QStringLiteral("%1 was written by a newer Switchboard (schema %2)").arg(path, version);
        return fail();
    }
    if (readOnly)
        return opened;
    // auto_vacuum takes effect only before the first table: a new file then gives pages back
    // after retention deletes. WAL: readers never block the writer, a crash loses only the batch
    // being written. NORMAL sync: durable against a killed process, not a power cut mid-batch.
    QString mode;
    if (!run(db, QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"), opened)
        || !run(db, QStringLiteral("PRAGMA journal_mode = WAL"), opened, &mode)
        || !run(db, QStringLiteral("PRAGMA synchronous = NORMAL"), opened))
        return fail();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        opened.problem = Problem::ReadOnly;
        opened.detail = QStringLiteral("%1 cannot be put in WAL mode (%2)").arg(path, mode);
        return fail();
    }
    // BEGIN IMMEDIATE takes the write lock: a file that cannot be written says so now, not at
    // the first batch.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), opened))
        return fail();
    for (const char *sql : kCreate)
        if (!run(db, QString::fromLatin1(sql), opened)) {
            run(db, QStringLiteral("ROLLBACK"), opened);
            return fail();
        }
    // A version-1 journal has rows the new index has not seen.
    if (version.toInt() == 1 && !run(db, QStringLiteral("INSERT INTO events_text (events_text) VALUES ('rebuild')"), opened)) {
        run(db, QStringLiteral("ROLLBACK"), opened);
        return fail();
    }
    if (!run(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), opened)
        || !run(db, QStringLiteral("COMMIT"), opened)) {
        Opened ignored;
        run(db, QStringLiteral("ROLLBACK"), ignored);
        return fail();
    }
    return opened;
}

void JournalFile::close(const QString &connection)
{
    if (connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QString JournalFile::defaultPath()
{
    // The app's AppDataLocation with its organisation and application names (main.cpp), spelled
    // out so that a process without those names (switchboard-cli) finds the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/Switchboard/switchboard/journal.sqlite");
}

} // namespace switchboard::watch
