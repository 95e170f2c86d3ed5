// View-models over core/live on a real nats-server: the services table follows the catalogue
// (keyed diff checked by QAbstractItemModelTester), the detail pane lists nodes and endpoints,
// a call from the Call page's controller reaches a hosted go-micro service and lands in the
// history, errors are decoded, and a corrupt history file is moved aside, not overwritten.
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

#include "AppContext.h"
#include "CallController.h"
#include "CallHistory.h"
#include "DetailRowsModel.h"
#include "Formatter.h"
#include "PaletteModel.h"
#include "NatsServer.h"
#include "ServiceDetail.h"
#include "ServiceListModel.h"
#include "Session.h"
#include "live/CatalogTypes.h"
#include "micro/MicroError.h"
#include "micro/RpcTypes.h"
#include "micro/RpcServer.h"
#include "nats/Connection.h"

using namespace switchboard;
using namespace switchboard::gui;
using namespace std::chrono_literals;

namespace {

live::CatalogService service(const std::string &name, int nodes, int stale)
{
    live::CatalogService s;
    s.name = name;
    live::CatalogVersion v;
    v.version = "1.0.0";
    for (int i = 0; i < nodes; ++i) {
        live::CatalogNode n;
        n.id = name + "-" + std::to_string(i);
        n.zone = i % 2 ? "az-b" : "az-a";
        n.stale = i < stale;
        v.nodes.push_back(n);
    }
    s.versions.push_back(v);
    return s;
}

} // namespace

class TestViewModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_nats = std::make_unique<testing::NatsServer>();
        m_nats->start();
        nats::ConnectOptions o;
        o.servers = {m_nats->url()};
        o.sendAsap = true;
        m_serviceConnection = nats::Connection::connect(o);
        micro::ServerOptions so;
        so.name = "greeter";
        so.version = "1.0.0";
        so.metadata = {{"zone", "az-a"}};
        m_server = std::make_unique<micro::RpcServer>(m_serviceConnection, so);
        m_server->handle("Greeter.Hello", [](const micro::RpcRequest &r) {
            const auto in = nlohmann::json::parse(r.body);
            if (in.value("name", "").empty())
                throw micro::MicroError::badRequest("greeter.Greeter.Hello", "name must not be empty");
            return nlohmann::json{{"msg", "Hello " + in.value("name", "")}}.dump();
        }, micro::Value{"Request", "Request", std::vector<micro::Value>{{"name", "string", std::nullopt}}},
           micro::Value{"Response", "Response", std::vector<micro::Value>{{"msg", "string", std::nullopt}}});
        m_server->subscribe("topic.greeter", [](const micro::BrokerEvent &) {}, {},
                            micro::Value{"Event", "Event", std::nullopt}, "Events.Greeted");
        m_server->handle("Greeter.Slow", [](const micro::RpcRequest &) {
            std::this_thread::sleep_for(1500ms);
            return std::string("{}");
        }, micro::Value{"Request", "Request", std::nullopt}, micro::Value{"Response", "Response", std::nullopt});
        m_server->start();
    }
    void cleanupTestCase()
    {
        m_server.reset();
        m_serviceConnection.reset();
        m_nats.reset();
    }

    void serviceRowsFollowSnapshotsWithAKeyedDiff()
    {
        ServiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        live::CatalogSnapshot s;
        s.services = {service("a", 1, 0), service("c", 2, 0)};
        model.update(s);
        QCOMPARE(model.count(), 2);
        s.services = {service("a", 1, 0), service("b", 3, 1), service("c", 2, 2)};
        model.update(s);
        QCOMPARE(model.count(), 3);
        QCOMPARE(model.get(1).value("name").toString(), QString("b"));
        QCOMPARE(model.get(1).value("health").toString(), QString("degraded"));
        QCOMPARE(model.get(2).value("health").toString(), QString("stale"));
        QCOMPARE(model.get(1).value("zones").toStringList(), (QStringList{"az-a", "az-b"}));
        QCOMPARE(inserted.count(), 2);    // one insert per batch of new rows
        QCOMPARE(changed.count(), 1);     // c changed; a did not
        s.services = {service("c", 2, 2)};
        model.update(s);
        QCOMPARE(model.count(), 1);
        QCOMPARE(removed.count(), 1);     // a and b gone in one contiguous removal
        QCOMPARE(reset.count(), 0);
        QVERIFY(model.get(0).value("accessibleText").toString().contains("2 stale"));
    }

    void aRunOfNewRowsGoesInWithOneInsertInOrder()
    {
        DetailRowsModel model({QStringLiteral("name")});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto rows = [](const QStringList &keys) {
            std::vector<RowListModel::Row> out;
            for (const QString &k : keys)
                out.push_back({k, {k}});
            return out;
        };
        model.setRows(rows({"a", "y", "z"}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setRows(rows({"a", "b", "c", "d", "y", "e", "z"}));
        QCOMPARE(inserted.count(), 2); // b..d before y, e before z
        QCOMPARE(inserted.at(0).at(1).toInt(), 1);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QStringList order;
        for (int i = 0; i < model.count(); ++i)
            order << model.get(i).value("name").toString();
        QCOMPARE(order, (QStringList{"a", "b", "c", "d", "y", "e", "z"}));
    }

    void liveSessionShowsTheHostedService()
    {
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        openOnTestServer(app);
        ServiceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(app.session());
        QTRY_COMPARE_WITH_TIMEOUT(app.session()->state(), Session::Connected, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model.indexOfKey("greeter|go-micro") >= 0, 5000);

        ServiceDetail detail;
        detail.setSession(app.session());
        detail.setName("greeter");
        QVERIFY(detail.found());
        QCOMPARE(detail.nodes()->count(), 1);
        QCOMPARE(detail.nodes()->get(0).value("zone").toString(), QString("az-a"));
        QCOMPARE(detail.endpoints()->get(0).value("name").toString(), QString("Greeter.Hello"));
        QCOMPARE(detail.endpoints()->get(0).value("requestType").toString(), QString("Request"));
    }

    void callFromTheFormLandsInTheHistory()
    {
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        openOnTestServer(app);
        CallController call;
        call.setSession(app.session());
        call.setHistory(app.history());
        QTRY_VERIFY_WITH_TIMEOUT(call.services().contains("greeter"), 5000);
        call.setService("greeter");
        QCOMPARE(call.endpoint(), QString("Greeter.Hello"));
        QCOMPARE(call.form()->count(), 1);
        call.form()->setValue(0, "Ann");
        QCOMPARE(nlohmann::json::parse(call.body().toStdString()), nlohmann::json::parse(R"({"name":"Ann"})"));
        QTRY_VERIFY_WITH_TIMEOUT(call.canSend(), 5000);
        QSignalSpy responded(&call, &CallController::responseChanged);
        call.send();
        QVERIFY(responded.wait(5000));
        QVERIFY2(call.response().value("ok").toBool(), qPrintable(call.response().value("statusText").toString()));
        QVERIFY(call.response().value("body").toString().contains("Hello Ann"));
        QCOMPARE(app.history()->calls()->count(), 1);

        call.setBody(R"({"name":""})");
        call.send();
        QVERIFY(responded.wait(5000));
        QCOMPARE(call.response().value("ok").toBool(), false);
        QCOMPARE(call.response().value("errorCode").toInt(), 400);
        QCOMPARE(call.response().value("errorDetail").toString(), QString("name must not be empty"));
        QCOMPARE(call.response().value("errorId").toString(), QString("greeter.Greeter.Hello"));
        QCOMPARE(app.history()->calls()->count(), 2);

        // The history survives a restart, newest first; a re-run sends the stored request.
        CallHistory reloaded(dir.filePath("history.json"));
        QCOMPARE(reloaded.calls()->count(), 2);
        call.load(reloaded.call(1), true);
        QVERIFY(responded.wait(5000));
        QVERIFY(call.response().value("body").toString().contains("Hello Ann"));
        QVERIFY(call.command("cli").contains("switchboard-cli --server"));
        QVERIFY(call.command("micro").contains("micro call greeter Greeter.Hello '{\"name\":\"Ann\"}'"));
    }

    void aCallThatTimesOutSaysSoInTime()
    {
        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        openOnTestServer(app);
        CallController call;
        call.setSession(app.session());
        call.setHistory(app.history());
        QTRY_VERIFY_WITH_TIMEOUT(call.services().contains("greeter"), 5000);
        call.setService("greeter");
        call.setEndpoint("Greeter.Slow");
        call.setTimeoutMs(300);
        QTRY_VERIFY_WITH_TIMEOUT(call.canSend(), 5000);
        QSignalSpy responded(&call, &CallController::responseChanged);
        QElapsedTimer t;
        t.start();
        call.send();
        QVERIFY(call.busy());
        QVERIFY(responded.wait(3000));
        QVERIFY2(t.elapsed() < 1200, "the timeout ended the call, not the slow handler");
        QCOMPARE(call.response().value("kind").toString(), QString("timeout"));
        QCOMPARE(call.response().value("ok").toBool(), false);
        QVERIFY(!call.response().value("statusText").toString().isEmpty());
        QCOMPARE(app.history()->calls()->count(), 1);
        QCOMPARE(app.history()->call(0).value("ok").toBool(), false);
    }

    void binaryAndHugeResponsesAreShownClearly()
    {
        QVariantMap r = CallController::describeResult([] {
            micro::CallResult timeout;
            timeout.error.kind = micro::RpcError::Kind::Timeout;
            timeout.body = std::string("\x00\x01\xff binary", 10);
            return timeout;
        }(), false);
        QCOMPARE(r.value("ok").toBool(), false);
        QCOMPARE(r.value("binary").toBool(), true);
        QVERIFY(r.value("body").toString().startsWith("00000000  00 01 ff"));

        micro::CallResult big;
        big.body = "\"" + std::string(1 << 20, 'x') + "\"";
        r = CallController::describeResult(big, false);
        QVERIFY(r.value("bodyNote").toString().contains("1048578 bytes"));
        QVERIFY(r.value("body").toString().size() <= 256 * 1024);
    }

    void rateAxisLabelsAreWholeNumbersWhereTheyCanBe()
    {
        QCOMPARE(Formatter::tidyTicks(2, 4, 0), 3);     // 0, 1, 2 (not 0, 0.67, 1.33, 2)
        QCOMPARE(Formatter::tidyTicks(100, 6, 0), 6);   // the axis's own step fits
        QCOMPARE(Formatter::tidyTicks(6, 5, 0), 4);     // 0, 2, 4, 6
        QCOMPARE(Formatter::tidyTicks(1, 5, 0), 2);     // 0, 1
        QCOMPARE(Formatter::tidyTicks(1.5, 5, 0), 0);   // needs a decimal:
        QCOMPARE(Formatter::tidyTicks(1.5, 5, 1), 6);   // 0.0, 0.3, … 1.5 (not 0.4, 0.8, 1.1)
        QCOMPARE(Formatter::tidyTicks(0.05, 5, 1), 0);
        QCOMPARE(Formatter::tidyTicks(0, 5, 0), 0);
        // Labels at least three characters wide: with one-digit labels Qt Charts took the room it
        // keeps for "..." from the axis title and elided the Chinese "消息/秒" to "⋮".
        for (const double max : {2.0, 1.5, 0.05}) {
            const QString format = Formatter::rateAxisLabels(max, 5).value(QStringLiteral("format")).toString();
            QVERIFY2(QString::asprintf(format.toLatin1().constData(), 0.0).size() >= 3, qPrintable(format));
        }
    }

    void paletteFindsByFuzzyName()
    {
        QCOMPARE(PaletteModel::score("grt", "greeter") > 0, true);
        QCOMPARE(PaletteModel::score("xyz", "greeter"), -1);
        // Word starts and runs rank higher: "GH" finds "Greeter.Hello" before "algorithm".
        QVERIFY(PaletteModel::score("gh", "greeter Greeter.Hello") > PaletteModel::score("gh", "algorithm"));

        QTemporaryDir dir;
        AppContext app(dir.filePath("settings.ini"), dir.filePath("history.json"));
        openOnTestServer(app);
        QTRY_VERIFY_WITH_TIMEOUT(app.session()->serviceCount() == 1, 5000);
        PaletteModel palette;
        QAbstractItemModelTester tester(&palette, QAbstractItemModelTester::FailureReportingMode::QtTest);
        palette.setSession(app.session());
        palette.setQuery("gre hel");
        QVERIFY(palette.count() >= 1);
        QCOMPARE(palette.get(0).value("kind").toString(), QString("endpoint"));
        QCOMPARE(palette.get(0).value("page").toString(), QString("call"));
        QCOMPARE(palette.get(0).value("endpoint").toString(), QString("Greeter.Hello"));
        palette.setQuery("greeter-");
        QCOMPARE(palette.get(0).value("kind").toString(), QString("node"));
        palette.setQuery("topic.greeter");
        QCOMPARE(palette.get(0).value("kind").toString(), QString("subject"));
        palette.setQuery("#none#"); // server names are random base32: any letters may match
        QCOMPARE(palette.count(), 0);
    }

    void corruptHistoryIsMovedAsideNotOverwritten()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("history.json");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"calls\": [ this is not json");
        f.close();
        CallHistory history(file);
        QVERIFY(history.loadError().contains("moved to"));
        QCOMPARE(history.calls()->count(), 0);
        const QStringList aside = QDir(dir.path()).entryList({"history.json.corrupt-*"});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"calls\": [ this is not json"));
    }

private:
    void openOnTestServer(AppContext &app) const
    {
        SessionSettings s;
        s.services.servers = {m_nats->url()};
        app.openSession(s);
    }

    std::unique_ptr<testing::NatsServer> m_nats;
    std::shared_ptr<nats::Connection> m_serviceConnection;
    std::unique_ptr<micro::RpcServer> m_server;
};

QTEST_MAIN(TestViewModels)
#include "tst_view_models.moc"
