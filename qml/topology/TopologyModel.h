#pragma once
// The topology page's state: builds the graph from the session's snapshots (catalogue, cluster,
// observed calls), filters it, lays out the chosen level on a pool thread (one job at a time,
// the newest request wins), and offers the laid-out map to TopologyView (boxes, dots, edges),
// to the page (labels placed for the zoom, the breadcrumb, the selection) and to screen readers
// (the map as a list, in words).

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <limits>
#include <map>
#include <memory>
#include <mutex>

#include "DetailRowsModel.h"
#include "MapLabels.h"
#include "Session.h"
#include "TopologyHistory.h"
#include "TopologyLayout.h"

namespace switchboard::gui {

class TopologyModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    /// False while the page is hidden: changes are noted, the map is laid out once shown again.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool showGoMicro READ showGoMicro WRITE setShowGoMicro NOTIFY filterChanged)
    Q_PROPERTY(bool showNatsMicro READ showNatsMicro WRITE setShowNatsMicro NOTIFY filterChanged)
    Q_PROPERTY(bool showTopics READ showTopics WRITE setShowTopics NOTIFY filterChanged)
    /// Dots travelling along the edges (the toolbar's Motion; remembered).
    Q_PROPERTY(bool motion READ motion WRITE setMotion NOTIFY motionChanged)
    Q_PROPERTY(QStringList hiddenZones READ hiddenZones WRITE setHiddenZones NOTIFY filterChanged)
    Q_PROPERTY(QStringList allZones READ allZones NOTIFY sceneChanged)
    /// "zones", "services" or "nodes". Until the user picks one, chosen by the map's size.
    Q_PROPERTY(QString level READ level WRITE setLevel NOTIFY levelChanged)
    Q_PROPERTY(QString scope READ scope NOTIFY levelChanged)
    /// [{key, text}]: where the drill-down went, from the top; the last is where the map is.
    Q_PROPERTY(QVariantList breadcrumb READ breadcrumb NOTIFY levelChanged)
    Q_PROPERTY(bool hasZones READ hasZones NOTIFY sceneChanged)
    /// The canvas's width / height: the layout shapes the map to it.
    Q_PROPERTY(double aspect READ aspect WRITE setAspect NOTIFY aspectChanged)
    /// Screen pixels per scene unit: the labels are placed for it.
    Q_PROPERTY(double zoom READ zoom WRITE setZoom NOTIFY zoomChanged)
    /// The zoom changes faster than words can be placed (a pinch, a wheel spun): the labels wait
    /// until it rests (kZoomRestMs) and are not for showing meanwhile.
    Q_PROPERTY(bool labelsPending READ labelsPending NOTIFY labelsPendingChanged)
    Q_PROPERTY(QString selected READ selected WRITE setSelected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)
    /// The words on the map, roles: labelKey, owner, text, sx, sy, sw, sh (scene), px, tone, kind.
    Q_PROPERTY(switchboard::gui::RowListModel *labels READ labels CONSTANT)
    /// What a screen reader (or a keyboard user) walks instead of the drawing; roles itemKey and
    /// itemText. Keyed rows, so the ListView keeps its delegates and scroll position.
    Q_PROPERTY(switchboard::gui::RowListModel *items READ items CONSTANT)
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY sceneChanged)
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY sceneChanged)
    Q_PROPERTY(int boxCount READ boxCount NOTIFY sceneChanged)
    /// Empty, or how many nodes' calls are counted when the call observer's bound cut in.
    Q_PROPERTY(QString callsNote READ callsNote NOTIFY sceneChanged)
    Q_PROPERTY(int layouts READ layouts NOTIFY sceneChanged)
    /// The last hour (TopologyTimeline.cpp): false while the map shows a moment of the past.
    Q_PROPERTY(bool live READ live NOTIFY timeChanged)
    /// The moment shown, ms since the epoch (the newest snapshot's while live).
    Q_PROPERTY(double shownTime READ shownTime NOTIFY timeChanged)
    /// "Live", or the moment shown in words ("14:02:35 · 12 min ago").
    Q_PROPERTY(QString timeText READ timeText NOTIFY timeChanged)
    /// What changed at the moment shown, when it is a mark; else "".
    Q_PROPERTY(QString changeText READ changeText NOTIFY timeChanged)
    Q_PROPERTY(double historyStart READ historyStart NOTIFY historyChanged)
    Q_PROPERTY(double historyEnd READ historyEnd NOTIFY historyChanged)
    /// The timeline's marks, roles: markKey, at (ms), text, tone ("up", "down", "zone").
    Q_PROPERTY(switchboard::gui::RowListModel *marks READ marks CONSTANT)
    Q_PROPERTY(double amberErrors READ amberErrors CONSTANT)
    Q_PROPERTY(double redErrors READ redErrors CONSTANT)
