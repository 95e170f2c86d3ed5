// switchboard-cli bench (issue 26), the real executable against a real nats-server: summaries and
// JSON, thresholds as exit codes, the open model, $SRV endpoints, Ctrl-C, and every bad plan an
// exit 2 that names it before anything is sent.
#include <QtTest>

#include <signal.h>

#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "NatsServer.h"
#include "micro/MicroError.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"

using namespace switchboard;
using namespace switchboard::testing;

class TestCliBench : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void summaryAndJson();
    void thresholdsAreTheExitCode();
    void openModel();
    void srvEndpoint();
    void badPlansAreUsageErrors_data();
    void badPlansAreUsageErrors();
    void ctrlCEndsTheRun();

private:
    CliRun bench(const QStringList &args, int timeoutMs = 60000) { return runCli(m_exe, m_url, QStringList{"bench"} + args, timeoutMs); }
    static nlohmann::json json(const CliRun &r) { return nlohmann::json::parse(r.out.toStdString(), nullptr, false); }

    QString m_exe, m_url;
    std::unique_ptr<NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_conn;
    std::unique_ptr<micro::RpcServer> m_service;
    std::unique_ptr<srv::SrvService> m_pricing;
    std::atomic<int> m_calls{0}, m_flaky{0};
};

void TestCliBench::initTestCase()
{
    m_exe = QStringLiteral(SWITCHBOARD_CLI_PATH);
    NatsServerOptions so;
    so.extraConfig = "max_payload: 65536"; // a body over it still fits one command-line argument (128 KiB)
    m_nats = std::make_unique<NatsServer>(so);
    m_nats->start();
    m_url = QString::fromStdString(m_nats->url());
    nats::ConnectOptions o;
    o.servers = {m_nats->url()};
    m_conn = nats::Connection::connect(o);
    micro::ServerOptions options;
    options.name = "bench";
    m_service = std::make_unique<micro::RpcServer>(m_conn, options);
    m_service->handle("Bench.Ok", [this](const micro::RpcRequest &r) {
        ++m_calls;
        return r.body;
    });
    m_service->handle("Bench.Flaky", [this](const micro::RpcRequest &) -> std::string {
        if (++m_flaky % 10 == 0)
            throw micro::MicroError::internal("bench", "database is on fire");
        return "{}";
    });
    m_service->start();
    srv::SrvServiceOptions pricing;
    pricing.name = "pricing";
    m_pricing = std::make_unique<srv::SrvService>(m_conn, pricing);
    m_pricing->addEndpoint("quote", [](const srv::SrvRequest &r) { return r.body; }, "pricing.quote");
    m_pricing->start();
}

void TestCliBench::cleanupTestCase()
{
    m_pricing.reset();
    m_service.reset();
    m_conn.reset();
    m_nats.reset();
}

