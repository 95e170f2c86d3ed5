// Every go-micro transport/broker message in the captures decodes, and re-encodes to the
// exact recorded bytes.
#include <QtTest>

#include "Captures.h"
#include "micro/Envelope.h"

using namespace switchboard;
using namespace switchboard::micro;

class TestEnvelopeCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capturedEnvelopesRoundTrip();
    void decodesAnyKeyOrderAndCase();
    void acceptsNullAndEmptyBody();
    void headerFallbackToXPrefix();
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

QTEST_GUILESS_MAIN(TestEnvelopeCodec)
#include "tst_envelope_codec.moc"
