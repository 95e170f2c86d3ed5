#include "DemoTypes.h"

namespace switchboard::demo::types {
namespace {

micro::Value leaf(const char *name, const char *type)
{
    return micro::Value{name, type, std::nullopt};
}

micro::Value message(const char *name, const char *type, std::vector<micro::Value> fields)
{
    return micro::Value{name, type, std::move(fields)};
}

micro::Value money(const char *name)
{
    return message(name, "Money", {leaf("amount", "int64"), leaf("currency", "string")});
}

micro::Value lines()
{
    return message("lines", "[]Line", {leaf("sku", "string"), leaf("quantity", "int32")});
}

} // namespace

micro::Value greetRequest() { return message("HelloRequest", "HelloRequest", {leaf("name", "string")}); }
micro::Value greetResponse() { return message("HelloResponse", "HelloResponse", {leaf("msg", "string")}); }

micro::Value item(const char *name)
{
    return message(name, "Item", {leaf("sku", "string"), leaf("name", "string"), money("price"),
                                  leaf("tags", "[]string"), leaf("rating", "float64")});
}

micro::Value listItemsRequest()
{
    return message("ListRequest", "ListRequest",
                   {leaf("page", "int32"), leaf("page_size", "int32"),
                    message("filter", "Filter", {leaf("category", "string"), leaf("in_stock", "bool")})});
}

micro::Value listItemsResponse()
{
    micro::Value items = item("items");
    items.type = "[]Item";
    return message("ListResponse", "ListResponse", {items, leaf("total", "int64")});
}

micro::Value getItemRequest() { return message("GetRequest", "GetRequest", {leaf("sku", "string")}); }

micro::Value reserveRequest() { return message("ReserveRequest", "ReserveRequest", {leaf("order_id", "string"), lines()}); }
micro::Value reserveResponse()
{
    return message("ReserveResponse", "ReserveResponse", {leaf("reservation_id", "string"), leaf("reserved", "bool")});
}

micro::Value stockRequest() { return message("StockRequest", "StockRequest", {leaf("sku", "string")}); }
micro::Value stockResponse()
{
    return message("StockResponse", "StockResponse",
                   {leaf("sku", "string"), leaf("available", "int32"), leaf("warehouses", "map[string]int32")});
}

micro::Value createOrderRequest()
{
    return message("CreateRequest", "CreateRequest",
                   {message("customer", "Customer", {leaf("id", "string"), leaf("email", "string"), leaf("vip", "bool")}),
                    lines(),
                    message("shipping", "Shipping",
                            {message("address", "Address", {leaf("street", "string"), leaf("city", "string"), leaf("country", "string")}),
                             leaf("express", "bool")}),
                    leaf("metadata", "map[string]string")});
}

micro::Value createOrderResponse()
{
    return message("CreateResponse", "CreateResponse", {leaf("order_id", "string"), leaf("status", "string"), money("total")});
}

micro::Value getOrderRequest() { return message("GetRequest", "GetRequest", {leaf("order_id", "string")}); }

micro::Value chargeRequest()
{
    return message("ChargeRequest", "ChargeRequest",
                   {leaf("order_id", "string"), money("amount"),
                    message("method", "Method", {leaf("type", "string"), leaf("card_last4", "string")})});
}

micro::Value chargeResponse()
{
    return message("ChargeResponse", "ChargeResponse", {leaf("payment_id", "string"), leaf("settled", "bool"), leaf("fee", "float64")});
}

micro::Value sendRequest()
{
    return message("SendRequest", "SendRequest", {leaf("to", "string"), leaf("template", "string"), leaf("params", "map[string]string")});
}
micro::Value sendResponse() { return message("SendResponse", "SendResponse", {leaf("sent", "bool")}); }

micro::Value orderCreatedEvent()
{
    return message("OrderCreated", "OrderCreated", {leaf("order_id", "string"), leaf("customer_id", "string"), money("total")});
}

micro::Value paymentSettledEvent()
{
    return message("PaymentSettled", "PaymentSettled", {leaf("payment_id", "string"), leaf("order_id", "string"), money("amount")});
}

} // namespace switchboard::demo::types
