#include "TopologyHistory.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace switchboard::gui {

namespace {

/// The previous snapshot's value when equal, so that an unchanged list is held once.
template <class T>
std::shared_ptr<const std::vector<T>> shared(std::vector<T> now, const std::shared_ptr<const std::vector<T>> &before)
{
    if (before && *before == now)
        return before;
    return std::make_shared<const std::vector<T>>(std::move(now));
}

size_t stringBytes(const QString &s) { return size_t(s.capacity()) * sizeof(QChar); }

bool worse(const QString &health) { return health == QLatin1String("degraded") || health == QLatin1String("down"); }

} // namespace

void TopologyHistory::record(const TopologyGraph &graph, qint64 atMs)
{
    Snapshot next;
    next.atMs = atMs;
    const Snapshot *before = m_snapshots.empty() ? nullptr : &m_snapshots.back();
    // Nodes and call keys that did not change are the previous snapshot's records.
    QHash<QString, const std::shared_ptr<const GraphNode> *> nodesBefore;
    QHash<std::pair<QString, QString>, const std::shared_ptr<const CallKey> *> callsBefore;
    if (before) {
        nodesBefore.reserve(qsizetype(before->nodes.size()));
        for (const auto &n : before->nodes)
            nodesBefore.insert(n->id, &n);
        for (const auto &key : *before->callKeys)
            callsBefore.insert({key->caller, key->callee}, &key);
    }
    next.nodes.reserve(graph.nodes.size());
    for (const GraphNode &n : graph.nodes) {
        const auto *old = nodesBefore.value(n.id);
        next.nodes.push_back(old && **old == n ? *old : std::make_shared<const GraphNode>(n));
    }
    CallKeys keys;
    keys.reserve(graph.calls.size());
    next.rates.reserve(graph.calls.size());
    for (const GraphCall &c : graph.calls) {
        const auto *old = callsBefore.value({c.caller, c.callee});
        keys.push_back(old && (*old)->endpoints == c.endpoints ? *old
                                                               : std::make_shared<const CallKey>(CallKey{c.caller, c.callee, c.endpoints}));
        next.rates.push_back({float(c.perSecond), float(c.errorRatio)});
    }
    next.callKeys = before && *before->callKeys == keys ? before->callKeys : std::make_shared<const CallKeys>(std::move(keys));
    next.zones = shared(graph.zones, before ? before->zones : nullptr);
    next.servers = shared(graph.servers, before ? before->servers : nullptr);
    next.topics = shared(graph.topics, before ? before->topics : nullptr);
    if (before) {
        Mark mark = compare(*before, next);
        if (mark.up + mark.down + mark.stale + mark.back + mark.zones > 0)
            m_marks.push_back(std::move(mark));
    }
    m_snapshots.push_back(std::move(next));

    // The oldest snapshot kept is the last one at or before the span's start, so that the
    // span's first moment still has a map.
    const qint64 start = atMs - m_spanMs;
    while (m_snapshots.size() > 1 && m_snapshots[1].atMs <= start)
        m_snapshots.pop_front();
    while (!m_marks.empty() && m_marks.front().atMs < start)
        m_marks.pop_front();
}

TopologyHistory::Mark TopologyHistory::compare(const Snapshot &before, const Snapshot &now) const
{
    Mark mark;
    mark.atMs = now.atMs;
    auto note = [&mark](Change change) {
        if (int(mark.named.size()) < kNamedChanges)
            mark.named.push_back(std::move(change));
    };
    QHash<QString, const GraphNode *> was;
    was.reserve(qsizetype(before.nodes.size()));
    for (const auto &n : before.nodes)
        was.insert(n->id, n.get());
    for (const auto &n : now.nodes) {
        const GraphNode *old = was.take(n->id);
        if (!old) {
            ++mark.up;
            note({Change::Kind::NodeUp, n->id, n->service, n->zone, {}});
        } else if (n->stale && !old->stale) {
            ++mark.stale;
            note({Change::Kind::NodeStale, n->id, n->service, n->zone, {}});
        } else if (!n->stale && old->stale) {
            ++mark.back;
            note({Change::Kind::NodeBack, n->id, n->service, n->zone, {}});
        }
    }
    for (const GraphNode *gone : std::as_const(was)) {
        ++mark.down;
        note({Change::Kind::NodeDown, gone->id, gone->service, gone->zone, {}});
    }
    if (now.zones != before.zones) {
        QHash<QString, QString> health;
        for (const GraphZone &z : *before.zones)
            health.insert(z.name, z.health);
        for (const GraphZone &z : *now.zones) {
            const auto it = health.constFind(z.name);
            if (it == health.constEnd() || *it == z.health)
                continue;
            ++mark.zones;
            mark.zoneWorse = mark.zoneWorse || worse(z.health);
            note({Change::Kind::ZoneHealth, z.name, {}, {}, z.health});
        }
    }
    return mark;
}

