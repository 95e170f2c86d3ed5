// TopologyModel's last hour: a snapshot of the whole graph every few seconds (on a pool
// thread), the timeline's marks in words, and moving the map to a moment of the past.
#include "TopologyModel.h"

#include <QDateTime>
#include <QPointer>
#include <QThreadPool>

#include "ClusterWords.h"
#include "Formatter.h"
#include "live/CallObserver.h"

namespace switchboard::gui {

using Change = TopologyHistory::Change;

QString TopologyModel::nodeName(const QString &id, const QString &service, const QString &zone)
{
    // "orders-577d433d-7fa8-…" → "577d433d…": the part of a node id that tells nodes apart.
    QString rest = id.startsWith(service + u'-') ? id.mid(service.size() + 1) : id;
    if (rest.size() > 9)
        rest = rest.left(8) + QStringLiteral("…");
    return tr("%1 in %2 · %3").arg(service, zone == TopologyGraph::unzoned() ? tr("no zone") : zone, rest);
}

void TopologyModel::startHistory()
{
    m_historyTick.setInterval(int(TopologyHistory::kEveryMs));
    connect(&m_historyTick, &QTimer::timeout, this, &TopologyModel::recordNow);
    m_historyTick.start();
}

void TopologyModel::recordNow()
{
    if (!m_session)
        return;
    // The unfiltered graph: the past is filtered as it is shown, with the filter of then.
    auto catalog = m_session->catalog();
    auto cluster = m_session->cluster();
    auto calls = std::make_shared<live::ObservedCalls>();
    if (m_session->callObserver())
        *calls = m_session->callObserver()->snapshot();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QPointer<TopologyModel> self(this);
    auto history = m_history;
    auto mutex = m_historyMutex;
    QThreadPool::globalInstance()->start([=] {
        const TopologyGraph graph = TopologyGraph::build(*catalog, *cluster, *calls);
        std::vector<RowListModel::Row> rows;
        qint64 start = 0, end = 0;
        {
            std::lock_guard lock(*mutex);
            if (!history->isEmpty() && now <= history->lastMs())
                return; // a job that started earlier finished later: the snapshots stay in order
            history->record(graph, now);
            rows = markRows(*history);
            start = history->firstMs();
            end = history->lastMs();
        }
        QMetaObject::invokeMethod(
            self.data(), [self, rows = std::move(rows), start, end]() mutable {
                if (self)
                    self->adoptHistory(std::move(rows), start, end);
            },
            Qt::QueuedConnection);
    });
}

void TopologyModel::recordGraph(const TopologyGraph &graph, qint64 atMs)
{
    std::vector<RowListModel::Row> rows;
    {
        std::lock_guard lock(*m_historyMutex);
        m_history->record(graph, atMs);
        rows = markRows(*m_history);
    }
    adoptHistory(std::move(rows), m_history->firstMs(), m_history->lastMs());
}

void TopologyModel::adoptHistory(std::vector<RowListModel::Row> marks, qint64 start, qint64 end)
{
    m_markTexts.clear();
    for (const RowListModel::Row &r : marks)
        m_markTexts.emplace(qint64(r.values[1].toDouble()), r.values[2].toString());
    m_marks.setRows(std::move(marks));
    m_historyStart = start;
    m_historyEnd = end;
    Q_EMIT historyChanged();
    Q_EMIT timeChanged();
    // A moment that has just fallen out of the hour: the oldest one kept, not an empty map.
    if (m_pastMs != 0 && m_pastMs < start)
        showTime(double(start));
}

std::vector<RowListModel::Row> TopologyModel::markRows(const TopologyHistory &history)
{
    std::vector<RowListModel::Row> rows;
    rows.reserve(history.marks().size());
    for (const TopologyHistory::Mark &m : history.marks()) {
        const QString tone = m.zoneWorse ? QStringLiteral("zone") : m.down + m.stale > 0 ? QStringLiteral("down") : QStringLiteral("up");
        rows.push_back({QString::number(m.atMs), {QString::number(m.atMs), double(m.atMs), markWords(m), tone}});
    }
    return rows;
}

QString TopologyModel::markWords(const TopologyHistory::Mark &m)
{
    const int all = m.up + m.down + m.stale + m.back + m.zones;
    QStringList parts;
    if (all <= 3 && int(m.named.size()) == all) { // few: each by name
        for (const Change &c : m.named) {
            const QString node = nodeName(c.subject, c.service, c.zone);
            switch (c.kind) {
            case Change::Kind::NodeUp: parts << tr("%1 came up").arg(node); break;
            case Change::Kind::NodeDown: parts << tr("%1 went away").arg(node); break;
            case Change::Kind::NodeStale: parts << tr("%1 went stale").arg(node); break;
            case Change::Kind::NodeBack: parts << tr("%1 answers again").arg(node); break;
            case Change::Kind::ZoneHealth: parts << tr("zone %1 became %2").arg(c.subject, ClusterWords::health(c.health)); break;
            }
        }
        return parts.join(QStringLiteral("; "));
    }
    if (m.up)
        parts << tr("%n node(s) came up", nullptr, m.up);
    if (m.down)
        parts << tr("%n node(s) went away", nullptr, m.down);
    if (m.stale)
        parts << tr("%n node(s) went stale", nullptr, m.stale);
    if (m.back)
        parts << tr("%n node(s) answer again", nullptr, m.back);
    for (const Change &c : m.named)
        if (c.kind == Change::Kind::ZoneHealth)
            parts << tr("zone %1 became %2").arg(c.subject, ClusterWords::health(c.health));
    return parts.join(QStringLiteral("; "));
}

void TopologyModel::showTime(double ms)
{
    const qint64 at = ms >= double(m_historyEnd) || m_historyEnd == 0 ? 0 : std::max(qint64(ms), m_historyStart);
    if (at == m_pastMs)
        return;
    m_pastMs = at;
    Q_EMIT timeChanged();
    m_coalesce.stop();
    startLayout(); // dragging asks often; a running job makes the next one wait (m_again)
}

double TopologyModel::markNear(double ms, int direction) const
{
    const qint64 at = qint64(ms);
    if (direction > 0) {
        const auto it = m_markTexts.upper_bound(at);
        return it == m_markTexts.end() ? -1 : double(it->first);
    }
    auto it = m_markTexts.lower_bound(at);
    return it == m_markTexts.begin() ? -1 : double(std::prev(it)->first);
}

QString TopologyModel::timeText() const
{
    if (live())
        return tr("Live");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_pastMs);
    const int minutes = int((m_historyEnd - m_pastMs) / 60'000);
    return minutes < 1 ? tr("%1 · under a minute ago").arg(Formatter::time(at))
                       : tr("%1 · %n min ago", nullptr, minutes).arg(Formatter::time(at));
}

QString TopologyModel::changeText() const
{
    // The change the shown snapshot holds: a mark at or before the moment, less than a
    // snapshot's interval back (the map between two snapshots is the earlier one).
    const qint64 at = m_pastMs ? m_pastMs : m_historyEnd;
    auto it = m_markTexts.upper_bound(at);
    if (it == m_markTexts.begin())
        return {};
    --it;
    return at - it->first < TopologyHistory::kEveryMs ? it->second : QString();
}

} // namespace switchboard::gui
