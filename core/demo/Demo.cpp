#include "Demo.h"

#include <cmath>
#include <thread>

#include <nlohmann/json.hpp>

#include "DemoTypes.h"
#include "micro/Broker.h"
#include "micro/MicroError.h"
#include "micro/Registry.h"
#include "micro/RpcClient.h"
#include "micro/RpcServer.h"
#include "micro/Uuid.h"
#include "nats/Connection.h"
#include "srv/SrvClient.h"
#include "srv/SrvService.h"
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

double chance()
{
    thread_local std::mt19937 rng{std::random_device{}()};
    return std::uniform_real_distribution<double>(0, 1)(rng);
}

int between(int lo, int hi)
{
    thread_local std::mt19937 rng{std::random_device{}()};
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

json parseBody(const micro::RpcRequest &r)
{
    json in = json::parse(r.body, nullptr, false);
    if (in.is_discarded() || !in.is_object())
        throw micro::MicroError::badRequest(r.service + "." + r.endpoint, "request body must be a JSON object");
    return in;
}

const char *kSkus[] = {"A-100", "A-200", "B-300", "C-400", "D-500"};

} // namespace

struct Demo::Node {
    std::string service;
    int zone = 0;
    std::shared_ptr<nats::Connection> conn;
    std::shared_ptr<micro::Registry> registry;
    std::unique_ptr<micro::RpcClient> client;
    std::unique_ptr<micro::Broker> broker;
    std::unique_ptr<micro::RpcServer> server;   // destroyed before what its handlers use
    std::unique_ptr<srv::SrvService> srvService;

    micro::CallResult call(const std::string &service, const std::string &endpoint, const json &body)
    {
        micro::CallRequest r;
        r.service = service;
        r.endpoint = endpoint;
        r.body = body.dump();
        r.timeout = 2s;
        return client->call(r);
    }
};

