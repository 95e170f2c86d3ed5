// Every go-micro transport/broker message in the captures decodes, and re-encodes to the
// exact recorded bytes.
#include <QtTest>

#include "Captures.h"
#include "micro/Envelope.h"
#include "micro/EnvelopeFastPath.h"
#include "micro/EnvelopeView.h"
#include "micro/JsonRead.h"
#include "micro/Uuid.h"

#include <set>

using namespace switchboard;
using namespace switchboard::micro;

class TestEnvelopeCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capturedEnvelopesRoundTrip();
    void decodesAnyKeyOrderAndCase();
    void acceptsNullAndEmptyBody();
    void headerFallbackToXPrefix();
    void fastPathTakesTheUsualShape();
    void unusualShapesFallBackToTheReference_data();
    void unusualShapesFallBackToTheReference();
    void overridesMergeIntoTheCallersHeaders();
    void appendingKeepsWhatIsInTheBuffer();
    void oneViewDecodesMessageAfterMessage();
    void viewOfInvalidInputThrowsAndIsEmpty();
    void brokerIdsAreVersion4Uuids();
};

static bool isEnvelope(const testing::CapturedMessage &m)
{
    return m.payload.rfind("{\"Header\"", 0) == 0;
}

void TestEnvelopeCodec::capturedEnvelopesRoundTrip()
{
    int checked = 0;
    for (const auto &m : testing::loadCapture("gomicro/capture.jsonl")) {
        if (!isEnvelope(m))
            continue;
        const Envelope e = decodeEnvelope(m.payload);
        QCOMPARE(e.body, m.bodyDecoded);
        QVERIFY2(encodeEnvelope(e) == m.payload, qPrintable(QString::number(m.seq)));
        ++checked;
    }
    // RPC requests, responses, errors and broker events of both client runs.
    QCOMPARE(checked, 10);
}

void TestEnvelopeCodec::decodesAnyKeyOrderAndCase()
{
    const Envelope e = decodeEnvelope(R"({"body":"aGk=","HEADER":{"Micro-ID":"7"},"extra":[1,2]})");
    QCOMPARE(e.body, std::string("hi"));
    QCOMPARE(e.get("Micro-ID"), std::string("7"));
    QVERIFY(!e.bodyNull);
}

void TestEnvelopeCodec::acceptsNullAndEmptyBody()
{
    Envelope e = decodeEnvelope(R"({"Header":{"a":"b"},"Body":null})");
    QVERIFY(e.bodyNull);
    QCOMPARE(encodeEnvelope(e), std::string(R"({"Header":{"a":"b"},"Body":null})"));
    e = decodeEnvelope(R"({"Header":null,"Body":""})");
    QVERIFY(!e.bodyNull);
    QVERIFY(e.header.empty());
    QCOMPARE(encodeEnvelope(e), std::string(R"({"Header":{},"Body":""})"));
    e = decodeEnvelope(R"({"Header":{}})");
    QVERIFY(e.bodyNull);
}

void TestEnvelopeCodec::headerFallbackToXPrefix()
{
    const Envelope e = decodeEnvelope(R"({"Header":{"X-Micro-Endpoint":"Greeter.Hello"},"Body":""})");
    QCOMPARE(e.getWithXFallback("Micro-Endpoint"), std::string("Greeter.Hello"));
    QCOMPARE(e.getWithXFallback("Micro-Method"), std::string());
}

void TestEnvelopeCodec::fastPathTakesTheUsualShape()
{
    for (const auto &m : testing::loadCapture("gomicro/capture.jsonl")) {
        if (!isEnvelope(m))
            continue;
        const auto fast = decodeEnvelopeFast(m.payload);
        QVERIFY2(fast.has_value(), qPrintable(QString::number(m.seq))); // every captured envelope
        QCOMPARE(*fast, decodeEnvelopeReference(m.payload));
    }
    const auto escaped = decodeEnvelopeFast(R"( { "body" : "aGk=" , "HEADER" : { "K\u00e9y" : "a\"b\n\ud83d\ude00" } } )");
    QVERIFY(escaped.has_value());
    QCOMPARE(escaped->get("K\xc3\xa9y"), std::string("a\"b\n\xf0\x9f\x98\x80"));
}

void TestEnvelopeCodec::unusualShapesFallBackToTheReference_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("unknown key") << QByteArray(R"({"Header":{},"Body":"","Extra":1})");
    QTest::newRow("duplicate header") << QByteArray(R"({"Header":{"a":"1"},"header":{"b":"2"}})");
    QTest::newRow("escaped body") << QByteArray(R"({"Header":{},"Body":"aGk\u003d"})");
    QTest::newRow("body with newline escape") << QByteArray(R"({"Header":{},"Body":"aGk=\n"})");
    QTest::newRow("duplicate header key") << QByteArray(R"({"Header":{"a":"1","a":"2"}})");
}

