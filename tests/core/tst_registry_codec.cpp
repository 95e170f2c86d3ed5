// Registry messages from the captures: decode all, re-encode byte-identically (v4.10.2+ layout),
// and the legacy layout matches WIRE.md's recorded example.
#include <QtTest>

#include <set>

#include "Captures.h"
#include "micro/RegistryCodec.h"

using namespace switchboard;
using namespace switchboard::micro;

class TestRegistryCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void capturedResultsRoundTrip();
    void capturedQueryRepliesRoundTrip();
    void capturedServiceHasExpectedShape();
    void legacyLayoutMatchesOlderGoMicro();
    void bothLayoutsDecodeToTheSameService();
};

void TestRegistryCodec::capturedResultsRoundTrip()
{
    int checked = 0;
    for (const auto &m : testing::loadCapture("gomicro/capture.jsonl")) {
        if (m.subject != "micro.registry.nats.watch" && m.subject != "micro.registry.nats.query")
            continue;
        const RegistryResult r = decodeResult(m.payload);
        QVERIFY(!r.action.empty());
        QVERIFY2(encodeResult(r, WireLayout::Modern) == m.payload, qPrintable(QString::number(m.seq)));
        ++checked;
    }
    QCOMPARE(checked, 12); // 6 watch events (create ×4, delete ×2) + 6 queries (list, get)
}

void TestRegistryCodec::capturedQueryRepliesRoundTrip()
{
    const auto capture = testing::loadCapture("gomicro/capture.jsonl");
    std::set<std::string> queryInboxes;
    for (const auto &m : capture)
        if (m.subject == "micro.registry.nats.query")
            queryInboxes.insert(m.reply);
    int checked = 0;
    for (const auto &m : capture) {
        if (!queryInboxes.count(m.subject))
            continue;
        const Service s = decodeService(m.payload);
        QCOMPARE(s.name, std::string("go.micro.srv.greeter"));
        QVERIFY2(encodeService(s, WireLayout::Modern) == m.payload, qPrintable(QString::number(m.seq)));
        ++checked;
    }
    QCOMPARE(checked, 9); // one reply per instance per query
}

void TestRegistryCodec::capturedServiceHasExpectedShape()
{
    const auto capture = testing::loadCapture("gomicro/capture.jsonl");
    const RegistryResult r = decodeResult(capture.at(0).payload);
    QCOMPARE(r.action, std::string("create"));
    const Service &s = r.service.value();
    QCOMPARE(s.version, std::string("1.0.0"));
    QVERIFY(!s.metadata.has_value());
    QCOMPARE(s.endpoints->size(), size_t(3));
    const Endpoint &sub = s.endpoints->at(2);
    QCOMPARE(sub.name, std::string("Sub.Process"));
    QVERIFY(!sub.response.has_value());
    QCOMPARE(sub.metadata->at("topic"), std::string("go.micro.topic.greeter"));
    QCOMPARE(sub.request->values->size(), size_t(3));
    QVERIFY(!sub.request->values->at(0).values.has_value());
    const Node &node = s.nodes->at(0);
    QCOMPARE(node.metadata->at("zone"), std::string("az1"));
    QCOMPARE(node.address, std::string("_INBOX.GeA9ce9wC00EIRN0u5yYTm"));

    const RegistryResult del = decodeResult(capture.at(29).payload);
    QCOMPARE(del.action, std::string("delete"));
    QVERIFY(!del.service->endpoints.has_value());
    QVERIFY(!del.service->nodes->at(0).metadata.has_value());
}

void TestRegistryCodec::legacyLayoutMatchesOlderGoMicro()
{
    // The v2–v4.10.1 layout recorded in WIRE.md §1.2 ([LIVE] Go encoding/json).
    const std::string legacy =
        R"({"Action":"create","Service":{"name":"greeter","version":"latest","metadata":null,"endpoints":[{"name":"Greeter.Hello","request":{"name":"Request","type":"Request","values":[{"name":"name","type":"string","values":null}]},"response":{"name":"Response","type":"Response","values":[{"name":"msg","type":"string","values":null}]},"metadata":{}}],"nodes":[{"id":"greeter-1","address":"_INBOX.abc","metadata":{"broker":"nats","protocol":"mucp","registry":"nats","server":"mucp","transport":"nats"}}]}})";
    const RegistryResult r = decodeResult(legacy);
    QCOMPARE(encodeResult(r, WireLayout::Legacy), legacy);
    const std::string modern = encodeResult(r, WireLayout::Modern);
    QVERIFY(modern.rfind(R"({"Service":{"name":"greeter")", 0) == 0);
    QVERIFY(modern.find(R"("nodes":[{"metadata":{"broker")") != std::string::npos);
    QVERIFY(modern.find(R"("metadata":{},"name":"Greeter.Hello"})") != std::string::npos);
    QVERIFY(modern.size() == legacy.size());
}

void TestRegistryCodec::bothLayoutsDecodeToTheSameService()
{
    const auto capture = testing::loadCapture("gomicro/capture.jsonl");
    const RegistryResult r = decodeResult(capture.at(0).payload);
    QCOMPARE(decodeResult(encodeResult(r, WireLayout::Legacy)), r);
    // Go matches keys case-insensitively.
    const Service s = decodeService(R"({"NAME":"x","Nodes":[{"ID":"x-1","Address":"a"}]})");
    QCOMPARE(s.name, std::string("x"));
    QCOMPARE(s.nodes->at(0).id, std::string("x-1"));
}

QTEST_GUILESS_MAIN(TestRegistryCodec)
#include "tst_registry_codec.moc"
