// A load run written as JSON (the CLI's --json, the app's stored runs and exports) reads back the
// same, histograms exactly; what is not a run is refused with a reason.
#include <QtTest>

#include "load/LoadReport.h"

using namespace switchboard::load;

class TestLoadReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aRunReadsBackTheSame();
    void notARunIsRefused();
    void secondsAsCsv();
};

void TestLoadReport::aRunReadsBackTheSame()
{
    LoadPlan plan;
    plan.service = "greeter";
    plan.endpoint = "Greeter.Hello";
    plan.model = LoadPlan::Model::Open;
    plan.rate = 500;
    plan.concurrency = 32;
    LatencyHistogram latency, corrected;
    for (int i = 1; i <= 5000; ++i) {
        latency.record(i * 7);
        corrected.record(i * 9);
    }
    LoadSnapshot run;
    run.state = LoadSnapshot::State::StoppedOnErrors;
    run.failure = "12 % of requests failed";
    run.done = 5000;
    run.errors = 600;
    run.elapsedSeconds = 10;
    run.achievedRate = 500;
    run.latency = latency.snapshot();
    run.corrected = corrected.snapshot();
    run.errorGroups = {{switchboard::micro::RpcError::Kind::Remote, 503, "busy", 600}};
    run.nodes = {{"greeter-1", 5000, 600, 17000, 34000}};
    run.seconds = {{1.0, 500, 60, 17000, 34000}};
    const std::string text = runJson(plan, run).dump();
    std::string error;
    const auto back = runFromJson(nlohmann::json::parse(text), error);
    QVERIFY2(back, error.c_str());
    QCOMPARE(back->plan.service, plan.service);
    QCOMPARE(back->plan.model, LoadPlan::Model::Open);
    QCOMPARE(back->plan.rate, 500.0);
    QCOMPARE(back->run.state, LoadSnapshot::State::StoppedOnErrors);
    QCOMPARE(back->run.failure, run.failure);
    QCOMPARE(back->run.done, uint64_t(5000));
    QCOMPARE(back->run.errors, uint64_t(600));
    for (double p : {50.0, 90.0, 99.0, 99.9, 100.0}) {
        QCOMPARE(back->run.latency.percentileMicros(p), run.latency.percentileMicros(p));
        QCOMPARE(back->run.corrected.percentileMicros(p), run.corrected.percentileMicros(p));
    }
    QCOMPARE(back->run.errorGroups.size(), size_t(1));
    QCOMPARE(back->run.errorGroups[0].kind, switchboard::micro::RpcError::Kind::Remote);
    QCOMPARE(back->run.errorGroups[0].code, 503);
    QCOMPARE(back->run.nodes[0].p99Micros, int64_t(34000));
    QCOMPARE(back->run.seconds[0].errors, uint64_t(60));
}

void TestLoadReport::notARunIsRefused()
{
    std::string error;
    QVERIFY(!runFromJson(nlohmann::json::parse(R"({"hello": 1})"), error));
    QVERIFY(error.find("not a load run") != std::string::npos);
    QVERIFY(!runFromJson(nlohmann::json::parse(R"({"done": 5, "latency": {"counters": [[1, "x"]]}})"), error));
    QVERIFY(error.find("latency histogram is unreadable") != std::string::npos);
    QVERIFY(!runFromJson(nlohmann::json::parse(R"({"done": "five", "latency": {"counters": []}})"), error));
    QVERIFY2(error.find("wrong type") != std::string::npos, error.c_str());
    QVERIFY(!runFromJson(nlohmann::json::parse("[1, 2]"), error));
    // Integers that do not fit (fuzz_load_run: a double cast to int beyond its range is undefined,
    // and the run was read with whatever the cast gave), negative counts and fractions.
    for (const char *text : {R"({"done": 5, "concurrency": 4.4e111, "latency": {"counters": []}})",
                             R"({"done": 5, "concurrency": 4444444444444, "latency": {"counters": []}})",
                             R"({"done": -5, "latency": {"counters": []}})",
                             R"({"done": 2.5, "latency": {"counters": []}})",
                             R"({"done": 5, "latency": {"counters": [], "max_us": 1e300}})"}) {
        QVERIFY2(!runFromJson(nlohmann::json::parse(text), error), text);
        QVERIFY2(error.find("not a whole number in range") != std::string::npos, error.c_str());
    }
}

void TestLoadReport::secondsAsCsv()
{
    LoadSnapshot run;
    run.seconds = {{1.0, 100, 2, 1500, 4250}, {2.0, 90, 0, 1400, 3000}};
    QCOMPARE(secondsCsv(run), std::string("second,requests,errors,p50_ms,p99_ms\n1.000,100,2,1.500,4.250\n2.000,90,0,1.400,3.000\n"));
}

QTEST_GUILESS_MAIN(TestLoadReport)
#include "tst_load_report.moc"
