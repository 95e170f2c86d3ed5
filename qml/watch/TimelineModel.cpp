#include "TimelineModel.h"

#include <QDateTime>

#include <algorithm>

#include "AppContext.h"
#include "EventWords.h"
#include "watch/Journal.h"

namespace switchboard::gui {

namespace {
constexpr int kRefreshAfterCommitMs = 1000;
} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(std::make_shared<std::unique_ptr<watch::JournalReader>>())
    , m_countReader(std::make_shared<std::unique_ptr<watch::JournalReader>>())
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the same thread for every query: the reader's connection is its
    m_countPool.setMaxThreadCount(1);
    m_countPool.setExpiryTimeout(-1);
    m_refreshSoon.setSingleShot(true);
    m_refreshSoon.setInterval(kRefreshAfterCommitMs);
    connect(&m_refreshSoon, &QTimer::timeout, this, &TimelineModel::showNewer);
    if (AppContext *app = AppContext::instance())
        setJournal(app->journal());
}

TimelineModel::~TimelineModel()
{
    *m_latest = ++m_generation;
    // The readers close their connections on the threads that opened them.
    m_pool.start([reader = m_reader] { reader->reset(); });
    m_countPool.start([reader = m_countReader] { reader->reset(); });
    m_pool.waitForDone();
    m_countPool.waitForDone();
}

void TimelineModel::setJournal(watch::Journal *journal)
{
    if (m_journal)
        disconnect(m_journal, nullptr, this, nullptr);
    m_journal = journal;
    m_path = journal ? journal->path() : QString();
    m_pool.start([reader = m_reader] { reader->reset(); }); // another file
    m_countPool.start([reader = m_countReader] { reader->reset(); });
    if (journal)
        connect(journal, &watch::Journal::committed, this, [this] {
            if (m_active && !m_refreshSoon.isActive())
                m_refreshSoon.start();
        }, Qt::QueuedConnection);
    refresh();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const watch::JournalEvent &e = m_rows[size_t(index.row())].event;
    switch (role) {
    case AtMsRole: return e.atMs;
    case TimeRole: return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("HH:mm:ss"));
    case MinuteRole: return QDateTime::fromMSecsSinceEpoch(e.atMs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Qt::DisplayRole:
    case SentenceRole: return EventWords::sentence(e);
    case KindRole: return watch::kindName(e.kind);
    case KindTextRole: return EventWords::kind(e.kind);
    case ToneRole: return EventWords::tone(e);
    case RegionRole: return e.region;
    case ZoneRole: return e.zone;
    case ServiceRole: return e.service;
    case NodeRole: return e.node;
    case SubjectRole: return e.subject;
    case ServerRole: return e.server;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {{AtMsRole, "atMs"},       {TimeRole, "time"},       {MinuteRole, "minute"},   {SentenceRole, "sentence"},
            {KindRole, "kind"},       {KindTextRole, "kindText"}, {ToneRole, "tone"},     {RegionRole, "region"},
            {ZoneRole, "zone"},       {ServiceRole, "service"}, {NodeRole, "node"},       {SubjectRole, "subject"},
            {ServerRole, "server"}};
}

QVariantMap TimelineModel::get(int row) const
{
    QVariantMap map;
    if (row < 0 || row >= rowCount())
        return map;
    const QHash<int, QByteArray> roles = roleNames();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

QVariantList TimelineModel::allKinds()
{
    QVariantList list;
    for (watch::EventKind k : watch::allKinds())
        list << QVariantMap{{QStringLiteral("name"), watch::kindName(k)}, {QStringLiteral("text"), EventWords::kind(k)}};
    return list;
}

#define SB_SETTER(Name, member, Type)                                                                                  \
    void TimelineModel::Name(const Type &v)                                                                            \
    {                                                                                                                  \
        if (member == v)                                                                                               \
            return;                                                                                                    \
        member = v;                                                                                                    \
        Q_EMIT filterChanged();                                                                                        \
        refresh();                                                                                                     \
    }
SB_SETTER(setKinds, m_kinds, QStringList)
SB_SETTER(setRegion, m_region, QString)
SB_SETTER(setZone, m_zone, QString)
SB_SETTER(setService, m_service, QString)
SB_SETTER(setText, m_text, QString)
#undef SB_SETTER

void TimelineModel::setRangeMinutes(int minutes)
{
    minutes = std::clamp(minutes, 1, 7 * 24 * 60);
    if (minutes == m_rangeMinutes)
        return;
    m_rangeMinutes = minutes;
    Q_EMIT filterChanged();
    refresh();
}

void TimelineModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (active)
        refresh(); // what came while hidden
}

watch::JournalQuery TimelineModel::query() const
{
    watch::JournalQuery q;
    q.untilMs = QDateTime::currentMSecsSinceEpoch() + 1;
    q.sinceMs = q.untilMs - qint64(m_rangeMinutes) * 60'000;
    for (const QString &name : m_kinds)
        if (const auto kind = watch::kindFromName(name))
            q.kinds.push_back(*kind);
    q.region = m_region;
    q.zone = m_zone;
    q.service = m_service;
    q.text = m_text.trimmed();
    q.limit = kPageSize;
    return q;
}

void TimelineModel::refresh()
{
    m_refreshSoon.stop();
    run(query(), Fetch::Reset);
}

void TimelineModel::showNewer()
{
    run(query(), m_rows.empty() ? Fetch::Reset : Fetch::Newer);
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreToFetch && !m_loading;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.empty())
        return;
    watch::JournalQuery q = query();
    q.sinceMs = m_sinceMs; // the same range as the rows above, not one moved on by the clock
    q.untilMs = m_untilMs;
    q.after = m_rows.back();
    run(std::move(q), Fetch::More);
}

