#include "TopologyModel.h"

#include <QLocale>
#include <QPointer>
#include <QThreadPool>

#include "live/CallObserver.h"

namespace switchboard::gui {

namespace {
constexpr int kCoalesceMs = 250; // at most four layouts a second, whatever the churn
}

TopologyModel::TopologyModel(QObject *parent)
    : QObject(parent)
    , m_scene(std::make_shared<TopologyScene>())
    , m_items({QStringLiteral("itemKey"), QStringLiteral("itemText")})
    , m_layout(std::make_shared<TopologyLayout>())
    , m_layoutMutex(std::make_shared<std::mutex>())
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TopologyModel::startLayout);
}

TopologyModel::~TopologyModel() = default;

void TopologyModel::setSession(Session *s)
{
    if (m_session == s)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = s;
    if (m_session) {
        connect(m_session, &Session::catalogChanged, this, &TopologyModel::schedule);
        connect(m_session, &Session::clusterChanged, this, &TopologyModel::schedule);
        connect(m_session, &Session::callsSampled, this, &TopologyModel::schedule);
    }
    Q_EMIT sessionChanged();
    startLayout();
}

void TopologyModel::setFilterText(const QString &t)
{
    if (t == m_filter.text)
        return;
    m_filter.text = t;
    Q_EMIT filterChanged();
    schedule();
}

void TopologyModel::setShowGoMicro(bool on)
{
    if (on == m_filter.goMicro)
        return;
    m_filter.goMicro = on;
    Q_EMIT filterChanged();
    schedule();
}

void TopologyModel::setShowNatsMicro(bool on)
{
    if (on == m_filter.natsMicro)
        return;
    m_filter.natsMicro = on;
    Q_EMIT filterChanged();
    schedule();
}

void TopologyModel::setHiddenZones(const QStringList &zones)
{
    if (zones == m_filter.hiddenZones)
        return;
    m_filter.hiddenZones = zones;
    Q_EMIT filterChanged();
    schedule();
}

void TopologyModel::setSelected(const QString &key)
{
    if (key == m_selected)
        return;
    m_selected = key;
    computeRelated();
    Q_EMIT selectionChanged();
}

void TopologyModel::schedule()
{
    if (!m_active) {
        m_dirty = true; // a hidden page does not rebuild its scene every second
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void TopologyModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (m_active && m_dirty) {
        m_dirty = false;
        schedule();
    }
    Q_EMIT activeChanged();
}

void TopologyModel::placeGraph(TopologyGraph graph)
{
    m_directGraph = std::move(graph);
    startLayout();
}

void TopologyModel::startLayout()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_session && !m_directGraph)
        return;
    m_running = true;
    // Snapshots are immutable and shared: the pool thread reads them without copying.
    auto catalog = m_session ? m_session->catalog() : std::make_shared<live::CatalogSnapshot>();
    auto cluster = m_session ? m_session->cluster() : std::make_shared<live::ClusterSnapshot>();
    auto calls = std::make_shared<live::ObservedCalls>();
    if (m_session && m_session->callObserver())
        *calls = m_session->callObserver()->snapshot();
    m_watchedNodes = calls->watchedAddresses;
    m_unwatchedNodes = calls->unwatchedAddresses;
    std::optional<TopologyGraph> direct = std::exchange(m_directGraph, std::nullopt);
    const TopologyFilter filter = m_filter;
    QPointer<TopologyModel> self(this);
    auto layout = m_layout;
    auto mutex = m_layoutMutex;
    QThreadPool::globalInstance()->start([=]() mutable {
        const TopologyGraph graph = direct ? std::move(*direct) : TopologyGraph::build(*catalog, *cluster, *calls, filter);
        std::shared_ptr<const TopologyScene> scene;
        {
            std::lock_guard lock(*mutex);
            scene = std::make_shared<TopologyScene>(layout->place(graph, std::chrono::steady_clock::now()));
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, scene] {
                if (self)
                    self->adopt(scene);
            },
            Qt::QueuedConnection);
    });
}

QString TopologyModel::callsNote() const
{
    if (m_unwatchedNodes == 0)
        return {};
    return tr("Calls are counted on %1 of %2 nodes").arg(QLocale().toString(qulonglong(m_watchedNodes)),
                                                         QLocale().toString(qulonglong(m_watchedNodes + m_unwatchedNodes)));
}

void TopologyModel::adopt(std::shared_ptr<const TopologyScene> scene)
{
    m_running = false;
    m_scene = std::move(scene);
    ++m_layouts;
    QStringList zones;
    for (const auto &z : m_scene->zones)
        zones << z.name;
    for (const QString &hidden : m_filter.hiddenZones)
        if (!zones.contains(hidden))
            zones << hidden; // a hidden zone stays in the toggles
    zones.sort();
    m_allZones = zones;
    computeRelated();
    m_items.setRows(itemRows());
    Q_EMIT sceneChanged();
    Q_EMIT selectionChanged();
    if (std::exchange(m_again, false))
        schedule();
}

void TopologyModel::computeRelated()
{
    m_related.clear();
    if (m_selected.isEmpty())
        return;
    m_related.insert(m_selected);
    // A node selects its group; a group, its edges' other ends.
    QString group = m_selected;
    for (const auto &d : m_scene->dots)
        if (d.id == m_selected) {
            group = d.groupKey;
            m_related.insert(group);
        }
    QString service;
    for (const auto &g : m_scene->groups)
        if (g.key == group)
            service = g.service;
    for (const auto &g : m_scene->groups)
        if (!service.isEmpty() && g.service == service)
            m_related.insert(g.key);
    for (const auto &e : m_scene->edges)
        if (m_related.contains(e.from) || m_related.contains(e.to)) {
            m_related.insert(e.from);
            m_related.insert(e.to);
        }
}

bool TopologyModel::related(const QString &key) const
{
    return m_selected.isEmpty() || m_related.contains(key);
}

QString TopologyModel::keyAt(qreal x, qreal y) const
{
    const QPointF p(x, y);
    const double r = TopologyLayout::kDot / 2 + 2;
    for (const auto &d : m_scene->dots)
        if (std::abs(d.center.x() - x) <= r && std::abs(d.center.y() - y) <= r)
            return d.id;
    for (const auto &t : m_scene->topics)
        if (t.rect.contains(p))
            return QStringLiteral("topic:") + t.name;
    for (const auto &s : m_scene->servers)
        if (s.rect.contains(p))
            return QStringLiteral("server:") + s.name;
    for (const auto &g : m_scene->groups)
        if (g.rect.contains(p))
            return g.key;
    if (m_scene->unknownCallers.contains(p))
        return QStringLiteral("unknown");
    for (const auto &z : m_scene->zones)
        if (z.rect.contains(p))
            return QStringLiteral("zone:") + z.name;
    return {};
}

} // namespace switchboard::gui
