// Go encoding/json string and base64 rules, byte for byte.
#include <QtTest>

#include <random>

#include "micro/Base64.h"
#include "micro/GoJson.h"
#include "micro/PlainRun.h"

using namespace switchboard::micro;

class TestGoJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void escapesLikeGo_data();
    void escapesLikeGo();
    void sortsMapKeysBytewise();
    void base64RoundTrip();
    void base64RejectsWhatGoRejects();
    void base64RejectsAnInvalidCharacterAnywhere();
    void plainRunsEndAtTheFirstSpecialByte();
};

static std::string goQuoted(std::string_view s)
{
    std::string out;
    gojson::appendString(out, s);
    return out;
}

void TestGoJson::escapesLikeGo_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    // Expected strings are what Go 1.19's json.Marshal prints for the same input.
    QTest::newRow("plain") << QByteArray("hello") << QByteArray(R"("hello")");
    QTest::newRow("html") << QByteArray("<a&b>") << QByteArray(R"("\u003ca\u0026b\u003e")");
    QTest::newRow("quote+backslash") << QByteArray("a\"b\\c") << QByteArray(R"("a\"b\\c")");
    QTest::newRow("newline tab cr") << QByteArray("a\nb\tc\r") << QByteArray(R"("a\nb\tc\r")");
    QTest::newRow("control") << QByteArray("\x01\x08\x0c\x1f", 4) << QByteArray(R"("\u0001\u0008\u000c\u001f")");
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QByteArray(R"("a\u0000b")");
    QTest::newRow("utf8 kept") << QByteArray("h\xc3\xa9llo \xe2\x82\xac") << QByteArray("\"h\xc3\xa9llo \xe2\x82\xac\"");
    QTest::newRow("line separators") << QByteArray("\xe2\x80\xa8\xe2\x80\xa9") << QByteArray(R"("\u2028\u2029")");
    QTest::newRow("invalid utf8") << QByteArray("a\xff" "b") << QByteArray(R"("a\ufffdb")");
    QTest::newRow("truncated utf8") << QByteArray("\xe2\x82") << QByteArray(R"("\ufffd\ufffd")");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QByteArray(R"("\ufffd\ufffd\ufffd")");
    QTest::newRow("emoji") << QByteArray("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
    QTest::newRow("del") << QByteArray("\x7f") << QByteArray("\"\x7f\"");
}

void TestGoJson::escapesLikeGo()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(QByteArray::fromStdString(goQuoted(input.toStdString())), expected);
}

void TestGoJson::sortsMapKeysBytewise()
{
    std::string out;
    gojson::appendStringMap(out, std::map<std::string, std::string>{{"b", "1"}, {"B", "2"}, {"a", "3"}, {"\xc3\xa9", "4"}});
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("{\"B\":\"2\",\"a\":\"3\",\"b\":\"1\",\"\xc3\xa9\":\"4\"}"));
    out.clear();
    gojson::appendStringMap(out, std::nullopt);
    QCOMPARE(QByteArray::fromStdString(out), QByteArray("null"));
}

void TestGoJson::base64RoundTrip()
{
    QCOMPARE(QByteArray::fromStdString(base64::encode("{\"name\":\"John\"}\n")), QByteArray("eyJuYW1lIjoiSm9obiJ9Cg=="));
    for (int n = 0; n < 300; ++n) {
        std::string bytes;
        for (int i = 0; i < n; ++i)
            bytes.push_back(static_cast<char>((i * 37 + n) & 0xFF));
        const std::string enc = base64::encode(bytes);
        QCOMPARE(QByteArray::fromStdString(enc), QByteArray::fromStdString(bytes).toBase64());
        QCOMPARE(base64::decode(enc).value(), bytes);
    }
    // Random bytes, long enough for the AVX2 blocks (24 bytes in, 32 characters out) with every
    // remainder, checked against Qt's independent implementation both ways.
    std::mt19937 rng(42);
    for (int n = 0; n < 3000; n += (n < 200 ? 1 : 37)) {
        std::string bytes(static_cast<size_t>(n), '\0');
        for (char &c : bytes)
            c = static_cast<char>(rng());
        const QByteArray qt = QByteArray::fromStdString(bytes).toBase64();
        QCOMPARE(QByteArray::fromStdString(base64::encode(bytes)), qt);
        QCOMPARE(base64::decode(qt.toStdString()).value(), bytes);
    }
}