Demo::Demo() = default;

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
    m_options.zones = kZones;
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
    std::vector<std::unique_ptr<Node>> nodes(total);
    std::vector<std::thread> starters;
    size_t slot = 0;
    for (const auto &[service, zones] : kLayout)
        for (int zone : zones) {
            starters.emplace_back([this, &nodes, index = slot, service, zone] {
                try {
                    nodes[index] = makeNode(service, zone);
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
    m_loadPool = std::make_unique<util::WorkerPool>(4);
    m_load.start([this] { generateLoad(); }, 100ms);
}

void Demo::stop()
{
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
    i.zones = kZones;
    for (int s = 0; m_cluster && s < m_cluster->size(); ++s)
        i.monitorUrls.push_back(m_cluster->monitorUrl(s));
    return i;
}

std::unique_ptr<Demo::Node> Demo::makeNode(const std::string &service, int zone)
{
    auto node = std::make_unique<Node>();
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
    o.name = "demo-" + service + "-" + kZones[static_cast<size_t>(zone)];
    node->conn = nats::Connection::connect(o);
    node->registry = std::make_shared<micro::Registry>(node->conn);
    node->client = std::make_unique<micro::RpcClient>(node->conn, node->registry);
    node->broker = std::make_unique<micro::Broker>(node->conn);
    if (service == "loadgen")
        return node;

    const std::string zoneName = kZones[static_cast<size_t>(zone)];
    if (service == "pricing") {
        srv::SrvServiceOptions so;
        so.name = "pricing";
        so.version = "1.2.0";
        so.description = "Price quotes (NATS micro service)";
        so.metadata = {{"zone", zoneName}, {"team", "commerce"}};
        node->srvService = std::make_unique<srv::SrvService>(node->conn, so);
        node->srvService->addEndpoint(
            "quote",
            [](const srv::SrvRequest &r) {
                const json in = json::parse(r.body, nullptr, false);
                if (in.is_discarded() || !in.contains("sku"))
                    throw srv::SrvError(400, "need {\"sku\":…, \"quantity\":…}");
                const int quantity = in.value("quantity", 1);
                return json{{"sku", in["sku"]}, {"unit_price", 1999}, {"total", 1999 * quantity}, {"currency", "EUR"}}.dump();
            },
            "pricing.quote",
            srv::Metadata{{"request_schema", R"({"type":"object","properties":{"sku":{"type":"string"},"quantity":{"type":"integer"}}})"}});
        node->srvService->start();
        return node;
    }

    micro::ServerOptions so;
    so.name = service;
    so.version = service == "orders" ? "2.1.0" : "1.0.0";
    so.metadata = {{"zone", zoneName}};
    node->server = std::make_unique<micro::RpcServer>(node->conn, so);
    Node *self = node.get();
    micro::RpcServer &server = *node->server;

    if (service == "greeter") {
        server.handle("Greeter.Hello", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            const std::string name = in.value("name", "");
            if (name.empty())
                throw micro::MicroError::badRequest("greeter.Greeter.Hello", "name must not be empty");
            return json{{"msg", "Hello " + name}}.dump();
        }, types::greetRequest(), types::greetResponse());
    } else if (service == "catalog") {
        server.handle("Catalog.List", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            if (chance() < 0.05)
                std::this_thread::sleep_for(std::chrono::milliseconds(between(150, 400))); // a slow page
            json items = json::array();
            for (const char *sku : kSkus)
                items.push_back({{"sku", sku}, {"name", std::string("Item ") + sku}, {"price", {{"amount", 1999}, {"currency", "EUR"}}},
                                 {"tags", {"demo"}}, {"rating", 4.5}});
            return json{{"items", items}, {"total", 5}, {"page", in.value("page", 1)}}.dump();
        }, types::listItemsRequest(), types::listItemsResponse());
        server.handle("Catalog.Get", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            const std::string sku = in.value("sku", "");
            if (sku.empty() || sku[0] == 'X')
                throw micro::MicroError::notFound("catalog.Catalog.Get", "no item " + sku);
            return json{{"sku", sku}, {"name", "Item " + sku}, {"price", {{"amount", 1999}, {"currency", "EUR"}}}}.dump();
        }, types::getItemRequest(), types::item("Item"));
    } else if (service == "inventory") {
        server.handle("Inventory.Reserve", [self](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            if (chance() < 0.04)
                throw micro::MicroError("inventory.Inventory.Reserve", 409, "out of stock");
            if (chance() < 0.15)
                self->broker->publish("inventory.low", json{{"sku", kSkus[between(0, 4)]}, {"available", between(0, 5)}}.dump());
            return json{{"reservation_id", micro::newUuid()}, {"reserved", true}}.dump();
        }, types::reserveRequest(), types::reserveResponse());
        server.handle("Inventory.Stock", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            return json{{"sku", in.value("sku", "A-100")}, {"available", between(0, 500)},
                        {"warehouses", {{"berlin", between(0, 200)}, {"lyon", between(0, 200)}}}}.dump();
        }, types::stockRequest(), types::stockResponse());
    } else if (service == "orders") {
        server.handle("Orders.Create", [self](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            const std::string orderId = "ord-" + micro::newUuid().substr(0, 8);
            const auto reserved = self->call("inventory", "Inventory.Reserve", {{"order_id", orderId}, {"lines", in.value("lines", json::array())}});
            if (!reserved.ok())
                throw micro::MicroError("orders.Orders.Create", reserved.error.code ? reserved.error.code : 502,
                                        "inventory: " + reserved.error.detail);
            const int amount = between(500, 20000);
            const auto charged = self->call("payments", "Payments.Charge",
                                            {{"order_id", orderId}, {"amount", {{"amount", amount}, {"currency", "EUR"}}},
                                             {"method", {{"type", "card"}, {"card_last4", "4242"}}}});
            if (!charged.ok())
                throw micro::MicroError("orders.Orders.Create", charged.error.code ? charged.error.code : 502,
                                        "payments: " + charged.error.detail);
            const std::string customer = in.contains("customer") ? in["customer"].value("id", "c-1") : "c-1";
            self->broker->publish("orders.created", json{{"order_id", orderId}, {"customer_id", customer},
                                                         {"total", {{"amount", amount}, {"currency", "EUR"}}}}.dump());
            return json{{"order_id", orderId}, {"status", "confirmed"}, {"total", {{"amount", amount}, {"currency", "EUR"}}}}.dump();
        }, types::createOrderRequest(), types::createOrderResponse());
        server.handle("Orders.Get", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            return json{{"order_id", in.value("order_id", "")}, {"status", "shipped"}}.dump();
        }, types::getOrderRequest(), types::createOrderResponse());
    } else if (service == "payments") {
        server.handle("Payments.Charge", [self](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            if (chance() < 0.03)
                throw micro::MicroError("payments.Payments.Charge", 402, "card declined");
            const std::string paymentId = "pay-" + micro::newUuid().substr(0, 8);
            self->broker->publish("payments.settled", json{{"payment_id", paymentId}, {"order_id", in.value("order_id", "")},
                                                           {"amount", in.value("amount", json::object())}}.dump());
            return json{{"payment_id", paymentId}, {"settled", true}, {"fee", 0.29}}.dump();
        }, types::chargeRequest(), types::chargeResponse());
    } else if (service == "notifications") {
        server.handle("Notifications.Send", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            if (in.value("to", "").find('@') == std::string::npos)
                throw micro::MicroError::badRequest("notifications.Notifications.Send", "'to' must be an e-mail address");
            return json{{"sent", true}}.dump();
        }, types::sendRequest(), types::sendResponse());
        // One queue group member handles each order; every node sees every payment.
        server.subscribe("orders.created", [](const micro::BrokerEvent &) {}, "notifications", types::orderCreatedEvent(),
                         "Events.OrderCreated");
        server.subscribe("payments.settled", [](const micro::BrokerEvent &) {}, {}, types::paymentSettledEvent(),
                         "Events.PaymentSettled");
    }
    server.start();
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
    Node *client = m_client.get();
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
    std::unique_ptr<Node> victim;
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
    return "started " + service + " node " + id + " in " + kZones[static_cast<size_t>(zone)];
}

std::string Demo::setLoadFactor(double factor)
{
    m_loadFactor = std::clamp(factor, 0.0, 100.0);
    return "load factor " + std::to_string(m_loadFactor.load());
}

} // namespace switchboard::demo
