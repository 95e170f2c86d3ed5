#include "JournalReader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <utility>

#include "JournalFile.h"

namespace switchboard::watch {

namespace {
/// The WHERE clause of a query and its values, in order.
struct Filter {
    QString where;
    QVariantList values;
};

/// A phrase for FTS5: the text as one string, its quotes doubled.
QString phrase(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

/// The text inside any one field, ignoring ASCII case, row by row. instr, not LIKE: no
/// wildcards to escape in what the user typed.
Filter textScan(const QString &text)
{
    QStringList fields;
    QVariantList values;
    for (const char *column : {"kind", "region", "zone", "server", "service", "node", "subject", "detail"}) {
        fields << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(QLatin1String(column));
        values << text;
    }
    return {QLatin1Char('(') + fields.join(QStringLiteral(" OR ")) + QLatin1Char(')'), values};
}

/// How the text filter is matched: scanning (instr on each row's fields) or through the
/// trigram index. Both find the text inside any one field, ignoring ASCII case.
enum class TextMatch { Scan, Index };

Filter filterOf(const JournalQuery &q, bool paging, TextMatch match)
{
    QStringList parts{QStringLiteral("at >= ?"), QStringLiteral("at < ?")};
    QVariantList values{q.sinceMs, q.untilMs};
    if (!q.kinds.empty()) {
        QStringList marks;
        for (EventKind k : q.kinds) {
            marks << QStringLiteral("?");
            values << kindName(k);
        }
        parts << QStringLiteral("kind IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    const std::pair<const char *, const QString *> exact[] = {{"region", &q.region}, {"zone", &q.zone}, {"service", &q.service}};
    for (const auto &[column, value] : exact)
        if (!value->isEmpty()) {
            parts << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << *value;
        }
    if (!q.text.isEmpty() && match == TextMatch::Index) {
        parts << QStringLiteral("id IN (SELECT rowid FROM events_text WHERE events_text MATCH ?)");
        values << phrase(q.text);
    } else if (!q.text.isEmpty()) {
        const Filter scan = textScan(q.text);
        parts << scan.where;
        values << scan.values;
    }
    if (paging && q.after) {
        parts << QStringLiteral("(at < ? OR (at = ? AND id < ?))");
        values << q.after->event.atMs << q.after->event.atMs << q.after->id;
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
}
} // namespace

JournalReader::JournalReader(QString path)
    : m_path(std::move(path))
{
}

JournalReader::~JournalReader()
{
    JournalFile::close(m_connection);
}

bool JournalReader::open()
{
    if (!m_connection.isEmpty())
        return true;
    const JournalFile::Opened opened = JournalFile::open(m_path, true);
    m_problem = opened.detail;
    m_connection = opened.connection;
    if (m_connection.isEmpty())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    m_textIndex = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'events_text'")) && q.next();
    return true;
}

std::vector<StoredEvent> JournalReader::page(const JournalQuery &query)
{
    if (!open())
        return {};
    const int limit = std::max(1, query.limit);
    // A text of three characters or more has the trigram index. It is the fast way to a rare
    // text (a node's name: milliseconds over a million events) and the slow way to a common one
    // (every match is looked up, then sorted). So the newest kProbeRows rows are scanned
    // first: a common text fills the page from them; only a rarer one goes to the index.
    if (m_textIndex && query.text.size() >= 3) {
        JournalQuery scan = query;
        scan.text.clear();
        const Filter outer = filterOf(scan, true, TextMatch::Scan);
        const Filter inner = textScan(query.text);
        QVariantList values = outer.values;
        values.append(inner.values);
        std::vector<StoredEvent> events =
            select(QStringLiteral("SELECT * FROM (SELECT * FROM events WHERE %1 ORDER BY at DESC, id DESC LIMIT %2) WHERE %3")
                       .arg(outer.where)
                       .arg(kProbeRows)
                       .arg(inner.where),
                   values, limit);
        if (int(events.size()) == limit || !m_problem.isEmpty())
            return events;
        const Filter f = filterOf(query, true, TextMatch::Index);
        return select(QStringLiteral("SELECT * FROM events WHERE %1").arg(f.where), f.values, limit);
    }
    const Filter f = filterOf(query, true, TextMatch::Scan);
    return select(QStringLiteral("SELECT * FROM events WHERE %1").arg(f.where), f.values, limit);
}

std::vector<StoredEvent> JournalReader::select(const QString &from, const QVariantList &values, int limit)
{
    std::vector<StoredEvent> events;
    m_problem.clear();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, kind, region, zone, server, service, node, subject, detail, value FROM (%1)"
                             " ORDER BY at DESC, id DESC LIMIT %2")
                  .arg(from)
                  .arg(limit));
    bindAll(q, values);
    if (!q.exec()) {
        m_problem = q.lastError().text();
        return events;
    }
    while (q.next()) {
        const auto kind = kindFromName(q.value(2).toString());
        if (!kind) // written by a newer Switchboard with kinds this one does not know
            continue;
        StoredEvent s;
        s.id = q.value(0).toLongLong();
        s.event.atMs = q.value(1).toLongLong();
        s.event.kind = *kind;
        s.event.region = q.value(3).toString();
        s.event.zone = q.value(4).toString();
        s.event.server = q.value(5).toString();
        s.event.service = q.value(6).toString();
        s.event.node = q.value(7).toString();
        s.event.subject = q.value(8).toString();
        s.event.detail = q.value(9).toString();
        s.event.value = q.value(10).toDouble();
        events.push_back(std::move(s));
    }
    return events;
}

std::vector<qint64> JournalReader::histogram(const JournalQuery &query, int slices)
{
    std::vector<qint64> counts(size_t(std::max(1, slices)), 0);
    if (!open() || query.untilMs <= query.sinceMs)
        return counts;
    const Filter f = filterOf(query, false, m_textIndex && query.text.size() >= 3 ? TextMatch::Index : TextMatch::Scan);
    const double width = double(query.untilMs - query.sinceMs) / double(counts.size());
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT CAST((at - ?) / ? AS INTEGER) AS slice, count(*) FROM events WHERE %1 GROUP BY slice").arg(f.where));
    QVariantList values{query.sinceMs, width};
    values.append(f.values);
    bindAll(q, values);
    if (!q.exec()) {
        m_problem = q.lastError().text();
        return counts;
    }
    while (q.next()) {
        const qint64 slice = q.value(0).toLongLong();
        if (slice >= 0 && slice < qint64(counts.size()))
            counts[size_t(slice)] += q.value(1).toLongLong();
    }
    return counts;
}

qint64 JournalReader::count(const JournalQuery &query)
{
    if (!open())
        return -1;
    const Filter f = filterOf(query, false, m_textIndex && query.text.size() >= 3 ? TextMatch::Index : TextMatch::Scan);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE %1").arg(f.where));
    bindAll(q, f.values);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace switchboard::watch
