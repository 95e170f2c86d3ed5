// The real switchboard-cli executable against a real nats-server: outputs and exit codes.
#include <QRegularExpression>
#include <QtTest>

#include <signal.h>

#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "NatsJwt.h"
#include "NatsServer.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"
#include "srv/SrvService.h"

using namespace switchboard;
using namespace switchboard::testing;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void usageErrorsExitWith2();
    void unreachableServerExitsWith3();
    void credentialsAreCheckedAndExplained();
    void mockIsListedDescribedAndCalled();
    void remoteErrorsExitWith1();
    void repeatedCallsReportLatency();
    void countsHaveTheirNouns();
    void publishedEventsAreSubscribed();
    void srvServicesAreDescribedAndCalled();
    void clusterThroughHttpMonitoring();
    void clusterAfterKillIsDegraded();
    void ratesAreMeasuredLive();
    void servicesWatchFollowsChanges();
    void ctrlCDeregistersTheMock();

private:
    using Run = CliRun;
    Run cli(const QStringList &args, int timeoutMs = 15000)
    {
        Run r = runCli(m_exe, m_url, args, timeoutMs);
        // Every run of every test: a number with its noun, never "node(s)" (checked in cleanup()).
        for (const QByteArray *text : {&r.out, &r.err})
            if (text->contains("(s)"))
                m_parenthesisedPlurals << args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(*text);
        return r;
    }
    QStringList m_parenthesisedPlurals;

    QString m_exe;
    QString m_url;
    std::unique_ptr<NatsServer> m_nats;
    std::unique_ptr<QProcess> m_mock;
};

void TestCli::initTestCase()
{
    m_exe = QStringLiteral(SWITCHBOARD_CLI_PATH);
    m_nats = std::make_unique<NatsServer>();
    m_nats->start();
    m_url = QString::fromStdString(m_nats->url());
    m_mock = std::make_unique<QProcess>();
    m_mock->start(m_exe, {QStringLiteral("--server"), m_url, QStringLiteral("mock"), QStringLiteral("greeter"),
                          QStringLiteral("--endpoint"), QStringLiteral("Greeter.Hello"), QStringLiteral("--reply"),
                          QStringLiteral(R"({"msg":"hello"})"), QStringLiteral("--zone"), QStringLiteral("az-b")});
    QVERIFY(m_mock->waitForReadyRead(10000));
    QVERIFY(m_mock->readAllStandardOutput().contains("running as node greeter-"));
}

void TestCli::cleanup()
{
    const QStringList found = std::exchange(m_parenthesisedPlurals, {});
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\"(s)\" in the CLI's output:\n") + found.join(u'\n')));
}

void TestCli::cleanupTestCase()
{
    if (m_mock && m_mock->state() != QProcess::NotRunning) {
        m_mock->kill();
        m_mock->waitForFinished();
    }
    m_nats.reset();
}