void TestGoJson::base64RejectsAnInvalidCharacterAnywhere()
{
    std::string bytes(300, '\0');
    for (size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(i * 7);
    const std::string text = base64::encode(bytes); // 400 characters, no padding
    for (size_t pos = 0; pos < text.size(); ++pos) {
        for (char bad : {'$', '=', '\n', '\x80', '\0', '-', '_'}) {
            if (bad == '=' && pos >= text.size() - 2)
                continue; // that is valid padding
            std::string broken = text;
            broken[pos] = bad;
            QVERIFY2(!base64::decode(broken, base64::LineBreaks::Reject).has_value(),
                     (std::to_string(pos) + " " + std::to_string(int(bad))).c_str());
        }
    }
    QCOMPARE(base64::decode(text).value(), bytes);
}

void TestGoJson::base64RejectsWhatGoRejects()
{
    QVERIFY(!base64::decode("abc").has_value());        // missing padding
    QVERIFY(!base64::decode("ab=c").has_value());       // data after padding
    QVERIFY(!base64::decode("a===").has_value());       // too much padding
    QVERIFY(!base64::decode("ab$=").has_value());       // invalid character
    QVERIFY(!base64::decode("YQ==YQ==").has_value());   // padding in the middle
    QCOMPARE(base64::decode("").value(), std::string());
    QCOMPARE(base64::decode("YQ==\r\n").value(), std::string("a")); // Go skips CR/LF
    QCOMPARE(base64::decode("YR==").value(), std::string("a"));     // non-canonical bits: Go accepts
    // Every byte outside the alphabet, at every position of a whole quantum (the table-driven loop).
    for (int c = 0; c < 256; ++c) {
        const char ch = static_cast<char>(c);
        const bool inAlphabet = std::isalnum(c) || ch == '+' || ch == '/';
        for (int pos = 0; pos < 4; ++pos) {
            std::string text = "QUJDQUJD"; // "ABCABC"
            text[static_cast<size_t>(pos)] = ch; // a line break leaves 7 characters: invalid too
            QCOMPARE(base64::decode(text).has_value(), inAlphabet);
            QCOMPARE(base64::decode(text, base64::LineBreaks::Reject).has_value(), inAlphabet);
        }
    }
    QVERIFY(!base64::decode("QUJD\nQUJD", base64::LineBreaks::Reject).has_value());
    QCOMPARE(base64::decode("QUJD\nQUJD").value(), std::string("ABCABC"));
}

void TestGoJson::plainRunsEndAtTheFirstSpecialByte()
{
    // Every length up to 70 (the 16-byte, 8-byte and overlapping-word steps and the byte loop),
    // every start, and each kind of byte the scan must stop at placed at every position, against
    // the obvious byte-by-byte loop.
    using plainrun::Set;
    const std::string specials = std::string("\"\\<>&\x00\x1f\x7f\x80\xff ~", 12);
    auto expected = [](Set set, std::string_view s, size_t i) {
        for (; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            const bool plain = c >= 0x20 && c < 0x80 && c != '"' && c != '\\' &&
                               (set == Set::Json || (c != '<' && c != '>' && c != '&'));
            if (!plain)
                break;
        }
        return i;
    };
    for (size_t length = 0; length <= 70; ++length) {
        for (size_t at = 0; at <= length; ++at) {
            for (char special : specials) {
                std::string s(length, 'a');
                if (at < length)
                    s[at] = special;
                for (size_t start = 0; start <= length; start += (length > 20 ? 7 : 1)) {
                    QCOMPARE(plainrun::end<Set::Json>(s, start), expected(Set::Json, s, start));
                    QCOMPARE(plainrun::end<Set::GoOutput>(s, start), expected(Set::GoOutput, s, start));
                }
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestGoJson)
#include "tst_gojson.moc"
