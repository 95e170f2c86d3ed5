// The Call page's load runs (issue 26) through LoadRunController on a real nats-server: the
// setup's problems on their fields as they are typed (in words), a run of the Call page's request
// with the live figures pulled while it goes, thresholds giving the verdict, cancel, and the run
// exported as the CLI's JSON and as CSV.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtCharts/QLineSeries>
#include <QtTest>

#include <nlohmann/json.hpp>

#include "AppContext.h"
#include "CallController.h"
#include "CallHistory.h"
#include "LoadRunController.h"
#include "NatsServer.h"
#include "Session.h"
#include "micro/MicroError.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::gui;
using namespace std::chrono_literals;

class TestLoadRunController : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_nats = std::make_unique<testing::NatsServer>();
        m_nats->start();
        nats::ConnectOptions o;
        o.servers = {m_nats->url()};
        m_serviceConnection = nats::Connection::connect(o);
        micro::ServerOptions so;
        so.name = "greeter";
        m_server = std::make_unique<micro::RpcServer>(m_serviceConnection, so);
        m_server->handle("Greeter.Hello", [this](const micro::RpcRequest &r) {
            const auto in = nlohmann::json::parse(r.body);
            if (++m_calls % 10 == 0)
                throw micro::MicroError::internal("greeter", "database is on fire");
            return nlohmann::json{{"msg", "Hello " + in.value("name", "")}}.dump();
        }, micro::Value{"Request", "Request", std::vector<micro::Value>{{"name", "string", std::nullopt}}},
           micro::Value{"Response", "Response", std::vector<micro::Value>{{"msg", "string", std::nullopt}}});
        m_server->start();
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_serviceConnection.reset();
        m_nats.reset();
    }

    void problemsAreNamedOnTheirFields()
    {
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        LoadRunController load;
        QVERIFY(load.problems().contains("endpoint")); // no Call page yet
        CallController call;
        openAndChoose(app, call);
        load.setCall(&call);
        QVERIFY2(load.problems().isEmpty(), qPrintable(QStringList(load.problems().keys()).join(",")));
        QVERIFY(load.canStart());
        load.setConcurrency(0);
        QCOMPARE(load.problems().value("concurrency").toString(), QString("From 1 to 10000 requests in flight."));
        QVERIFY(!load.canStart());
        load.setConcurrency(8);
        load.setOpenModel(true);
        load.setRate(0);
        QCOMPARE(load.problems().value("rate").toString(), QString("A rate above 0 and at most 1000000 requests a second."));
        load.setOpenModel(false);
        load.setBody(R"({"name": "{{nam}}"})");
        QCOMPARE(load.problems().value("body").toString(),
                 QString("Column 11: {{nam}} is not a placeholder; use {{seq}}, {{uuid}}, {{randInt A B}} or {{now}}."));
        load.setBody(R"({"name": user-{{seq}}})");
        QCOMPARE(load.problems().value("body").toString(), QString("The body is not JSON once its placeholders are filled in."));
        load.setBody(R"({"name": "user-{{seq}}"})");
        load.setRequests(0);
        QCOMPARE(load.problems().value("requests").toString(), QString("Give a number of requests or a duration."));
        load.setDurationSeconds(2);
        load.setWarmupSeconds(3);
        QCOMPARE(load.problems().value("warmup").toString(), QString("The warm-up must be shorter than the run."));
        load.setWarmupSeconds(0);
        QVERIFY(load.problems().isEmpty());
        QVERIFY(load.canStart());
    }

    void aRunOfTheCallPagesRequest()
    {
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        CallController call;
        openAndChoose(app, call);
        LoadRunController load;
        load.setCall(&call);
        QCOMPARE(load.body(), call.body()); // the Call page's request, to make templated
        load.setBody(R"({"name": "user-{{seq}}"})");
        load.setConcurrency(4);
        load.setRequests(400);
        load.setMaxErrorPercent(5);
        QSignalSpy changed(&load, &LoadRunController::runChanged);
        m_calls = 0;
        QVERIFY(load.start());
        QTRY_VERIFY_WITH_TIMEOUT(load.state() == "finished", 20000);
        QVERIFY(!load.running());
        QVERIFY(changed.count() >= 2);
        const QVariantMap f = load.figures();
        QCOMPARE(f.value("done").toULongLong(), 400ULL);
        QCOMPARE(f.value("errors").toULongLong(), 40ULL);
        QVERIFY(f.value("p99Ms").toDouble() >= f.value("p50Ms").toDouble());
        QVERIFY(f.value("p50Ms").toDouble() > 0);
        QCOMPARE(load.errorGroups().size(), 1);
        QCOMPARE(load.errorGroups()[0].toMap().value("code").toInt(), 500);
        QCOMPARE(load.nodes().size(), 1);
        qulonglong inBars = 0;
        for (const QVariant &b : load.histogram())
            inBars += b.toMap().value("count").toULongLong();
        QCOMPARE(inBars, 400ULL);
        QCOMPARE(load.verdict(), QString("fail")); // 10 % errors against < 5 %
        QVERIFY2(load.verdictText().contains("errors 10 % are not below 5 %"), qPrintable(load.verdictText()));
        QCOMPARE(load.stateText(), QString("Finished"));
        QLineSeries series;
        QVERIFY(load.fillSeries(&series, "rate") > 0);
        QVERIFY(series.count() >= 1);

        // Exports: the CLI's JSON (histogram counters included) and the per-second CSV.
        QCOMPARE(load.exportJson(dir.filePath("run.json")), QString());
        QFile json(dir.filePath("run.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const auto j = nlohmann::json::parse(json.readAll().toStdString());
        QCOMPARE(j["done"], 400);
        QCOMPARE(j["endpoint"], "Greeter.Hello");
        QCOMPARE(load.exportCsv(dir.filePath("run.csv")), QString());
        QFile csv(dir.filePath("run.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("second,requests,errors,p50_ms,p99_ms"));
        QVERIFY(load.exportJson(dir.filePath("no/such/folder/run.json")).contains("cannot be written"));
    }

    void cancelEndsARun()
    {
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        CallController call;
        openAndChoose(app, call);
        LoadRunController load;
        load.setCall(&call);
        load.setBody(R"({"name": "x"})");
        load.setRequests(0);
        load.setDurationSeconds(600);
        QVERIFY(load.start());
        QTRY_VERIFY_WITH_TIMEOUT(load.figures().value("done").toULongLong() > 10, 10000);
        QVERIFY(load.running());
        QVERIFY(!load.canStart());
        load.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(load.state(), QString("cancelled"), 5000);
        QVERIFY(load.canStart());
    }

private:
    void openAndChoose(AppContext &app, CallController &call)
    {
        SessionSettings s;
        s.services.servers = {m_nats->url()};
        app.openSession(s);
        call.setSession(app.session());
        call.setHistory(app.history());
        QTRY_VERIFY_WITH_TIMEOUT(call.services().contains("greeter"), 5000);
        call.setService("greeter");
        QCOMPARE(call.endpoint(), QString("Greeter.Hello"));
    }

    std::unique_ptr<testing::NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_serviceConnection;
    std::unique_ptr<micro::RpcServer> m_server;
    std::atomic<int> m_calls{0};
};

QTEST_MAIN(TestLoadRunController)
#include "tst_load_run_controller.moc"
