#include "TopologyModel.h"

#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>

#include "live/CallObserver.h"

namespace switchboard::gui {

namespace {
constexpr int kCoalesceMs = 250; // at most four layouts a second, whatever the churn
constexpr int kServicesAbove = 60; // nodes: a bigger map opens at the Services level
const QString kLevelSetting = QStringLiteral("topology/level");
const QString kMotionSetting = QStringLiteral("topology/motion");

QString levelName(MapLevel l)
{
    return l == MapLevel::Zones ? QStringLiteral("zones") : l == MapLevel::Services ? QStringLiteral("services") : QStringLiteral("nodes");
}
} // namespace

TopologyModel::TopologyModel(QObject *parent)
    : QObject(parent)
    , m_scene(std::make_shared<MapScene>())
    , m_labels({QStringLiteral("labelKey"), QStringLiteral("owner"), QStringLiteral("text"), QStringLiteral("sx"), QStringLiteral("sy"),
                QStringLiteral("sw"), QStringLiteral("sh"), QStringLiteral("px"), QStringLiteral("tone"), QStringLiteral("kind")})
    , m_items({QStringLiteral("itemKey"), QStringLiteral("itemText")})
    , m_layout(std::make_shared<TopologyLayout>())
    , m_layoutMutex(std::make_shared<std::mutex>())
    , m_history(std::make_shared<TopologyHistory>())
    , m_historyMutex(std::make_shared<std::mutex>())
    , m_marks({QStringLiteral("markKey"), QStringLiteral("at"), QStringLiteral("text"), QStringLiteral("tone")})
{
    // Off until asked for: moving dots redraw the window every frame, and the app stays open all day.
    m_motion = QSettings().value(kMotionSetting, false).toBool();
    const QString remembered = QSettings().value(kLevelSetting).toString();
    m_levelChosen = !remembered.isEmpty();
    m_crumbs.push_back({remembered == QLatin1String("zones")      ? MapLevel::Zones
                        : remembered == QLatin1String("services") ? MapLevel::Services
                                                                  : MapLevel::Nodes,
                        {}, {}});
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &TopologyModel::startLayout);
    m_labelTimer.setSingleShot(true);
    m_labelTimer.setInterval(kZoomRestMs);
    connect(&m_labelTimer, &QTimer::timeout, this, [this] {
        placeLabels();
        Q_EMIT labelsPendingChanged();
    });
    startHistory();
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
        // A moment of the past does not change with the session's news.
        auto changed = [this] {
            if (live())
                schedule();
        };
        connect(m_session, &Session::catalogChanged, this, changed);
        connect(m_session, &Session::clusterChanged, this, changed);
        connect(m_session, &Session::callsSampled, this, changed);
    }
    Q_EMIT sessionChanged();
    startLayout();
    recordNow();
}

template <class T>
void TopologyModel::setFilterField(T &field, const T &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT filterChanged();
    schedule();
}

void TopologyModel::setFilterText(const QString &value) { setFilterField(m_filter.text, value); }
void TopologyModel::setShowGoMicro(bool value) { setFilterField(m_filter.goMicro, value); }
void TopologyModel::setShowNatsMicro(bool value) { setFilterField(m_filter.natsMicro, value); }
void TopologyModel::setShowTopics(bool value) { setFilterField(m_showTopics, value); }

void TopologyModel::setMotion(bool on)
{
    if (m_motion == on)
        return;
    m_motion = on;
    QSettings().setValue(kMotionSetting, on);
    Q_EMIT motionChanged();
}
void TopologyModel::setHiddenZones(const QStringList &value) { setFilterField(m_filter.hiddenZones, value); }

QString TopologyModel::level() const { return levelName(m_crumbs.back().level); }

void TopologyModel::setLevel(const QString &name)
{
    const MapLevel l = name == QLatin1String("zones") ? MapLevel::Zones : name == QLatin1String("services") ? MapLevel::Services : MapLevel::Nodes;
    m_levelChosen = true;
    QSettings().setValue(kLevelSetting, levelName(l));
    if (m_crumbs.size() == 1 && m_crumbs.front().level == l)
        return;
    enter({{l, {}, {}}});
}

void TopologyModel::enter(std::vector<Crumb> crumbs)
{
    m_crumbs = std::move(crumbs);
    m_selected.clear();
    Q_EMIT levelChanged();
    Q_EMIT selectionChanged();
    m_coalesce.stop();
    startLayout();
}

QVariantList TopologyModel::breadcrumb() const
{
    QVariantList out;
    for (const Crumb &c : m_crumbs) {
        QString text = c.text;
        if (c.scope.isEmpty())
            text = c.level == MapLevel::Zones ? tr("All zones") : c.level == MapLevel::Services ? tr("All services") : tr("All nodes");
        out << QVariantMap{{QStringLiteral("key"), c.scope}, {QStringLiteral("text"), text}, {QStringLiteral("level"), levelName(c.level)}};
    }
    return out;
}

bool TopologyModel::drillDown(const QString &key)
{
    const MapLevel at = m_crumbs.back().level;
    const MapBox *box = m_scene->box(key);
    if (!box)
        return false;
    std::vector<Crumb> next = m_crumbs;
    if (at == MapLevel::Zones && box->kind == MapBox::Kind::Zone)
        next.push_back({MapLevel::Services, key, box->label});
    else if (at == MapLevel::Services && box->kind == MapBox::Kind::Service)
        next.push_back({MapLevel::Nodes, key, box->label});
    else if (at == MapLevel::Nodes && box->kind == MapBox::Kind::Zone && m_crumbs.back().scope != key)
        next.push_back({MapLevel::Nodes, key, box->label});
    else
        return false;
    enter(std::move(next));
    return true;
}

