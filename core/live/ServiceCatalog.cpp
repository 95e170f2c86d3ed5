#include "ServiceCatalog.h"

#include <algorithm>

#include "micro/Registry.h"
#include "micro/RegistrySweep.h"
#include "nats/Connection.h"
#include "util/Utf8.h"
#include "srv/SrvDiscovery.h"

namespace switchboard::live {
namespace {

std::optional<std::string> zoneFromMetadata(const Metadata &md)
{
    for (const char *key : {"zone", "az", "region"})
        if (auto it = md.find(key); it != md.end() && !it->second.empty())
            return it->second;
    return std::nullopt;
}

SweepOutcome outcomeOf(bool answered, bool noResponders)
{
    return answered ? SweepOutcome::Replies : noResponders ? SweepOutcome::NoResponders : SweepOutcome::Timeout;
}

std::string srvNodeSubject(const std::string &name, const std::string &id)
{
    return srv::controlSubject(srv::Verb::Ping, name, id); // only that instance subscribes to it
}

} // namespace

ServiceCatalog::ServiceCatalog(std::shared_ptr<nats::Connection> connection, CatalogOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_options(std::move(options))
{
}

ServiceCatalog::~ServiceCatalog()
{
    stop();
}

void ServiceCatalog::start()
{
    if (m_worker.running())
        return;
    m_registry = std::make_unique<micro::Registry>(m_connection, m_options.registry);
    m_watch = std::make_unique<micro::RegistryWatch>(m_registry->watch(
        [this](const micro::RegistryResult &r) {
            if (!r.service)
                return;
            {
                std::lock_guard lock(m_mutex);
                if (r.action == "delete")
                    removeGoMicro(*r.service);
                else if (r.action == "create" || r.action == "update" || r.action == "put")
                    applyGoMicro(*r.service, std::chrono::system_clock::now(), nullptr);
            }
            notifyIfChanged();
        },
        [this](const std::string &error, const std::string &payload) {
            {
                std::lock_guard lock(m_mutex);
                problem("registry watch", error + ": " + util::excerpt(payload));
            }
            notifyIfChanged();
        }));
    m_worker.start([this] { sweepOnce(); }, m_options.requeryInterval);
}

void ServiceCatalog::stop()
{
    m_worker.stop();
    m_watch.reset();
    m_registry.reset();
}

void ServiceCatalog::refresh()
{
    m_worker.trigger();
}

void ServiceCatalog::setPlacementResolver(PlacementResolver resolver)
{
    std::lock_guard lock(m_mutex);
    m_resolver = std::move(resolver);
}

void ServiceCatalog::sweepOnce()
{
    const auto started = std::chrono::steady_clock::now();
    const TimePoint sweepStarted = std::chrono::system_clock::now();
    std::optional<micro::SweepResult> goMicro;
    std::optional<srv::SrvSweepResult> natsMicro;
    std::string goError, srvError;
    try {
        goMicro = m_registry->listServices();
    } catch (const std::exception &e) {
        goError = e.what();
    }
    if (m_options.includeNatsMicro) {
        try {
            natsMicro = srv::discover(*m_connection, srv::Verb::Info);
        } catch (const std::exception &e) {
            srvError = e.what();
        }
    }
    const TimePoint now = std::chrono::system_clock::now();
    {
        std::lock_guard lock(m_mutex);
        if (goMicro) {
            std::set<std::string> seen;
            for (const auto &s : goMicro->services)
                applyGoMicro(s, now, &seen);
            for (const auto &e : goMicro->errors)
                problem("registry query", e);
            if (goMicro->errorCount > int(goMicro->errors.size()))
                problem("registry query", std::to_string(goMicro->errorCount - int(goMicro->errors.size()))
                                              + " more undecodable replies in this sweep");
            if (goMicro->refused > 0)
                problem("registry query", std::to_string(goMicro->refused) + " replies beyond " + std::to_string(m_options.registry.sweep.maxReplies)
                                              + " were not read: a peer answers the query too often or with too much");
            // A sweep is only evidence of absence when it could be made.
            ageNodes(Protocol::GoMicro, seen, sweepStarted, now);
            m_status.goMicro = outcomeOf(goMicro->replies > 0, goMicro->noResponders);
        } else {
            m_status.goMicro = SweepOutcome::Failed;
            problem("registry query", goError);
        }
        if (natsMicro) {
            std::set<std::string> seen;
            for (const auto &i : natsMicro->instances)
                applySrv(i, now, &seen);
            for (const auto &e : natsMicro->errors)
                problem("$SRV INFO", e);
            if (natsMicro->errorCount > int(natsMicro->errors.size()))
                problem("$SRV INFO", std::to_string(natsMicro->errorCount - int(natsMicro->errors.size()))
                                         + " more undecodable replies in this sweep");
            ageNodes(Protocol::NatsMicro, seen, sweepStarted, now);
            m_status.natsMicro = outcomeOf(!natsMicro->instances.empty() || !natsMicro->errors.empty(), natsMicro->noResponders);
        } else if (m_options.includeNatsMicro) {
            m_status.natsMicro = SweepOutcome::Failed;
            problem("$SRV INFO", srvError);
        }
        m_status.lastSweep = now;
        m_status.lastSweepTime = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
        ++m_status.sweeps;
        markChanged(); // sweep figures changed
    }
    notifyIfChanged();
}

void ServiceCatalog::placeNode(CatalogNode &node, const std::string &uniqueSubject)
{
    if (auto zone = zoneFromMetadata(node.metadata)) {
        node.zone = *zone;
        node.zoneSource = ZoneSource::Metadata;
    }
    if (m_resolver && !uniqueSubject.empty()) {
        if (auto placement = m_resolver(uniqueSubject)) {
            node.serverName = placement->serverName;
            if (node.zoneSource != ZoneSource::Metadata && !placement->zone.empty()) {
                node.zone = placement->zone;
                node.zoneSource = ZoneSource::Server;
            }
        }
    }
}

CatalogVersion &ServiceCatalog::versionOf(const std::string &name, Protocol protocol, const std::string &version)
{
    CatalogService &entry = m_services[{name, protocol}];
    entry.name = name;
    entry.protocol = protocol;
    auto it = std::find_if(entry.versions.begin(), entry.versions.end(), [&](const CatalogVersion &v) { return v.version == version; });
    if (it != entry.versions.end())
        return *it;
    entry.versions.push_back(CatalogVersion{version, {}, {}, {}, {}});
    markChanged();
    return entry.versions.back();
}

CatalogNode &ServiceCatalog::heardFrom(CatalogVersion &version, const std::string &id, const Metadata &metadata,
                                       const std::string &address, TimePoint now, std::unordered_map<std::string, size_t> *index)
{
    auto node = version.nodes.end();
    if (index) {
        if (auto at = index->find(id); at != index->end())
            node = version.nodes.begin() + static_cast<std::ptrdiff_t>(at->second);
    } else {
        node = std::find_if(version.nodes.begin(), version.nodes.end(), [&](const CatalogNode &c) { return c.id == id; });
    }
    if (node == version.nodes.end()) {
        CatalogNode fresh;
        fresh.id = id;
        fresh.firstSeen = now;
        version.nodes.push_back(std::move(fresh));
        node = std::prev(version.nodes.end());
        if (index)
            index->emplace(id, version.nodes.size() - 1);
        markChanged();
    }
    if (node->address != address || node->metadata != metadata || node->stale)
        markChanged();
    node->address = address;
    node->metadata = metadata;
    node->lastSeen = now;
    node->missedSweeps = 0;
    node->stale = false;
    return *node;
}

void ServiceCatalog::applyGoMicro(const micro::Service &service, TimePoint now, std::set<std::string> *seen)
{
    CatalogVersion &version = versionOf(service.name, Protocol::GoMicro, service.version);
    if (service.endpoints && !service.endpoints->empty() && version.endpoints != *service.endpoints) {
        version.endpoints = *service.endpoints;
        markChanged();
    }
    // One reply carries all of a service's nodes: look them up by id, not by a search each
    // (O(n²): 10 000 nodes cost a second of the sweep thread, tst_hostile_gui).
    std::unordered_map<std::string, size_t> index;
    index.reserve(version.nodes.size());
    for (size_t i = 0; i < version.nodes.size(); ++i)
        index.emplace(version.nodes[i].id, i);
    for (const micro::Node &n : service.nodes.value_or(std::vector<micro::Node>{})) {
        if (seen)
            seen->insert(n.id);
        CatalogNode &node = heardFrom(version, n.id, n.metadata.value_or(Metadata{}), n.address, now, &index);
        placeNode(node, node.address);
    }
}

void ServiceCatalog::applySrv(const srv::SrvInstance &instance, TimePoint now, std::set<std::string> *seen)
{
    CatalogVersion &version = versionOf(instance.name, Protocol::NatsMicro, instance.version);
    if (version.description != instance.description || version.srvEndpoints != instance.endpoints) {
        version.description = instance.description;
        version.srvEndpoints = instance.endpoints;
        markChanged();
    }
    if (seen)
        seen->insert(instance.id);
    CatalogNode &node = heardFrom(version, instance.id, instance.metadata, {}, now);
    placeNode(node, srvNodeSubject(instance.name, instance.id));
}

void ServiceCatalog::removeGoMicro(const micro::Service &service)
{
    auto it = m_services.find({service.name, Protocol::GoMicro});
    if (it == m_services.end() || !service.nodes)
        return;
    for (CatalogVersion &v : it->second.versions) {
        if (v.version != service.version)
            continue;
        const size_t before = v.nodes.size();
        std::erase_if(v.nodes, [&](const CatalogNode &n) {
            return std::any_of(service.nodes->begin(), service.nodes->end(), [&](const micro::Node &d) { return d.id == n.id; });
        });
        if (v.nodes.size() != before)
            markChanged();
    }
    std::erase_if(it->second.versions, [](const CatalogVersion &v) { return v.nodes.empty(); });
    if (it->second.versions.empty())
        m_services.erase(it);
}

void ServiceCatalog::ageNodes(Protocol protocol, const std::set<std::string> &seen, TimePoint sweepStarted, TimePoint now)
{
    for (auto it = m_services.begin(); it != m_services.end();) {
        if (it->first.second != protocol) {
            ++it;
            continue;
        }
        for (CatalogVersion &v : it->second.versions) {
            for (CatalogNode &n : v.nodes) {
                // Heard of (watch) after the sweep began: the sweep says nothing about it.
                if (seen.count(n.id) || n.lastSeen >= sweepStarted)
                    continue;
                ++n.missedSweeps;
                if (!n.stale && n.missedSweeps >= m_options.staleAfterMissedSweeps) {
                    n.stale = true;
                    markChanged();
                }
            }
            const size_t before = v.nodes.size();
            std::erase_if(v.nodes, [&](const CatalogNode &n) { return n.stale && now - n.lastSeen >= m_options.removeAfter; });
            if (v.nodes.size() != before)
                markChanged();
        }
        std::erase_if(it->second.versions, [](const CatalogVersion &v) { return v.nodes.empty(); });
        it = it->second.versions.empty() ? m_services.erase(it) : std::next(it);
    }
}

void ServiceCatalog::problem(const std::string &source, const std::string &message)
{
    m_status.problems.push_back(CatalogProblem{std::chrono::system_clock::now(), source, message});
    if (m_status.problems.size() > m_options.maxProblems)
        m_status.problems.erase(m_status.problems.begin());
    markChanged();
}

void ServiceCatalog::markChanged()
{
    m_dirty = true;
}

void ServiceCatalog::notifyIfChanged()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_dirty)
            return;
        m_dirty = false;
    }
    m_notifier.notify();
}

CatalogSnapshot ServiceCatalog::snapshot() const
{
    std::lock_guard lock(m_mutex);
    CatalogSnapshot s = m_status;
    s.services.reserve(m_services.size());
    for (const auto &[key, service] : m_services)
        s.services.push_back(service);
    return s;
}

} // namespace switchboard::live
