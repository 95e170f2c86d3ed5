#pragma once
// The topology page's state: builds the graph from the session's snapshots (catalogue, cluster,
// observed calls), filters it, places it with TopologyLayout on a pool thread (one job at a
// time, the newest request wins), and offers the placed scene to TopologyView and the QML
// overlay (labels, the accessible list, the selection panel).

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <mutex>

#include "DetailRowsModel.h"
#include "Session.h"
#include "TopologyLayout.h"

namespace switchboard::gui {

class TopologyModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(switchboard::gui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterChanged)
    /// False while the page is hidden: changes are noted, the scene is rebuilt once shown again.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool showGoMicro READ showGoMicro WRITE setShowGoMicro NOTIFY filterChanged)
    Q_PROPERTY(bool showNatsMicro READ showNatsMicro WRITE setShowNatsMicro NOTIFY filterChanged)
    Q_PROPERTY(QStringList hiddenZones READ hiddenZones WRITE setHiddenZones NOTIFY filterChanged)
    Q_PROPERTY(QStringList allZones READ allZones NOTIFY sceneChanged)
    Q_PROPERTY(QString selected READ selected WRITE setSelected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selection READ selection NOTIFY selectionChanged)
    Q_PROPERTY(QVariantList zones READ zones NOTIFY sceneChanged)
    Q_PROPERTY(QVariantList servers READ servers NOTIFY sceneChanged)
    Q_PROPERTY(QVariantList groups READ groups NOTIFY sceneChanged)
    Q_PROPERTY(QVariantList topics READ topics NOTIFY sceneChanged)
    Q_PROPERTY(QVariantList edgeLabels READ edgeLabels NOTIFY sceneChanged)
    /// What a screen reader (or a keyboard user) walks instead of the drawing; roles itemKey and
    /// itemText. A model with a keyed diff, not a list: rows stay across scenes, so the page's
    /// ListView keeps its delegates (and its scroll position) instead of rebuilding them each second.
    Q_PROPERTY(switchboard::gui::RowListModel *items READ items CONSTANT)
    Q_PROPERTY(QRectF bounds READ bounds NOTIFY sceneChanged)
    Q_PROPERTY(QRectF unknownCallers READ unknownCallers NOTIFY sceneChanged)
    Q_PROPERTY(int nodeCount READ nodeCount NOTIFY sceneChanged)
    /// Empty, or how many nodes' calls are counted when the call observer's bound cut in.
    Q_PROPERTY(QString callsNote READ callsNote NOTIFY sceneChanged)
    Q_PROPERTY(int layouts READ layouts NOTIFY sceneChanged)
public:
    explicit TopologyModel(QObject *parent = nullptr);
    ~TopologyModel() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *s);
    [[nodiscard]] QString filterText() const { return m_filter.text; }
    [[nodiscard]] bool active() const { return m_active; }
    void setActive(bool active);
    void setFilterText(const QString &t);
    [[nodiscard]] bool showGoMicro() const { return m_filter.goMicro; }
    void setShowGoMicro(bool on);
    [[nodiscard]] bool showNatsMicro() const { return m_filter.natsMicro; }
    void setShowNatsMicro(bool on);
    [[nodiscard]] QStringList hiddenZones() const { return m_filter.hiddenZones; }
    void setHiddenZones(const QStringList &zones);
    [[nodiscard]] QStringList allZones() const { return m_allZones; }
    [[nodiscard]] QString selected() const { return m_selected; }
    void setSelected(const QString &key);
    [[nodiscard]] QVariantMap selection() const;
    [[nodiscard]] QVariantList zones() const;
    [[nodiscard]] QVariantList servers() const;
    [[nodiscard]] QVariantList groups() const;
    [[nodiscard]] QVariantList topics() const;
    [[nodiscard]] QVariantList edgeLabels() const;
    [[nodiscard]] RowListModel *items() { return &m_items; }
    [[nodiscard]] QRectF bounds() const { return m_scene->bounds; }
    [[nodiscard]] QRectF unknownCallers() const { return m_scene->unknownCallers; }
    [[nodiscard]] int nodeCount() const { return int(m_scene->dots.size()); }
    [[nodiscard]] QString callsNote() const;
    [[nodiscard]] int layouts() const { return m_layouts; }

    /// The key of what is at a point of the scene: a node id, a group key, "topic:<name>",
    /// "server:<name>", "zone:<name>", "unknown", or "".
    Q_INVOKABLE QString keyAt(qreal x, qreal y) const;
    /// Whether a key is the selection or touches it (for dimming the rest).
    [[nodiscard]] bool related(const QString &key) const;

    [[nodiscard]] std::shared_ptr<const TopologyScene> scene() const { return m_scene; }
    /// Places a graph directly (tests and the benchmark feed graphs without a session).
    void placeGraph(TopologyGraph graph);

Q_SIGNALS:
    void sessionChanged();
    void activeChanged();
    void filterChanged();
    void selectionChanged();
    void sceneChanged();

private:
    void schedule();
    bool m_active = true, m_dirty = false;
    void startLayout();
    void adopt(std::shared_ptr<const TopologyScene> scene);
    void computeRelated();
    [[nodiscard]] std::vector<RowListModel::Row> itemRows() const;

    QPointer<Session> m_session;
    TopologyFilter m_filter;
    QString m_selected;
    QStringList m_allZones;
    QSet<QString> m_related;
    std::shared_ptr<const TopologyScene> m_scene;
    DetailRowsModel m_items;
    std::shared_ptr<TopologyLayout> m_layout; // used by one pool job at a time
    std::shared_ptr<std::mutex> m_layoutMutex;
    QTimer m_coalesce;
    bool m_running = false, m_again = false;
    size_t m_watchedNodes = 0, m_unwatchedNodes = 0; // of the call observer, at the last layout
    int m_layouts = 0;
    std::optional<TopologyGraph> m_directGraph;
};

} // namespace switchboard::gui