void TestCliBench::summaryAndJson()
{
    auto r = bench({"bench", "Bench.Ok", R"({"n": {{seq}}})", "--requests", "500", "--concurrency", "8", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = json(r);
    QVERIFY2(!j.is_discarded(), r.out.constData());
    QCOMPARE(j["state"], "finished");
    QCOMPARE(j["done"], 500);
    QCOMPARE(j["errors"], 0);
    QCOMPARE(j["latency"]["count"], 500);
    QVERIFY(j["latency"]["p99_us"].get<int64_t>() >= j["latency"]["p50_us"].get<int64_t>());
    uint64_t inBuckets = 0;
    for (const auto &b : j["latency"]["histogram"])
        inBuckets += b["count"].get<uint64_t>();
    QCOMPARE(inBuckets, uint64_t(500));
    QCOMPARE(j["nodes"].size(), size_t(1));
    QCOMPARE(j["nodes"][0]["done"], 500);

    r = bench({"bench", "Bench.Flaky", "--requests", "200", "--concurrency", "4"});
    QCOMPARE(r.code, 0); // no threshold given: a finished run passes
    const QString text = QString::fromUtf8(r.out);
    for (const char *part : {"Summary:", "Errors:     20 (10.00 %)", "Latency (from sending):", "p99.9", "Histogram:",
                             "20 × remote error 500: database is on fire", "Nodes:"})
        QVERIFY2(text.contains(QString::fromUtf8(part)), qPrintable(part + QStringLiteral(" in\n") + text));
}

void TestCliBench::thresholdsAreTheExitCode()
{
    auto r = bench({"bench", "Bench.Flaky", "--requests", "300", "--max-error-rate", "1", "--json"});
    QCOMPARE(r.code, 1);
    auto j = json(r);
    QCOMPARE(j["thresholds_passed"], false);
    QVERIFY2(j["thresholds_missed"][0].get<std::string>().find("errors 10 % are not below 1 %") != std::string::npos, r.out.constData());
    r = bench({"bench", "Bench.Flaky", "--requests", "300", "--max-error-rate", "20%", "--max-p99", "10s"});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Thresholds: passed"));
    r = bench({"bench", "Bench.Ok", "--requests", "100", "--max-p99", "1us"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("is not below 0.001 ms"), r.out.constData());
}

void TestCliBench::openModel()
{
    const auto r = bench({"bench", "Bench.Ok", "--rate", "500", "--duration", "2s", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = json(r);
    QCOMPARE(j["model"], "open");
    QVERIFY2(std::abs(j["done"].get<double>() - 1000) <= 10, r.out.constData());
    QCOMPARE(j["latency_corrected"]["count"], j["done"]);
}

void TestCliBench::srvEndpoint()
{
    const auto r = bench({"pricing", "quote", "sku-{{seq}}", "--requests", "100", "--json"});
    QCOMPARE(r.code, 0);
    const auto j = json(r);
    QCOMPARE(j["endpoint"], "pricing.quote");
    QCOMPARE(j["done"], 100);
    QCOMPARE(j["errors"], 0);
}

void TestCliBench::badPlansAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("concurrency 0") << QStringList{"bench", "Bench.Ok", "--concurrency", "0"} << 2 << "concurrency must be from 1 to 10000";
    QTest::newRow("concurrency 1 000 000") << QStringList{"bench", "Bench.Ok", "--concurrency", "1000000"} << 2 << "concurrency must be from 1 to 10000";
    QTest::newRow("rate 0") << QStringList{"bench", "Bench.Ok", "--rate", "0"} << 2 << "rate must be above 0";
    QTest::newRow("both models") << QStringList{"bench", "Bench.Ok", "--rate", "10", "--concurrency", "4"} << 2 << "not both";
    QTest::newRow("template") << QStringList{"bench", "Bench.Ok", R"({"a": {{randInt 5}}})"} << 2 << "column 7";
    QTest::newRow("not JSON") << QStringList{"bench", "Bench.Ok", "{nope"} << 2 << "not JSON";
    QTest::newRow("over max payload") << QStringList{"bench", "Bench.Ok", QStringLiteral(R"({"a": "%1"})").arg(QString(70'000, u'x'))}
                                      << 2 << "larger than the server's limit of 65536 bytes";
    QTest::newRow("not a number") << QStringList{"bench", "Bench.Ok", "--requests", "many"} << 2 << "--requests takes a number";
    QTest::newRow("unknown service") << QStringList{"nobody", "Do.It"} << 1 << "service nobody not found";
}

void TestCliBench::badPlansAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, says);
    const int before = m_calls;
    const auto r = bench(args);
    QCOMPARE(r.code, code);
    QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
    QCOMPARE(m_calls.load(), before); // nothing was sent
}

void TestCliBench::ctrlCEndsTheRun()
{
    QProcess p;
    p.start(m_exe, {"--server", m_url, "bench", "bench", "Bench.Ok", "--duration", "60s", "--json"});
    QVERIFY(p.waitForStarted());
    QTest::qWait(1500);
    QCOMPARE(p.state(), QProcess::Running);
    const auto pid = pid_t(p.processId());
    QVERIFY(pid > 0); // kill(0, …) would signal this test's whole process group
    ::kill(pid, SIGINT);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1); // a cancelled run is not a pass
    const auto j = nlohmann::json::parse(p.readAllStandardOutput().toStdString(), nullptr, false);
    QCOMPARE(j["state"], "cancelled");
    QVERIFY(j["done"].get<int>() > 0);
}

QTEST_GUILESS_MAIN(TestCliBench)
#include "tst_cli_bench.moc"
