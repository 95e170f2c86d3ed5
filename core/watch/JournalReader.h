#pragma once
// Reads the journal: pages of events newest first under a filter, and how many events fell in
// each slice of a time range (the Timeline's histogram strip). Its own read-only connection on
// the thread that uses it (WAL: reading never waits for the writer); the app runs it off the
// GUI thread.

#include <QString>

#include <limits>
#include <optional>
#include <vector>

#include "JournalEvent.h"

namespace switchboard::watch {

struct JournalQuery {
    qint64 sinceMs = 0;
    qint64 untilMs = std::numeric_limits<qint64>::max(); ///< exclusive
    std::vector<EventKind> kinds;                        ///< empty: every kind
    QString region, zone, service;                       ///< exact; empty: any
    QString text; ///< found in any field (case-insensitive for ASCII); empty: any
    int limit = 200;
    /// The last event of the previous page: the page goes on below it.
    std::optional<StoredEvent> after;
};

class JournalReader {
public:
    explicit JournalReader(QString path);
    ~JournalReader();
    JournalReader(const JournalReader &) = delete;
    JournalReader &operator=(const JournalReader &) = delete;

    /// Opens the file if it is not open yet; false (and problem()) when it cannot be read.
    bool open();
    [[nodiscard]] QString problem() const { return m_problem; }

    [[nodiscard]] std::vector<StoredEvent> page(const JournalQuery &query);
    /// Events per slice: `slices` equal slices of [sinceMs, untilMs); the query's other filters apply.
    [[nodiscard]] std::vector<qint64> histogram(const JournalQuery &query, int slices);
    [[nodiscard]] qint64 count(const JournalQuery &query);

    /// Rows scanned for a text before the trigram index is asked (see page()).
    static constexpr int kProbeRows = 5'000;

private:
    std::vector<StoredEvent> select(const QString &from, const QVariantList &values, int limit);

    QString m_path, m_connection, m_problem;
    bool m_textIndex = false; ///< the file has events_text (schema 2)
};

} // namespace switchboard::watch
