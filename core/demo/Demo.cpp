#include "Demo.h"

#include "SyntheticServices.h"

#include <cmath>
#include <thread>

#include <nlohmann/json.hpp>

#include "DemoNode.h"
#include "DemoServices.h"
#include "micro/Uuid.h"
#include "srv/SrvClient.h"
#include "util/WorkerPool.h"

namespace switchboard::demo {

using nlohmann::json;
using namespace std::chrono_literals;

namespace {

const std::vector<std::string> kZones = {"az-a", "az-b", "az-c"};

/// Where the nodes of each service live (zone indexes).
const std::vector<std::pair<std::string, std::vector<int>>> kLayout = {
    {"greeter", {0}},      {"catalog", {0, 1}},  {"inventory", {1, 2}}, {"orders", {0, 1, 2}},
    {"payments", {0, 2}},  {"notifications", {2}}, {"pricing", {1, 2}},
};

std::string randomPassword()
{
    std::string id = micro::newUuid();
    std::erase(id, '-');
    return id.substr(0, 16);
}

} // namespace

Demo::Demo(std::vector<std::string> zones, int syntheticNodes)
    : m_zones(zones.size() == kZones.size() ? std::move(zones) : kZones), m_syntheticNodes(syntheticNodes)
{
}

Demo::~Demo()
{
    stop();
}

std::vector<std::string> Demo::serviceNames()
{
    std::vector<std::string> out;
    for (const auto &[name, zones] : kLayout)
        out.push_back(name);
    return out;
}

void Demo::start()
{
    m_options.servers = 3;
    m_options.zones = m_zones;
    m_options.monitoring = true;
    m_options.systemAccount = true;
    m_options.appUser = "services";
    m_options.appPassword = randomPassword();
    m_options.systemUser = "dashboard";
    m_options.systemPassword = randomPassword();
    m_options.directoryPrefix = "/tmp/switchboard-demo-";
    m_cluster = std::make_unique<LocalNatsCluster>(m_options);
    m_cluster->start();

    // Nodes start in parallel: each registers (and flushes) on its own connection.
    size_t total = 0;
    for (const auto &[service, zones] : kLayout)
        total += zones.size();
    std::vector<std::unique_ptr<DemoNode>> nodes(total);
    std::vector<std::thread> starters;
    size_t slot = 0;
    for (const auto &[service, zones] : kLayout)
        for (int zone : zones) {
            starters.emplace_back([this, &nodes, index = slot, name = service, zone] { // clang 14: no binding captures
                try {
                    nodes[index] = makeNode(name, zone);
                } catch (const std::exception &) {
                    // reported below as a node that did not start
                }
            });
            ++slot;
        }
    for (auto &t : starters)
        t.join();
    for (auto &n : nodes)
        if (!n)
            throw std::runtime_error("a demo service did not start");
    {
        std::lock_guard lock(m_mutex);
        m_nodes = std::move(nodes);
    }
    m_client = makeNode("loadgen", 0);
    // Stands for outside clients without wrapper.FromService: observers see "unknown callers".
    m_client->announceCaller = false;
    m_loadPool = std::make_unique<util::WorkerPool>(4);
    m_load.start([this] { generateLoad(); }, 100ms);
    if (m_syntheticNodes > 0) {
        m_synthetic = std::make_unique<SyntheticServices>(m_client->conn, m_syntheticNodes, m_zones);
        m_synthetic->start();
    }
}

void Demo::stop()
{
    m_synthetic.reset();
    m_load.stop();
    m_loadPool.reset();
    m_client.reset();
    {
        std::lock_guard lock(m_mutex);
        m_nodes.clear(); // each deregisters
    }
    m_cluster.reset();
}

DemoInfo Demo::info() const
{
    DemoInfo i;
    i.urls = m_cluster ? m_cluster->urls() : std::string();
    i.servicesUser = m_options.appUser;
    i.servicesPassword = m_options.appPassword;
    i.dashboardUser = m_options.systemUser;
    i.dashboardPassword = m_options.systemPassword;
    i.zones = m_zones;
    for (int s = 0; m_cluster && s < m_cluster->size(); ++s)
        i.monitorUrls.push_back(m_cluster->monitorUrl(s));
    return i;
}

std::unique_ptr<DemoNode> Demo::makeNode(const std::string &service, int zone)
{
    auto node = std::make_unique<DemoNode>();
    node->service = service;
    node->zone = zone;
    nats::ConnectOptions o;
    // Its own zone's server first; the others only if that one is down.
    o.servers = {m_cluster->url(zone)};
    for (int s = 0; s < m_cluster->size(); ++s)
        if (s != zone)
            o.servers.push_back(m_cluster->url(s));
    o.user = m_options.appUser;
    o.password = m_options.appPassword;
    o.sendAsap = true;
    o.maxReconnect = -1;
    o.name = "demo-" + service + "-" + m_zones[static_cast<size_t>(zone)];
    node->conn = nats::Connection::connect(o);
    node->registry = std::make_shared<micro::Registry>(node->conn);
    node->client = std::make_unique<micro::RpcClient>(node->conn, node->registry);
    node->broker = std::make_unique<micro::Broker>(node->conn);
    if (service == "loadgen")
        return node;

    defineService(*node, m_zones[static_cast<size_t>(zone)]);
    return node;
}

void Demo::generateLoad()
{
    // Rates vary slowly (a 40 s wave) around the base, times the chaos load factor.
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
    const double factor = m_loadFactor.load() * (1.0 + 0.5 * std::sin(t * 2 * M_PI / 40.0));
    auto maybe = [&](double perSecond, auto &&call) {
        double expected = perSecond * factor / 10.0; // per 100 ms tick
        while (expected > 0) {
            if (chance() < expected)
                m_loadPool->post(call);
            expected -= 1.0;
        }
    };
    DemoNode *client = m_client.get();
    maybe(4, [client] {
        (void)client->call("orders", "Orders.Create",
                           {{"customer", {{"id", "c-" + std::to_string(between(1, 50))}, {"email", "a@example.com"}, {"vip", chance() < 0.2}}},
                            {"lines", {{{"sku", kSkus[between(0, 4)]}, {"quantity", between(1, 3)}}}},
                            {"shipping", {{"address", {{"street", "Main St 1"}, {"city", "Lyon"}, {"country", "FR"}}}, {"express", false}}}});
    });
    maybe(3, [client] { (void)client->call("catalog", "Catalog.List", {{"page", between(1, 5)}, {"page_size", 20}}); });
    maybe(2, [client] { (void)client->call("catalog", "Catalog.Get", {{"sku", chance() < 0.1 ? "X-404" : kSkus[between(0, 4)]}}); });
    maybe(1, [client] { (void)client->call("greeter", "Greeter.Hello", {{"name", chance() < 0.05 ? "" : "visitor"}}); });
    maybe(2, [client] { (void)client->call("inventory", "Inventory.Stock", {{"sku", kSkus[between(0, 4)]}}); });
    maybe(2, [client] {
        (void)srv::callEndpoint(*client->conn, "pricing.quote", json{{"sku", kSkus[between(0, 4)]}, {"quantity", 2}}.dump(), {}, 2s);
    });
}

std::string Demo::stopServer(int index)
{
    if (index < 0 || index >= m_cluster->size())
        return "no server " + std::to_string(index);
    m_cluster->stopServer(index);
    return "stopped server " + m_cluster->serverName(index) + " (" + m_cluster->zone(index) + ")";
}

std::string Demo::restartServer(int index)
{
    if (index < 0 || index >= m_cluster->size())
        return "no server " + std::to_string(index);
    m_cluster->restart(index);
    return "restarted server " + m_cluster->serverName(index) + " (" + m_cluster->zone(index) + ")";
}

std::string Demo::killNode(const std::string &service)
{
    std::unique_ptr<DemoNode> victim;
    {
        std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_nodes.begin(), m_nodes.end(), [&](const auto &n) { return n->service == service; });
        if (it == m_nodes.end())
            return "no live node of " + service;
        victim = std::move(*it);
        m_nodes.erase(it);
        m_killed.emplace_back(service, victim->zone);
    }
    // A crash: the connection goes first, so no delete is announced.
    victim->conn->close();
    const std::string id = victim->server ? victim->server->node().id : victim->srvService->id();
    victim.reset();
    return "killed " + service + " node " + id + " (no deregistration)";
}

std::string Demo::restartNode(const std::string &service)
{
    int zone = -1;
    {
        std::lock_guard lock(m_mutex);
        auto it = std::find_if(m_killed.begin(), m_killed.end(), [&](const auto &k) { return k.first == service; });
        if (it == m_killed.end())
            return "no killed node of " + service;
        zone = it->second;
        m_killed.erase(it);
    }
    auto node = makeNode(service, zone);
    const std::string id = node->server ? node->server->node().id : node->srvService->id();
    std::lock_guard lock(m_mutex);
    m_nodes.push_back(std::move(node));
    return "started " + service + " node " + id + " in " + m_zones[static_cast<size_t>(zone)];
}

std::string Demo::setLoadFactor(double factor)
{
    m_loadFactor = std::clamp(factor, 0.0, 100.0);
    return "load factor " + std::to_string(m_loadFactor.load());
}

} // namespace switchboard::demo