void TestEnvelopeCodec::unusualShapesFallBackToTheReference()
{
    QFETCH(QByteArray, input);
    QVERIFY(!decodeEnvelopeFast(input.toStdString()).has_value());
    QCOMPARE(decodeEnvelope(input.toStdString()), decodeEnvelopeReference(input.toStdString()));
}

void TestEnvelopeCodec::overridesMergeIntoTheCallersHeaders()
{
    // Caller keys before, between, equal to and after the overrides; one removal of a present
    // key, one of an absent key; HTML characters escaped as Go does.
    const micro::Header caller{{"A-First", "1"}, {"Content-Type", "text/plain"}, {"M-Middle", "<2>"},
                               {"Micro-Topic", "t"}, {"Z-Last", "3"}};
    const micro::HeaderOverride fixed[] = {{"Content-Type", "application/json"}, {"Micro-ID", "7"},
                                           {"Micro-Topic", std::nullopt}, {"Not-There", std::nullopt}};
    const std::string merged = micro::encodeEnvelope(caller, fixed, std::string_view("hi"));
    QCOMPARE(merged, std::string(R"({"Header":{"A-First":"1","Content-Type":"application/json","M-Middle":"\u003c2\u003e",)"
                                 R"("Micro-ID":"7","Z-Last":"3"},"Body":"aGk="})"));
    micro::Envelope viaMap;
    viaMap.header = micro::applyOverrides(caller, fixed);
    viaMap.body = "hi";
    QCOMPARE(micro::encodeEnvelope(viaMap), merged);
    QCOMPARE(micro::encodeEnvelope({}, fixed, std::nullopt), std::string(R"({"Header":{"Content-Type":"application/json","Micro-ID":"7"},"Body":null})"));
}

void TestEnvelopeCodec::appendingKeepsWhatIsInTheBuffer()
{
    const micro::HeaderOverride fixed[] = {{"Micro-ID", "7"}};
    std::string buffer = "kept|";
    micro::appendEnvelope(buffer, {{"A", "1"}}, fixed, std::string_view("hi"));
    QCOMPARE(buffer, "kept|" + micro::encodeEnvelope({{"A", "1"}}, fixed, std::string_view("hi")));
}

void TestEnvelopeCodec::oneViewDecodesMessageAfterMessage()
{
    // One view, reused the way a subscription reuses it: every captured envelope, with an
    // escaped one and one only the reference decoder takes in between, each equal to what the
    // owning decoder gives, and nothing carried over from the message before.
    std::vector<std::string> inputs;
    for (const auto &m : testing::loadCapture("gomicro/capture.jsonl"))
        if (isEnvelope(m))
            inputs.push_back(m.payload);
    QVERIFY(inputs.size() > 4);
    inputs.insert(inputs.begin() + 2, R"({"Header":{"K\u00e9y":"a\"b","Plain":"v"},"Body":"aGk="})");
    inputs.insert(inputs.begin() + 4, R"({"Header":{"a":"1","a":"2"},"Extra":true})"); // reference only
    inputs.emplace_back(R"({"Header":null,"Body":null})");
    micro::EnvelopeView view;
    for (const std::string &input : inputs) {
        view.decode(input);
        const micro::Envelope expected = decodeEnvelopeReference(input);
        QCOMPARE(view.toEnvelope(), expected);
        QCOMPARE(view.header().size(), expected.header.size());
        for (const auto &[key, value] : expected.header)
            QCOMPARE(view.get(key), std::optional<std::string_view>(value));
        QCOMPARE(view.get("Not-There"), std::optional<std::string_view>());
    }
    micro::EnvelopeView moved = std::move(view); // views into kept text survive a move
    QCOMPARE(moved.toEnvelope(), decodeEnvelopeReference(inputs.back()));
}

void TestEnvelopeCodec::viewOfInvalidInputThrowsAndIsEmpty()
{
    micro::EnvelopeView view;
    view.decode(R"({"Header":{"a":"1"},"Body":"aGk="})");
    QVERIFY_THROWS_EXCEPTION(micro::DecodeError, view.decode(R"({"Header":{"a":"1"},"Body":"a)"));
    QVERIFY(view.header().empty());
    QVERIFY(view.body().empty());
    QVERIFY(view.bodyNull());
}

void TestEnvelopeCodec::brokerIdsAreVersion4Uuids()
{
    const QRegularExpression shape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    std::set<std::string> ids;
    for (int i = 0; i < 1000; ++i) {
        const std::string id = micro::newUuid();
        QVERIFY2(shape.match(QString::fromStdString(id)).hasMatch(), id.c_str());
        ids.insert(id);
    }
    QCOMPARE(ids.size(), size_t(1000));
}

QTEST_GUILESS_MAIN(TestEnvelopeCodec)
#include "tst_envelope_codec.moc"