void TopologyModel::goUp(int index)
{
    if (index < 0)
        index = int(m_crumbs.size()) - 2;
    if (index < 0 || index >= int(m_crumbs.size()) - 1)
        return;
    enter(std::vector<Crumb>(m_crumbs.begin(), m_crumbs.begin() + index + 1));
}

void TopologyModel::setAspect(double aspect)
{
    if (aspect <= 0 || std::abs(aspect - m_aspect) < 0.01)
        return;
    m_aspect = aspect;
    Q_EMIT aspectChanged();
    schedule();
}

void TopologyModel::setZoom(double zoom)
{
    if (zoom <= 0 || std::abs(zoom - m_zoom) < 1e-4)
        return;
    m_zoom = zoom;
    Q_EMIT zoomChanged();
    // One change (Fit, a button) places at once; changes in quick succession (a gesture) wait
    // for the zoom to rest: placing 3 000 edges' words takes 15–20 ms, more than a frame.
    const bool gesture = m_sinceZoom.isValid() && m_sinceZoom.elapsed() < kZoomRestMs;
    m_sinceZoom.restart();
    if (!gesture && !m_labelTimer.isActive()) {
        placeLabels();
        return;
    }
    const bool was = m_labelTimer.isActive();
    m_labelTimer.start();
    if (!was)
        Q_EMIT labelsPendingChanged();
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
        m_dirty = true; // a hidden page does not lay out its map every second
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
    schedule(); // coalesced as the session's changes are: at most four layouts a second
}

void TopologyModel::startLayout()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_session && !m_directGraph && !m_pastMs)
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
    std::optional<TopologyGraph> direct = m_directGraph;
    const qint64 past = m_pastMs;
    auto history = m_history;
    auto historyMutex = m_historyMutex;
    const TopologyFilter filter = m_filter;
    TopologyLayout::Options options;
    options.level = m_crumbs.back().level;
    options.scope = m_crumbs.back().scope;
    options.showTopics = m_showTopics;
    options.aspect = m_aspect;
    const bool bySize = !m_levelChosen && m_crumbs.size() == 1;
    const double zoom = m_zoom;
    QPointer<TopologyModel> self(this);
    auto layout = m_layout;
    auto mutex = m_layoutMutex;
    QThreadPool::globalInstance()->start([=]() mutable {
        TopologyGraph graph;
        if (past) {
            std::lock_guard lock(*historyMutex);
            graph = history->at(past).filtered(filter);
        } else {
            graph = direct ? direct->filtered(filter) : TopologyGraph::build(*catalog, *cluster, *calls, filter);
        }
        const bool zoned = MapLevelGraph::hasZones(graph);
        if (bySize)
            options.level = int(graph.nodes.size()) > kServicesAbove ? MapLevel::Services : MapLevel::Nodes;
        if (options.level == MapLevel::Zones && !zoned)
            options.level = MapLevel::Services; // nothing to show per zone
        auto laid = std::make_shared<Laid>();
        {
            std::lock_guard lock(*mutex);
            laid->scene = std::make_shared<MapScene>(layout->place(graph, options, std::chrono::steady_clock::now()));
        }
        // The words too: thousands of edges' labels and rows are the GUI thread's slowest part.
        laid->hasZones = zoned;
        laid->labelsZoom = zoom;
        laid->labels = MapLabels::place(*laid->scene, zoom);
        laid->items = itemRows(*laid->scene);
        QMetaObject::invokeMethod(
            self.data(),
            [self, laid] {
                if (self)
                    self->adopt(std::move(*laid));
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

void TopologyModel::adopt(Laid laid)
{
    m_running = false;
    const std::shared_ptr<const MapScene> &scene = laid.scene;
    const bool hasZones = laid.hasZones;
    const bool bySize = !m_levelChosen && m_crumbs.size() == 1;
    const bool fallback = m_crumbs.back().level == MapLevel::Zones && !hasZones; // shown as Services, Zones kept
    if (scene->level != m_crumbs.back().level && !bySize && !fallback) { // laid out for a level left since
        startLayout();
        return;
    }
    if (scene->level != m_crumbs.back().level && bySize) {
        m_crumbs.back().level = scene->level;
        Q_EMIT levelChanged();
    }
    m_scene = scene;
    m_hasZones = hasZones;
    ++m_layouts;
    QStringList zones = m_scene->zoneNames;
    for (const QString &hidden : m_filter.hiddenZones)
        if (!zones.contains(hidden))
            zones << hidden; // a hidden zone stays in the toggles
    zones.sort();
    m_allZones = zones;
    computeRelated();
    if (std::abs(laid.labelsZoom - m_zoom) < 1e-4)
        setLabels(laid.labels);
    else
        placeLabels(); // zoomed while it was laid out
    m_items.setRows(std::move(laid.items));
    Q_EMIT sceneChanged();
    Q_EMIT selectionChanged();
    if (std::exchange(m_again, false))
        schedule();
}

void TopologyModel::placeLabelsNow()
{
    if (m_labelTimer.isActive()) {
        m_labelTimer.stop();
        placeLabels();
        Q_EMIT labelsPendingChanged();
    }
}

void TopologyModel::placeLabels()
{
    setLabels(MapLabels::place(*m_scene, m_zoom));
}

void TopologyModel::setLabels(const std::vector<MapLabel> &labels)
{
    m_placedLabels = labels;
    std::vector<RowListModel::Row> rows;
    rows.reserve(labels.size());
    for (const MapLabel &l : labels)
        rows.push_back({l.key, {l.key, l.owner, l.text, l.rect.x(), l.rect.y(), l.rect.width(), l.rect.height(), l.pixelSize, l.tone,
                                int(l.kind)}});
    m_labels.setRows(std::move(rows));
}

} // namespace switchboard::gui