public:
    explicit TopologyModel(QObject *parent = nullptr);
    ~TopologyModel() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *s);
    [[nodiscard]] QString filterText() const { return m_filter.text; }
    void setFilterText(const QString &t);
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    [[nodiscard]] bool showGoMicro() const { return m_filter.goMicro; }
    void setShowGoMicro(bool on);
    [[nodiscard]] bool showNatsMicro() const { return m_filter.natsMicro; }
    void setShowNatsMicro(bool on);
    [[nodiscard]] bool showTopics() const { return m_showTopics; }
    void setShowTopics(bool on);
    [[nodiscard]] bool motion() const { return m_motion; }
    void setMotion(bool on);
    [[nodiscard]] QStringList hiddenZones() const { return m_filter.hiddenZones; }
    void setHiddenZones(const QStringList &zones);
    [[nodiscard]] QStringList allZones() const { return m_allZones; }
    [[nodiscard]] QString level() const;
    void setLevel(const QString &level);
    [[nodiscard]] QString scope() const { return m_crumbs.back().scope; }
    [[nodiscard]] QVariantList breadcrumb() const;
    [[nodiscard]] bool hasZones() const { return m_hasZones; }
    [[nodiscard]] double aspect() const { return m_aspect; }
    void setAspect(double aspect);
    [[nodiscard]] double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    [[nodiscard]] bool labelsPending() const { return m_labelTimer.isActive(); }
    /// Places the labels waiting for the zoom to rest now (before a dump of the scene).
    Q_INVOKABLE void placeLabelsNow();
    static constexpr int kZoomRestMs = 120;
    [[nodiscard]] QString selected() const { return m_selected; }
    void setSelected(const QString &key);
    [[nodiscard]] QVariantMap selection() const;
    [[nodiscard]] RowListModel *labels() { return &m_labels; }
    [[nodiscard]] RowListModel *items() { return &m_items; }
    [[nodiscard]] QRectF bounds() const { return m_scene->bounds; }
    [[nodiscard]] int nodeCount() const { return int(m_scene->dots.size()); }
    [[nodiscard]] int boxCount() const { return int(m_scene->boxes.size()); }
    [[nodiscard]] QString callsNote() const;
    [[nodiscard]] int layouts() const { return m_layouts; }
    [[nodiscard]] bool live() const { return m_pastMs == 0; }
    [[nodiscard]] double shownTime() const { return double(m_pastMs ? m_pastMs : m_historyEnd); }
    [[nodiscard]] QString timeText() const;
    [[nodiscard]] QString changeText() const;
    [[nodiscard]] double historyStart() const { return double(m_historyStart); }
    [[nodiscard]] double historyEnd() const { return double(m_historyEnd); }
    [[nodiscard]] RowListModel *marks() { return &m_marks; }
    [[nodiscard]] static double amberErrors() { return MapLabels::kAmberErrors; }
    [[nodiscard]] static double redErrors() { return MapLabels::kRedErrors; }

    /// The key of what is at a point of the scene: a node id, a box key, or "".
    Q_INVOKABLE QString keyAt(qreal x, qreal y) const;
    /// {key, text} of the edge nearest a point of the scene within `reach`, or {}.
    Q_INVOKABLE QVariantMap edgeAt(qreal x, qreal y, qreal reach) const;
    /// Goes one level down into a box (a zone's services, a service's nodes); false if none.
    Q_INVOKABLE bool drillDown(const QString &key);
    /// Back up the breadcrumb to its entry `index` (0: the top).
    Q_INVOKABLE void goUp(int index = -1);
    /// Writes the laid-out map as JSON (tests and tools): boxes, edges with their routes,
    /// the labels placed for the current zoom, and the viewport. Empty, or why it could not.
    Q_INVOKABLE QString dumpScene(const QString &file, const QVariantMap &viewport) const;
    /// Writes the map as SVG with the view's colours (background, zone, group, border, text,
    /// muted, edge, live, stale, amber, red); what happened, in words.
    Q_INVOKABLE QString exportSvg(const QString &path, const QVariantMap &colours) const;
    /// A file in the user's pictures folder for an export now.
    Q_INVOKABLE QString suggestedExportPath(const QString &extension) const;
    /// Whether a key is the selection or touches it (for dimming the rest).
    [[nodiscard]] bool related(const QString &key) const;
    Q_INVOKABLE bool isRelated(const QString &key) const { return related(key); }
    /// The selection and what touches it (empty without a selection).
    [[nodiscard]] QSet<QString> relatedKeys() const { return m_related; }
    /// The top-level boxes' rects [{x, y, w, h, frame}] for the minimap.
    Q_INVOKABLE QVariantList overview() const;
    /// A box's or a node's rect in the scene (empty if none).
    Q_INVOKABLE QRectF rectOf(const QString &key) const;
    /// The box or node nearest to `key` in a direction (dx, dy of -1, 0, 1); the first one
    /// when nothing is selected; "" when there is none that way.
    Q_INVOKABLE QString neighbour(const QString &key, int dx, int dy) const;
    /// The hover's words for a box or node key.
    Q_INVOKABLE QString describe(const QString &key) const;
    /// The next box or node after `after` whose name contains `text` (find, Ctrl+F); "" if none.
    Q_INVOKABLE QString find(const QString &text, const QString &after) const;

    /// Shows the map as it was at `ms` (ms since the epoch); at or after the newest snapshot:
    /// live again.
    Q_INVOKABLE void showTime(double ms);
    Q_INVOKABLE void goLive() { showTime(std::numeric_limits<double>::max()); }
    /// The time of the next (direction 1) or previous (-1) mark from `ms`; -1 if none.
    Q_INVOKABLE double markNear(double ms, int direction) const;
    /// Adds a snapshot to the last hour directly (tests feed graphs without a session).
    void recordGraph(const TopologyGraph &graph, qint64 atMs);
    /// How people name a node: "orders in az-a · 577d433d…".
    [[nodiscard]] static QString nodeName(const QString &id, const QString &service, const QString &zone);

    [[nodiscard]] std::shared_ptr<const MapScene> scene() const { return m_scene; }
    /// Lays out a graph directly (tests and the benchmark feed graphs without a session),
    /// coalesced like the session's changes.
    void placeGraph(TopologyGraph graph);

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void filterChanged();
    void motionChanged();
    void levelChanged();
    void aspectChanged();
    void zoomChanged();
    void labelsPendingChanged();
    void selectionChanged();
    void sceneChanged();
    void timeChanged();
    void historyChanged();

