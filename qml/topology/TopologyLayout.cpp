#include "TopologyLayout.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace switchboard::gui {

namespace {
constexpr auto kFreshFor = std::chrono::seconds(3);
constexpr double kGroupWidth = TopologyLayout::kColumns * TopologyLayout::kPitch + 2 * TopologyLayout::kGroupPad;
constexpr double kGroupColumns = 2;
constexpr double kZoneWidth = kGroupColumns * kGroupWidth + (kGroupColumns + 1) * TopologyLayout::kZonePad;
constexpr double kServerHeight = 24, kServerGap = 6;
constexpr double kTopicWidth = 150, kTopicHeight = 26, kTopicGap = 16;
} // namespace

int TopologyLayout::orderOf(std::map<QString, int> &orders, const QString &key)
{
    const auto it = orders.find(key);
    if (it != orders.end())
        return it->second;
    return orders[key] = m_nextOrder++;
}

TopologyScene TopologyLayout::place(const TopologyGraph &graph, std::chrono::steady_clock::time_point now)
{
    TopologyScene scene;

    // Zones: first-seen order, alphabetical among those seen together.
    std::vector<GraphZone> zones = graph.zones;
    std::sort(zones.begin(), zones.end(), [](const GraphZone &a, const GraphZone &b) { return a.name < b.name; });
    for (const GraphZone &z : zones)
        orderOf(m_zoneOrder, z.name);
    std::sort(zones.begin(), zones.end(),
              [this](const GraphZone &a, const GraphZone &b) { return m_zoneOrder[a.name] < m_zoneOrder[b.name]; });

    // Nodes by group (zone|service); slotOf kept per node, freed when the node is gone.
    std::map<QString, std::vector<const GraphNode *>> byGroup;
    for (const GraphNode &n : graph.nodes)
        byGroup[n.zone + u'|' + n.service].push_back(&n);
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        const auto present = byGroup.find(it->first);
        std::set<QString> ids;
        if (present != byGroup.end())
            for (const GraphNode *n : present->second)
                ids.insert(n->id);
        for (auto s = it->second.begin(); s != it->second.end();)
            s = ids.count(s->first) ? std::next(s) : it->second.erase(s);
        it = it->second.empty() && present == byGroup.end() ? m_slots.erase(it) : std::next(it);
    }
    for (auto &[key, nodes] : byGroup) {
        std::sort(nodes.begin(), nodes.end(), [](const GraphNode *a, const GraphNode *b) { return a->id < b->id; });
        auto &slotOf = m_slots[key];
        std::set<int> used;
        for (const auto &[id, slot] : slotOf)
            used.insert(slot);
        for (const GraphNode *n : nodes) {
            if (slotOf.count(n->id))
                continue;
            int free = 0;
            while (used.count(free))
                ++free;
            slotOf[n->id] = free;
            used.insert(free);
        }
    }

    std::map<QString, QPointF> groupCenter;       // group key → centre, for edges
    std::map<QString, std::pair<int, QString>> primaryGroup; // service → (nodes, group key)
    double x = 0, tallest = 0;
    for (const GraphZone &z : zones) {
        TopologyScene::Zone zone{z.name, z.health, z.reason, {}, 0, 0, 0};
        double y = kZoneHeader;
        // Servers, three to a row.
        int column = 0;
        const double serverWidth = (kZoneWidth - 2 * kZonePad - 2 * kServerGap) / 3;
        for (const GraphServer &s : graph.servers) {
            if (s.zone != z.name)
                continue;
            scene.servers.push_back({s.name, s.zone,
                                     QRectF(x + kZonePad + column * (serverWidth + kServerGap), y, serverWidth, kServerHeight),
                                     s.reachable});
            ++zone.servers;
            if (++column == 3) {
                column = 0;
                y += kServerHeight + kServerGap;
            }
        }
        if (column)
            y += kServerHeight + kServerGap;
        y += kZonePad / 2;

        // Service groups in two columns, in first-seen order.
        std::vector<QString> keys;
        for (const auto &[key, nodes] : byGroup)
            if (nodes.front()->zone == z.name) {
                orderOf(m_groupOrder, key);
                keys.push_back(key);
            }
        std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) { return m_groupOrder[a] < m_groupOrder[b]; });
        double columnY[2] = {y, y};
        for (size_t i = 0; i < keys.size(); ++i) {
            const QString &key = keys[i];
            const auto &nodes = byGroup[key];
            const auto &slotOf = m_slots[key];
            int maxSlot = 0;
            for (const auto &[id, slot] : slotOf)
                maxSlot = std::max(maxSlot, slot);
            int &rows = m_groupRows[key];
            rows = std::max(rows, int(maxSlot / kColumns) + 1);
            const int col = int(i % 2);
            const double height = kGroupHeader + rows * kPitch + kGroupPad;
            const QRectF rect(x + kZonePad + col * (kGroupWidth + kZonePad), columnY[col], kGroupWidth, height);
            columnY[col] += height + kZonePad;
            TopologyScene::Group group{key, nodes.front()->service, z.name, nodes.front()->protocol, rect, int(nodes.size()), 0};
            for (const GraphNode *n : nodes) {
                const int slot = slotOf.at(n->id);
                const QPointF c(rect.left() + kGroupPad + (slot % int(kColumns)) * kPitch + kPitch / 2,
                                rect.top() + kGroupHeader + (slot / int(kColumns)) * kPitch + kPitch / 2);
                // What is there at the first layout is not "new".
                const auto seen = m_firstSeen.try_emplace(n->id, m_placedOnce ? now : now - kFreshFor).first->second;
                scene.dots.push_back({n->id, n->service, z.name, key, c, n->stale, now - seen < kFreshFor});
                group.stale += n->stale ? 1 : 0;
            }
            zone.nodes += group.nodes;
            zone.stale += group.stale;
            groupCenter[key] = rect.center();
            auto &primary = primaryGroup[group.service];
            if (group.nodes > primary.first)
                primary = {group.nodes, key};
            scene.groups.push_back(group);
        }
        const double height = std::max({columnY[0], columnY[1], y + 40.0});
        zone.rect = QRectF(x, 0, kZoneWidth, height);
        tallest = std::max(tallest, height);
        scene.zones.push_back(zone);
        x += kZoneWidth + kZoneGap;
    }
    for (TopologyScene::Zone &z : scene.zones) // one height for all: regions side by side
        z.rect.setHeight(tallest);

    // Topics in a band below, in first-seen order.
    std::vector<const GraphTopic *> topics;
    for (const GraphTopic &t : graph.topics) {
        orderOf(m_topicOrder, t.name);
        topics.push_back(&t);
    }
    std::sort(topics.begin(), topics.end(), [this](const GraphTopic *a, const GraphTopic *b) {
        return m_topicOrder[a->name] < m_topicOrder[b->name];
    });
    const double width = std::max(x - kZoneGap, kTopicWidth);
    const int perRow = std::max(1, int((width + kTopicGap) / (kTopicWidth + kTopicGap)));
    const double topicTop = tallest + 60;
    for (size_t i = 0; i < topics.size(); ++i) {
        const QRectF rect((i % perRow) * (kTopicWidth + kTopicGap), topicTop + (i / perRow) * (kTopicHeight + kTopicGap),
                          kTopicWidth, kTopicHeight);
        scene.topics.push_back({topics[i]->name, rect, topics[i]->subscribers});
        for (const QString &service : topics[i]->subscribers) {
            const auto primary = primaryGroup.find(service);
            if (primary == primaryGroup.end())
                continue;
            TopologyScene::Edge e;
            e.call = false;
            e.from = primary->second.second;
            e.to = QStringLiteral("topic:") + topics[i]->name;
            e.a = groupCenter[e.from];
            e.b = rect.center();
            scene.edges.push_back(e);
        }
    }

    // Calls between the services' main groups; calls without a caller come from "unknown".
    for (const GraphCall &c : graph.calls) {
        const auto to = primaryGroup.find(c.callee);
        if (to == primaryGroup.end())
            continue;
        TopologyScene::Edge e;
        e.to = to->second.second;
        e.b = groupCenter[e.to];
        if (c.caller.isEmpty()) {
            if (scene.unknownCallers.isEmpty())
                scene.unknownCallers = QRectF(-190, kZoneHeader, 150, 30);
            e.from = QStringLiteral("unknown");
            e.a = scene.unknownCallers.center();
        } else {
            const auto from = primaryGroup.find(c.caller);
            if (from == primaryGroup.end())
                continue;
            e.from = from->second.second;
            e.a = groupCenter[e.from];
        }
        e.perSecond = c.perSecond;
        e.total = c.total;
        e.errorRatio = c.errorRatio;
        e.label = c.endpoints.join(QStringLiteral(", "));
        scene.edges.push_back(e);
    }

    QRectF bounds;
    for (const auto &z : scene.zones)
        bounds |= z.rect;
    for (const auto &t : scene.topics)
        bounds |= t.rect;
    bounds |= scene.unknownCallers;
    scene.bounds = bounds.adjusted(-20, -20, 20, 20);

    std::set<QString> present;
    for (const GraphNode &n : graph.nodes)
        present.insert(n.id);
    for (auto it = m_firstSeen.begin(); it != m_firstSeen.end();) // forget long-gone nodes
        it = !present.count(it->first) && now - it->second > std::chrono::minutes(10) ? m_firstSeen.erase(it) : std::next(it);
    m_placedOnce = m_placedOnce || !graph.nodes.empty();
    return scene;
}

} // namespace switchboard::gui