TopologyGraph TopologyHistory::at(qint64 atMs) const
{
    TopologyGraph g;
    auto it = std::upper_bound(m_snapshots.begin(), m_snapshots.end(), atMs,
                               [](qint64 t, const Snapshot &s) { return t < s.atMs; });
    if (it == m_snapshots.begin())
        return g;
    const Snapshot &s = *std::prev(it);
    g.nodes.reserve(s.nodes.size());
    for (const auto &n : s.nodes)
        g.nodes.push_back(*n);
    g.zones = *s.zones;
    g.servers = *s.servers;
    g.topics = *s.topics;
    g.calls.reserve(s.rates.size());
    for (size_t i = 0; i < s.rates.size(); ++i) {
        const CallKey &key = *(*s.callKeys)[i];
        GraphCall call;
        call.caller = key.caller;
        call.callee = key.callee;
        call.endpoints = key.endpoints;
        call.perSecond = s.rates[i].perSecond;
        call.errorRatio = s.rates[i].errorRatio;
        g.calls.push_back(std::move(call));
    }
    return g;
}

qint64 TopologyHistory::firstMs() const { return m_snapshots.empty() ? 0 : m_snapshots.front().atMs; }
qint64 TopologyHistory::lastMs() const { return m_snapshots.empty() ? 0 : m_snapshots.back().atMs; }

size_t TopologyHistory::bytes() const
{
    // Each shared record counted once, however many snapshots hold it.
    QSet<const void *> seen;
    size_t total = sizeof(*this);
    auto once = [&seen](const void *p) {
        if (seen.contains(p))
            return false;
        seen.insert(p);
        return true;
    };
    for (const Snapshot &s : m_snapshots) {
        total += sizeof(Snapshot) + s.nodes.capacity() * sizeof(s.nodes[0]) + s.rates.capacity() * sizeof(CallRate);
        for (const auto &n : s.nodes)
            if (once(n.get()))
                total += sizeof(GraphNode) + 32 /* control block */ + stringBytes(n->id) + stringBytes(n->service)
                         + stringBytes(n->zone) + stringBytes(n->protocol);
        if (once(s.callKeys.get())) { // a shared set: counted with the first snapshot that holds it
            total += sizeof(CallKeys) + 32 + s.callKeys->capacity() * sizeof(CallKeys::value_type);
            for (const auto &key : *s.callKeys)
                if (once(key.get())) {
                    total += sizeof(CallKey) + 32 + stringBytes(key->caller) + stringBytes(key->callee);
                    for (const QString &e : key->endpoints)
                        total += sizeof(QString) + stringBytes(e);
                }
        }
        if (once(s.zones.get()))
            for (const GraphZone &z : *s.zones)
                total += sizeof(GraphZone) + stringBytes(z.name) + stringBytes(z.health) + stringBytes(z.reason);
        if (once(s.servers.get()))
            for (const GraphServer &v : *s.servers)
                total += sizeof(GraphServer) + stringBytes(v.name) + stringBytes(v.zone);
        if (once(s.topics.get()))
            for (const GraphTopic &t : *s.topics) {
                total += sizeof(GraphTopic) + stringBytes(t.name);
                for (const QString &sub : t.subscribers)
                    total += sizeof(QString) + stringBytes(sub);
            }
    }
    for (const Mark &m : m_marks) {
        total += sizeof(Mark) + m.named.capacity() * sizeof(Change);
        for (const Change &c : m.named)
            total += stringBytes(c.subject) + stringBytes(c.service) + stringBytes(c.zone) + stringBytes(c.health);
    }
    return total;
}

} // namespace switchboard::gui
