// JSON ↔ protobuf through a SchemaSet, checked against the classes protoc generated from the same
// .proto: what we encode, Google's generated code reads back the same; what it writes, we read.
#include <QElapsedTimer>
#include <QtTest>

#include <google/protobuf/descriptor.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include "other/greeter.pb.h"
#include "proto/ProtoCodec.h"
#include "proto/SchemaSet.h"
#include "ShopFixture.h"
#include "shop/v1/shop.pb.h"

using namespace switchboard::proto;
using google::protobuf::util::MessageDifferencer;
using switchboard::testing::fullOrder;

namespace {


} // namespace

class TestProtoCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_set = switchboard::testing::importShop();
        QVERIFY(m_set);
        m_order = m_set->findMessage("shop.v1.Order");
        QVERIFY(m_order);
    }

    void jsonEncodesWhatTheGeneratedClassReads()
    {
        const auto order = fullOrder();
        std::string json;
        QVERIFY(google::protobuf::util::MessageToJsonString(order, &json).ok());
        const auto encoded = ProtoCodec::fromJson(*m_set, m_order, json);
        QVERIFY2(encoded.ok(), encoded.error.c_str());
        shop::v1::Order back;
        QVERIFY(back.ParseFromString(encoded.data));
        QVERIFY2(MessageDifferencer::Equals(order, back), back.DebugString().c_str());
    }

    void withoutMapsTheBytesAreTheGeneratedClassBytes()
    {
        // Maps aside (their order is not fixed in either), serialization is in field order.
        greeter::v1::HelloRequest request;
        request.set_name("John");
        const auto import = SchemaSet::load({{std::string(SB_PROTO_DIR) + "/other/greeter.proto"}, {}, {}});
        const auto encoded = ProtoCodec::fromJson(*import.set, import.set->findMessage("greeter.v1.HelloRequest"), R"({"name":"John"})");
        QCOMPARE(encoded.data, request.SerializeAsString());

        auto order = fullOrder();
        order.clear_counters();
        order.mutable_items(0)->clear_labels();
        order.clear_extra();
        std::string json;
        QVERIFY(google::protobuf::util::MessageToJsonString(order, &json).ok());
        QCOMPARE(ProtoCodec::fromJson(*m_set, m_order, json).data, order.SerializeAsString());
    }

    void bytesDecodeToProtoNamedJson()
    {
        const auto order = fullOrder();
        const auto decoded = ProtoCodec::toJson(*m_set, m_order, order.SerializeAsString(), {false, false, false});
        QVERIFY2(decoded.ok(), decoded.error.c_str());
        QVERIFY(decoded.data.find("\"placed_at\":\"2026-11-30T") != std::string::npos);
        QVERIFY(decoded.data.find("\"status\":\"STATUS_SHIPPED\"") != std::string::npos);
        QVERIFY(decoded.data.find("\"@type\":\"type.googleapis.com/shop.v1.Address\"") != std::string::npos);
        shop::v1::Order back;
        QVERIFY(google::protobuf::util::JsonStringToMessage(decoded.data, &back).ok());
        QVERIFY(MessageDifferencer::Equals(order, back));

        const auto camel = ProtoCodec::toJson(*m_set, m_order, order.SerializeAsString(), {true, false, true});
        QVERIFY(camel.data.find("\"placedAt\"") != std::string::npos);
        QVERIFY(camel.data.rfind("{\n  \"id\": \"ORD-1\",\n  \"status\": ", 0) == 0); // indented by two
        QVERIFY(camel.data.find("\"fields\"") == std::string::npos);
        QVERIFY(camel.data.back() != '\n');
        const auto defaults = ProtoCodec::toJson(*m_set, m_order, "", {false, true, false});
        QVERIFY(defaults.data.find("\"gift\":false") != std::string::npos);
    }

    void bothFieldNameStylesAreAccepted()
    {
        const auto snake = ProtoCodec::fromJson(*m_set, m_order, R"({"placed_at":"2026-12-06T05:00:00Z","price_cents":1})");
        QVERIFY(!snake.ok()); // price_cents is Item's, not Order's: named
        QVERIFY2(snake.error.find("price_cents") != std::string::npos, snake.error.c_str());
        const auto a = ProtoCodec::fromJson(*m_set, m_order, R"({"placed_at":"2026-12-06T05:00:00Z"})");
        const auto b = ProtoCodec::fromJson(*m_set, m_order, R"({"placedAt":"2026-12-06T05:00:00Z"})");
        QVERIFY2(a.ok(), a.error.c_str());
        QCOMPARE(a.data, b.data);
        shop::v1::Order order;
        QVERIFY(order.ParseFromString(a.data));
        QCOMPARE(order.placed_at().seconds(), int64_t(1796533200));
    }

    void mistakesInJsonAreNamed()
    {
        const auto unknown = ProtoCodec::fromJson(*m_set, m_order, R"({"nope":1})");
        QVERIFY2(unknown.error.find("nope") != std::string::npos, unknown.error.c_str());
        QVERIFY(unknown.error.find("shop.v1.Order") != std::string::npos);
        const auto badEnum = ProtoCodec::fromJson(*m_set, m_order, R"({"status":"STATUS_LOST"})");
        QVERIFY2(!badEnum.ok(), badEnum.data.c_str());
        QVERIFY(!ProtoCodec::fromJson(*m_set, m_order, R"({"total":"many"})").ok());
        QVERIFY(!ProtoCodec::fromJson(*m_set, m_order, R"({"placed_at":"yesterday"})").ok());
        QVERIFY(!ProtoCodec::fromJson(*m_set, m_order, "{").ok());
        QVERIFY(!ProtoCodec::fromJson(*m_set, m_order, "").ok());
        QVERIFY(!ProtoCodec::fromJson(*m_set, m_order, R"({"attachment":{"@type":"type.googleapis.com/no.Such"}})").ok());
        QVERIFY(!ProtoCodec::fromJson(*m_set, nullptr, "{}").ok());
        // A descriptor from another pool is not this set's.
        QVERIFY(!ProtoCodec::fromJson(*m_set, shop::v1::Order::descriptor(), "{}").ok());
    }

    void anUnknownEnumNumberIsKeptAndShown()
    {
        shop::v1::Order order;
        order.set_status(static_cast<shop::v1::Status>(99));
        const auto decoded = ProtoCodec::toJson(*m_set, m_order, order.SerializeAsString(), {false, false, false});
        QVERIFY2(decoded.ok(), decoded.error.c_str());
        QCOMPARE(decoded.data, std::string(R"({"status":99})"));
        QVERIFY(ProtoCodec::fromJson(*m_set, m_order, R"({"status":99})").ok());
    }

    void tenThousandLevelsDeepAreAnErrorNotACrash()
    {
        const auto *treeType = m_set->findMessage("shop.v1.Tree");
        std::string json = R"({"label":"leaf"})";
        for (int i = 0; i < 10000; ++i)
            json = R"({"child":)" + json + "}";
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!ProtoCodec::fromJson(*m_set, treeType, json).ok());

        std::string bytes = "\x0a\x04leaf";
        for (int i = 0; i < 10000; ++i) {
            std::string length;
            for (size_t n = bytes.size(); ; n >>= 7) {
                length += char((n & 0x7f) | (n >= 0x80 ? 0x80 : 0));
                if (n < 0x80)
                    break;
            }
            bytes = "\x12" + length + bytes;
        }
        const auto decoded = ProtoCodec::toJson(*m_set, treeType, bytes);
        QCOMPARE(decoded.error, std::string("not a shop.v1.Tree: nested deeper than 100 levels"));
        QVERIFY(clock.elapsed() < 10000);
    }

    void bytesOfAnotherShapeSayWhere()
    {
        const auto cut = ProtoCodec::toJson(*m_set, m_order, std::string("\x0a\x05" "ab", 4));
        QCOMPARE(cut.error, std::string("not a shop.v1.Order: field 1: a length of 5 bytes runs past the end (2 left) (at byte 0)"));
        const auto huge = ProtoCodec::toJson(*m_set, m_order, std::string("\x12\x80\x80\x80\x20xyz", 8));
        QVERIFY2(huge.error.find("a length of 67108864 bytes runs past the end") != std::string::npos, huge.error.c_str());
        // A string field holding invalid UTF-8 parses raw but not as proto3 text.
        const auto badText = ProtoCodec::toJson(*m_set, m_order, std::string("\x0a\x02\xff\xfe", 4));
        QVERIFY(!badText.ok());
        QVERIFY(badText.error.rfind("not a shop.v1.Order: ", 0) == 0);
    }

private:
    SchemaSetPtr m_set;
    const google::protobuf::Descriptor *m_order = nullptr;
};

QTEST_GUILESS_MAIN(TestProtoCodec)
#include "tst_proto_codec.moc"
