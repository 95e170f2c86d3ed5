#pragma once
// The protobuf tests' shared fixture: the shop schema imported as the app imports it, and an
// Order of protoc's generated class with every shape filled in (oneof, maps, nested, repeated,
// the well-known types, Any).
#include <QtTest>

#include "proto/SchemaSet.h"
#include "shop/v1/shop.pb.h"

namespace switchboard::testing {

/// tests/data/proto/shop/v1/shop.proto, imported with its include path; QVERIFY-fails when not.
inline proto::SchemaSetPtr importShop()
{
    const auto import = proto::SchemaSet::load({{std::string(SB_PROTO_DIR) + "/shop/v1/shop.proto"}, {SB_PROTO_DIR}, {}});
    [&] { QVERIFY2(import.ok(), proto::joinProblems(import.problems).c_str()); }();
    return import.set;
}

inline shop::v1::Order fullOrder()
{
    shop::v1::Order order;
    order.set_id("ORD-1");
    order.set_status(shop::v1::STATUS_SHIPPED);
    auto *item = order.add_items();
    item->set_sku("MUG");
    item->set_quantity(2);
    item->set_price_cents(1250);
    (*item->mutable_labels())["colour"] = "red";
    order.set_voucher("WINTER");
    order.mutable_placed_at()->set_seconds(1796000000);
    order.mutable_shipping()->set_city("Berlin");
    order.set_total(25.0);
    order.set_note("\x01\x02");
    (*order.mutable_counters())["views"] = 12;
    order.add_history(shop::v1::STATUS_PLACED);
    order.mutable_handling()->set_seconds(90);
    order.mutable_coupon()->set_value("C-9");
    (*order.mutable_extra()->mutable_fields())["source"].set_string_value("app");
    shop::v1::Address address;
    address.set_city("Paris");
    order.mutable_attachment()->PackFrom(address);
    order.set_gift(true);
    order.set_balance(-5);
    order.set_checksum(7);
    return order;
}

} // namespace switchboard::testing
