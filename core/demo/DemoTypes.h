#pragma once
// Request/response type trees of the demo services, in go-micro's registry form (Value), so the
// call forms have nested messages, repeated fields, maps, numbers of several kinds and booleans.

#include "micro/RegistryTypes.h"

namespace switchboard::demo::types {

micro::Value greetRequest();
micro::Value greetResponse();
micro::Value listItemsRequest();
micro::Value listItemsResponse();
micro::Value getItemRequest();
micro::Value item(const char *name = "item");
micro::Value reserveRequest();
micro::Value reserveResponse();
micro::Value stockRequest();
micro::Value stockResponse();
micro::Value createOrderRequest();
micro::Value createOrderResponse();
micro::Value getOrderRequest();
micro::Value chargeRequest();
micro::Value chargeResponse();
micro::Value sendRequest();
micro::Value sendResponse();
micro::Value orderCreatedEvent();
micro::Value paymentSettledEvent();

} // namespace switchboard::demo::types
