// The inspector's tree rows: from a message parsed with its schema (names, enum names, the
// well-known types as one value, maps by key, unknown fields) and from a schema-less decode; the
// row cap holds against a payload of many fields.
#include <QtTest>

#include "proto/MessageRows.h"
#include "proto/ProtoCodec.h"
#include "proto/RawDecoder.h"
#include "proto/SchemaSet.h"
#include "ShopFixture.h"
#include "shop/v1/shop.pb.h"

using namespace switchboard::proto;

namespace {

/// "depth|name|type|value" lines, one per row: easy to compare and to read in a failure.
QString lines(const MessageRows &rows)
{
    std::string out;
    for (const auto &r : rows.rows)
        out += std::to_string(r.depth) + '|' + r.name + '|' + r.type + '|' + r.value + '\n';
    return QString::fromStdString(out);
}

QString lines(std::initializer_list<const char *> expected)
{
    std::string out;
    for (const char *line : expected)
        out += std::string(line) + '\n';
    return QString::fromStdString(out);
}

} // namespace

class TestMessageRows : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_set = switchboard::testing::importShop();
        QVERIFY(m_set);
        m_order = m_set->findMessage("shop.v1.Order");
        QVERIFY(m_order);
    }

    void withSchema()
    {
        shop::v1::Order order;
        order.set_id("ORD-1");
        order.set_status(shop::v1::STATUS_SHIPPED);
        auto *item = order.add_items();
        item->set_sku("MUG");
        item->set_quantity(2);
        (*item->mutable_labels())["colour"] = "red";
        order.set_voucher("WINTER");
        order.mutable_placed_at()->set_seconds(1796000000);
        order.mutable_placed_at()->set_nanos(120000000);
        order.set_note("\x01\x02");
        order.add_history(shop::v1::STATUS_PLACED);
        order.mutable_handling()->set_seconds(90);
        order.mutable_handling()->set_nanos(500000000);
        order.mutable_coupon()->set_value("C-9");
        order.set_balance(-5);

        auto message = m_set->newMessage(m_order);
        QVERIFY(ProtoCodec::parse(*message, order.SerializeAsString()).empty());
        const MessageRows rows = messageRows(*message);
        QVERIFY(!rows.cut);
        const QString expected = lines({
            "0|id|string|\"ORD-1\"",
            "0|status|enum shop.v1.Status|STATUS_SHIPPED",
            "0|items|repeated shop.v1.Item|[1]",
            "1|[0]|shop.v1.Item|",
            "2|sku|string|\"MUG\"",
            "2|quantity|int32|2",
            "2|labels|map<string, string>|{1}",
            "3|\"colour\"|string|\"red\"",
            "0|voucher|string|\"WINTER\"",
            "0|placed_at|google.protobuf.Timestamp|2026-11-30T00:53:20.120Z",
            "0|note|bytes|\"\\001\\002\"",
            "0|history|repeated enum shop.v1.Status|[1]",
            "1|[0]|enum shop.v1.Status|STATUS_PLACED",
            "0|handling|google.protobuf.Duration|90.5s",
            "0|coupon|google.protobuf.StringValue|\"C-9\"",
            "0|balance|sint64|-5",
        });
        QCOMPARE(lines(rows), expected);
        QCOMPARE(rows.rows[1].number, 2);
    }

    void unknownEnumValueAndUnknownField()
    {
        // An enum number the .proto does not name (a newer sender), and a field it does not have.
        std::string bytes;
        bytes += '\x10'; // field 2 (status), varint
        bytes += '\x63'; // 99
        bytes += "\xa0\x06\x07"; // field 100, varint 7
        auto message = m_set->newMessage(m_order);
        QVERIFY(ProtoCodec::parse(*message, bytes).empty());
        QCOMPARE(lines(messageRows(*message)),
                 lines({"0|status|enum shop.v1.Status|99 (not in the enum)", "0|100|unknown varint|7"}));
    }

    void schemaLess()
    {
        shop::v1::Order order;
        order.set_id("ORD-1");
        order.mutable_shipping()->set_city("Berlin");
        order.set_checksum(7);
        const std::string bytes = order.SerializeAsString();
        const MessageRows rows = rawRows(bytes, decodeRaw(bytes));
        QCOMPARE(lines(rows), lines({"0|1|string|\"ORD-1\"", "0|7|message|", "1|2|string|\"Berlin\"",
                                           "0|18|fixed32|0x00000007"}));
    }

    void longTextIsCut()
    {
        shop::v1::Order order;
        order.set_id(std::string(5000, 'x'));
        auto message = m_set->newMessage(m_order);
        QVERIFY(ProtoCodec::parse(*message, order.SerializeAsString()).empty());
        const MessageRows rows = messageRows(*message);
        QCOMPARE(rows.rows.size(), size_t(1));
        QVERIFY(rows.rows[0].value.size() < 300);
        QVERIFY(rows.rows[0].value.ends_with("\xE2\x80\xA6"));
    }

    void rowCapHolds()
    {
        shop::v1::Order order;
        for (int i = 0; i < 50000; ++i)
            order.add_history(shop::v1::STATUS_PAID);
        auto message = m_set->newMessage(m_order);
        QVERIFY(ProtoCodec::parse(*message, order.SerializeAsString()).empty());
        const MessageRows rows = messageRows(*message);
        QVERIFY(rows.cut);
        QCOMPARE(rows.rows.size(), kMaxMessageRows);

        std::string many; // 50 000 unpacked varint fields: one row each without the cap
        for (int i = 0; i < 50000; ++i)
            many += "\x08\x01";
        const MessageRows raw = rawRows(many, decodeRaw(many));
        QVERIFY(raw.cut);
        QCOMPARE(raw.rows.size(), kMaxMessageRows);
    }

private:
    SchemaSetPtr m_set;
    const google::protobuf::Descriptor *m_order = nullptr;
};

QTEST_GUILESS_MAIN(TestMessageRows)
#include "tst_message_rows.moc"
