#include "DemoServices.h"

#include <random>
#include <thread>

#include "DemoTypes.h"
#include "micro/MicroError.h"
#include "micro/Uuid.h"

namespace switchboard::demo {

using nlohmann::json;

const char *const kSkus[5] = {"A-100", "A-200", "B-300", "C-400", "D-500"};

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

namespace {

json parseBody(const micro::RpcRequest &r)
{
    json in = json::parse(r.body, nullptr, false);
    if (in.is_discarded() || !in.is_object())
        throw micro::MicroError::badRequest(r.service + "." + r.endpoint, "request body must be a JSON object");
    return in;
}

} // namespace

void defineService(DemoNode &node, const std::string &zoneName)
{
    if (node.service == "pricing") {
        srv::SrvServiceOptions so;
        so.name = "pricing";
        so.version = "1.2.0";
        so.description = "Price quotes (NATS micro service)";
        so.metadata = {{"zone", zoneName}, {"team", "commerce"}};
        node.srvService = std::make_unique<srv::SrvService>(node.conn, so);
        node.srvService->addEndpoint(
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
        node.srvService->start();
        return;
    }

    micro::ServerOptions so;
    so.name = node.service;
    so.version = node.service == "orders" ? "2.1.0" : "1.0.0";
    so.metadata = {{"zone", zoneName}};
    node.server = std::make_unique<micro::RpcServer>(node.conn, so);
    DemoNode *self = &node;
    micro::RpcServer &server = *node.server;

    if (node.service == "greeter") {
        server.handle("Greeter.Hello", [](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            const std::string name = in.value("name", "");
            if (name.empty())
                throw micro::MicroError::badRequest("greeter.Greeter.Hello", "name must not be empty");
            return json{{"msg", "Hello " + name}}.dump();
        }, types::greetRequest(), types::greetResponse());
    } else if (node.service == "catalog") {
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
    } else if (node.service == "inventory") {
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
    } else if (node.service == "orders") {
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
    } else if (node.service == "payments") {
        server.handle("Payments.Charge", [self](const micro::RpcRequest &r) {
            const json in = parseBody(r);
            if (chance() < 0.03)
                throw micro::MicroError("payments.Payments.Charge", 402, "card declined");
            const std::string paymentId = "pay-" + micro::newUuid().substr(0, 8);
            self->broker->publish("payments.settled", json{{"payment_id", paymentId}, {"order_id", in.value("order_id", "")},
                                                           {"amount", in.value("amount", json::object())}}.dump());
            return json{{"payment_id", paymentId}, {"settled", true}, {"fee", 0.29}}.dump();
        }, types::chargeRequest(), types::chargeResponse());
    } else if (node.service == "notifications") {
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
}

} // namespace switchboard::demo