void TimelineModel::run(watch::JournalQuery q, Fetch fetch)
{
    if (m_path.isEmpty())
        return;
    const bool more = fetch == Fetch::More;
    const quint64 generation = more ? m_generation : ++m_generation;
    if (!more) {
        m_sinceMs = q.sinceMs;
        m_untilMs = q.untilMs;
    }
    m_loading = true;
    if (!more)
        m_counting = true;
    Q_EMIT resultsChanged();
    QPointer<TimelineModel> self(this);
    m_pool.start([self, reader = m_reader, path = m_path, q, fetch, generation] {
        if (!*reader)
            *reader = std::make_unique<watch::JournalReader>(path);
        Result r;
        if (!(*reader)->open()) {
            r.problem = (*reader)->problem();
            reader->reset(); // try again next time: the file may come
        } else {
            r.rows = (*reader)->page(q);
        }
        // The rows first: over a million events the histogram is the slow part, and the list
        // must not wait for the strip.
        QMetaObject::invokeMethod(
            self.data(), [self, generation, fetch, r = std::move(r)]() mutable {
                if (self)
                    self->take(generation, fetch, std::move(r));
            },
            Qt::QueuedConnection);
    });
    if (more)
        return;
    // The histogram and the count on a thread and connection of their own, so that the next
    // filter's rows never wait behind this one's counting; one that a newer query outdated
    // before it began is not counted at all.
    *m_latest = generation;
    m_countPool.start([self, reader = m_countReader, latest = m_latest, path = m_path, q, generation] {
        if (*latest != generation)
            return;
        if (!*reader)
            *reader = std::make_unique<watch::JournalReader>(path);
        if (!(*reader)->open()) {
            reader->reset();
            return; // the rows' reader says why
        }
        std::vector<qint64> histogram = (*reader)->histogram(q, kHistogramSlices);
        QMetaObject::invokeMethod(
            self.data(), [self, generation, histogram = std::move(histogram)]() mutable {
                if (self)
                    self->takeCounts(generation, std::move(histogram));
            },
            Qt::QueuedConnection);
    });
}

void TimelineModel::takeCounts(quint64 generation, std::vector<qint64> histogram)
{
    if (generation != m_generation)
        return;
    m_histogram.clear();
    m_histogramMax = 0;
    qint64 total = 0; // the slices cover the range exactly: their sum is the count
    for (qint64 n : histogram) {
        m_histogram << n;
        m_histogramMax = std::max(m_histogramMax, int(n));
        total += n;
    }
    m_total = total;
    m_counting = false;
    Q_EMIT resultsChanged();
}

void TimelineModel::take(quint64 generation, Fetch fetch, Result result)
{
    if (generation != m_generation)
        return; // a newer query is under way
    // m_loading stays set until the rows are in: views ask canFetchMore() from inside
    // begin/endInsertRows, and a fetch started there would page from the old last row.
    m_problem = result.problem;
    if (!m_problem.isEmpty())
        m_counting = false; // nothing to count: the journal cannot be read
    if (fetch == Fetch::More) {
        m_moreToFetch = int(result.rows.size()) == kPageSize;
        if (!result.rows.empty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + result.rows.size()) - 1);
            std::move(result.rows.begin(), result.rows.end(), std::back_inserter(m_rows));
        }
        m_loading = false;
        if (!result.rows.empty())
            endInsertRows();
        Q_EMIT resultsChanged();
        return;
    }
    // Newer: the rows above the one on top now go in above it; when it is not in the first page
    // (more than a page came), the list starts again.
    const auto top = fetch == Fetch::Newer && !m_rows.empty()
                         ? std::find_if(result.rows.begin(), result.rows.end(), [&](const auto &r) { return r.id == m_rows.front().id; })
                         : result.rows.end();
    if (top != result.rows.end()) {
        const int added = int(top - result.rows.begin());
        if (added > 0)
            beginInsertRows({}, 0, added - 1);
        m_rows.insert(m_rows.begin(), std::make_move_iterator(result.rows.begin()), std::make_move_iterator(top));
        m_loading = false;
        if (added > 0)
            endInsertRows();
    } else {
        beginResetModel();
        m_rows = std::move(result.rows);
        m_moreToFetch = int(m_rows.size()) == kPageSize;
        m_loading = false;
        endResetModel();
    }
    Q_EMIT resultsChanged();
}

} // namespace switchboard::gui