void TestCli::usageErrorsExitWith2()
{
    QCOMPARE(cli({}).code, 2);
    QCOMPARE(cli({QStringLiteral("--help")}).code, 0);
    // The version and the git commit the binary was built from (cmake/GitCommit.cmake).
    const QString version = QString::fromUtf8(cli({QStringLiteral("--version")}).out);
    const QRegularExpression versionLine(QStringLiteral("^switchboard-cli " SWITCHBOARD_VERSION R"( \(commit ([0-9a-f]{12}(-modified)?|unknown)\)\n$)"));
    QVERIFY2(versionLine.match(version).hasMatch(), qPrintable(version));
    for (const QStringList &args : {QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("services"), QStringLiteral("--bogus")},
                                    QStringList{QStringLiteral("call"), QStringLiteral("greeter")},
                                    QStringList{QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Hello"), QStringLiteral("{not json")},
                                    QStringList{QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Hello"), QStringLiteral("--timeout"), QStringLiteral("soon")},
                                    QStringList{QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Hello"), QStringLiteral("-H"), QStringLiteral("novalue")},
                                    QStringList{QStringLiteral("mock"), QStringLiteral("x"), QStringLiteral("--endpoint"), QStringLiteral("NoDot")}}) {
        const Run r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(args.join(u' ')));
        QVERIFY(r.err.startsWith("switchboard-cli: "));
        QCOMPARE(r.err.count('\n'), 1); // one clear line
    }
}

void TestCli::unreachableServerExitsWith3()
{
    QProcess p;
    p.start(m_exe, {QStringLiteral("--server"), QStringLiteral("nats://127.0.0.1:%1").arg(freePort()), QStringLiteral("services")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(p.readAllStandardError().contains("cannot connect"));
}

void TestCli::credentialsAreCheckedAndExplained()
{
    // --creds against an operator-mode server: a valid user lists services, an expired one is
    // refused with exit code 3 and the expiry said.
    NatsOperator op;
    const int64_t hourAgo = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count() - 3600;
    NatsServerOptions so;
    so.extraConfig = op.serverConfig();
    NatsServer server(so);
    server.start();
    QTemporaryDir dir;
    const auto run = [&](const std::string &creds) {
        QProcess p;
        p.start(m_exe, {QStringLiteral("--server"), QString::fromStdString(server.url()), QStringLiteral("--creds"),
                        QString::fromStdString(creds), QStringLiteral("services"), QStringLiteral("--json")});
        p.waitForFinished(15000);
        return std::make_pair(p.exitCode(), p.readAllStandardError());
    };
    const auto good = run(NatsOperator::writeCreds(op.user("app"), dir.filePath(QStringLiteral("app.creds")).toStdString()));
    QVERIFY2(good.first == 0, good.second.constData());
    const auto old = run(NatsOperator::writeCreds(op.user("old", hourAgo), dir.filePath(QStringLiteral("old.creds")).toStdString()));
    QCOMPARE(old.first, 3);
    QVERIFY2(old.second.contains("expired at"), old.second.constData());
}

void TestCli::mockIsListedDescribedAndCalled()
{
    Run r = cli({QStringLiteral("services"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto list = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(list["services"].size(), size_t(1));
    QCOMPARE(list["services"][0]["name"], "greeter");
    QCOMPARE(list["services"][0]["nodes"][0]["zone"], "az-b");

    r = cli({QStringLiteral("services")});
    QVERIFY(r.out.contains("greeter") && r.out.contains("az-b"));

    r = cli({QStringLiteral("describe"), QStringLiteral("greeter"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto described = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(described[0]["endpoints"][0]["name"], "Greeter.Hello");
    QCOMPARE(described[0]["nodes"][0]["metadata"]["protocol"], "mucp");

    r = cli({QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Hello"), QStringLiteral(R"({"name":"x"})")});
    QCOMPARE(r.code, 0);
    QCOMPARE(nlohmann::json::parse(r.out.toStdString())["msg"], "hello");
}

void TestCli::remoteErrorsExitWith1()
{
    Run r = cli({QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Nope")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("rpc: can't find method Nope"));
    r = cli({QStringLiteral("call"), QStringLiteral("absent"), QStringLiteral("A.B")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("not found"));
    r = cli({QStringLiteral("describe"), QStringLiteral("absent")});
    QCOMPARE(r.code, 1);
}

void TestCli::countsHaveTheirNouns()
{
    // "1 services" and "subject(s)" before: each count now has the noun's right form. (--count 1
    // is a single call, which prints the response.)
    Run r = cli({QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Hello"), QStringLiteral("--count"),
                 QStringLiteral("2")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("2 calls: 2 ok, 0 errors\n"), r.out.constData());
    r = cli({QStringLiteral("services")});
    QCOMPARE(r.code, 0);
    const auto m = QRegularExpression(QStringLiteral("\\n(\\d+) (services?), (\\d+) (nodes?); sweep ")).match(QString::fromUtf8(r.out));
    QVERIFY2(m.hasMatch(), r.out.constData());
    QCOMPARE(m.captured(2), m.captured(1) == QLatin1String("1") ? QStringLiteral("service") : QStringLiteral("services"));
    QCOMPARE(m.captured(4), m.captured(3) == QLatin1String("1") ? QStringLiteral("node") : QStringLiteral("nodes"));
}

void TestCli::repeatedCallsReportLatency()
{
    const Run r = cli({QStringLiteral("call"), QStringLiteral("greeter"), QStringLiteral("Greeter.Hello"),
                       QStringLiteral("--count"), QStringLiteral("50"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto stats = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(stats["ok"], 50);
    QCOMPARE(stats["errors"], 0);
    QVERIFY(stats["min_us"].get<double>() > 0);
    QVERIFY(stats["min_us"].get<double>() <= stats["p50_us"].get<double>());
    QVERIFY(stats["p50_us"].get<double>() <= stats["p99_us"].get<double>());
    QVERIFY(stats["p99_us"].get<double>() <= stats["max_us"].get<double>());
}

void TestCli::publishedEventsAreSubscribed()
{
    QProcess sub;
    sub.start(m_exe, {QStringLiteral("--server"), m_url, QStringLiteral("subscribe"), QStringLiteral("events.>"),
                      QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY(sub.waitForStarted());
    QByteArray err; // "listening" is printed once the server has the subscription
    QTRY_VERIFY_WITH_TIMEOUT((err += sub.readAllStandardError()).contains("listening"), 5000);
    QCOMPARE(cli({QStringLiteral("publish"), QStringLiteral("events.a"), QStringLiteral(R"({"n":1})")}).code, 0);
    QCOMPARE(cli({QStringLiteral("publish"), QStringLiteral("events.b"), QStringLiteral(R"({"n":2})"), QStringLiteral("-H"),
                  QStringLiteral("X-Origin=test")})
                 .code,
             0);
    QVERIFY(sub.waitForFinished(10000));
    QCOMPARE(sub.exitCode(), 0);
    const QList<QByteArray> lines = sub.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const auto second = nlohmann::json::parse(lines[1].toStdString());
    QCOMPARE(second["subject"], "events.b");
    QCOMPARE(second["header"]["Micro-Topic"], "events.b");
    QCOMPARE(second["header"]["X-Origin"], "test");
    QCOMPARE(second["body"]["n"], 2);
}

void TestCli::srvServicesAreDescribedAndCalled()
{
    nats::ConnectOptions o;
    o.servers = {m_nats->url()};
    auto conn = nats::Connection::connect(o);
    srv::SrvServiceOptions so;
    so.name = "calc";
    so.description = "adds numbers";
    srv::SrvService calc(conn, so);
    calc.addEndpoint("add", [](const srv::SrvRequest &r) {
        const auto in = nlohmann::json::parse(r.body);
        if (!in.contains("a"))
            throw srv::SrvError(422, "a is missing");
        return nlohmann::json{{"sum", in["a"].get<int>() + in["b"].get<int>()}}.dump();
    }, "calc.add");
    calc.addEndpoint("blob", [](const srv::SrvRequest &) { return std::string("\xFF\xFE\0bin", 6); }, "calc.blob");
    calc.start();

    Run r = cli({QStringLiteral("services"), QStringLiteral("--json")});
    const auto list = nlohmann::json::parse(r.out.toStdString());
    bool listed = false;
    for (const auto &s : list["services"])
        listed |= s["name"] == "calc" && s["protocol"] == "nats-micro";
    QVERIFY(listed);

    r = cli({QStringLiteral("describe"), QStringLiteral("calc"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto described = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(described[0]["protocol"], "nats-micro");
    QCOMPARE(described[0]["endpoints"][0]["subject"], "calc.add");

    r = cli({QStringLiteral("call"), QStringLiteral("calc"), QStringLiteral("add"), QStringLiteral(R"({"a":2,"b":3})")});
    QCOMPARE(r.code, 0);
    QCOMPARE(nlohmann::json::parse(r.out.toStdString())["sum"], 5);
    r = cli({QStringLiteral("call"), QStringLiteral("calc"), QStringLiteral("add"), QStringLiteral(R"({"b":3})")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("422") && r.err.contains("a is missing"), r.err.constData());
    r = cli({QStringLiteral("call"), QStringLiteral("calc"), QStringLiteral("mul")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no endpoint mul"));
    // A reply that is not text still prints as JSON (nlohmann refuses to dump invalid UTF-8).
    r = cli({QStringLiteral("call"), QStringLiteral("calc"), QStringLiteral("blob"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.err.constData());
    const auto blob = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
    QVERIFY2(!blob.is_discarded() && blob["ok"] == true, r.out.constData());
    QVERIFY2(blob["body"].get<std::string>().find("bin") != std::string::npos, r.out.constData());
    QCOMPARE(blob["body_base64"], "//4AYmlu"); // the exact bytes: FF FE 00 b i n
}

void TestCli::clusterThroughHttpMonitoring()
{
    const Run r = cli({QStringLiteral("cluster"), QStringLiteral("--monitor"),
                       QString::fromStdString(m_nats->monitorUrl()), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const auto cluster = nlohmann::json::parse(r.out.toStdString());
    QCOMPARE(cluster["source"], "http");
    QCOMPARE(cluster["zones"][0]["zone"], "az-a");
    QCOMPARE(cluster["zones"][0]["health"], "healthy");
    // The mock's zone (from its metadata) has services but no server: said so, not "healthy".
    QCOMPARE(cluster["zones"][1]["zone"], "az-b");
    QCOMPARE(cluster["zones"][1]["health"], "no servers");
    QCOMPARE(cluster["zones"][1]["service_nodes"].size(), size_t(1));
    QCOMPARE(cluster["servers"][0]["reachable"], true);
    const Run text = cli({QStringLiteral("cluster"), QStringLiteral("--monitor"), QString::fromStdString(m_nats->monitorUrl())});
    QVERIFY(text.out.contains("zone az-a: healthy"));
    // A monitoring URL that does not answer: the server is down, the exit code says so.
    const Run dead = cli({QStringLiteral("cluster"), QStringLiteral("--monitor"),
                          QStringLiteral("http://127.0.0.1:%1").arg(freePort()), QStringLiteral("--json")});
    QCOMPARE(dead.code, 1);
    bool down = false;
    const auto deadCluster = nlohmann::json::parse(dead.out.toStdString());
    for (const auto &z : deadCluster["zones"])
        down |= z["zone"] == "unzoned" && z["health"] == "down";
    QVERIFY2(down, dead.out.constData());
}

void TestCli::clusterAfterKillIsDegraded()
{
    // A server killed before the one-shot view runs: the others' configured routes name it.
    NatsServerOptions o;
    o.servers = 3;
    o.systemAccount = true;
    NatsServer cluster(o);
    cluster.start();
    cluster.kill(2);
    const QStringList login{QStringLiteral("--server"), QString::fromStdString(cluster.url(0)), QStringLiteral("--user"),
                            QStringLiteral("sys"), QStringLiteral("--password"), QStringLiteral("sys")};
    QProcess p;
    p.start(m_exe, login + QStringList{QStringLiteral("cluster"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(15000));
    const QByteArray out = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 1);
    const auto json = nlohmann::json::parse(out.toStdString());
    QCOMPARE(json["health"], "degraded");
    QCOMPARE(json["missing"].size(), size_t(1));
    QCOMPARE(json["missing"][0]["named_by"].size(), size_t(2));
    // The text view says it in words, and --expect counts too.
    p.start(m_exe, login + QStringList{QStringLiteral("cluster"), QStringLiteral("--expect"), QStringLiteral("x")});
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--expect takes a number"));
    cluster.restart(2);
    p.start(m_exe, login + QStringList{QStringLiteral("cluster"), QStringLiteral("--expect"), QStringLiteral("4")});
    QVERIFY(p.waitForFinished(15000));
    const QByteArray text = p.readAllStandardOutput();
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(text.contains("! the profile expects 4 servers, 3 answer"), text.constData());
    QVERIFY2(text.contains("cluster: degraded"), text.constData());
}

void TestCli::ratesAreMeasuredLive()
{
    QProcess rates;
    rates.start(m_exe, {QStringLiteral("--server"), m_url, QStringLiteral("subscribe"), QStringLiteral("metrics.>"),
                        QStringLiteral("--rates"), QStringLiteral("--interval"), QStringLiteral("200ms"), QStringLiteral("--json")});
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += rates.readAllStandardError()).contains("measuring"), 5000);
    nats::ConnectOptions o;
    o.servers = {m_nats->url()};
    auto conn = nats::Connection::connect(o);
    for (int i = 0; i < 300; ++i)
        conn->publish(i % 3 ? "metrics.cpu" : "metrics.mem", "1");
    conn->flush();
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += rates.readAllStandardOutput()).contains("\"messages\":300"), 5000);
    ::kill(static_cast<pid_t>(rates.processId()), SIGINT);
    QVERIFY(rates.waitForFinished(5000));
    QCOMPARE(rates.exitCode(), 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    const auto last = nlohmann::json::parse(lines.last().toStdString());
    QCOMPARE(last["subjects"].size(), size_t(2));
    QCOMPARE(last["subjects"][0]["subject"], "metrics.cpu");
    QCOMPARE(last["subjects"][0]["messages"], 200);
}

void TestCli::servicesWatchFollowsChanges()
{
    QProcess watch;
    watch.start(m_exe, {QStringLiteral("--server"), m_url, QStringLiteral("services"), QStringLiteral("--watch"),
                        QStringLiteral("--json")});
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("\"services\""), 5000);
    QVERIFY(!out.contains("late.arrival"));
    nats::ConnectOptions o;
    o.servers = {m_nats->url()};
    o.sendAsap = true;
    auto conn = nats::Connection::connect(o);
    micro::ServerOptions so;
    so.name = "late.arrival";
    micro::RpcServer late(conn, so);
    late.start(); // announced on the watch subject: no need to wait for a re-query
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).contains("late.arrival"), 5000);
    ::kill(static_cast<pid_t>(watch.processId()), SIGINT);
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitCode(), 0);
}

void TestCli::ctrlCDeregistersTheMock()
{
    ::kill(static_cast<pid_t>(m_mock->processId()), SIGINT);
    QVERIFY(m_mock->waitForFinished(10000));
    QCOMPARE(m_mock->exitCode(), 0);
    QVERIFY(m_mock->readAllStandardOutput().contains("deregistered greeter-"));
    const Run r = cli({QStringLiteral("services"), QStringLiteral("--json")});
    QCOMPARE(nlohmann::json::parse(r.out.toStdString())["services"].size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
