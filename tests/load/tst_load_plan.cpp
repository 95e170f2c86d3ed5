// A load run's plan is checked before anything is sent: every bad value is named with its field.
#include <QtTest>

#include <algorithm>

#include "load/LoadPlan.h"

using namespace switchboard::load;
using Code = PlanProblem::Code;
using namespace std::chrono_literals;

namespace {

LoadPlan goodPlan()
{
    LoadPlan p;
    p.service = "greeter";
    p.endpoint = "Greeter.Hello";
    p.body = R"({"name": "user-{{seq}}"})";
    p.requests = 1000;
    return p;
}

std::vector<Code> codes(const std::vector<PlanProblem> &problems)
{
    std::vector<Code> out;
    for (const auto &p : problems)
        out.push_back(p.code);
    return out;
}

} // namespace

class TestLoadPlan : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aGoodPlanRuns();
    void badNumbers_data();
    void badNumbers();
    void bodies();
    void everyMistakeAtOnce();
};

void TestLoadPlan::aGoodPlanRuns()
{
    QVERIFY(validate(goodPlan(), 1024 * 1024).empty());
    LoadPlan open = goodPlan();
    open.model = LoadPlan::Model::Open;
    open.rate = 20000;
    open.requests = 0;
    open.duration = 60s;
    open.warmup = 5s;
    open.thresholds.p99Ms = 50;
    open.thresholds.errorPercent = 1;
    QVERIFY(validate(open, 0).empty());
    LoadPlan srv;
    srv.kind = LoadPlan::Kind::Srv;
    srv.endpoint = "pricing.quote";
    srv.contentType = "text/plain";
    srv.body = "not json {{seq}}";
    srv.duration = 10s;
    QVERIFY(validate(srv, 1024).empty());
}

void TestLoadPlan::badNumbers_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");
    QTest::newRow("concurrency 0") << 0 << int(Code::Concurrency) << "concurrency" << "from 1 to 10000";
    QTest::newRow("concurrency 1 000 000") << 1 << int(Code::Concurrency) << "concurrency" << "from 1 to 10000";
    QTest::newRow("rate 0") << 2 << int(Code::Rate) << "rate" << "above 0";
    QTest::newRow("rate NaN") << 3 << int(Code::Rate) << "rate" << "above 0";
    QTest::newRow("no requests, no duration") << 4 << int(Code::NothingToRun) << "requests" << "number of requests or a duration";
    QTest::newRow("warm-up as long as the run") << 5 << int(Code::Warmup) << "warmup" << "shorter";
    QTest::newRow("timeout 0") << 6 << int(Code::Timeout) << "timeout" << "from 1 ms";
    QTest::newRow("stop at 150 %") << 7 << int(Code::StopErrorPercent) << "stopErrorPercent" << "0 to 100";
    QTest::newRow("p99 below 0") << 8 << int(Code::ThresholdP99) << "thresholds.p99" << "above 0";
    QTest::newRow("no service") << 9 << int(Code::NoEndpoint) << "endpoint" << "service";
    QTest::newRow("two days") << 10 << int(Code::Duration) << "duration" << "86400";
}

void TestLoadPlan::badNumbers()
{
    QFETCH(int, which);
    QFETCH(int, code);
    QFETCH(QString, field);
    QFETCH(QString, says);
    LoadPlan p = goodPlan();
    switch (which) {
    case 0: p.concurrency = 0; break;
    case 1: p.concurrency = 1'000'000; break;
    case 2: p.model = LoadPlan::Model::Open; p.rate = 0; break;
    case 3: p.model = LoadPlan::Model::Open; p.rate = std::nan(""); break;
    case 4: p.requests = 0; break;
    case 5: p.duration = 10s; p.warmup = 10s; break;
    case 6: p.timeout = 0ms; break;
    case 7: p.stopErrorPercent = 150; break;
    case 8: p.thresholds.p99Ms = -1; break;
    case 9: p.service.clear(); break;
    case 10: p.duration = 48h; break;
    }
    const auto problems = validate(p, 0);
    QCOMPARE(problems.size(), size_t(1));
    QCOMPARE(int(problems[0].code), code);
    QCOMPARE(QString::fromStdString(problems[0].field), field);
    QVERIFY2(QString::fromStdString(problems[0].message()).contains(says), problems[0].message().c_str());
}

void TestLoadPlan::bodies()
{
    LoadPlan p = goodPlan();
    p.body = R"({"name": {{sek}}})";
    auto problems = validate(p, 0);
    QCOMPARE(codes(problems), std::vector<Code>{Code::Template});
    QCOMPARE(problems[0].templateError.column, 10);
    QVERIFY2(problems[0].message().find("column 10: unknown placeholder {{sek}}") != std::string::npos, problems[0].message().c_str());

    p.body = R"({"name": {{uuid}}})"; // a UUID is not a JSON value without quotes
    QCOMPARE(codes(validate(p, 0)), std::vector<Code>{Code::BodyNotJson});
    p.contentType = "application/protobuf";
    p.body = R"({"name": "x"})"; // JSON to be encoded: the schema checks it, not this
    QVERIFY(validate(p, 0).empty());

    // The server's max payload: a body that fits alone but not in its base64 envelope is refused.
    p.contentType = "application/json";
    p.body = R"({"blob": ")" + std::string(900, 'a') + R"("})";
    problems = validate(p, 1024);
    QCOMPARE(codes(problems), std::vector<Code>{Code::BodyTooLarge});
    QCOMPARE(problems[0].limit, int64_t(1024));
    QVERIFY(validate(p, 2048).empty());
    // The largest body the template makes counts: {{seq}} grows with the request count.
    p.body = std::string(R"({"n": {{seq}}, "pad": ")") + std::string(1500, 'p') + R"("})";
    // (1 519 bytes in base64 and the envelope: 2 580; with ten digits 1 528 bytes: 2 592)
    p.requests = 9;
    QVERIFY(validate(p, 2585).empty());
    p.requests = 1'000'000'000;
    QCOMPARE(codes(validate(p, 2585)), std::vector<Code>{Code::BodyTooLarge});
}

void TestLoadPlan::everyMistakeAtOnce()
{
    LoadPlan p;
    p.concurrency = -4;
    p.timeout = 20min;
    p.body = "{{now";
    const auto found = codes(validate(p, 0));
    for (Code c : {Code::NoEndpoint, Code::Concurrency, Code::NothingToRun, Code::Timeout, Code::Template})
        QVERIFY2(std::find(found.begin(), found.end(), c) != found.end(), qPrintable(QString::number(int(c))));
}

QTEST_GUILESS_MAIN(TestLoadPlan)
#include "tst_load_plan.moc"
