#pragma once
// The journal's SQLite file (through Qt SQL's QSQLITE driver): opened on the calling thread's own
// connection (a Qt SQL connection belongs to the thread that made it), in WAL mode so readers
// never wait for the writer and a killed process loses at most the batch it was writing. A file
// that is not a database or fails SQLite's quick check is set aside under another name — kept,
// not deleted — and a new one started.

#include <QString>

class QSqlError;

namespace switchboard::watch {

class JournalFile {
public:
    enum class Problem {
        None,
        CannotCreate, ///< the folder cannot be made
        ReadOnly,     ///< the folder or the file cannot be written
        DiskFull,
        NewerSchema,  ///< written by a newer Switchboard: left alone
        Other,
    };
    struct Opened {
        QString connection; ///< the Qt SQL connection's name; empty when it failed
        Problem problem = Problem::None;
        QString detail;   ///< SQLite's or the system's words, for the log and the banner's details
        QString setAside; ///< where a damaged file was moved, or empty
    };
    /// 1: the events table; 2: and events_text, a trigram full-text index over its words, kept
    /// by triggers (a version-1 file gets it, built from its rows, when opened for writing).
    static constexpr int kSchemaVersion = 2;
    /// Where the app keeps its journal: the user's data folder for Switchboard
    /// (~/.local/share/Switchboard/switchboard/journal.sqlite). The CLI reads the same file.
    static QString defaultPath();

    /// Opens (creating it and its folder when writable) the journal at `path`.
    static Opened open(const QString &path, bool readOnly);
    /// Closes and forgets a connection made by open(), on the thread that opened it.
    static void close(const QString &connection);
    /// What a failed statement means for the user.
    static Problem problemOf(const QSqlError &error);
};

} // namespace switchboard::watch
