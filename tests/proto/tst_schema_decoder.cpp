// The schema-driven flat decoder against protobuf's own parser: every shape of the fixture's
// Order (oneof, maps, nested, packed and unpacked repeated, the well-known types, unknown
// fields, a field in the wrong wire type), the refusals protobuf makes (truncation, bad UTF-8 in
// a proto3 string, nesting past 100, field number 0), what it leaves to protobuf (groups), and
// 20 000 mutated payloads where both must agree on accepting and on the message.
#include <QtTest>

#include <random>

#include "proto/SchemaDecoder.h"
#include "proto/SchemaSet.h"
#include "ShopFixture.h"
#include "shop/v1/shop.pb.h"

using namespace switchboard::proto;

namespace {

/// The shared full Order, with a card in place of the voucher, negative varints, more items,
/// bytes that are not UTF-8 and a fixed32 with its top bit set.
shop::v1::Order everyShape()
{
    shop::v1::Order order = switchboard::testing::fullOrder();
    order.set_id("ORD-1 ü");
    for (int i = 0; i < 2; ++i) {
        auto *item = order.add_items();
        item->set_sku("SKU-" + std::to_string(i));
        item->set_quantity(-i - 1); // a negative int32: ten bytes on the wire
    }
    order.mutable_card()->set_number("4111");
    order.mutable_placed_at()->set_nanos(5);
    order.set_note(std::string("\x00\xff\x01", 3));
    (*order.mutable_counters())["views"] = -12;
    order.add_history(shop::v1::STATUS_PAID);
    order.set_checksum(0xdeadbeef);
    return order;
}

std::string key(uint32_t number, uint32_t wire)
{
    std::string out;
    for (uint32_t tag = (number << 3) | wire; ; tag >>= 7) {
        if (tag < 0x80) { out += char(tag); break; }
        out += char((tag & 0x7f) | 0x80);
    }
    return out;
}

} // namespace

class TestSchemaDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_set = switchboard::testing::importShop();
        QVERIFY(m_set);
        m_order = m_set->findMessage("shop.v1.Order");
        m_tree = m_set->findMessage("shop.v1.Tree");
        QVERIFY(m_order && m_tree);
    }

    void everyShapeDecodesAsProtobufParsesIt()
    {
        const std::string bytes = everyShape().SerializeAsString();
        std::vector<DecodedField> fields;
        const auto decoded = decodeWithSchema(m_order, bytes, fields);
        QVERIFY2(decoded.ok(), decoded.error.c_str());
        QCOMPARE(fields.front().field->name(), std::string("id"));
        QCOMPARE(fields.front().data, std::string_view("ORD-1 ü"));
        QCOMPARE(fields.front().parent, -1);
        // The packed history: one entry per element, both at the top.
        int history = 0;
        for (const auto &f : fields)
            if (f.field && f.field->name() == "history") {
                QVERIFY(f.packedElement);
                QCOMPARE(f.parent, -1);
                ++history;
            }
        QCOMPARE(history, 2);
        // A nested field names its message's entry.
        const auto city = std::find_if(fields.begin(), fields.end(), [](const DecodedField &f) {
            return f.field && f.field->name() == "city" && f.data == "Berlin";
        });
        QVERIFY(city != fields.end());
        QCOMPARE(fields[size_t(city->parent)].field->name(), std::string("shipping"));
        QCOMPARE(differenceFromProtobuf(*m_set, m_order, bytes), std::string());
    }

    void unknownAndMisTypedFieldsAreKeptAsUnknown()
    {
        std::string bytes = everyShape().SerializeAsString();
        bytes += key(99, 0) + "\x05";         // not in the type
        bytes += key(1, 0) + "\x07";          // id is a string: a varint 1 is unknown to protobuf too
        bytes += key(11, 0) + "\x03";         // history unpacked: accepted as well
        std::vector<DecodedField> fields;
        QVERIFY(decodeWithSchema(m_order, bytes, fields).ok());
        QCOMPARE(fields[fields.size() - 3].field, nullptr);
        QCOMPARE(fields[fields.size() - 3].number, 99u);
        QCOMPARE(fields[fields.size() - 2].field, nullptr);
        QVERIFY(fields.back().field && !fields.back().packedElement);
        QCOMPARE(differenceFromProtobuf(*m_set, m_order, bytes), std::string());
    }

    void refusesWhatProtobufRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        const std::string whole = everyShape().SerializeAsString();
        QTest::newRow("cut") << QByteArray::fromStdString(whole.substr(0, whole.size() - 3)) << QStringLiteral("past the end");
        QTest::newRow("bad UTF-8") << QByteArray::fromStdString(key(1, 2) + "\x02\xc3\x28") << QStringLiteral("UTF-8");
        QTest::newRow("field 0") << QByteArray::fromStdString(key(0, 0) + "\x01") << QStringLiteral("field number 0");
        QTest::newRow("wire type 7") << QByteArray::fromStdString(key(3, 7)) << QStringLiteral("wire type");
        QTest::newRow("11-byte varint") << QByteArray::fromStdString(key(16, 0) + std::string(10, '\xff') + "\x01")
                                        << QStringLiteral("ten bytes");
        QTest::newRow("64 MiB length") << QByteArray::fromStdString(key(9, 2) + "\x80\x80\x80\x20")
                                       << QStringLiteral("past the end");
    }
    void refusesWhatProtobufRefuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        std::vector<DecodedField> fields;
        const std::string_view view(bytes.constData(), size_t(bytes.size()));
        const auto decoded = decodeWithSchema(m_order, view, fields);
        QCOMPARE(int(decoded.status), int(SchemaDecode::Status::Invalid));
        QVERIFY2(QString::fromStdString(decoded.error).contains(error), decoded.error.c_str());
        QCOMPARE(differenceFromProtobuf(*m_set, m_order, view), std::string());
    }

    void nestingStopsWhereProtobufStops()
    {
        // Tree{child: Tree{child: …}} `depth` levels below the top.
        const auto nested = [](int depth) {
            std::string bytes = key(1, 2) + "\x01x";
            for (int i = 0; i < depth; ++i) {
                std::string length;
                for (size_t n = bytes.size(); ; n >>= 7) {
                    if (n < 0x80) { length += char(n); break; }
                    length += char((n & 0x7f) | 0x80);
                }
                bytes = key(2, 2) + length + bytes;
            }
            return bytes;
        };
        std::vector<DecodedField> fields;
        QVERIFY(decodeWithSchema(m_tree, nested(100), fields).ok());
        const auto deep = decodeWithSchema(m_tree, nested(101), fields);
        QVERIFY2(!deep.ok() && deep.error.find("100") != std::string::npos, deep.error.c_str());
        QCOMPARE(differenceFromProtobuf(*m_set, m_tree, nested(100)), std::string());
        QCOMPARE(differenceFromProtobuf(*m_set, m_tree, nested(101)), std::string());
    }

    void groupsAreLeftToProtobuf()
    {
        std::vector<DecodedField> fields;
        const auto decoded = decodeWithSchema(m_order, key(40, 3) + key(40, 4), fields);
        QCOMPARE(int(decoded.status), int(SchemaDecode::Status::Unsupported));
    }

    void mutatedPayloadsAgreeWithProtobuf()
    {
        const std::string whole = everyShape().SerializeAsString();
        std::mt19937 random(24); // fixed: a failure is reproducible
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            std::string bytes = whole;
            const int edits = 1 + int(random() % 4);
            for (int e = 0; e < edits; ++e) {
                const size_t at = random() % bytes.size();
                switch (random() % 4) {
                case 0: bytes[at] = char(random()); break;
                case 1: bytes[at] = char(bytes[at] ^ (1 << (random() % 8))); break;
                case 2: bytes.erase(at, 1 + random() % 4); break;
                default: bytes.insert(at, 1, char(random())); break;
                }
                if (bytes.empty())
                    bytes = whole;
            }
            const std::string difference = differenceFromProtobuf(*m_set, m_order, bytes);
            if (!difference.empty())
                QFAIL(qPrintable(QStringLiteral("round %1: %2 (payload %3)")
                                     .arg(round)
                                     .arg(QString::fromStdString(difference),
                                          QString::fromLatin1(QByteArray::fromStdString(bytes).toHex()))));
            std::vector<DecodedField> fields;
            accepted += decodeWithSchema(m_order, bytes, fields).ok();
        }
        // Both outcomes must be exercised, or the check says little.
        QVERIFY2(accepted > 1000 && accepted < 19000, qPrintable(QString::number(accepted)));
    }

private:
    SchemaSetPtr m_set;
    const gpb::Descriptor *m_order = nullptr;
    const gpb::Descriptor *m_tree = nullptr;
};

QTEST_GUILESS_MAIN(TestSchemaDecoder)
#include "tst_schema_decoder.moc"
