// The Traffic page's parts that need no server: NATS subject matching for filters, the NDJSON
// export line (text, binary as base64, repeated headers, cut payloads) and the payload display.
#include <QtTest>

#include <nlohmann/json.hpp>

#include "PayloadText.h"
#include "live/TrafficMonitor.h"
#include "TrafficExport.h"
#include "TrafficSampler.h"

using namespace switchboard;
using namespace switchboard::gui;

class TestTrafficParts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void subjectMatching_data();
    void subjectMatching();
    void ndjsonKeepsEverything();
    void payloadDisplay();
    void contentFilterLooksIntoEnvelopes();
};

void TestTrafficParts::contentFilterLooksIntoEnvelopes()
{
    live::RecordedMessage m;
    m.payload = R"({"Header":{"Micro-Topic":"orders.created"},"Body":"eyJvcmRlcl9pZCI6ImFiYy0xIn0="})"; // {"order_id":"abc-1"}
    m.size = m.payload.size();
    QVERIFY(payloadContains(m, "Micro-Topic"));
    QVERIFY(payloadContains(m, "abc-1"));
    QVERIFY(!payloadContains(m, "xyz"));
    QVERIFY(payloadContains(m, ""));
}

void TestTrafficParts::subjectMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << "a.b" << "a.b" << true;
    QTest::newRow("exact differs") << "a.b" << "a.c" << false;
    QTest::newRow("star") << "a.*" << "a.b" << true;
    QTest::newRow("star is one token") << "a.*" << "a.b.c" << false;
    QTest::newRow("star needs a token") << "a.*" << "a" << false;
    QTest::newRow("gt") << "a.>" << "a.b.c" << true;
    QTest::newRow("gt needs a token") << "a.>" << "a" << false;
    QTest::newRow("gt alone") << ">" << "x" << true;
    QTest::newRow("middle star") << "a.*.c" << "a.b.c" << true;
    QTest::newRow("shorter subject") << "a.b.c" << "a.b" << false;
    QTest::newRow("longer subject") << "a.b" << "a.b.c" << false;
}

void TestTrafficParts::subjectMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, subject);
    QFETCH(bool, matches);
    QCOMPARE(subjectMatches(pattern.toStdString(), subject.toStdString()), matches);
    // As a filter: patterns match as patterns; anything else is a case-insensitive part.
    QVERIFY(subjectFilterAccepts(QStringLiteral("B"), "a.b"));
    QVERIFY(!subjectFilterAccepts(QStringLiteral("a.*"), "a.b.c"));
}

void TestTrafficParts::ndjsonKeepsEverything()
{
    live::RecordedMessage m;
    m.sequence = 42;
    m.at = std::chrono::system_clock::time_point(std::chrono::milliseconds(1'700'000'000'123));
    m.subject = "orders.created";
    m.reply = "_INBOX.x";
    m.headers = {{"K", "1"}, {"K", "2"}};
    m.payload = R"({"id":7})";
    m.size = m.payload.size();
    auto line = nlohmann::json::parse(ndjsonLine(m));
    QCOMPARE(line["seq"], 42);
    QCOMPARE(line["time"], "2023-11-14T22:13:20.123Z");
    QCOMPARE(line["subject"], "orders.created");
    QCOMPARE(line["reply"], "_INBOX.x");
    QCOMPARE(line["headers"].dump(), std::string(R"([["K","1"],["K","2"]])"));
    QCOMPARE(line["payload"], R"({"id":7})");
    QVERIFY(!line.contains("payload_base64"));

    m.payload = std::string("\x00\xff\x01", 3);
    m.size = 1000;
    m.headers.clear();
    m.reply.clear();
    line = nlohmann::json::parse(ndjsonLine(m));
    QCOMPARE(line["payload_base64"], "AP8B");
    QCOMPARE(line["size"], 1000);
    QCOMPARE(line["truncated_to"], 3);
    QVERIFY(!line.contains("payload") && !line.contains("headers") && !line.contains("reply"));
}

void TestTrafficParts::payloadDisplay()
{
    auto shown = showPayload(R"({"a":1})");
    QVERIFY(shown.json);
    QCOMPARE(shown.text, QStringLiteral("{\n  \"a\": 1\n}"));
    QVERIFY(shown.note.isEmpty());
    shown = showPayload(std::string("\x01\x02", 2));
    QVERIFY(shown.binary);
    QVERIFY(shown.text.startsWith(QStringLiteral("00000000  01 02")));
    // A cut copy: not parsed as JSON (it would fail), shown as text with a note of the real size.
    shown = showPayload(std::string(R"({"a":"é)") + "\xc3", 5000);
    QVERIFY(!shown.binary);
    QVERIFY(!shown.json);
    QVERIFY(shown.note.startsWith(QStringLiteral("5000 bytes")));
}

QTEST_MAIN(TestTrafficParts)
#include "tst_traffic_parts.moc"
