// The schema-less decoder against protoc --decode_raw on bytes the generated classes wrote, and
// against hostile bytes: each a clear error or a bounded result, never a crash or a hang.
#include <QElapsedTimer>
#include <QProcess>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "proto/RawDecoder.h"
#include "proto/RawFormat.h"
#include "shop/v1/shop.pb.h"

using namespace switchboard::proto;

namespace {

std::string protocDecodeRaw(const std::string &bytes)
{
    QProcess protoc;
    protoc.start(QStringLiteral(SB_PROTOC), {QStringLiteral("--decode_raw")});
    protoc.write(bytes.data(), qint64(bytes.size()));
    protoc.closeWriteChannel();
    protoc.waitForFinished(30000);
    return protoc.readAllStandardOutput().toStdString();
}

std::string varint(uint64_t v)
{
    std::string out;
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
    return out;
}

std::string key(uint64_t number, int wire) { return varint((number << 3) | uint64_t(wire)); }

shop::v1::Order sampleOrder()
{
    shop::v1::Order order;
    order.set_id("ORD-2026-0042");
    order.set_status(shop::v1::STATUS_PAID);
    auto *item = order.add_items();
    item->set_sku("SKU-RED-MUG");
    item->set_quantity(3);
    item->set_price_cents(-1250);
    order.mutable_card()->set_number("4111 1111 1111 1111");
    order.mutable_card()->set_expiry_month(12);
    order.mutable_placed_at()->set_seconds(1796000000);
    order.mutable_placed_at()->set_nanos(5000);
    order.mutable_shipping()->set_city("Berlin");
    order.set_total(37.5);
    order.set_note(std::string("\x00\xff\x01 binary", 10));
    order.add_history(shop::v1::STATUS_PLACED);
    order.add_history(shop::v1::STATUS_PAID);
    order.set_gift(true);
    order.set_balance(-7);
    order.set_checksum(0xdeadbeef);
    return order;
}

} // namespace

class TestRawDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void printsWhatProtocDecodeRawPrints()
    {
        const std::string bytes = sampleOrder().SerializeAsString();
        const auto decoded = decodeRaw(bytes);
        QVERIFY2(decoded.ok(), decoded.error.c_str());
        const std::string ours = rawText(bytes, decoded), protoc = protocDecodeRaw(bytes);
        QVERIFY(!protoc.empty());
        QCOMPARE(ours, protoc);
    }

    void fieldsCarryWireTypesOffsetsAndKinds()
    {
        const std::string bytes = sampleOrder().SerializeAsString();
        const auto decoded = decodeRaw(bytes);
        const auto &id = decoded.fields.at(0);
        QCOMPARE(id.number, 1u);
        QCOMPARE(id.wire, WireType::Len);
        QCOMPARE(id.shown, RawField::Shown::Text);
        QCOMPARE(bytes.substr(id.dataOffset, id.dataLength), std::string("ORD-2026-0042"));
        QCOMPARE(decoded.fields.at(1).value, uint64_t(shop::v1::STATUS_PAID));
        const auto &item = decoded.fields.at(2);
        QCOMPARE(item.shown, RawField::Shown::Message);
        QCOMPARE(item.fields.at(2).value, uint64_t(-1250)); // int64 as a ten-byte varint
        auto json = rawJson(bytes, decoded);
        QCOMPARE(json.at(0).at("text").get<std::string>(), std::string("ORD-2026-0042"));
        QCOMPARE(json.at(2).at("message").at(0).at("field").get<int>(), 1);
        bool sawBytes = false;
        for (const auto &f : json)
            if (f.at("field") == 9)
                sawBytes = f.at("bytes") == "AP8BIGJpbmFyeQ==";
        QVERIFY(sawBytes);
    }

    void theLargestFieldNumberDecodesAndOneMoreIsAnError()
    {
        const auto largest = decodeRaw(key(kMaxFieldNumber, 0) + varint(7));
        QVERIFY2(largest.ok(), largest.error.c_str());
        QCOMPARE(largest.fields.at(0).number, kMaxFieldNumber);
        QCOMPARE(largest.fields.at(0).value, uint64_t(7));
        const auto over = decodeRaw(key(uint64_t(kMaxFieldNumber) + 1, 0) + varint(7));
        QCOMPARE(over.error, std::string("field number 536870912 is over the largest, 536870911"));
        QCOMPARE(decodeRaw(key(0, 0) + varint(1)).error, std::string("field number 0 (numbers start at 1)"));
    }

    void aLengthPastTheEndIsAnErrorThatSaysWhere()
    {
        // A 64 MiB length prefix on a few bytes: no allocation of it, no read past the end.
        const std::string bytes = key(1, 0) + varint(5) + key(2, 2) + varint(64u << 20) + "abc";
        const auto decoded = decodeRaw(bytes);
        QCOMPARE(decoded.error, std::string("field 2: a length of 67108864 bytes runs past the end (3 left)"));
        QCOMPARE(decoded.errorOffset, size_t(2));
        QCOMPARE(decoded.fields.size(), size_t(1)); // what came before is kept
        QVERIFY(rawText(bytes, decoded).find("# stopped at byte 2: field 2: a length") != std::string::npos);
    }

    void malformedVarintsGroupsAndWireTypesAreErrors()
    {
        QVERIFY(!decodeRaw(key(1, 0) + "\xff\xff").ok());                                    // cut short
        QVERIFY(!decodeRaw(key(1, 0) + std::string(10, '\xff') + "\x01").ok());            // 11 bytes
        QVERIFY(!decodeRaw(key(1, 0) + std::string(9, '\xff') + "\x02").ok());             // over 64 bits
        QVERIFY(decodeRaw(key(1, 0) + std::string(9, '\xff') + "\x01").ok());              // 2^64 - 1
        QVERIFY(decodeRaw(key(3, 3)).error.find("a group (wire type 3)") != std::string::npos);
        QVERIFY(decodeRaw(key(3, 6)).error.find("wire type 6 does not exist") != std::string::npos);
        QVERIFY(!decodeRaw(key(4, 1) + "1234567").ok());
        QVERIFY(!decodeRaw(key(4, 5) + "123").ok());
        QVERIFY(!decodeRaw("\x80").ok());
        QVERIFY(decodeRaw("").ok());
    }

    void tenThousandLevelsDeepIsCutAtTheLimitQuickly()
    {
        // Built from the innermost out: the generated class would recurse 10 000 deep to write it.
        std::string bytes = key(1, 2) + varint(4) + "leaf";
        for (int i = 0; i < 10000; ++i)
            bytes = key(2, 2) + varint(bytes.size()) + bytes;
        QElapsedTimer clock;
        clock.start();
        const auto decoded = decodeRaw(bytes);
        QVERIFY(decoded.ok());
        QVERIFY(decoded.depthCut);
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        int depth = 0;
        for (const auto *f = &decoded.fields.at(0); f->shown == RawField::Shown::Message; f = &f->fields.back())
            ++depth;
        QCOMPARE(depth, RawDecodeLimits{}.maxDepth - 1);
        QVERIFY(rawText(bytes, decoded).find("nested deeper than the limit") != std::string::npos);
    }

    void theTreeIsCappedInSize()
    {
        std::string bytes;
        for (int i = 0; i < 300000; ++i)
            bytes += key(1, 0) + varint(1);
        const auto decoded = decodeRaw(bytes, {64, 1000});
        QVERIFY(decoded.ok());
        QVERIFY(decoded.fieldsCut);
        QCOMPARE(decoded.fields.size(), size_t(1000));
    }

    void lengthDelimitedIsMessageTextOrBytes()
    {
        const std::string nested = key(1, 0) + varint(150);
        const std::string bytes = key(1, 2) + varint(nested.size()) + nested  // a message
                                  + key(2, 2) + varint(5) + "hello"             // text
                                  + key(3, 2) + varint(0)                       // empty: text ""
                                  + key(4, 2) + varint(3) + "\xff\xfe\x01"      // bytes
                                  + key(5, 2) + varint(6) + "d\xc3\xa9j\xc3\xa0"; // UTF-8 text
        const auto decoded = decodeRaw(bytes);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.fields.at(0).shown, RawField::Shown::Message);
        QCOMPARE(decoded.fields.at(1).shown, RawField::Shown::Text);
        QCOMPARE(decoded.fields.at(2).shown, RawField::Shown::Text);
        QCOMPARE(decoded.fields.at(3).shown, RawField::Shown::Bytes);
        QCOMPARE(decoded.fields.at(4).shown, RawField::Shown::Text);
        const auto json = rawJson(bytes, decoded);
        QCOMPARE(json.dump(), nlohmann::json(json).dump()); // valid UTF-8 throughout (dump would throw)
        QVERIFY(rawText(bytes, decoded).find("4: \"\\377\\376\\001\"") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestRawDecoder)
#include "tst_raw_decoder.moc"
