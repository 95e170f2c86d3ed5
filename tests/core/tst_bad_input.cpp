// Every decoder turns bad input into a DecodeError with a message: never a crash or a hang.
#include <QtTest>

#include <functional>

#include "micro/Envelope.h"
#include "micro/JsonRead.h"
#include "micro/RegistryCodec.h"
#include "util/Utf8.h"

using namespace switchboard::micro;

class TestBadInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodersReject_data();
    void decodersReject();
    void largeValidEnvelopeDecodes();
    void utf8IsCheckedLikeRfc3629();
    void excerptsAreSafeText();
};

using Decoder = std::function<void(const std::string &)>;
Q_DECLARE_METATYPE(Decoder)

static std::string nested(int depth)
{
    return std::string(static_cast<size_t>(depth), '[') + std::string(static_cast<size_t>(depth), ']');
}

void TestBadInput::decodersReject_data()
{
    QTest::addColumn<Decoder>("decode");
    QTest::addColumn<QByteArray>("input");
    const std::vector<std::pair<const char *, Decoder>> decoders = {
        {"envelope", [](const std::string &s) { (void)decodeEnvelope(s); }},
        {"service", [](const std::string &s) { (void)decodeService(s); }},
        {"result", [](const std::string &s) { (void)decodeResult(s); }},
    };
    const std::string garbage1MiB(1 << 20, '\x9c');
    const std::string deepObject = "{\"Header\":" + nested(10000) + "}";
    for (const auto &[name, d] : decoders) {
        auto row = [&](const char *what, const std::string &input) {
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), QLatin1String(what))))
                << d << QByteArray::fromStdString(input);
        };
        row("empty", "");
        row("truncated", "{\"Header\":{\"a\":");
        row("not json", "hello");
        row("trailing garbage", "{} x");
        row("array", "[1,2,3]");
        row("string", "\"x\"");
        row("binary", std::string("\x00\x01\x02\xff{", 5));
        row("garbage 1 MiB", garbage1MiB);
        row("nesting 10000", nested(10000));
        row("deep inside object", deepObject);
    }
    auto row = [](const char *what, Decoder d, const std::string &input) {
        QTest::newRow(what) << d << QByteArray::fromStdString(input);
    };
    Decoder env = decoders[0].second, svc = decoders[1].second, res = decoders[2].second;
    row("envelope: header not object", env, R"({"Header":"x","Body":""})");
    row("envelope: header value number", env, R"({"Header":{"a":1},"Body":""})");
    row("envelope: body number", env, R"({"Header":{},"Body":12})");
    row("envelope: invalid base64", env, R"({"Header":{},"Body":"!!!"})");
    row("envelope: unpadded base64", env, R"({"Header":{},"Body":"YQ"})");
    row("service: name number", svc, R"({"name":5})");
    row("service: nodes object", svc, R"({"name":"a","nodes":{}})");
    row("service: node not object", svc, R"({"name":"a","nodes":[1]})");
    row("service: metadata array", svc, R"({"name":"a","metadata":[]})");
    row("service: value values string", svc,
        R"({"name":"a","endpoints":[{"name":"e","request":{"name":"r","values":"x"}}]})");
    row("result: action object", res, R"({"Action":{},"Service":null})");
    row("result: service string", res, R"({"Action":"create","Service":"x"})");
}

void TestBadInput::decodersReject()
{
    QFETCH(Decoder, decode);
    QFETCH(QByteArray, input);
    try {
        decode(input.toStdString());
        QFAIL("accepted bad input");
    } catch (const DecodeError &e) {
        QVERIFY(std::string(e.what()).size() > 5); // says what was wrong
    }
}

void TestBadInput::largeValidEnvelopeDecodes()
{
    Envelope e;
    e.header["Content-Type"] = "application/octet-stream";
    e.body.assign(1 << 20, '\0');
    for (size_t i = 0; i < e.body.size(); ++i)
        e.body[i] = static_cast<char>(i * 131);
    const std::string wire = encodeEnvelope(e);
    QCOMPARE(decodeEnvelope(wire), e);
}

QTEST_GUILESS_MAIN(TestBadInput)
void TestBadInput::utf8IsCheckedLikeRfc3629()
{
    using switchboard::util::firstInvalidUtf8;
    QCOMPARE(firstInvalidUtf8("plain"), std::nullopt);
    QCOMPARE(firstInvalidUtf8("\xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80"), std::nullopt); // 中文 😀
    QCOMPARE(firstInvalidUtf8("ab\xFF"), std::optional<size_t>(2));
    QCOMPARE(firstInvalidUtf8("\xC0\xAF"), std::optional<size_t>(0));         // overlong '/'
    QCOMPARE(firstInvalidUtf8("x\xED\xA0\x80"), std::optional<size_t>(1));    // a surrogate, U+D800
    QCOMPARE(firstInvalidUtf8("\xF4\x90\x80\x80"), std::optional<size_t>(0)); // above U+10FFFF
    QCOMPARE(firstInvalidUtf8("\xE4\xB8"), std::optional<size_t>(0));         // cut short
}

void TestBadInput::excerptsAreSafeText()
{
    using switchboard::util::excerpt;
    QCOMPARE(excerpt("short"), std::string("short"));
    QCOMPARE(excerpt("a\xFF\x01" "b"), std::string("a\\xFF\\x01b"));
    // 中 is three bytes: a cut at 4 bytes keeps "a中", never half of 文.
    QCOMPARE(excerpt("a\xE4\xB8\xAD\xE6\x96\x87", 5), std::string("a\xE4\xB8\xAD…"));
    const std::string long80(200, 'z');
    QCOMPARE(excerpt(long80), std::string(80, 'z') + "…");
    for (const std::string &bytes : {std::string("\xF0\x9F\x98"), std::string(100, '\xFF'), std::string("\xE4\xB8\xAD", 3) + std::string(90, 'q')})
        QCOMPARE(switchboard::util::firstInvalidUtf8(excerpt(bytes)), std::nullopt);
}

#include "tst_bad_input.moc"
