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

Filter filterOf(const JournalQuery &q, bool paging)
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
    if (!q.text.isEmpty()) {
        // instr over the joined fields: no LIKE wildcards to escape in what the user typed.
        parts << QStringLiteral("instr(lower(kind || ' ' || region || ' ' || zone || ' ' || server || ' ' || service"
                                " || ' ' || node || ' ' || subject || ' ' || detail), lower(?)) > 0");
        values << q.text;
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
    return !m_connection.isEmpty();
}

std::vector<StoredEvent> JournalReader::page(const JournalQuery &query)
{
    std::vector<StoredEvent> events;
    if (!open())
        return events;
    const Filter f = filterOf(query, true);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, kind, region, zone, server, service, node, subject, detail, value FROM events"
                             " WHERE %1 ORDER BY at DESC, id DESC LIMIT %2")
                  .arg(f.where)
                  .arg(std::max(1, query.limit)));
    bindAll(q, f.values);
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
    const Filter f = filterOf(query, false);
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
    const Filter f = filterOf(query, false);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM events WHERE %1").arg(f.where));
    bindAll(q, f.values);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace switchboard::watch