private:
    struct Crumb {
        MapLevel level;
        QString scope, text;
    };
    template <class T>
    void setFilterField(T &field, const T &value);
    void schedule();
    void startLayout();
    /// What a layout job made: the map, and its words for a zoom (placed off the GUI thread).
    struct Laid {
        std::shared_ptr<const MapScene> scene;
        bool hasZones = false;
        std::vector<MapLabel> labels;
        double labelsZoom = 0;
        std::vector<RowListModel::Row> items;
    };
    void adopt(Laid laid);
    void setLabels(const std::vector<MapLabel> &labels);
    void computeRelated();
    void placeLabels();
    void startHistory();
    void recordNow();
    /// After a snapshot went into the history: the marks and the span, on the GUI thread.
    void adoptHistory(std::vector<RowListModel::Row> marks, qint64 start, qint64 end);
    [[nodiscard]] static std::vector<RowListModel::Row> markRows(const TopologyHistory &history);
    [[nodiscard]] static QString markWords(const TopologyHistory::Mark &mark);
    void enter(std::vector<Crumb> crumbs);
    /// The accessible list's rows (any thread: the layout job makes them).
    [[nodiscard]] static std::vector<RowListModel::Row> itemRows(const MapScene &scene);
    /// How people name a box: "orders in az-a", "unknown callers".
    [[nodiscard]] static QString boxName(const MapScene &scene, const QString &key);
    /// An edge in words: "calls orders → payments 6.2/s, 20 % errors".
    [[nodiscard]] static QString edgeWords(const MapScene &scene, const MapEdge &e);

    QPointer<Session> m_session;
    TopologyFilter m_filter;
    bool m_showTopics = true;
    bool m_motion = false;
    bool m_active = true, m_dirty = false;
    std::vector<Crumb> m_crumbs;
    bool m_levelChosen = false; ///< by the user (remembered); else by size
    bool m_hasZones = false;
    double m_aspect = 1.4, m_zoom = 1;
    QElapsedTimer m_sinceZoom; // since the last zoom change
    QTimer m_labelTimer;       // places the labels once the zoom rests
    QString m_selected;
    QStringList m_allZones;
    QSet<QString> m_related;
    std::shared_ptr<const MapScene> m_scene;
    std::vector<MapLabel> m_placedLabels; ///< the words on screen (for the SVG export)
    DetailRowsModel m_labels, m_items;
    std::shared_ptr<TopologyLayout> m_layout; // used by one pool job at a time
    std::shared_ptr<std::mutex> m_layoutMutex;
    QTimer m_coalesce;
    bool m_running = false, m_again = false;
    size_t m_watchedNodes = 0, m_unwatchedNodes = 0; // of the call observer, at the last layout
    int m_layouts = 0;
    std::optional<TopologyGraph> m_directGraph;
    // The last hour: recorded every few seconds on a pool thread, read by layout jobs.
    std::shared_ptr<TopologyHistory> m_history;
    std::shared_ptr<std::mutex> m_historyMutex;
    QTimer m_historyTick;
    DetailRowsModel m_marks;
    qint64 m_pastMs = 0; ///< the moment shown; 0: live
    qint64 m_historyStart = 0, m_historyEnd = 0;
    std::map<qint64, QString> m_markTexts;
};

} // namespace switchboard::gui
